#include "benchmarks/lsqb/lsqb_queries.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <utility>

namespace steppe::lsqb {
namespace {

bool readExpected(const std::string& path, std::vector<std::pair<std::string, std::int64_t>>* out,
                  std::string* error) {
    std::ifstream in(path);
    if (!in) {
        *error = path + ": cannot open";
        return false;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty()) {
            continue;
        }
        const std::size_t tab = line.find('\t');
        std::int64_t count = 0;
        const char* end = line.data() + line.size();
        const auto parsed = tab == std::string::npos
                                ? std::from_chars_result{line.data(), std::errc::invalid_argument}
                                : std::from_chars(line.data() + tab + 1, end, count);
        if (parsed.ec != std::errc() || parsed.ptr != end) {
            *error = path + ":" + std::to_string(number) + ": expected \"qN<TAB>count\", got \"" +
                     line + "\"";
            return false;
        }
        out->emplace_back(line.substr(0, tab), count);
    }
    return true;
}

bool readText(const std::string& path, std::string* text, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = path + ": cannot open";
        return false;
    }
    std::ostringstream content;
    content << in.rdbuf();
    *text = content.str();
    return true;
}

} // namespace

bool readQueries(const std::string& queriesDir, const std::string& expectedPath,
                 const std::vector<std::string>& only, std::vector<LsqbQuery>* out,
                 std::string* error) {
    std::vector<std::pair<std::string, std::int64_t>> expected;
    if (!readExpected(expectedPath, &expected, error)) {
        return false;
    }
    std::vector<std::string> names = only;
    if (names.empty()) {
        for (const auto& [name, count] : expected) {
            names.push_back(name);
        }
    }
    for (const std::string& name : names) {
        auto found = std::find_if(expected.begin(), expected.end(),
                                  [&](const auto& entry) { return entry.first == name; });
        if (found == expected.end()) {
            *error = expectedPath + ": no expected count for query \"" + name + "\"";
            return false;
        }
        LsqbQuery query{name, "", found->second};
        if (!readText(queriesDir + "/" + name + ".cypher", &query.text, error)) {
            return false;
        }
        out->push_back(std::move(query));
    }
    return true;
}

} // namespace steppe::lsqb
