#include "steppe/value.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <compare>
#include <functional>
#include <limits>
#include <system_error>

namespace steppe {

const char* valueKindName(ValueKind kind) noexcept {
    switch (kind) {
    case ValueKind::kNull:
        return "NULL";
    case ValueKind::kBoolean:
        return "BOOLEAN";
    case ValueKind::kInteger:
        return "INTEGER";
    case ValueKind::kFloat:
        return "FLOAT";
    case ValueKind::kString:
        return "STRING";
    case ValueKind::kList:
        return "LIST";
    case ValueKind::kMap:
        return "MAP";
    case ValueKind::kNode:
        return "NODE";
    case ValueKind::kRelationship:
        return "RELATIONSHIP";
    case ValueKind::kPath:
        return "PATH";
    }
    return "UNKNOWN"; // an out-of-range cast; the switch covers every enumerator
}

// ---------------------------------------------------------------------------------------------
// Construction and access

Value Value::string(std::string s) {
    return Value(Rep(std::make_shared<const std::string>(std::move(s))));
}

Value Value::list(ValueList items) {
    return Value(Rep(std::make_shared<const ValueList>(std::move(items))));
}

Value Value::map(ValueMap entries) {
    // A stable sort keeps repeated keys in input order, so the last of each run is the entry
    // that was given last and wins.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    auto out = entries.begin();
    for (auto run = entries.begin(); run != entries.end();) {
        auto runEnd = std::find_if(run, entries.end(),
                                   [&](const auto& entry) { return entry.first != run->first; });
        auto last = std::prev(runEnd);
        if (out != last) { // no self-move: a moved-to-itself string is left unspecified
            *out = std::move(*last);
        }
        ++out;
        run = runEnd;
    }
    entries.erase(out, entries.end());
    return Value(Rep(std::make_shared<const ValueMap>(std::move(entries))));
}

Value Value::path(PathValue p) {
    assert(p.nodes.size() == p.relationships.size() + 1);
    return Value(Rep(std::make_shared<const PathValue>(std::move(p))));
}

double Value::asNumber() const noexcept {
    assert(isNumber());
    // get_if rather than the std::get behind asInteger/asFloat: nothing here can throw.
    if (const auto* integer = std::get_if<std::int64_t>(&rep_)) {
        return static_cast<double>(*integer);
    }
    return *std::get_if<double>(&rep_);
}

const Value* Value::find(std::string_view key) const noexcept {
    const ValueMap& entries = asMap();
    auto it = std::lower_bound(
        entries.begin(), entries.end(), key,
        [](const auto& entry, std::string_view k) { return std::string_view(entry.first) < k; });
    if (it == entries.end() || it->first != key) {
        return nullptr;
    }
    return &it->second;
}

// ---------------------------------------------------------------------------------------------
// Numbers. Integers and floats mix in every comparison, and converting the integer to a double
// would round (2^53 + 1 would equal 2^53), so the comparison below is exact.

namespace {

// 2^63: the first double above every int64. Exactly representable.
constexpr double kTwoPow63 = 9223372036854775808.0;

bool isNaN(const Value& v) {
    return v.kind() == ValueKind::kFloat && std::isnan(v.asFloat());
}

std::partial_ordering compareIntDouble(std::int64_t i, double d) {
    if (std::isnan(d)) {
        return std::partial_ordering::unordered;
    }
    if (d >= kTwoPow63) {
        return std::partial_ordering::less;
    }
    if (d < -kTwoPow63) {
        return std::partial_ordering::greater;
    }
    // Now d is in [-2^63, 2^63), so its integral part converts to int64 exactly.
    double whole = std::trunc(d);
    auto wholeInt = static_cast<std::int64_t>(whole);
    if (i != wholeInt) {
        return i <=> wholeInt;
    }
    // i equals `whole` exactly, so comparing `whole` with d as doubles is exact too.
    return whole <=> d;
}

std::partial_ordering compareNumbers(const Value& a, const Value& b) {
    bool aInt = a.kind() == ValueKind::kInteger;
    bool bInt = b.kind() == ValueKind::kInteger;
    if (aInt && bInt) {
        return a.asInteger() <=> b.asInteger();
    }
    if (aInt) {
        return compareIntDouble(a.asInteger(), b.asFloat());
    }
    if (bInt) {
        return 0 <=> compareIntDouble(b.asInteger(), a.asFloat());
    }
    return a.asFloat() <=> b.asFloat();
}

// ORDER BY needs a total order: NaN sorts after every other number and ties with itself.
std::weak_ordering orderNumbers(const Value& a, const Value& b) {
    bool aNaN = isNaN(a);
    bool bNaN = isNaN(b);
    if (aNaN || bNaN) {
        return aNaN <=> bNaN;
    }
    std::partial_ordering order = compareNumbers(a, b);
    if (order < 0) {
        return std::weak_ordering::less;
    }
    return order > 0 ? std::weak_ordering::greater : std::weak_ordering::equivalent;
}

// The hash of a number is the hash of its integer value whenever it has one, so that 1 and 1.0
// (which are equivalent) hash alike.
std::size_t hashNumber(const Value& v) {
    if (v.kind() == ValueKind::kInteger) {
        return std::hash<std::int64_t>{}(v.asInteger());
    }
    double d = v.asFloat();
    if (std::isnan(d)) {
        return 0x7ff8'0000'0000'0000; // every NaN is equivalent to every other, whatever its bits
    }
    if (d >= -kTwoPow63 && d < kTwoPow63 && std::trunc(d) == d) {
        return std::hash<std::int64_t>{}(static_cast<std::int64_t>(d)); // also folds -0.0 into 0
    }
    return std::hash<double>{}(d);
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the comparisons

template <typename Ordering>
std::optional<int> toOptionalInt(Ordering order) {
    if (order < 0) {
        return -1;
    }
    if (order > 0) {
        return 1;
    }
    if (order == 0) {
        return 0;
    }
    return std::nullopt; // unordered
}

int toInt(std::weak_ordering order) {
    if (order < 0) {
        return -1;
    }
    return order > 0 ? 1 : 0;
}

bool sameKeys(const ValueMap& a, const ValueMap& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const auto& x, const auto& y) { return x.first == y.first; });
}

bool samePath(const PathValue& a, const PathValue& b) {
    return a.nodes == b.nodes && a.relationships == b.relationships;
}

// Three-valued AND over the pairwise equality of two equally long ranges: false as soon as one
// pair is unequal (even after a null), otherwise null if any pair was null.
template <typename Range, typename Project>
std::optional<bool> allEqual(const Range& a, const Range& b, Project project) {
    bool sawNull = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::optional<bool> same = equals(project(a[i]), project(b[i]));
        if (!same) {
            sawNull = true;
        } else if (!*same) {
            return false;
        }
    }
    return sawNull ? std::nullopt : std::optional<bool>(true);
}

