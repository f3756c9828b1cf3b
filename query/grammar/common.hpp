// The primitive parsers the grammar modules share: keywords, names, literals and operator
// tables, written by hand over lexical.hpp rather than composed from X3 character parsers. They
// compile to little, match exactly what openCypher allows, and record their own spans. Unlike
// X3's own primitives, one that fails leaves the iterator where it was, so a rule that ends by
// trying an optional token does not take the whitespace before it into its span. Plus two
// directives: soft[] (a speculative parse) and expression_guard[] (bounded recursion and work).
//
// Included by the *_def.hpp files only; everything here is inline or a template.
#ifndef STEPPE_QUERY_GRAMMAR_COMMON_HPP_
#define STEPPE_QUERY_GRAMMAR_COMMON_HPP_

#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>

#include <boost/spirit/home/x3.hpp>

#include "query/grammar/config.hpp"
#include "query/grammar/lexical.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {

template <typename Context>
parse_state& stateOf(const Context& context) {
    return x3::get<state_tag>(context);
}

[[noreturn]] inline void failAt(iterator_type where, const std::string& which) {
    throw x3::expectation_failure<iterator_type>(where, which);
}

// Hands a token to whatever attribute X3 passes: the token type, an optional, or unused.
template <typename Token, typename Attribute>
void assignToken(Token&& token, Attribute& attribute) {
    x3::traits::move_to(std::forward<Token>(token), attribute);
}

// The end of a failed scan: a scan that knows what is wrong reports it (and commits the
// parse); otherwise the token is simply not there.
inline bool rejectScan(const lexical::Scan& scan) {
    if (scan.errorAt != nullptr) {
        failAt(scan.errorAt, scan.error);
    }
    return false;
}

// The end of a successful token parser: records the token's span [start, end), hands it to X3
// and moves past it.
template <typename Token, typename Context, typename Attribute>
bool acceptToken(Token&& token, iterator_type start, iterator_type end, const Context& context,
                 Attribute& attribute, iterator_type& first) {
    const parse_state& state = stateOf(context);
    token.begin = state.offsetOf(start);
    token.end = state.offsetOf(end);
    assignToken(std::forward<Token>(token), attribute);
    first = end;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Keywords: a whole word in any case (`match`, `Match`, `MATCH`), no attribute.

struct keyword_parser : x3::parser<keyword_parser> {
    using attribute_type = x3::unused_type;
    static const bool has_attribute = false;

    const char* word; // upper case

    constexpr explicit keyword_parser(const char* upperCaseWord) : word(upperCaseWord) {}

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attribute&) const {
        iterator_type it = first;
        x3::skip_over(it, last, context);
        const char* end = lexical::matchKeyword(it, last, word);
        if (end == nullptr) {
            return false;
        }
        first = end;
        return true;
    }
};

constexpr keyword_parser kw(const char* upperCaseWord) {
    return keyword_parser(upperCaseWord);
}

// Punctuation: `(`, `..`. Unlike x3::lit, a failed match leaves the iterator where it was, so a
// rule that ends by trying an optional token does not take the whitespace before it into its
// span.
struct punct_parser : x3::parser<punct_parser> {
    using attribute_type = x3::unused_type;
    static const bool has_attribute = false;

    const char* text;

    constexpr explicit punct_parser(const char* symbol) : text(symbol) {}

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attribute&) const {
        iterator_type it = first;
        x3::skip_over(it, last, context);
        for (const char* t = text; *t != '\0'; ++t, ++it) {
            if (it == last || *it != *t) {
                return false;
            }
        }
        first = it;
        return true;
    }
};

constexpr punct_parser punct(const char* symbol) {
    return punct_parser(symbol);
}

// ---------------------------------------------------------------------------------------------
// Names

enum class name_kind {
    kVariable, // a symbolic name that is not a reserved word (backquoted names always qualify)
    kSchema,   // any name, reserved words included: labels, types, property and map keys
    kFunction, // a possibly dotted function name `a.b.c`; EXISTS is allowed as a first part
};

