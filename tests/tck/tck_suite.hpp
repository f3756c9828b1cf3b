// Finding the TCK on disk, choosing its feature files by subset, and the id lists
// (expected-pass.txt) that pin which scenarios must pass.
#ifndef STEPPE_TESTS_TCK_TCK_SUITE_HPP_
#define STEPPE_TESTS_TCK_TCK_SUITE_HPP_

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tests/tck/feature_model.hpp"

namespace steppe::tck {

struct TckLocation {
    std::filesystem::path features;    // holds clauses/, expressions/, useCases/
    std::filesystem::path graphs;      // holds <name>/<name>.cypher
    std::filesystem::path subsetsFile; // subsets.tsv; may not exist
};

// Finds the TCK: `featuresOption` (a TCK root holding features/, or a folder of .feature files),
// else $STEPPE_TCK_DIR, else <repoRoot>/../shared/tck. `graphsOption` overrides the graphs
// folder, which is otherwise <root>/graphs. Returns std::nullopt when no candidate exists, with
// every place looked at in *lookedAt.
std::optional<TckLocation> locateTck(const std::optional<std::string>& featuresOption,
                                     const std::optional<std::string>& graphsOption,
                                     const std::string& repoRoot,
                                     std::vector<std::string>* lookedAt);

// Reads subsets.tsv: feature path -> subset ("v1" or "stretch"). Returns std::nullopt and sets
// *error when the file cannot be read or has no `subset` and `file` columns.
std::optional<std::map<std::string, std::string>> readSubsets(const std::filesystem::path& file,
                                                              std::string* error);

struct LoadedFeatures {
    std::vector<Feature> features;   // sorted by path
    std::vector<std::string> errors; // files that could not be read or parsed
};

// Reads every *.feature under `featuresDir` whose subset is `subset` ("all" takes every file;
// `subsetOf` may then be empty).
LoadedFeatures loadFeatures(const std::filesystem::path& featuresDir, const std::string& subset,
                            const std::map<std::string, std::string>& subsetOf);

// Reads a list of scenario ids, one per line; blank lines and lines starting with '#' are
// ignored, surrounding blanks trimmed.
std::optional<std::set<std::string>> readIdList(const std::filesystem::path& file,
                                                std::string* error);

// Writes `ids` sorted, one per line, after a comment header that explains the file.
bool writeIdList(const std::filesystem::path& file, const std::set<std::string>& ids,
                 std::string* error);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_TCK_SUITE_HPP_
