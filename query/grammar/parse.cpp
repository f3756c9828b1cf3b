#include "query/grammar/parse.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/grammar/clause.hpp"
#include "query/grammar/config.hpp"
#include "query/grammar/lexical.hpp"
#include "query/grammar/transform.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {
namespace {

constexpr const char* kClauseWords = "a clause such as MATCH or RETURN";

// What the rule names, primitives and special codes of an expectation failure mean in words
// (rexpr's id_map). Keywords (`BY`) and quoted characters (`')'`) stand for themselves.
std::string describe(const std::string& which) {
    static constexpr std::array<std::pair<const char*, const char*>, 27> kWords = {{
        {"expression", "an expression"},
        {"atom", "an expression"},
        {"expression_list", "an expression"},
        {"projection_items", "an expression"},
        {"projection_item_list", "an expression"},
        {"projection_item", "an expression"},
        {"sort_item", "an expression"},
        {"map_entries", "a property key"},
        {"map_entry", "a property key"},
        {"property_key_name", "a property key"},
        {"variable", "a variable name"},
        {"name", "a name"},
        {"function_name", "a function name"},
        {"parameter_name", "a parameter name"},
        {"label_name", "a label"},
        {"relationship_type", "a relationship type"},
        {"node_pattern", "a node pattern"},
        {"pattern", "a pattern"},
        {"pattern_part", "a pattern"},
        {"anonymous_pattern_part", "a pattern"},
        {"pattern_element", "a pattern"},
        {"number", "a number"},
        {"string", "a string"},
        {"case_alternatives", "WHEN"},
        {"case_alternative", "WHEN"},
        {"exists_body", "a query or a pattern"},
        {"query", kClauseWords},
    }};
    for (const auto& [name, words] : kWords) {
        if (which == name) {
            return words;
        }
    }
    if (which == "single_query" || which == "clause") {
        return kClauseWords;
    }
    const std::string suffix = "_expression";
    if (which.size() > suffix.size() &&
        which.compare(which.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return "an expression";
    }
    return which;
}

bool startsWith(const char* p, const char* end, const char* text) {
    const std::size_t n = std::strlen(text);
    return static_cast<std::size_t>(end - p) >= n && std::memcmp(p, text, n) == 0;
}

// The length of the token at p, for errors about a token: a name, a number or one character.
std::uint32_t tokenLength(const char* p, const char* end) {
    if (p == end) {
        return 0;
    }
    const char* it = p;
    if (lexical::continuesName(it, end)) {
        while (it != end && (lexical::continuesName(it, end) ||
                             (*it == '.' && it + 1 != end && lexical::isDigit(it[1])) ||
                             ((*it == '+' || *it == '-') && (it[-1] == 'e' || it[-1] == 'E') &&
                              lexical::isDigit(*p)))) {
            ++it;
        }
        return static_cast<std::uint32_t>(it - p);
    }
    if (*it == '.' && it + 1 != end && lexical::isDigit(it[1])) {
        ++it;
        while (it != end && (lexical::continuesName(it, end) || *it == '.')) {
            ++it;
        }
        return static_cast<std::uint32_t>(it - p);
    }
    ++it; // one character, with the continuation bytes of a UTF-8 sequence
    while (it != end && (static_cast<unsigned char>(*it) & 0xC0) == 0x80) {
        ++it;
    }
    return static_cast<std::uint32_t>(it - p);
}

std::string upperCase(std::string_view word) {
    std::string result(word);
    for (char& c : result) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return result;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// A hint for a word where a clause was expected: an unsupported clause, or a misspelt one.
std::string clauseHint(const char* p, const char* end) {
    std::string word;
    const lexical::Scan scan = lexical::scanName(p, end, &word);
    if (!scan.ok() || *p == '`') {
        return "";
    }
    const std::string upper = upperCase(word);
    static constexpr std::array<const char*, 9> kUnsupported = {
        "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "CALL", "FOREACH", "LOAD", "USE"};
    for (const char* clause : kUnsupported) {
        if (upper == clause) {
            return std::string(clause) + " is not supported";
        }
    }
    static constexpr std::array<const char*, 9> kClauses = {
        "MATCH", "OPTIONAL", "UNWIND", "CREATE", "WITH", "RETURN", "UNION", "EXPLAIN", "PROFILE"};
    for (const char* clause : kClauses) {
        const std::size_t distance = editDistance(upper, clause);
        if (distance > 0 && distance <= (upper.size() >= 5 ? 2u : 1u)) {
            return std::string("did you mean ") + clause + "?";
        }
    }
    return "";
}

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A lexical error, found by the primitive parsers (the "!..." codes of lexical.hpp) or by the
// limits of config.hpp.
void lexicalFailure(const std::string& which, const char* p, const char* end,
                    SyntaxFailure* failure) {
    failure->length = tokenLength(p, end);
    if (which == "!unterminated_string") {
        failure->message = "unterminated string literal";
        failure->length = 1;
    } else if (which == "!invalid_escape") {
        const char* escaped = p + 1; // one character, with its UTF-8 continuation bytes
        do {
            ++escaped;
        } while (escaped < end && (static_cast<unsigned char>(*escaped) & 0xC0) == 0x80);
        failure->length = static_cast<std::uint32_t>(escaped - p);
        failure->message =
            "invalid escape sequence '" + std::string(p, failure->length) + "' in a string literal";
    } else if (which == "!invalid_unicode") {
        const char* it = p + 2; // past `\u` or `\U`
        const int digits = p[1] == 'u' ? 4 : 8;
        for (int i = 0; i < digits && it != end && std::isxdigit(static_cast<unsigned char>(*it));
             ++i) {
            ++it;
        }
        failure->length = static_cast<std::uint32_t>(it - p);
        failure->message = "invalid Unicode escape sequence '" + std::string(p, failure->length) +
                           "' in a string literal";
        failure->detail = "InvalidUnicodeLiteral";
    } else if (which == "!unterminated_name") {
        failure->message = "unterminated backquoted name";
        failure->length = 1;
    } else if (which == "!invalid_number") {
        failure->message = "invalid number literal '" + std::string(p, failure->length) + "'";
        failure->detail = "InvalidNumberLiteral";
    } else if (which == "!too_deep") {
        failure->length = 0;
        failure->message = "expressions nested too deeply (more than " +
                           std::to_string(kMaxNestingDepth) + " levels)";
    } else {
        failure->length = 0;
        failure->message = "query too complex to parse";
    }
}

// Mistakes recognised by the text at the fault, whatever the grammar expected there: habits
// from other languages (`!=`, `==`, `&&`), typographic punctuation, an unclosed comment.
// Returns false when there is none.
bool knownMistake(std::string_view text, const char* p, SyntaxFailure* failure) {
    const char* end = text.data() + text.size();
    if (const std::size_t n = lexical::unicodePunctuationLength(p, end); n > 0) {
        const std::string character(p, n);
        failure->message = "unexpected character '" + character + "'";
        failure->length = static_cast<std::uint32_t>(n);
        failure->detail = "InvalidUnicodeCharacter";
        static constexpr std::array<const char*, 7> kDashes = {
            "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"};
        static constexpr std::array<const char*, 8> kQuotes = {
            "\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "\u201F"};
        if (std::find(kDashes.begin(), kDashes.end(), character) != kDashes.end()) {
            failure->hint = "use '-'";
        } else if (std::find(kQuotes.begin(), kQuotes.end(), character) != kQuotes.end()) {
            failure->hint = "quote strings with ' or \"";
        }
        return true;
    }
    struct Mistake {
        const char* text;
        const char* message;
        const char* hint;
    };
    static constexpr std::array<Mistake, 3> kMistakes = {{
        {"/*", "unterminated comment", ""},
        {"!=", "unexpected '!='", "use '<>' for inequality"},
        {"&&", "unexpected '&&'", "use AND"},
    }};
    for (const Mistake& mistake : kMistakes) {
        if (startsWith(p, end, mistake.text)) {
            failure->message = mistake.message;
            failure->hint = mistake.hint;
            failure->length = 2;
            return true;
        }
    }
    // `a == b`: the first `=` parsed as a comparison, the second is the fault.
    if (startsWith(p, end, "=") && p - text.data() >= 1 && p[-1] == '=' &&
        (p - text.data() < 2 || std::strchr("<>!=", p[-2]) == nullptr || p[-2] == '\0')) {
        --failure->offset;
        failure->message = "unexpected '=='";
        failure->hint = "use '=' for equality";
        failure->length = 2;
        return true;
    }
    return false;
}

// "expected ...": what the grammar expected at the fault, in words, with a hint where one helps.
void expectationFailure(std::string_view text, const std::string& which, const char* p,
                        SyntaxFailure* failure) {
    const char* end = text.data() + text.size();
    if (which == "relationship_detail_end") {
        failure->message = "expected ']'";
        if (startsWith(p, end, "..") || (p != end && lexical::isDigit(*p))) {
            failure->hint = "a variable-length relationship is written like [:TYPE*1..3]";
            failure->detail = "InvalidRelationshipPattern";
        } else if (end - p >= 2 && *p == '-' && lexical::isDigit(p[1])) {
            failure->hint = "the bounds of a variable-length relationship cannot be negative";
            failure->detail = "InvalidRelationshipPattern";
        }
        return;
    }
    if (which == "eoi") {
        const char* before = p;
        while (before != text.data() && isAsciiSpace(before[-1])) {
            --before;
        }
        if (before != text.data() && before[-1] == ';') {
            failure->message = "expected the end of the query";
        } else {
            failure->message = "expected a clause or the end of the query";
            failure->hint = clauseHint(p, end);
        }
        return;
    }
    const std::string words = describe(which);
    failure->message = "expected " + words;
    if (words == kClauseWords) {
        failure->hint = clauseHint(p, end);
    } else if (which == "variable") {
        std::string word;
        if (lexical::scanName(p, end, &word).ok() && *p != '`' && lexical::isReservedWord(word)) {
            failure->hint =
                upperCase(word) + " is a reserved word; write `" + word + "` to use it as a name";
        }
    }
}

// Fills `failure` for a parse that stopped at `where` expecting `which`. Returns false.
bool report(std::string_view text, const char* where, const std::string& which,
            SyntaxFailure* failure) {
    const char* end = text.data() + text.size();
    const char* p = lexical::skipBlanks(where, end);
    if (p == end) {
        // At the end of the input, point just past the last token rather than at an empty last
        // line.
        while (p != text.data() && isAsciiSpace(p[-1])) {
            --p;
        }
    }
    failure->offset = static_cast<std::uint32_t>(p - text.data());
    failure->length = 0;
    failure->hint.clear();
    failure->detail = "UnexpectedSyntax";
    if (!which.empty() && which[0] == '!') {
        lexicalFailure(which, p, end, failure);
    } else if (!knownMistake(text, p, failure)) {
        expectationFailure(text, which, p, failure);
    }
    return false;
}

} // namespace

bool parseCypher(std::string_view text, ast::Statement* statement, SyntaxFailure* failure) {
    if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        failure->offset = 0;
        failure->length = 0;
        failure->message = "query too long";
        failure->detail = "UnexpectedSyntax";
        return false;
    }
    parse_state state;
    state.begin = text.data();
    state.end = text.data() + text.size();
    const skipper_parser skipper{};
    const skipper_context_type skipperContext(skipper);
    const context_type context(state, skipperContext);

    x3ast::statement parsed;
    iterator_type first = state.begin;
    bool ok = false;
    try {
        ok = grammar::statement().parse(first, state.end, context, x3::unused, parsed);
    } catch (const limit_exceeded& limit) {
        return report(text, limit.where, limit.which, failure);
    }
    if (!ok) {
        // The furthest failure wins: a speculative parse (a pattern predicate) that got further
        // than the alternative taken afterwards shows best what the query meant.
        const char* where = state.failWhere != nullptr ? state.failWhere : first;
        std::string which = state.failWhere != nullptr ? state.failWhich : "query";
        if (state.softWhere != nullptr && lexical::skipBlanks(state.softWhere, state.end) >
                                              lexical::skipBlanks(where, state.end)) {
            where = state.softWhere;
            which = state.softWhich;
        }
        return report(text, where, which, failure);
    }
    try {
        *statement = transformStatement(parsed, text);
    } catch (const TransformError& error) {
        failure->offset = error.offset;
        failure->length = error.length;
        failure->message = error.message;
        failure->hint = error.hint;
        failure->detail = error.detail;
        return false;
    }
    return true;
}

} // namespace steppe::query::grammar
