#include "tests/tck/cli_options.hpp"

#include <charconv>

namespace steppe::tck {

const char* const kUsage =
    R"(Usage: steppe_tck [options]
Runs the openCypher TCK (Technology Compatibility Kit) scenarios against Steppe.

  --features DIR       the TCK: a folder holding features/, graphs/ and subsets.tsv, or the
                       features folder itself (default: $STEPPE_TCK_DIR, else ../shared/tck
                       next to the repository)
  --graphs DIR         folder of the named graphs (<name>/<name>.cypher); default: next to
                       the features folder
  --subset NAME        v1 (default), stretch or all, by subsets.tsv
  --filter TEXT        run only scenarios whose id contains TEXT
  --expected FILE      ids that must pass: exit 1 if any fails, else 0
  --write-passing FILE write the ids that passed, sorted, to FILE
  --verbose            print every scenario, and for failures the query, expected and actual
  --timeout SECONDS    wall-clock limit per scenario (default 60)
  --no-fork            run scenarios in this process (for debuggers; a crash ends the run
                       and the timeout is not enforced)
  --dry-run            only parse the features and check every step is understood
  --help               this text

Scenario ids look like
  clauses/match/Match1.feature :: [3] Matching nodes using multiple labels
  clauses/match/Match1.feature :: [7] Fail when ... preceding MATCH :: row 2   (outline row)
Output: one line per failing scenario, a table of passes per folder, and finally
`N passed, M failed`. Exit status: 0, or 1 when --expected ids fail, or 2 on a setup error.
)";

namespace {

std::optional<std::chrono::milliseconds> parseSeconds(const std::string& text) {
    double seconds = 0;
    const char* last = text.data() + text.size();
    const auto [end, ec] = std::from_chars(text.data(), last, seconds);
    if (ec != std::errc() || end != last || !(seconds > 0) || seconds > 86400) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

} // namespace

std::optional<CliOptions> parseCommandLine(const std::vector<std::string>& args,
                                           std::string* error) {
    CliOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                *error = arg + " needs a value";
                return std::nullopt;
            }
            return args[++i];
        };
        if (arg == "--help" || arg == "-h") {
            options.help = true;
        } else if (arg == "--verbose" || arg == "-v") {
            options.verbose = true;
        } else if (arg == "--no-fork") {
            options.isolate = false;
        } else if (arg == "--dry-run") {
            options.dryRun = true;
        } else if (arg == "--features" || arg == "--graphs" || arg == "--subset" ||
                   arg == "--filter" || arg == "--expected" || arg == "--write-passing" ||
                   arg == "--timeout") {
            std::optional<std::string> v = value();
            if (!v) {
                return std::nullopt;
            }
            if (arg == "--features") {
                options.features = *v;
            } else if (arg == "--graphs") {
                options.graphs = *v;
            } else if (arg == "--subset") {
                if (*v != "v1" && *v != "stretch" && *v != "all") {
                    *error = "--subset must be v1, stretch or all, not '" + *v + "'";
                    return std::nullopt;
                }
                options.subset = *v;
            } else if (arg == "--filter") {
                options.filter = *v;
            } else if (arg == "--expected") {
                options.expected = *v;
            } else if (arg == "--write-passing") {
                options.writePassing = *v;
            } else if (auto timeout = parseSeconds(*v)) {
                options.timeout = *timeout;
            } else {
                *error = "--timeout needs a number of seconds in (0, 86400], not '" + *v + "'";
                return std::nullopt;
            }
        } else {
            *error = "unknown argument '" + arg + "'";
            return std::nullopt;
        }
    }
    return options;
}

} // namespace steppe::tck
