#include "tests/tck/tck_value.hpp"

#include <algorithm>
#include <cmath>

namespace steppe::tck {

namespace {

bool mapsMatch(const TckMap& a, const TckMap& b, ListOrder order) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].first != b[i].first || !matches(a[i].second, b[i].second, order)) {
            return false;
        }
    }
    return true;
}

// Multiset equality. Greedy pairing is exact because `matches` is an equivalence relation.
bool listsMatchIgnoringOrder(const TckList& a, const TckList& b) {
    if (a.size() != b.size()) {
        return false;
    }
    std::vector<bool> used(b.size(), false);
    for (const TckValue& x : a) {
        bool found = false;
        for (std::size_t j = 0; j < b.size() && !found; ++j) {
            if (!used[j] && matches(x, b[j], ListOrder::kIgnored)) {
                used[j] = true;
                found = true;
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

bool nodesMatch(const TckNode& a, const TckNode& b, ListOrder order) {
    return a.labels == b.labels && mapsMatch(a.properties, b.properties, order);
}

bool relationshipsMatch(const TckRelationship& a, const TckRelationship& b, ListOrder order) {
    return a.type == b.type && mapsMatch(a.properties, b.properties, order);
}

} // namespace

TckMap makeMap(TckMap entries) {
    // Stable, so among equal keys the last one written stays last; keep that one.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    TckMap unique;
    for (auto& entry : entries) {
        if (!unique.empty() && unique.back().first == entry.first) {
            unique.back() = std::move(entry);
        } else {
            unique.push_back(std::move(entry));
        }
    }
    return unique;
}

bool matches(const TckValue& a, const TckValue& b, ListOrder order) {
    const TckValue::Rep& x = a.rep();
    const TckValue::Rep& y = b.rep();
    if (x.index() != y.index()) {
        return false;
    }
    return std::visit(
        [&](const auto& left) -> bool {
            using T = std::decay_t<decltype(left)>;
            const T& right = std::get<T>(y);
            if constexpr (std::is_same_v<T, TckNull>) {
                return true;
            } else if constexpr (std::is_same_v<T, double>) {
                return left == right || (std::isnan(left) && std::isnan(right));
            } else if constexpr (std::is_same_v<T, TckList>) {
                if (order == ListOrder::kIgnored) {
                    return listsMatchIgnoringOrder(left, right);
                }
                return std::equal(
                    left.begin(), left.end(), right.begin(), right.end(),
                    [&](const TckValue& l, const TckValue& r) { return matches(l, r, order); });
            } else if constexpr (std::is_same_v<T, TckMap>) {
                return mapsMatch(left, right, order);
            } else if constexpr (std::is_same_v<T, TckNode>) {
                return nodesMatch(left, right, order);
            } else if constexpr (std::is_same_v<T, TckRelationship>) {
                return relationshipsMatch(left, right, order);
            } else if constexpr (std::is_same_v<T, TckPath>) {
                return nodesMatch(left.start, right.start, order) &&
                       std::equal(
                           left.steps.begin(), left.steps.end(), right.steps.begin(),
                           right.steps.end(), [&](const TckPathStep& l, const TckPathStep& r) {
                               return l.forward == r.forward &&
                                      relationshipsMatch(l.relationship, r.relationship, order) &&
                                      nodesMatch(l.node, r.node, order);
                           });
            } else {
                return left == right; // bool, integer, string
            }
        },
        x);
}

} // namespace steppe::tck