template <name_kind Kind>
struct name_parser : x3::parser<name_parser<Kind>> {
    using attribute_type = x3ast::name_token;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attribute& attribute) const {
        iterator_type start = first;
        x3::skip_over(start, last, context);
        x3ast::name_token token;
        const lexical::Scan scan = lexical::scanName(start, last, &token.name);
        if (!scan.ok()) {
            return rejectScan(scan);
        }
        const bool quoted = *start == '`';
        if constexpr (Kind == name_kind::kVariable) {
            if (!quoted && lexical::isReservedWord(token.name)) {
                return false;
            }
        }
        const char* end = scan.end;
        if constexpr (Kind == name_kind::kFunction) {
            if (!quoted && lexical::isReservedWord(token.name) &&
                lexical::matchKeyword(start, last, "EXISTS") == nullptr) {
                return false;
            }
            // Namespace parts: `apoc.coll.sum`. A dot not followed by a name is left alone.
            for (;;) {
                const char* dot = lexical::skipBlanks(end, last);
                if (dot == last || *dot != '.') {
                    break;
                }
                std::string part;
                const char* partStart = lexical::skipBlanks(dot + 1, last);
                const lexical::Scan next = lexical::scanName(partStart, last, &part);
                if (!next.ok()) {
                    break;
                }
                token.name += '.';
                token.name += part;
                end = next.end;
            }
        }
        return acceptToken(std::move(token), start, end, context, attribute, first);
    }
};

using variable_parser = name_parser<name_kind::kVariable>;
using schema_name_parser = name_parser<name_kind::kSchema>;
using function_name_parser = name_parser<name_kind::kFunction>;

// `.key` after an atom. `..` (a slice or a range) is not a property lookup.
struct property_lookup_parser : x3::parser<property_lookup_parser> {
    using attribute_type = x3ast::name_token;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attribute& attribute) const {
        iterator_type dot = first;
        x3::skip_over(dot, last, context);
        if (dot == last || *dot != '.' || (last - dot >= 2 && dot[1] == '.')) {
            return false;
        }
        const char* keyStart = lexical::skipBlanks(dot + 1, last);
        x3ast::name_token token;
        const lexical::Scan scan = lexical::scanName(keyStart, last, &token.name);
        if (!scan.ok()) {
            failAt(scan.errorAt != nullptr ? scan.errorAt : keyStart,
                   scan.error != nullptr ? scan.error : "property_key_name");
        }
        return acceptToken(std::move(token), keyStart, scan.end, context, attribute, first);
    }
};

// ---------------------------------------------------------------------------------------------
// Literals

struct number_parser : x3::parser<number_parser> {
    using attribute_type = x3ast::number_token;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attribute& attribute) const {
        iterator_type start = first;
        x3::skip_over(start, last, context);
        const lexical::Scan scan = lexical::scanNumber(start, last);
        if (!scan.ok()) {
            return rejectScan(scan);
        }
        return acceptToken(x3ast::number_token{}, start, scan.end, context, attribute, first);
    }
};

struct string_parser : x3::parser<string_parser> {
    using attribute_type = x3ast::string_token;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attribute& attribute) const {
        iterator_type start = first;
        x3::skip_over(start, last, context);
        x3ast::string_token token;
        const lexical::Scan scan = lexical::scanString(start, last, &token.value);
        if (!scan.ok()) {
            return rejectScan(scan);
        }
        return acceptToken(std::move(token), start, scan.end, context, attribute, first);
    }
};

// `$name`, `` $`a name` `` or `$0`.
struct parameter_parser : x3::parser<parameter_parser> {
    using attribute_type = x3ast::parameter_token;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attribute& attribute) const {
        iterator_type start = first;
        x3::skip_over(start, last, context);
        if (start == last || *start != '$') {
            return false;
        }
        x3ast::parameter_token token;
        const char* end = start + 1;
        if (end != last && lexical::isDigit(*end)) {
            while (end != last && lexical::isDigit(*end)) {
                ++end;
            }
            token.name.assign(start + 1, end);
        } else {
            const lexical::Scan scan = lexical::scanName(end, last, &token.name);
            if (!scan.ok()) {
                failAt(scan.errorAt != nullptr ? scan.errorAt : end,
                       scan.error != nullptr ? scan.error : "parameter_name");
            }
            end = scan.end;
        }
        return acceptToken(std::move(token), start, end, context, attribute, first);
    }
};

