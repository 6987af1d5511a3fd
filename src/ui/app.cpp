#include "ui/app.hpp"

#include <algorithm>

#include "core/binary/catalogue_binary.hpp"
#include "core/input_format.hpp"
#include "imgui.h"
#include "platform/host.hpp"
#include "ui/theme.hpp"

namespace vitrine {

namespace {

constexpr std::size_t kFrameTimesKept = 120;
// Seconds without a change before typing reaches the address bar. Back or a reload within them
// finds the entry as it was before the typing (the browser takes the address as it stands).
constexpr double kAddressPause = 0.3;
constexpr std::size_t kRowsSortedFirst = 200;

constexpr ImGuiWindowFlags kRootWindowFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                              ImGuiWindowFlags_NoSavedSettings |
                                              ImGuiWindowFlags_NoBringToFrontOnFocus;

}  // namespace

App::App() = default;
App::~App() = default;

void App::load_file(std::string text, const std::string& name, bool replace) {
    load_file(held_string(std::move(text)), name, replace);
}

void App::load_file(HeldBytes input, const std::string& name, bool replace) {
    const InputFormat format = detect_format(name, input.bytes);
    Catalogue catalogue;
    if (format == InputFormat::binary) {
        catalogue = read_catalogue_binary(std::move(input), name);  // its products view the bytes, which it keeps
    } else {
        catalogue = format == InputFormat::page ? parse_product_page(input.bytes, name) : read_catalogue_json(input.bytes, name);
    }
    // The text of a page or JSON is not needed from here on: building an index reuses its memory.
    input = {};
    if (catalogue.products.empty() && !has_errors(catalogue.diagnostics)) {
        catalogue.diagnostics.push_back({name, 0, 0, Severity::error, "the catalogue holds no products"});
    }
    if (!replace) {
        index_.reset();  // the index points into the products it was built from
        catalogue.saved_index = {};  // and a saved one numbers the products of its own file only
        catalogue.products.insert(catalogue.products.begin(), catalogue_.products.begin(), catalogue_.products.end());
        catalogue.arena.adopt(std::move(catalogue_.arena));
        catalogue.diagnostics.insert(catalogue.diagnostics.begin(), catalogue_.diagnostics.begin(), catalogue_.diagnostics.end());
    }
    set_catalogue(std::move(catalogue), name);
}

void App::set_catalogue(Catalogue catalogue, const std::string& name) {
    index_.reset();  // the index points into the products it was built from
    reviews_ = ReviewList{};  // and so do the reviews kept for the review view
    detail_texts_.clear();    // and the detail view's laid-out texts
    catalogue_ = std::move(catalogue);
    product_by_id_.clear();
    for (std::uint32_t i = 0; i < catalogue_.products.size(); ++i) {
        if (!product_by_id_.emplace(catalogue_.products[i].id, i).second) {
            const SourceRef& at = catalogue_.products[i].source;
            catalogue_.diagnostics.push_back({std::string(at.file), at.line, 0, Severity::warning,
                                              "product id " + catalogue_.products[i].id + " appears twice; links open the first"});
        }
    }
    // A saved index is used when it is one of these products; otherwise they are indexed anew.
    std::string problem;
    if (!catalogue_.saved_index.empty()) index_ = SearchIndex::open_saved(catalogue_.products, catalogue_.saved_index, problem);
    if (!problem.empty()) catalogue_.diagnostics.push_back({name, 0, 0, Severity::warning, problem + "; the products were indexed again"});
    if (!index_) index_ = std::make_unique<SearchIndex>(catalogue_.products);
    loaded_ = true;
    run_search();
}

void App::set_theme(ThemeChoice choice) {
    theme_choice_ = choice;
    apply_current_theme();
}

void App::set_system_dark(bool dark) {
    system_dark_ = dark;
    apply_current_theme();
}

bool App::dark() const { return theme_choice_ == ThemeChoice::dark || (theme_choice_ == ThemeChoice::system && system_dark_); }

void App::set_look(const LookOverrides& look) {
    look_ = look;
    apply_current_theme();
}

void App::apply_current_theme() { apply_theme(dark() ? Theme::dark : Theme::light, look_); }

void App::mark(const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    layout_[name] = {min.x, min.y, size.x, size.y};
}

void App::mirror_item(MirrorRole role, std::string name, std::string action, int checked) {
    MirrorNode node;
    node.role = role;
    node.name = std::move(name);
    node.action = std::move(action);
    node.checked = checked;
    drawn_.describe_last_item(std::move(node));
}

void App::mirror_text(MirrorRole role, std::string key, std::string name, int level) {
    MirrorNode node;
    node.key = std::move(key);
    node.role = role;
    node.name = std::move(name);
    node.level = level;
    drawn_.describe(std::move(node));
}

bool App::activate(const std::string& action) {
    if (action.rfind("open:", 0) == 0) {
        open(action.substr(5));
        return true;
    }
    // A choice that leads to a route, as a select's options do (the sort order, a currency).
    if (action.rfind("route:", 0) == 0) {
        navigate(parse_route(std::string_view(action).substr(6)), true);
        return true;
    }
    return false;
}

void App::report_load_error(const std::string& message) {
    load_errors_.push_back(message);
    loaded_ = true;
}

const Product* App::find_product(std::string_view id) const {
    const auto it = product_by_id_.find(std::string(id));
    return it == product_by_id_.end() ? nullptr : &catalogue_.products[it->second];
}

void App::search(const std::string& text) {
    Route next = route_;
    next.view = View::search;
    next.query = text;
    // Typing replaces the history entry: Back leaves the search, not one keystroke.
    navigate(std::move(next), route_.view != View::search);
}

void App::open(const std::string& product_id) {
    Route next = route_;
    next.view = View::detail;
    next.product_id = product_id;
    navigate(std::move(next), true);
}

// "Frequently bought together" names products by title: open it when the catalogue has it.
void App::open_or_search_title(const std::string& title) {
    for (const Product& product : catalogue_.products) {
        if (product.title == title) {
            open(std::string(product.id));
            return;
        }
    }
    search(title);
    focus_search_box_ = true;
}

void App::apply_location_hash(std::string_view hash) {
    Route next = parse_route(hash);
    // A detail route keeps the search behind it, so Esc returns to the same results.
    if (next.view != View::search) {
        next.query = route_.query;
        next.filters = route_.filters;
        next.sort = route_.sort;
    }
    const bool query_changed = next.query != route_.query || !(next.filters == route_.filters) || next.sort != route_.sort;
    reload_search_box_ |= next.query != route_.query;
    forget_view_state_for(next);
    route_ = std::move(next);
    address_pending_ = false;  // the address is already the browser's
    if (query_changed) run_search();
}

// What the detail view keeps for one product (laid-out texts, an enlarged picture) is not for
// the next one.
void App::forget_view_state_for(const Route& next) {
    if (next.product_id != route_.product_id) detail_texts_.clear();
    if (next.view != View::detail || next.product_id != route_.product_id) gallery_.close();
}

void App::navigate(Route next, bool push_history) {
    const bool query_changed = next.query != route_.query || !(next.filters == route_.filters) || next.sort != route_.sort;
    Route same_text = next;
    same_text.query = route_.query;
    same_text.review_query = route_.review_query;
    const bool typing = !push_history && same_text == route_;
    // Typing not yet in the address goes there first, so Back from the new entry finds it. (A
    // replace needs no such step: it writes over that entry anyway.)
    if (push_history) write_address_now();
    reload_search_box_ |= next.query != route_.query;
    forget_view_state_for(next);
    route_ = std::move(next);
    if (query_changed) run_search();
    if (typing) {
        address_pending_ = true;
        address_changed_at_ = frame_time_;
    } else {
        host::set_location_hash(format_route(route_), push_history);
        address_pending_ = false;
    }
}

// Typing (into the search box or the review search) reaches the address once it pauses: a
// browser's history update can cost more than a frame's whole budget (3-13 ms measured in
// headless Chromium), where the search itself takes well under one.
void App::write_pending_address() {
    if (frame_time_ - address_changed_at_ >= kAddressPause) write_address_now();
}

void App::write_address_now() {
    if (!address_pending_) return;
    address_pending_ = false;
    host::set_location_hash(format_route(route_), false);
}

void App::run_search() {
    selected_row_ = 0;
    result_ = SearchResult{};
    sort_rows(kRowsSortedFirst);
}

// Only the rows a person can reach soon are put in order: a partial sort of a few hundred is
// fast where ordering 100k matches on every keystroke is not. Scrolling asks for more.
void App::sort_rows(std::size_t rows) {
    if (!index_) return;
    SearchRequest request;
    request.query = route_.query;
    request.filters = route_.filters;
    request.sort = route_.sort;
    request.limit = rows;
    result_ = index_->search(request);
    // Worked out once per query, not per frame: it may scan the whole dictionary.
    suggestion_ = result_.total == 0 && !route_.query.empty() ? index_->suggest(route_.query) : std::string();
}

void App::ensure_rows(std::size_t rows) {
    if (rows <= result_.hits.size() || result_.hits.size() >= result_.total) return;
    sort_rows(std::max(rows + kRowsSortedFirst, result_.hits.size() * 2));
}

void App::record_frame_time(double ms) {
    if (frame_ms_.size() == kFrameTimesKept) frame_ms_.erase(frame_ms_.begin());
    frame_ms_.push_back(ms);
    ++frames_drawn_;
}

bool App::keyboard_used_this_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.InputQueueCharacters.empty()) return true;
    for (int k = ImGuiKey_Keyboard_BEGIN; k < ImGuiKey_Keyboard_END; ++k) {
        const auto key = static_cast<ImGuiKey>(k);
        if (!ImGui::IsLRModKey(key) && ImGui::IsKeyPressed(key, false)) return true;
    }
    return false;
}

