#include "tests/tck/tck_suite.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/tck/feature_parser.hpp"

namespace steppe::tck {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) {
            return fields;
        }
        start = tab + 1;
    }
}

std::string trimLine(std::string line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
        line.pop_back();
    }
    const std::size_t first = line.find_first_not_of(" \t");
    return first == std::string::npos ? std::string() : line.substr(first);
}

constexpr const char* kIdListHeader =
    "# openCypher TCK scenarios that steppe_tck must pass (ctest `tck.v1` fails if one of them\n"
    "# fails). One scenario id per line: `<feature path> :: <scenario name>`, followed by\n"
    "# ` :: row <k>` (1-based Examples row) for a Scenario Outline, e.g.\n"
    "#   clauses/match/Match1.feature :: [1] Match non-existent nodes returns empty\n"
    "#   clauses/match/Match1.feature :: [7] Fail when a relationship has the same variable in "
    "a preceding MATCH :: row 2\n"
    "# Lines starting with '#' are comments. Regenerate from the repository root with\n"
    "#   scripts/tck.sh --write-passing tests/tck/expected-pass.txt\n";

bool holdsFeatureFiles(const fs::path& dir) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".feature") {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<TckLocation> locateTck(const std::optional<std::string>& featuresOption,
                                     const std::optional<std::string>& graphsOption,
                                     const std::string& repoRoot,
                                     std::vector<std::string>* lookedAt) {
    std::vector<fs::path> candidates;
    if (featuresOption) {
        candidates.emplace_back(*featuresOption);
    } else {
        if (const char* env = std::getenv("STEPPE_TCK_DIR"); env != nullptr && *env != '\0') {
            candidates.emplace_back(env);
        }
        candidates.push_back(fs::path(repoRoot) / ".." / "shared" / "tck");
    }
    for (const fs::path& candidate : candidates) {
        std::error_code ec;
        const fs::path path = fs::weakly_canonical(candidate, ec);
        lookedAt->push_back(path.string());
        TckLocation location;
        if (fs::is_directory(path / "features", ec)) {
            location.features = path / "features"; // a TCK root
        } else if (holdsFeatureFiles(path)) {
            location.features = path; // the features folder itself
        } else {
            continue;
        }
        const fs::path root = location.features.parent_path();
        location.graphs = graphsOption ? fs::path(*graphsOption) : root / "graphs";
        location.subsetsFile = root / "subsets.tsv";
        return location;
    }
    return std::nullopt;
}

std::optional<std::map<std::string, std::string>> readSubsets(const fs::path& file,
                                                              std::string* error) {
    const std::optional<std::string> text = readText(file);
    if (!text) {
        *error = "cannot read " + file.string();
        return std::nullopt;
    }
    std::istringstream lines(*text);
    std::string line;
    std::size_t subsetColumn = std::string::npos;
    std::size_t fileColumn = std::string::npos;
    std::map<std::string, std::string> subsetOf;
    bool header = true;
    while (std::getline(lines, line)) {
        line = trimLine(line);
        if (line.empty()) {
            continue;
        }
        const std::vector<std::string> fields = splitTabs(line);
        if (header) {
            for (std::size_t i = 0; i < fields.size(); ++i) {
                subsetColumn = fields[i] == "subset" ? i : subsetColumn;
                fileColumn = fields[i] == "file" ? i : fileColumn;
            }
            if (subsetColumn == std::string::npos || fileColumn == std::string::npos) {
                *error = file.string() + " has no `subset` and `file` columns";
                return std::nullopt;
            }
            header = false;
        } else if (fields.size() > std::max(subsetColumn, fileColumn)) {
            subsetOf[fields[fileColumn]] = fields[subsetColumn];
        }
    }
    return subsetOf;
}

LoadedFeatures loadFeatures(const fs::path& featuresDir, const std::string& subset,
                            const std::map<std::string, std::string>& subsetOf) {
    LoadedFeatures loaded;
    std::vector<std::string> paths;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(featuresDir, ec), end; !ec && it != end;
         it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".feature") {
            paths.push_back(it->path().lexically_relative(featuresDir).generic_string());
        }
    }
    if (ec) {
        loaded.errors.push_back("cannot list " + featuresDir.string() + ": " + ec.message());
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) {
        if (subset != "all") {
            const auto it = subsetOf.find(path);
            if (it == subsetOf.end() || it->second != subset) {
                continue;
            }
        }
        const std::optional<std::string> text = readText(featuresDir / path);
        if (!text) {
            loaded.errors.push_back("cannot read " + (featuresDir / path).string());
            continue;
        }
        FeatureParseResult parsed = parseFeature(*text, path);
        if (!parsed.ok()) {
            loaded.errors.push_back(parsed.error);
            continue;
        }
        loaded.features.push_back(std::move(parsed.feature));
    }
    return loaded;
}

std::optional<std::set<std::string>> readIdList(const fs::path& file, std::string* error) {
    const std::optional<std::string> text = readText(file);
    if (!text) {
        *error = "cannot read " + file.string();
        return std::nullopt;
    }
    std::set<std::string> ids;
    std::istringstream lines(*text);
    std::string line;
    while (std::getline(lines, line)) {
        line = trimLine(line);
        if (!line.empty() && line.front() != '#') {
            ids.insert(line);
        }
    }
    return ids;
}

bool writeIdList(const fs::path& file, const std::set<std::string>& ids, std::string* error) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << kIdListHeader;
    for (const std::string& id : ids) {
        out << id << '\n';
    }
    out.close();
    if (!out) {
        *error = "cannot write " + file.string();
        return false;
    }
    return true;
}

} // namespace steppe::tck
