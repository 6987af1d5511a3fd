// vitrine: the command line. Each command is one entry in kCommands and one function.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"

namespace {

struct Command {
    const char* name;
    const char* usage;
    int (*run)(const std::vector<std::string>& args);
};

constexpr Command kCommands[] = {
    {"pack", "pack <files|dirs>... [--format json|binary] -o FILE   write a catalogue (binary: catalogue.vitrine, with its index)", vitrine::cli::pack},
    {"check", "check <files|dirs>...                    report problems only", vitrine::cli::check},
    {"show", "show <catalogue.json|page.md> <id>       one product as JSON", vitrine::cli::show},
    {"search", "search <catalogue> \"<query>\" [--limit N] [--json]", vitrine::cli::search},
};

int usage() {
    std::fputs("usage: vitrine <command> ...\n", stderr);
    for (const Command& c : kCommands) std::fprintf(stderr, "  vitrine %s\n", c.usage);
    std::fputs("exit status: 0 clean, 1 some record was skipped, 2 usage error\n", stderr);
    return vitrine::cli::kUsageError;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    const std::vector<std::string> args(argv + 2, argv + argc);
    for (const Command& c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0) return c.run(args);
    }
    std::fprintf(stderr, "vitrine: unknown command \"%s\"\n", argv[1]);
    return usage();
}