const Value& itself(const Value& v) {
    return v;
}
const Value& entryValue(const std::pair<std::string, Value>& entry) {
    return entry.second;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// equals: openCypher `=`

std::optional<bool> equals(const Value& a, const Value& b) {
    if (a.isNull() || b.isNull()) {
        return std::nullopt;
    }
    if (a.isNumber() && b.isNumber()) {
        return compareNumbers(a, b) == 0; // NaN is unordered, hence unequal to everything
    }
    if (a.kind() != b.kind()) {
        return false;
    }
    switch (a.kind()) {
    case ValueKind::kBoolean:
        return a.asBoolean() == b.asBoolean();
    case ValueKind::kString:
        return a.asString() == b.asString();
    case ValueKind::kList:
        if (a.asList().size() != b.asList().size()) {
            return false;
        }
        return allEqual(a.asList(), b.asList(), itself);
    case ValueKind::kMap:
        if (!sameKeys(a.asMap(), b.asMap())) {
            return false;
        }
        return allEqual(a.asMap(), b.asMap(), entryValue);
    case ValueKind::kNode:
        return a.asNode() == b.asNode();
    case ValueKind::kRelationship:
        return a.asRelationship() == b.asRelationship();
    case ValueKind::kPath:
        return samePath(a.asPath(), b.asPath());
    case ValueKind::kNull:
    case ValueKind::kInteger:
    case ValueKind::kFloat:
        break; // handled above
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// compare: openCypher `<`, `<=`, `>`, `>=`

namespace {

std::partial_ordering comparePartial(const Value& a, const Value& b) {
    if (a.isNumber() && b.isNumber()) {
        return compareNumbers(a, b);
    }
    if (a.kind() != b.kind()) {
        return std::partial_ordering::unordered; // includes null against anything
    }
    switch (a.kind()) {
    case ValueKind::kString:
        // std::string compares bytes as unsigned char; for UTF-8 that is code-point order.
        return a.asString() <=> b.asString();
    case ValueKind::kBoolean:
        return a.asBoolean() <=> b.asBoolean();
    case ValueKind::kList: {
        // Stops at the first pair that is not equivalent, so an incomparable or null element
        // makes the whole comparison null only when the lists agree up to it.
        const ValueList& x = a.asList();
        const ValueList& y = b.asList();
        return std::lexicographical_compare_three_way(x.begin(), x.end(), y.begin(), y.end(),
                                                      comparePartial);
    }
    default:
        return std::partial_ordering::unordered;
    }
}

} // namespace

std::optional<int> compare(const Value& a, const Value& b) {
    return toOptionalInt(comparePartial(a, b));
}

// ---------------------------------------------------------------------------------------------
// orderCompare: the ORDER BY total order

namespace {

// Position of each kind in the ascending global order; integers and floats share one.
int orderRank(ValueKind kind) {
    switch (kind) {
    case ValueKind::kMap:
        return 0;
    case ValueKind::kNode:
        return 1;
    case ValueKind::kRelationship:
        return 2;
    case ValueKind::kList:
        return 3;
    case ValueKind::kPath:
        return 4;
    case ValueKind::kString:
        return 5;
    case ValueKind::kBoolean:
        return 6;
    case ValueKind::kInteger:
    case ValueKind::kFloat:
        return 7;
    case ValueKind::kNull:
        return 8;
    }
    return 9;
}

std::weak_ordering orderValues(const Value& a, const Value& b);

std::weak_ordering orderMaps(const ValueMap& a, const ValueMap& b) {
    auto byKey = [](const auto& x, const auto& y) { return x.first <=> y.first; };
    std::weak_ordering keys =
        std::lexicographical_compare_three_way(a.begin(), a.end(), b.begin(), b.end(), byKey);
    if (keys != 0) {
        return keys;
    }
    auto byValue = [](const auto& x, const auto& y) { return orderValues(x.second, y.second); };
    return std::lexicographical_compare_three_way(a.begin(), a.end(), b.begin(), b.end(), byValue);
}

// Paths compare as their sequences node, relationship, node, ... Both sequences alternate in
// the same way, so position k holds a node in both or a relationship in both.
std::weak_ordering orderPaths(const PathValue& a, const PathValue& b) {
    std::size_t lengthA = a.nodes.size() + a.relationships.size();
    std::size_t lengthB = b.nodes.size() + b.relationships.size();
    for (std::size_t k = 0; k < std::min(lengthA, lengthB); ++k) {
        std::strong_ordering step =
            k % 2 == 0 ? a.nodes[k / 2].index <=> b.nodes[k / 2].index
                       : a.relationships[k / 2].index <=> b.relationships[k / 2].index;
        if (step != 0) {
            return step;
        }
    }
    return lengthA <=> lengthB;
}

std::weak_ordering orderValues(const Value& a, const Value& b) {
    int rankA = orderRank(a.kind());
    int rankB = orderRank(b.kind());
    if (rankA != rankB) {
        return rankA <=> rankB;
    }
    switch (a.kind()) {
    case ValueKind::kMap:
        return orderMaps(a.asMap(), b.asMap());
    case ValueKind::kNode:
        return a.asNode().index <=> b.asNode().index;
    case ValueKind::kRelationship:
        return a.asRelationship().index <=> b.asRelationship().index;
    case ValueKind::kList: {
        const ValueList& x = a.asList();
        const ValueList& y = b.asList();
        return std::lexicographical_compare_three_way(x.begin(), x.end(), y.begin(), y.end(),
                                                      orderValues);
    }
    case ValueKind::kPath:
        return orderPaths(a.asPath(), b.asPath());
    case ValueKind::kString:
        return a.asString() <=> b.asString();
    case ValueKind::kBoolean:
        return a.asBoolean() <=> b.asBoolean();
    case ValueKind::kInteger:
    case ValueKind::kFloat:
        return orderNumbers(a, b);
    case ValueKind::kNull:
        break;
    }
    return std::weak_ordering::equivalent; // null ties with null
}

} // namespace

int orderCompare(const Value& a, const Value& b) {
    return toInt(orderValues(a, b));
}

// ---------------------------------------------------------------------------------------------
// equivalent and hashValue: the grouping identity

bool equivalent(const Value& a, const Value& b) {
    if (a.isNull() || b.isNull()) {
        return a.isNull() && b.isNull();
    }
    if (a.isNumber() && b.isNumber()) {
        return (isNaN(a) && isNaN(b)) || compareNumbers(a, b) == 0;
    }
    if (a.kind() != b.kind()) {
        return false;
    }
    switch (a.kind()) {
    case ValueKind::kList:
        return std::equal(a.asList().begin(), a.asList().end(), b.asList().begin(),
                          b.asList().end(), equivalent);
    case ValueKind::kMap:
        return std::equal(a.asMap().begin(), a.asMap().end(), b.asMap().begin(), b.asMap().end(),
                          [](const auto& x, const auto& y) {
                              return x.first == y.first && equivalent(x.second, y.second);
                          });
    default:
        // Without nulls or NaN inside, the remaining kinds are equivalent exactly when equal.
        return equals(a, b) == true;
    }
}

namespace {

std::size_t combineHash(std::size_t seed, std::size_t h) noexcept {
    // The boost::hash_combine mix, with the 64-bit golden-ratio constant.
    return seed ^ (h + 0x9e37'79b9'7f4a'7c15 + (seed << 6) + (seed >> 2));
}

} // namespace

std::size_t hashValue(const Value& v) noexcept {
    // Mixing in the order rank rather than the kind keeps integers and floats together, which
    // equivalence requires, while e.g. node #1 and relationship #1 still hash apart.
    std::size_t seed = static_cast<std::size_t>(orderRank(v.kind()));
    switch (v.kind()) {
    case ValueKind::kNull:
        return seed;
    case ValueKind::kBoolean:
        return combineHash(seed, v.asBoolean() ? 1 : 0);
    case ValueKind::kInteger:
    case ValueKind::kFloat:
        return combineHash(seed, hashNumber(v));
    case ValueKind::kString:
        return combineHash(seed, std::hash<std::string_view>{}(v.asString()));
    case ValueKind::kList:
        seed = combineHash(seed, v.asList().size());
        for (const Value& item : v.asList()) {
            seed = combineHash(seed, hashValue(item));
        }
        return seed;
    case ValueKind::kMap:
        seed = combineHash(seed, v.asMap().size());
        for (const auto& [key, item] : v.asMap()) {
            seed = combineHash(seed, std::hash<std::string_view>{}(key));
            seed = combineHash(seed, hashValue(item));
        }
        return seed;
    case ValueKind::kNode:
        return combineHash(seed, v.asNode().index);
    case ValueKind::kRelationship:
        return combineHash(seed, v.asRelationship().index);
    case ValueKind::kPath:
        for (NodeRef n : v.asPath().nodes) {
            seed = combineHash(seed, n.index);
        }
        for (RelRef r : v.asPath().relationships) {
            seed = combineHash(seed, r.index);
        }
        return seed;
    }
    return seed;
}

// ---------------------------------------------------------------------------------------------
// toCypherLiteral

namespace {

void appendLiteral(std::string& out, const Value& v);

// Cypher has no literal for NaN or the infinities; these are the names Neo4j prints. A finite
// double gets its shortest round-trip digits, written so that it reads back as a FLOAT: with a
// fraction (`1.0`) and an openCypher exponent (`E`, no `+`, no leading zeros: `1.0E300`).
void appendFloat(std::string& out, double d) {
    if (std::isnan(d)) {
        out += "NaN";
        return;
    }
    if (std::isinf(d)) {
        out += d > 0 ? "Infinity" : "-Infinity";
        return;
    }
    char buffer[32]; // the shortest form of a double takes at most 24 characters
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, d);
    assert(error == std::errc());
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    std::size_t e = text.find('e');
    std::string_view mantissa = text.substr(0, e);
    out += mantissa;
    if (mantissa.find('.') == std::string_view::npos) {
        out += ".0";
    }
    if (e == std::string_view::npos) {
        return;
    }
    std::string_view exponent = text.substr(e + 1);
    out += 'E';
    if (exponent.front() == '-') {
        out += '-';
    }
    if (exponent.front() == '-' || exponent.front() == '+') {
        exponent.remove_prefix(1);
    }
    while (exponent.size() > 1 && exponent.front() == '0') {
        exponent.remove_prefix(1);
    }
    out += exponent;
}

void appendHex4(std::string& out, unsigned code) {
    constexpr std::string_view kDigits = "0123456789ABCDEF";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out += kDigits[(code >> shift) & 0xF];
    }
}

// Bytes from 0x80 up pass through: the string is UTF-8 and Cypher strings are Unicode.
void appendString(std::string& out, std::string_view s) {
    out += '\'';
    for (char c : s) {
        switch (c) {
        case '\'':
            out += "\\'";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                appendHex4(out, static_cast<unsigned char>(c));
            } else {
                out += c;
            }
        }
    }
    out += '\'';
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

// Only ASCII identifiers go bare: that is always safe, and anything else is still valid when
// back-quoted.
bool isPlainIdentifier(std::string_view s) {
    if (s.empty() || !(isAsciiLetter(s.front()) || s.front() == '_')) {
        return false;
    }
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == '_'; });
}

void appendKey(std::string& out, std::string_view key) {
    if (isPlainIdentifier(key)) {
        out += key;
        return;
    }
    out += '`';
    for (char c : key) {
        out += c;
        if (c == '`') {
            out += '`'; // a back-quote inside a quoted name is doubled
        }
    }
    out += '`';
}

void appendList(std::string& out, const ValueList& items) {
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += ", ";
        }
        appendLiteral(out, items[i]);
    }
    out += ']';
}

