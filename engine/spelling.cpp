#include "engine/spelling.hpp"

#include <algorithm>
#include <vector>

namespace steppe::engine {

NearestName::NearestName(std::string_view word)
    : word_(word), limit_(std::clamp<std::size_t>(word.size() / 3, 1, 3)),
      bestDistance_(limit_ + 1) {}

void NearestName::consider(std::string_view candidate) {
    if (candidate == word_) {
        return;
    }
    std::size_t d = editDistance(word_, candidate, std::min(limit_, bestDistance_));
    // Ties keep the first candidate, so suggestions are stable for a given input order.
    if (d < bestDistance_) {
        bestDistance_ = d;
        best_ = candidate;
    }
}

std::string NearestName::hint() const {
    return best_.empty() ? std::string() : "did you mean " + inQuotes(best_) + "?";
}

std::string inQuotes(std::string_view s) {
    // Quotes and backslashes inside are escaped, so a message reads unambiguously.
    std::string q = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            q += '\\';
        }
        q += c;
    }
    return q + "\"";
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit) {
    std::size_t lengthGap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (lengthGap > limit) {
        return limit + 1;
    }
    // Three rolling rows of the dynamic-programming table: two back for adjacent swaps.
    std::vector<std::size_t> twoBack(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t rowMin = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], twoBack[j - 2] + 1);
            }
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

} // namespace steppe::engine