void App::frame() {
    frame_time_ = ImGui::GetTime();
    write_pending_address();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    drawn_.begin_frame();
    ImGui::Begin("Vitrine", nullptr, kRootWindowFlags);
    // The focus ring shows whenever the keyboard was used last, from its first key on (ImGui
    // shows it after a navigation key only; a mouse click hides it again).
    if (keyboard_used_this_frame()) ImGui::SetNavCursorVisible(true);
    view_arrived_ = route_.view != view_drawn_;
    view_drawn_ = route_.view;
    layout_.clear();
    results_scroll_ = 0;  // the result list sets it when it is drawn
    draw_header();
    if (show_diagnostics_) {
        draw_diagnostics_panel();
    } else if (!loaded_) {
        draw_status_message("Loading the catalogue…");
    } else if (!load_errors_.empty() && catalogue_.products.empty()) {
        draw_status_message(load_errors_.back().c_str());
    } else {
        // A file that could not be opened leaves the catalogue shown; it says why above it.
        if (!load_errors_.empty()) draw_load_notice();
        const Product* product = route_.view == View::search ? nullptr : find_product(route_.product_id);
        // '/' goes to the search box from any view (in the search view the box handles it).
        if (route_.view != View::search && ImGui::IsKeyPressed(ImGuiKey_Slash) && !ImGui::GetIO().WantTextInput) {
            Route back = route_;
            back.view = View::search;
            navigate(std::move(back), true);
            focus_search_box_ = true;
        }
        if (route_.view == View::search || product == nullptr) {
            draw_search_view();
        } else if (route_.view == View::detail) {
            draw_detail_view(*product);
        } else {
            draw_reviews_view(*product);
        }
    }
    ImGui::End();
    drawn_.end_frame();
}

void App::draw_load_notice() {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().out_of_stock);
    ImGui::TextWrapped("%s", load_errors_.back().c_str());
    ImGui::PopStyleColor();
    mirror_text(MirrorRole::text, "load-error", load_errors_.back());
    if (ImGui::SmallButton("Dismiss")) load_errors_.clear();
}

void App::draw_status_message(const char* message) {
    const ImVec2 size = ImGui::GetContentRegionAvail();
    const float wrap = std::min(size.x, 560.0f);
    ImGui::SetCursorPos(ImVec2((size.x - wrap) * 0.5f, size.y * 0.4f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::TextUnformatted(message);
    ImGui::PopTextWrapPos();
}

}  // namespace vitrine