// ---------------------------------------------------------------------------------------------
// Tables of words and symbols: operators ("<=", "STARTS WITH", "IS NOT NULL"), quantifiers,
// sort directions. The longest full match wins. When the first word of a multi-word entry
// matched but the rest did not (`IS 5`), the parse commits and fails there ("expected NULL or
// NOT NULL"). A tagged attribute (op_token, constant_token) gets the span of the match.

template <typename T>
struct table_entry {
    const char* text;
    T value;
};

template <typename T, typename Attribute>
struct table_parser : x3::parser<table_parser<T, Attribute>> {
    using attribute_type = Attribute;

    const table_entry<T>* entries;
    std::size_t count;
    const char* name;

    constexpr table_parser(const table_entry<T>* e, std::size_t n, const char* what)
        : entries(e), count(n), name(what) {}

    template <typename Context, typename RContext, typename Attr>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context, RContext&,
               Attr& attribute) const {
        iterator_type start = first;
        x3::skip_over(start, last, context);
        const table_entry<T>* best = nullptr;
        const char* bestEnd = nullptr;
        const char* partialAt = nullptr;
        std::string expected;
        for (std::size_t i = 0; i < count; ++i) {
            const lexical::EntryMatch match = lexical::matchEntry(start, last, entries[i].text);
            if (match.kind == lexical::EntryMatch::Kind::kFull) {
                if (best == nullptr || match.end > bestEnd) {
                    best = &entries[i];
                    bestEnd = match.end;
                }
            } else if (match.kind == lexical::EntryMatch::Kind::kPartial) {
                if (partialAt == nullptr || match.partialAt > partialAt) {
                    partialAt = match.partialAt;
                    expected = match.expected;
                } else if (match.partialAt == partialAt) {
                    expected += " or ";
                    expected += match.expected;
                }
            }
        }
        if (best == nullptr) {
            if (partialAt != nullptr) {
                failAt(partialAt, expected);
            }
            return false;
        }
        Attribute value;
        if constexpr (std::is_base_of_v<x3ast::tagged, Attribute>) {
            const parse_state& state = stateOf(context);
            value.begin = state.offsetOf(start);
            value.end = state.offsetOf(bestEnd);
            value.value = best->value;
        } else {
            value = best->value;
        }
        assignToken(std::move(value), attribute);
        first = bestEnd;
        return true;
    }
};

template <typename Attribute, typename T, std::size_t N>
constexpr table_parser<T, Attribute> table(const table_entry<T> (&entries)[N], const char* name) {
    return table_parser<T, Attribute>(entries, N, name);
}

// ---------------------------------------------------------------------------------------------
// soft[p]: a speculative parse. An expectation failure inside p makes soft[p] fail (and the
// enclosing alternative try its next branch) instead of aborting the whole parse. The failure
// is remembered if it got further than any before: when the parse fails in the end, the report
// names whichever failure got furthest, which is where the user's intent is clearest.

template <typename Subject>
struct soft_directive : x3::unary_parser<Subject, soft_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, soft_directive<Subject>>;
    static const bool is_pass_through_unary = true;

    constexpr explicit soft_directive(const Subject& subject) : base_type(subject) {}

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context,
               RContext& rcontext, Attribute& attribute) const {
        const iterator_type save = first;
        parse_state& state = stateOf(context);
        struct Speculating {
            int& depth;
            explicit Speculating(int& d) : depth(d) { ++depth; }
            ~Speculating() { --depth; }
            Speculating(const Speculating&) = delete;
            Speculating& operator=(const Speculating&) = delete;
        } speculating(state.softDepth);
        try {
            return this->subject.parse(first, last, context, rcontext, attribute);
        } catch (const x3::expectation_failure<iterator_type>& failure) {
            if (state.softWhere == nullptr || failure.where() > state.softWhere) {
                state.softWhere = failure.where();
                state.softWhich = failure.which();
            }
            first = save;
            return false;
        }
    }
};

struct soft_gen {
    template <typename Subject>
    constexpr soft_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](const Subject& subject) const {
        return soft_directive<typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};
constexpr soft_gen soft{};

