// Compiled regular expressions for `=~`, cached by pattern text.
//
// Patterns use RE2 syntax (close to Java's, which Neo4j uses, minus backreferences and
// lookaround) and must match the whole string, as `=~` requires. RE2 runs in time linear in
// the input, so no pattern can stall a query.
//
// Thread safety: every function here may be called from any number of threads at once.
#ifndef STEPPE_QUERY_FUNCTIONS_REGEX_CACHE_HPP_
#define STEPPE_QUERY_FUNCTIONS_REGEX_CACHE_HPP_

#include <cstddef>
#include <memory>
#include <string_view>

#include "query/ast.hpp"

namespace re2 {
class RE2;
} // namespace re2

namespace steppe::query::functions {

// A compiled pattern; immutable, so it may be shared and used by many threads.
using CompiledRegex = std::shared_ptr<const re2::RE2>;

// How many distinct patterns the cache keeps; the least recently used one is dropped first.
inline constexpr std::size_t kRegexCacheCapacity = 128;

// Returns the compiled form of `pattern`, compiling it on first use. Throws an ArgumentError
// ("InvalidArgumentValue") naming the pattern and RE2's reason when it is not a valid regular
// expression; `span` is where the pattern came from. A caller with a constant pattern can
// compile it once (at bind time) and call regexFullMatch per row; matchRegex below does the
// lookup itself and suits patterns that vary.
CompiledRegex compileRegex(std::string_view pattern, ast::SourceSpan span = {});

// Returns true iff `regex` matches all of `text`.
bool regexFullMatch(const re2::RE2& regex, std::string_view text);

// compileRegex + regexFullMatch. A thread that matches the same pattern as in its previous
// call skips the shared cache (and its lock) altogether.
bool matchRegex(std::string_view text, std::string_view pattern, ast::SourceSpan span = {});

// The number of patterns in the cache now, for tests.
std::size_t regexCacheSize();

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_REGEX_CACHE_HPP_