void appendMap(std::string& out, const ValueMap& entries) {
    out += '{';
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) {
            out += ", ";
        }
        appendKey(out, entries[i].first);
        out += ": ";
        appendLiteral(out, entries[i].second);
    }
    out += '}';
}

void appendNode(std::string& out, NodeRef n) {
    out += "(#" + std::to_string(n.index) + ')';
}
void appendRel(std::string& out, RelRef r) {
    out += "[#" + std::to_string(r.index) + ']';
}

// Cypher has no path literal. We write the pattern a path matches, `(#0)-[#1]->(#2)`, inside
// angle brackets (as Neo4j's tools print paths) so it cannot be mistaken for a pattern. The
// arrow shows the order of traversal: a PathValue does not record which way each
// relationship points.
void appendPath(std::string& out, const PathValue& p) {
    out += '<';
    appendNode(out, p.nodes.front());
    for (std::size_t i = 0; i < p.relationships.size(); ++i) {
        out += '-';
        appendRel(out, p.relationships[i]);
        out += "->";
        appendNode(out, p.nodes[i + 1]);
    }
    out += '>';
}

void appendLiteral(std::string& out, const Value& v) {
    switch (v.kind()) {
    case ValueKind::kNull:
        out += "null";
        break;
    case ValueKind::kBoolean:
        out += v.asBoolean() ? "true" : "false";
        break;
    case ValueKind::kInteger:
        out += std::to_string(v.asInteger());
        break;
    case ValueKind::kFloat:
        appendFloat(out, v.asFloat());
        break;
    case ValueKind::kString:
        appendString(out, v.asString());
        break;
    case ValueKind::kList:
        appendList(out, v.asList());
        break;
    case ValueKind::kMap:
        appendMap(out, v.asMap());
        break;
    case ValueKind::kNode:
        appendNode(out, v.asNode());
        break;
    case ValueKind::kRelationship:
        appendRel(out, v.asRelationship());
        break;
    case ValueKind::kPath:
        appendPath(out, v.asPath());
        break;
    }
}

} // namespace

std::string Value::toCypherLiteral() const {
    std::string out;
    appendLiteral(out, *this);
    return out;
}

} // namespace steppe
