// TckValue: a value as the TCK writes it in result and parameter tables, e.g. `1`, `1.0`, `'a'`,
// `[1, null]`, `{k: 'v'}`, `(:A:B {k: 1})`, `[:T {k: 1}]`, `<(:A)-[:T]->(:B)>`.
//
// Nodes and relationships have no identity here: a node is its label set and properties, a
// relationship its type and properties, a path its start node and (direction, relationship,
// node) steps. That is all the TCK compares, so actual query results are converted to TckValue
// (see value_conversion.hpp) and compared with `matches`.
#ifndef STEPPE_TESTS_TCK_TCK_VALUE_HPP_
#define STEPPE_TESTS_TCK_TCK_VALUE_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace steppe::tck {

class TckValue;

using TckList = std::vector<TckValue>;
// Entries sorted by key, keys unique.
using TckMap = std::vector<std::pair<std::string, TckValue>>;

struct TckNode {
    std::vector<std::string> labels; // sorted, unique
    TckMap properties;
};

struct TckRelationship {
    std::string type;
    TckMap properties;
};

struct TckPathStep {
    bool forward = true; // `-[...]->` (true) or `<-[...]-` (false), in traversal order
    TckRelationship relationship;
    TckNode node; // the node the step arrives at
};

struct TckPath {
    TckNode start;
    std::vector<TckPathStep> steps;
};

struct TckNull {};

// The C++ types a TckValue holds, one per kind.
template <typename T>
concept TckAlternative = std::is_same_v<T, TckNull> || std::is_same_v<T, bool> ||
    std::is_same_v<T, std::int64_t> || std::is_same_v<T, double> ||
    std::is_same_v<T, std::string> || std::is_same_v<T, TckList> || std::is_same_v<T, TckMap> ||
    std::is_same_v<T, TckNode> || std::is_same_v<T, TckRelationship> || std::is_same_v<T, TckPath>;

class TckValue {
public:
    using Rep = std::variant<TckNull, bool, std::int64_t, double, std::string, TckList, TckMap,
                             TckNode, TckRelationship, TckPath>;

    TckValue() = default; // null
    // Wraps exactly one of the alternatives; no implicit conversions (a `const char*` must not
    // become a bool).
    template <typename T>
    requires TckAlternative<T>
    explicit TckValue(T value) : rep_(std::move(value)) {}

    const Rep& rep() const { return rep_; }
    template <typename T>
    bool is() const {
        return std::holds_alternative<T>(rep_);
    }
    template <typename T>
    const T& as() const {
        return std::get<T>(rep_);
    }

private:
    Rep rep_;
};

// Sorts entries by key (keeping the last of equal keys) so that maps compare entry by entry.
TckMap makeMap(TckMap entries);

// How lists are compared: in order, or as multisets (the "ignoring element order for lists"
// steps), which applies to lists nested at any depth.
enum class ListOrder { kOrdered, kIgnored };

// TCK equality: same kind (integer 1 is not float 1.0), floats by exact double equality with NaN
// equal to NaN, maps as key->value sets, nodes by label set and properties, relationships by type
// and properties, paths step by step.
bool matches(const TckValue& a, const TckValue& b, ListOrder order = ListOrder::kOrdered);

// Parses one cell in the TCK value grammar (README "Values in result and parameter tables").
// On failure returns std::nullopt and sets *error to what is wrong and where.
std::optional<TckValue> parseTckValue(std::string_view text, std::string* error);

// Renders a value in the TCK grammar, so it can be pasted into a feature file. Floats print
// the shortest text that reads back as the same double, always with a '.' or an exponent.
std::string render(const TckValue& value);

// Renders a double the way `render` does, e.g. "1.0", "0.1", "1e308", "NaN", "-Infinity".
std::string renderFloat(double d);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_TCK_VALUE_HPP_
