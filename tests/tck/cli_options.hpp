// The command line of steppe_tck.
#ifndef STEPPE_TESTS_TCK_CLI_OPTIONS_HPP_
#define STEPPE_TESTS_TCK_CLI_OPTIONS_HPP_

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace steppe::tck {

struct CliOptions {
    std::optional<std::string> features;       // --features DIR
    std::optional<std::string> graphs;         // --graphs DIR
    std::string subset = "v1";                 // --subset v1|stretch|all
    std::string filter;                        // --filter SUBSTRING (of the scenario id)
    std::optional<std::string> expected;       // --expected FILE
    std::optional<std::string> writePassing;   // --write-passing FILE
    bool verbose = false;                      // --verbose
    bool isolate = true;                       // --no-fork turns it off
    bool dryRun = false;                       // --dry-run
    std::chrono::milliseconds timeout{60'000}; // --timeout SECONDS, per scenario
    bool help = false;
};

// Parses argv. Returns std::nullopt and sets *error on an unknown option or a bad value.
std::optional<CliOptions> parseCommandLine(const std::vector<std::string>& args,
                                           std::string* error);

extern const char* const kUsage;

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_CLI_OPTIONS_HPP_
