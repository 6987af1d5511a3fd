#include "core/line_break.hpp"

#include <algorithm>
#include <array>

#include "core/utf8.hpp"

namespace vitrine {

namespace {

using C = LineBreakClass;

struct ClassRange {
    char32_t first;
    char32_t last;
    LineBreakClass cls;
};

constexpr ClassRange kClassRanges[] = {
#include "core/line_break_table.inc"
};

// LB1: the classes whose resolution needs more than the character, resolved as for text in a
// language that does not say otherwise. SA stays SA here: the tailoring below needs to see it.
C resolved(C cls) {
    switch (cls) {
        case C::AI: case C::SG: case C::XX: return C::AL;
        case C::CJ: return C::NS;
        default: return cls;
    }
}

bool is_any(C cls, std::initializer_list<C> set) { return std::find(set.begin(), set.end(), cls) != set.end(); }

// SA letters take part in the rules as AL.
C as_alphabetic(C cls) { return cls == C::SA ? C::AL : cls; }

struct Character {
    std::uint32_t offset;
    C cls;        // after LB1
    C effective;  // after LB9 and LB10: a mark takes its base's class, a lone mark is AL
};

// Whether a line may break between `chars[i - 1]` and `chars[i]`. `before_spaces` is the
// effective class of the last character before the spaces that end at i - 1 (or of i - 1).
bool may_break_before(const std::vector<Character>& chars, std::size_t i, C before_spaces, std::size_t regional_run) {
    const C raw_a = chars[i - 1].cls;
    const C raw_b = chars[i].cls;
    const C a = as_alphabetic(chars[i - 1].effective);
    const C b = as_alphabetic(raw_b == C::CM || raw_b == C::ZWJ ? chars[i].effective : raw_b);

    if (raw_a == C::CR) return raw_b != C::LF;                                   // LB5
    if (is_any(raw_a, {C::BK, C::LF, C::NL})) return true;                       // LB4, LB5
    if (is_any(raw_b, {C::BK, C::CR, C::LF, C::NL})) return false;               // LB6
    if (raw_b == C::SP || raw_b == C::ZW) return false;                          // LB7
    if (before_spaces == C::ZW) return true;                                     // LB8
    if (raw_a == C::ZWJ) return false;                                           // LB8a
    if ((raw_b == C::CM || raw_b == C::ZWJ) && !is_any(a, {C::SP, C::ZW})) return false;  // LB9
    if (a == C::WJ || b == C::WJ) return false;                                  // LB11
    if (a == C::GL) return false;                                                // LB12
    if (b == C::GL && !is_any(a, {C::SP, C::BA, C::HY})) return false;           // LB12a
    if (is_any(b, {C::CL, C::CP, C::EX, C::IS, C::SY})) return false;            // LB13
    if (before_spaces == C::OP) return false;                                    // LB14
    if (before_spaces == C::QU && b == C::OP) return false;                      // LB15
    if (is_any(before_spaces, {C::CL, C::CP}) && b == C::NS) return false;       // LB16
    if (before_spaces == C::B2 && b == C::B2) return false;                      // LB17
    if (a == C::SP) return true;                                                 // LB18
    if (a == C::QU || b == C::QU) return false;                                  // LB19
    if (a == C::CB || b == C::CB) return true;                                   // LB20
    if (is_any(b, {C::BA, C::HY, C::NS}) || a == C::BB) return false;            // LB21
    if (i >= 2 && is_any(a, {C::HY, C::BA}) && as_alphabetic(chars[i - 2].effective) == C::HL) return false;  // LB21a
    if (a == C::SY && b == C::HL) return false;                                  // LB21b
    if (b == C::IN) return false;                                                // LB22
    // The tailoring (line_break.hpp): between two letters of a script written without spaces.
    if (chars[i - 1].effective == C::SA && raw_b == C::SA) return true;
    if ((is_any(a, {C::AL, C::HL}) && b == C::NU) || (a == C::NU && is_any(b, {C::AL, C::HL}))) return false;  // LB23
    if ((a == C::PR && is_any(b, {C::ID, C::EB, C::EM})) || (is_any(a, {C::ID, C::EB, C::EM}) && b == C::PO)) return false;  // LB23a
    if ((is_any(a, {C::PR, C::PO}) && is_any(b, {C::AL, C::HL})) || (is_any(a, {C::AL, C::HL}) && is_any(b, {C::PR, C::PO}))) return false;  // LB24
    // LB25, as the pairs of its regular expression: numbers with their prefixes, suffixes and separators.
    if ((is_any(a, {C::CL, C::CP, C::NU}) && is_any(b, {C::PO, C::PR})) || (is_any(a, {C::PO, C::PR}) && is_any(b, {C::OP, C::NU})) ||
        (is_any(a, {C::HY, C::IS, C::NU, C::SY}) && b == C::NU)) {
        return false;
    }
    if ((a == C::JL && is_any(b, {C::JL, C::JV, C::H2, C::H3})) || (is_any(a, {C::JV, C::H2}) && is_any(b, {C::JV, C::JT})) ||
        (is_any(a, {C::JT, C::H3}) && b == C::JT)) {
        return false;  // LB26
    }
    if ((is_any(a, {C::JL, C::JV, C::JT, C::H2, C::H3}) && b == C::PO) || (a == C::PR && is_any(b, {C::JL, C::JV, C::JT, C::H2, C::H3}))) return false;  // LB27
    if (is_any(a, {C::AL, C::HL}) && is_any(b, {C::AL, C::HL})) return false;   // LB28
    if (a == C::IS && is_any(b, {C::AL, C::HL})) return false;                  // LB29
    if ((is_any(a, {C::AL, C::HL, C::NU}) && b == C::OP) || (a == C::CP && is_any(b, {C::AL, C::HL, C::NU}))) return false;  // LB30
    if (a == C::RI && b == C::RI && regional_run % 2 == 1) return false;        // LB30a
    if (a == C::EB && b == C::EM) return false;                                 // LB30b
    return true;                                                                // LB31
}

}  // namespace

LineBreakClass line_break_class(char32_t code) {
    const auto* end = std::end(kClassRanges);
    const auto* range = std::upper_bound(std::begin(kClassRanges), end, code, [](char32_t c, const ClassRange& r) { return c < r.first; });
    if (range == std::begin(kClassRanges)) return C::XX;
    --range;
    return code <= range->last ? range->cls : C::XX;
}

std::vector<std::uint32_t> line_break_opportunities(std::string_view text) {
    std::vector<Character> chars;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(text, i));
        const C cls = resolved(line_break_class(decode_utf8(text, i, length)));
        C effective = cls;
        if (cls == C::CM || cls == C::ZWJ) {
            const bool has_base = !chars.empty() && !is_any(chars.back().effective, {C::BK, C::CR, C::LF, C::NL, C::SP, C::ZW});
            effective = has_base ? chars.back().effective : C::AL;  // LB9, LB10
        }
        chars.push_back({static_cast<std::uint32_t>(i), cls, effective});
        i += length;
    }
    std::vector<std::uint32_t> breaks;
    C before_spaces = C::XX;
    std::size_t regional_run = 0;  // regional indicators in a row, up to the one before
    for (std::size_t i = 1; i < chars.size(); ++i) {
        const C previous = chars[i - 1].effective;
        if (previous != C::SP) before_spaces = as_alphabetic(previous);
        regional_run = previous == C::RI ? regional_run + 1 : 0;
        if (may_break_before(chars, i, before_spaces, regional_run)) breaks.push_back(chars[i].offset);
    }
    return breaks;
}

}  // namespace vitrine
