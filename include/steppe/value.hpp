// Value: one openCypher value.
//
// A Value is null, a boolean, a 64-bit integer, a 64-bit float, a string, a list, a map, or a
// reference to a node, a relationship or a path of the graph it came from. Scalars and graph
// references are stored inline (copying them never allocates); strings, lists, maps and paths
// are immutable and shared, so copying a Value is at most a reference-count increment.
//
// Comparison follows openCypher 9:
//   - `equals` is the `=` operator: three-valued (null when either side is or contains null in
//     a position that decides the answer), integers and floats compare numerically, values of
//     different kinds are unequal.
//   - `compare` is `<`, `<=`, `>`, `>=`: defined between numbers, between strings, between
//     booleans and between lists; anything else yields null.
//   - `orderCompare` is the total order ORDER BY uses: maps, nodes, relationships, lists, paths,
//     strings, booleans, numbers (NaN after all other numbers), and null last.
//   - `equivalent`/`hash` are the grouping identity of DISTINCT and aggregation keys: like `=`,
//     but null is equivalent to null and NaN to NaN.
//
// Thread safety: Values are immutable once built, and the shared parts use atomic reference
// counts, so any number of threads may read and copy the same Value concurrently.

#ifndef STEPPE_INCLUDE_VALUE_HPP_
#define STEPPE_INCLUDE_VALUE_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace steppe {

// The kind of a Value, in no particular order (see orderCompare for the sort order).
enum class ValueKind : std::uint8_t {
    kNull,
    kBoolean,
    kInteger,
    kFloat,
    kString,
    kList,
    kMap,
    kNode,
    kRelationship,
    kPath,
};

// Returns the openCypher name of a kind: "NULL", "BOOLEAN", "INTEGER", "FLOAT", "STRING", "LIST",
// "MAP", "NODE", "RELATIONSHIP", "PATH".
const char* valueKindName(ValueKind kind) noexcept;

// A node of a graph, by its dense index in that graph (not its string id from the file).
struct NodeRef {
    std::uint32_t index = 0;
    friend bool operator==(NodeRef a, NodeRef b) { return a.index == b.index; }
};

// A relationship of a graph, by its dense index in that graph.
struct RelRef {
    std::uint32_t index = 0;
    friend bool operator==(RelRef a, RelRef b) { return a.index == b.index; }
};

class Value;

using ValueList = std::vector<Value>;
// A map keeps its entries sorted by key, with unique keys.
using ValueMap = std::vector<std::pair<std::string, Value>>;

// A path alternates nodes and relationships: nodes.size() == relationships.size() + 1.
struct PathValue {
    std::vector<NodeRef> nodes;
    std::vector<RelRef> relationships;
};

class Value {
public:
    // Creates null.
    Value() noexcept = default;

    static Value null() noexcept { return Value(); }
    static Value boolean(bool b) noexcept { return Value(Rep(b)); }
    static Value integer(std::int64_t i) noexcept { return Value(Rep(i)); }
    static Value floating(double d) noexcept { return Value(Rep(d)); }
    static Value string(std::string s);
    static Value list(ValueList items);
    // Builds a map; entries may come in any order. When a key repeats, the last entry wins.
    static Value map(ValueMap entries);
    static Value node(NodeRef n) noexcept { return Value(Rep(n)); }
    static Value relationship(RelRef r) noexcept { return Value(Rep(r)); }
    // REQUIRES: p.nodes.size() == p.relationships.size() + 1.
    static Value path(PathValue p);

    ValueKind kind() const noexcept { return static_cast<ValueKind>(rep_.index()); }
    bool isNull() const noexcept { return kind() == ValueKind::kNull; }
    bool isNumber() const noexcept {
        return kind() == ValueKind::kInteger || kind() == ValueKind::kFloat;
    }

    // Accessors. REQUIRES: kind() is the kind named; a mismatch throws std::bad_variant_access.
    bool asBoolean() const { return std::get<bool>(rep_); }
    std::int64_t asInteger() const { return std::get<std::int64_t>(rep_); }
    double asFloat() const { return std::get<double>(rep_); }
    // Returns the value of an integer or a float as a double. REQUIRES: isNumber().
    double asNumber() const noexcept;
    const std::string& asString() const { return *std::get<StringPtr>(rep_); }
    const ValueList& asList() const { return *std::get<ListPtr>(rep_); }
    const ValueMap& asMap() const { return *std::get<MapPtr>(rep_); }
    NodeRef asNode() const { return std::get<NodeRef>(rep_); }
    RelRef asRelationship() const { return std::get<RelRef>(rep_); }
    const PathValue& asPath() const { return *std::get<PathPtr>(rep_); }

    // Returns the entry for `key` of a map, or nullptr. REQUIRES: kind() == kMap.
    const Value* find(std::string_view key) const noexcept;

    // Renders the value as a Cypher literal, e.g. `'Georgia'`, `[1, 2.5, null]`, `{a: true}`.
    // Nodes, relationships and paths print by index (`(#3)`, `[#7]`): a caller that knows the
    // graph renders them with labels and properties instead.
    std::string toCypherLiteral() const;

private:
    using StringPtr = std::shared_ptr<const std::string>;
    using ListPtr = std::shared_ptr<const ValueList>;
    using MapPtr = std::shared_ptr<const ValueMap>;
    using PathPtr = std::shared_ptr<const PathValue>;
    // The alternatives are in ValueKind order, so kind() is the variant index.
    using Rep = std::variant<std::monostate, bool, std::int64_t, double, StringPtr, ListPtr, MapPtr,
                             NodeRef, RelRef, PathPtr>;

    explicit Value(Rep rep) noexcept : rep_(std::move(rep)) {}

    Rep rep_;
};

// openCypher `a = b`: true, false, or std::nullopt for null.
std::optional<bool> equals(const Value& a, const Value& b);

// openCypher `<` family: a negative number, zero or a positive number when a < b, a = b, a > b;
// std::nullopt when the two are not comparable (different kinds, null, NaN involved).
std::optional<int> compare(const Value& a, const Value& b);

// The total order of ORDER BY: negative, zero or positive.
int orderCompare(const Value& a, const Value& b);

// Grouping identity (DISTINCT, aggregation keys): like equals, but null ~ null and NaN ~ NaN.
bool equivalent(const Value& a, const Value& b);

// A hash consistent with equivalent(): equivalent values hash alike (1 and 1.0 included).
std::size_t hashValue(const Value& v) noexcept;

} // namespace steppe

#endif // STEPPE_INCLUDE_VALUE_HPP_