// expression_guard[p], around the expression rule: bounds how deeply expressions nest (the
// recursion), how often the parse may attempt one (the work), and remembers where one failed,
// so that backtracking never parses the same failing text twice.
template <typename Subject>
struct expression_guard_directive : x3::unary_parser<Subject, expression_guard_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, expression_guard_directive<Subject>>;
    static const bool is_pass_through_unary = true;

    constexpr explicit expression_guard_directive(const Subject& subject) : base_type(subject) {}

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context& context,
               RContext& rcontext, Attribute& attribute) const {
        parse_state& state = stateOf(context);
        if (state.depth >= kMaxNestingDepth) {
            throw limit_exceeded{lexical::skipBlanks(first, last), "!too_deep"};
        }
        if (++state.expressionAttempts >
            kExpressionAttemptsBase +
                kExpressionAttemptsPerByte * static_cast<std::size_t>(state.end - state.begin)) {
            throw limit_exceeded{lexical::skipBlanks(first, last), "!too_complex"};
        }
        const auto failed = state.failedExpressions.find(first);
        if (failed != state.failedExpressions.end()) {
            throw x3::expectation_failure<iterator_type>(failed->second.first,
                                                         failed->second.second);
        }
        const auto parsed = state.parsedExpressions.find(first);
        if (parsed != state.parsedExpressions.end()) {
            x3::traits::move_to(x3ast::expression(parsed->second.second), attribute);
            first = parsed->second.first;
            return true;
        }
        struct Level {
            int& depth;
            explicit Level(int& d) : depth(d) { ++depth; }
            ~Level() { --depth; }
            Level(const Level&) = delete;
            Level& operator=(const Level&) = delete;
        } level(state.depth);
        const iterator_type start = first;
        try {
            const bool ok = this->subject.parse(first, last, context, rcontext, attribute);
            if constexpr (std::is_same_v<Attribute, x3ast::expression>) {
                if (ok && state.softDepth > 0) {
                    state.parsedExpressions.emplace(start, std::make_pair(first, attribute));
                }
            }
            return ok;
        } catch (const x3::expectation_failure<iterator_type>& failure) {
            state.failedExpressions.emplace(start,
                                            std::make_pair(failure.where(), failure.which()));
            throw;
        }
    }
};

struct expression_guard_gen {
    template <typename Subject>
    constexpr expression_guard_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](const Subject& subject) const {
        return expression_guard_directive<typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};
constexpr expression_guard_gen expression_guard{};

} // namespace steppe::query::grammar

// What an expectation failure names when one of the primitives above was expected; the error
// report (parse.cpp) turns these into words.
namespace boost::spirit::x3 {

template <>
struct get_info<steppe::query::grammar::keyword_parser> {
    using result_type = std::string;
    std::string operator()(const steppe::query::grammar::keyword_parser& p) const { return p.word; }
};

template <>
struct get_info<steppe::query::grammar::punct_parser> {
    using result_type = std::string;
    std::string operator()(const steppe::query::grammar::punct_parser& p) const {
        return std::string("'") + p.text + "'";
    }
};

template <steppe::query::grammar::name_kind Kind>
struct get_info<steppe::query::grammar::name_parser<Kind>> {
    using result_type = std::string;
    std::string operator()(const steppe::query::grammar::name_parser<Kind>&) const {
        using steppe::query::grammar::name_kind;
        return Kind == name_kind::kVariable ? "variable"
               : Kind == name_kind::kSchema ? "name"
                                            : "function_name";
    }
};

template <>
struct get_info<steppe::query::grammar::number_parser> {
    using result_type = std::string;
    std::string operator()(const steppe::query::grammar::number_parser&) const { return "number"; }
};

template <>
struct get_info<steppe::query::grammar::string_parser> {
    using result_type = std::string;
    std::string operator()(const steppe::query::grammar::string_parser&) const { return "string"; }
};

template <>
struct get_info<steppe::query::grammar::parameter_parser> {
    using result_type = std::string;
    std::string operator()(const steppe::query::grammar::parameter_parser&) const {
        return "parameter";
    }
};

// `> &punct("|")` expects what the lookahead looks for.
template <typename Subject>
struct get_info<and_predicate<Subject>> {
    using result_type = std::string;
    std::string operator()(const and_predicate<Subject>& p) const { return what(p.subject); }
};

template <typename T, typename Attribute>
struct get_info<steppe::query::grammar::table_parser<T, Attribute>> {
    using result_type = std::string;
    std::string operator()(const steppe::query::grammar::table_parser<T, Attribute>& p) const {
        return p.name;
    }
};

} // namespace boost::spirit::x3

#endif // STEPPE_QUERY_GRAMMAR_COMMON_HPP_
