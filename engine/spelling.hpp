// Did-you-mean suggestions: the known name closest to a misspelt one.
#ifndef STEPPE_ENGINE_SPELLING_HPP_
#define STEPPE_ENGINE_SPELLING_HPP_

#include <cstddef>
#include <string>
#include <string_view>

namespace steppe::engine {

// Feed candidates to consider(); best() is the closest one within a distance that still looks
// like a typo for the word's length (1 edit for short words, up to 3 for long ones), or "".
// Distance is optimal string alignment: insertions, deletions, substitutions and swaps of
// adjacent characters each count 1, so "lables" is 1 from "labels".
class NearestName {
public:
    explicit NearestName(std::string_view word);

    void consider(std::string_view candidate);
    const std::string& best() const { return best_; }
    // `did you mean "best"?`, or "" when nothing was close.
    std::string hint() const;

private:
    std::string word_;
    std::size_t limit_;
    std::size_t bestDistance_;
    std::string best_;
};

// Returns s in double quotes, with " and \ escaped, as messages show names and ids.
std::string inQuotes(std::string_view s);

// Optimal-string-alignment distance between a and b, or limit + 1 when it exceeds limit.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_SPELLING_HPP_
