#include "cli/completion.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "cli/lexical_scanner.hpp"

namespace steppe::cli {

namespace {

// The words that begin or join clauses; function names are left out, as their case matters.
constexpr std::string_view kKeywords[] = {
    "ALL",      "AND",    "AS",     "ASC",     "ASCENDING",  "BY",           "CASE",
    "CONTAINS", "COUNT",  "CREATE", "DESC",    "DESCENDING", "DISTINCT",     "ELSE",
    "END",      "ENDS",   "EXISTS", "EXPLAIN", "FALSE",      "IN",           "IS",
    "LIMIT",    "MATCH",  "NOT",    "NULL",    "OPTIONAL",   "OR",           "ORDER",
    "PROFILE",  "RETURN", "SKIP",   "STARTS",  "THEN",       "TRUE",         "UNION",
    "UNWIND",   "WHEN",   "WHERE",  "WITH",    "XOR",        "shortestPath", "allShortestPaths"};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Bytes of a name: ASCII letters, digits and `_`, and every byte of a non-ASCII character.
bool isNameByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '_' ||
           u >= 0x80;
}

char lowered(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool startsWith(std::string_view text, std::string_view prefix, bool ignoreCase) {
    if (text.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (ignoreCase ? lowered(text[i]) != lowered(prefix[i]) : text[i] != prefix[i]) {
            return false;
        }
    }
    return true;
}

// A name that is not a plain identifier needs backticks in a query.
std::string asWritten(const std::string& name) {
    const bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
                       std::all_of(name.begin(), name.end(), isNameByte);
    if (plain) {
        return name;
    }
    std::string quoted = "`";
    for (char c : name) {
        quoted += c == '`' ? "``" : std::string(1, c);
    }
    return quoted + "`";
}

void sortUnique(std::vector<std::string>* items) {
    std::sort(items->begin(), items->end());
    items->erase(std::unique(items->begin(), items->end()), items->end());
}

// Names starting with `word`; when none does in the same case, those that do in another.
std::vector<std::string> namesStartingWith(const std::vector<std::string>& names,
                                           std::string_view word) {
    std::vector<std::string> found;
    for (bool ignoreCase : {false, true}) {
        for (const std::string& name : names) {
            if (startsWith(name, word, ignoreCase)) {
                found.push_back(asWritten(name));
            }
        }
        if (!found.empty()) {
            break;
        }
    }
    sortUnique(&found);
    return found;
}

// Keywords in the case the user writes them in: lower case if the word is, else upper case.
std::vector<std::string> keywordsStartingWith(std::string_view word) {
    const bool lower =
        std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
        std::none_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    std::vector<std::string> found;
    for (std::string_view keyword : kKeywords) {
        if (!startsWith(keyword, word, true)) {
            continue;
        }
        std::string written(keyword);
        const bool mixedCase =
            written.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
        if (lower && !mixedCase) {
            std::transform(written.begin(), written.end(), written.begin(), lowered);
        }
        found.push_back(std::move(written));
    }
    sortUnique(&found);
    return found;
}

// Files and folders that complete `word`, a path typed so far; folders end with `/`.
std::vector<std::string> pathsStartingWith(std::string_view word) {
    namespace fs = std::filesystem;
    const std::size_t slash = word.rfind('/');
    const std::string folder(slash == std::string_view::npos ? "" : word.substr(0, slash + 1));
    const std::string_view prefix = word.substr(folder.size());
    std::vector<std::string> found;
    std::error_code error;
    for (fs::directory_iterator it(folder.empty() ? "." : folder, error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!startsWith(name, prefix, false) ||
            (name[0] == '.' && !startsWith(prefix, ".", false))) {
            continue;
        }
        std::error_code ignored;
        found.push_back(folder + name + (it->is_directory(ignored) ? "/" : ""));
    }
    sortUnique(&found);
    return found;
}

// Completes the word at the end of `text`, a statement so far, from what comes before it.
Completion completeCypher(std::string_view text, const CompletionVocabulary& vocabulary) {
    LexicalScanner scanner;
    std::vector<char> open; // brackets not yet closed, in code
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (scanner.inCode()) {
            if (c == '(' || c == '[' || c == '{') {
                open.push_back(c);
            } else if ((c == ')' || c == ']' || c == '}') && !open.empty()) {
                open.pop_back();
            }
        }
        i += scanner.step(text, i);
    }
    Completion completion;
    if (!scanner.inCode()) {
        return completion; // inside a string, a quoted name or a comment
    }
    std::size_t start = text.size();
    while (start > 0 && isNameByte(text[start - 1])) {
        --start;
    }
    completion.wordStart = start;
    const std::string_view word = text.substr(start);
    const char before = start > 0 ? text[start - 1] : '\0';
    const char inside = open.empty() ? '\0' : open.back();
    std::size_t previous = start;
    while (previous > 0 && isSpace(text[previous - 1])) {
        --previous;
    }
    const char previousVisible = previous > 0 ? text[previous - 1] : '\0';

    if (before == '$') {
        completion.candidates = namesStartingWith(vocabulary.parameters, word);
    } else if (before == '.' && !(start >= 2 && text[start - 2] == '.')) {
        completion.candidates = namesStartingWith(vocabulary.propertyKeys, word);
    } else if ((before == ':' || before == '|') && inside == '[') {
        completion.candidates = namesStartingWith(vocabulary.relationshipTypes, word);
    } else if (before == ':' && inside != '{') {
        completion.candidates = namesStartingWith(vocabulary.labels, word);
    } else if (inside == '{' && (previousVisible == '{' || previousVisible == ',')) {
        completion.candidates = namesStartingWith(vocabulary.propertyKeys, word); // map keys
    } else if (!word.empty() && before != ':' && !(word[0] >= '0' && word[0] <= '9')) {
        completion.candidates = keywordsStartingWith(word);
        completion.spaceAfter = true;
    }
    return completion;
}

// Completes a shell command (`:for` → `:format`) or its arguments.
Completion completeCommand(std::string_view line, const CompletionVocabulary& vocabulary) {
    Completion completion;
    const std::size_t colon = line.find(':');
    std::size_t end = colon + 1;
    while (end < line.size() && !isSpace(line[end])) {
        ++end;
    }
    const std::string_view name = line.substr(colon + 1, end - colon - 1);
    if (end == line.size()) {
        completion.wordStart = colon;
        for (const std::string& command : vocabulary.commands) {
            if (startsWith(command, name, false)) {
                completion.candidates.push_back(":" + command);
            }
        }
        completion.spaceAfter = true;
        return completion;
    }
    // The arguments before the one at the cursor.
    std::vector<std::string_view> arguments;
    std::size_t i = end;
    for (;;) {
        while (i < line.size() && isSpace(line[i])) {
            ++i;
        }
        std::size_t j = i;
        while (j < line.size() && !isSpace(line[j])) {
            ++j;
        }
        if (j == line.size()) {
            break;
        }
        arguments.push_back(line.substr(i, j - i));
        i = j;
    }
    if (name == "export" && arguments.size() >= 2) {
        // The rest is the query of the diagram.
        const std::size_t queryStart =
            static_cast<std::size_t>(arguments[1].data() + arguments[1].size() - line.data());
        completion = completeCypher(line.substr(queryStart), vocabulary);
        completion.wordStart += queryStart;
        return completion;
    }
    completion.wordStart = i;
    const std::string_view word = line.substr(i);
    auto offer = [&](const std::vector<std::string>& words) {
        for (const std::string& w : words) {
            if (startsWith(w, word, false)) {
                completion.candidates.push_back(w);
            }
        }
    };
    if (name == "format" && arguments.empty()) {
        offer(vocabulary.formats);
    } else if (name == "timing" && arguments.empty()) {
        offer({"off", "on"});
    } else if (name == "export" && arguments.empty()) {
        offer({"dot"});
    } else if (name == "load" || (name == "export" && arguments.size() == 1)) {
        completion.candidates = pathsStartingWith(word);
    }
    completion.spaceAfter = completion.candidates.size() != 1 || completion.candidates[0].empty() ||
                            completion.candidates[0].back() != '/';
    return completion;
}

} // namespace

Completion complete(std::string_view pending, std::string_view line,
                    const CompletionVocabulary& vocabulary) {
    const bool noStatement =
        std::all_of(pending.begin(), pending.end(), [](char c) { return isSpace(c); });
    const std::size_t first = line.find_first_not_of(" \t");
    if (noStatement && first != std::string_view::npos && line[first] == ':') {
        return completeCommand(line, vocabulary);
    }
    std::string text(pending);
    if (!text.empty()) {
        text += '\n';
    }
    const std::size_t lineStart = text.size();
    text += line;
    Completion completion = completeCypher(text, vocabulary);
    completion.wordStart -= lineStart;
    return completion;
}

std::string commonPrefix(const std::vector<std::string>& candidates) {
    if (candidates.empty()) {
        return {};
    }
    std::string prefix = candidates.front();
    for (const std::string& candidate : candidates) {
        std::size_t n = 0;
        while (n < prefix.size() && n < candidate.size() && prefix[n] == candidate[n]) {
            ++n;
        }
        prefix.resize(n);
    }
    return prefix;
}

} // namespace steppe::cli
