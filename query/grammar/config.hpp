// The parser configuration shared by every grammar module: the iterator, the skipper and the
// context type that BOOST_SPIRIT_INSTANTIATE compiles each rule for. Private to query/grammar/.
//
// The context is built by hand in parse.cpp (not through x3::with<>), so its type is spelled out
// once here and cannot drift from the instantiations: a mismatch would only show up at link time
// as an undefined parse_rule<...>.
#ifndef STEPPE_QUERY_GRAMMAR_CONFIG_HPP_
#define STEPPE_QUERY_GRAMMAR_CONFIG_HPP_

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/context.hpp>
#include <boost/spirit/home/x3/support/unused.hpp>

#include "query/grammar/lexical.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// The deepest nesting of expressions the grammar descends into. Each level of the recursive
// descent takes about 10 KB of stack in a debug build (149 levels ran in 2 MB, and in 4 MB with
// AddressSanitizer), so the parser refuses deeper input with a syntax error instead of
// overflowing the stack. Real queries nest a dozen levels at most.
inline constexpr int kMaxNestingDepth = 150;

// How much work the parser may do, counted in attempts to parse an expression: this many per
// byte of input, plus a fixed allowance. Backtracking (a parenthesis that might open a pattern)
// stays linear on sensible input; this stops adversarial input that would make it exponential.
inline constexpr std::size_t kExpressionAttemptsPerByte = 100;
inline constexpr std::size_t kExpressionAttemptsBase = 10000;

// Everything the rules need besides the text: where the text starts (spans are offsets from it),
// the nesting depth and the work done (expression_guard in common.hpp), the furthest failure of a
// speculative parse (soft[]), and the failure the start rule reports.
struct parse_state {
    iterator_type begin = nullptr;
    iterator_type end = nullptr;
    int depth = 0;
    std::size_t expressionAttempts = 0;
    iterator_type softWhere = nullptr; // furthest speculative failure, or null
    std::string softWhich;
    iterator_type failWhere = nullptr; // the failure reported by the start rule, or null
    std::string failWhich;
    // An expression parses the same wherever it is called from, so backtracking need not parse
    // one twice (packrat parsing, for this one rule): these remember, by start position, the
    // expressions that failed (where and what was expected) and, while a speculative parse is
    // under way (softDepth > 0), those that succeeded (where they ended and their tree).
    std::unordered_map<iterator_type, std::pair<iterator_type, std::string>> failedExpressions;
    std::unordered_map<iterator_type, std::pair<iterator_type, x3ast::expression>>
        parsedExpressions;
    int softDepth = 0; // how many soft[] are under way

    std::uint32_t offsetOf(iterator_type it) const {
        return static_cast<std::uint32_t>(it - begin);
    }
};

struct state_tag;

// Thrown (not as an expectation failure, so that no soft[] swallows it) when the input nests
// deeper than kMaxNestingDepth, or when the parse exceeds its work budget.
struct limit_exceeded {
    iterator_type where;
    const char* which; // "!too_deep" or "!too_complex"
};

// Whitespace and comments (`// ...` to the end of the line, `/* ... */`). An unterminated block
// comment is not skipped, so the parse fails right at its `/*`.
struct skipper_parser : x3::parser<skipper_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, const iterator_type& last, const Context&, RContext&,
               Attribute&) const {
        const iterator_type next = lexical::skipBlanks(first, last);
        const bool skipped = next != first;
        first = next;
        return skipped;
    }
};

using skipper_context_type = x3::context<x3::skipper_tag, const skipper_parser, x3::unused_type>;
using context_type = x3::context<state_tag, parse_state, skipper_context_type>;

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_CONFIG_HPP_
