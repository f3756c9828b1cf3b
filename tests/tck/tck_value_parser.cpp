// The TCK value grammar (README "Values in result and parameter tables"): one cell in, one
// TckValue out.
#include <algorithm>
#include <charconv>
#include <limits>

#include "tests/tck/tck_value.hpp"

namespace steppe::tck {

namespace {

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Recursive descent over the grammar of the README; one instance parses one cell.
class ValueParser {
public:
    explicit ValueParser(std::string_view text) : text_(text) {}

    std::optional<TckValue> parseAll(std::string* error) {
        std::optional<TckValue> value = parseValue();
        skipSpaces();
        if (value && pos_ != text_.size()) {
            fail("unexpected text after the value");
        }
        if (!error_.empty()) {
            *error = error_ + " at offset " + std::to_string(errorPos_) + " of \"" +
                     std::string(text_) + "\"";
            return std::nullopt;
        }
        return value;
    }

private:
    // Deep enough for the TCK's 40-level literals, shallow enough to never exhaust the stack.
    static constexpr int kMaxDepth = 1000;

    void fail(const std::string& what) {
        if (error_.empty()) {
            error_ = what;
            errorPos_ = pos_;
        }
    }

    void skipSpaces() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) {
            ++pos_;
        }
    }

    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

    bool consume(std::string_view token) {
        skipSpaces();
        if (text_.substr(pos_).starts_with(token)) {
            pos_ += token.size();
            return true;
        }
        return false;
    }

    bool expect(std::string_view token) {
        if (!consume(token)) {
            fail("expected '" + std::string(token) + "'");
            return false;
        }
        return true;
    }

    // A keyword counts only when no name character follows (`nullx` is not null).
    bool consumeWord(std::string_view word) {
        if (text_.substr(pos_).starts_with(word) &&
            (pos_ + word.size() == text_.size() || !isNameChar(text_[pos_ + word.size()]))) {
            pos_ += word.size();
            return true;
        }
        return false;
    }

    std::optional<std::string> parseName() {
        skipSpaces();
        const std::size_t start = pos_;
        while (pos_ < text_.size() && isNameChar(text_[pos_])) {
            ++pos_;
        }
        if (pos_ == start) {
            fail("expected a name");
            return std::nullopt;
        }
        return std::string(text_.substr(start, pos_ - start));
    }

    std::optional<TckValue> parseValue() {
        if (++depth_ > kMaxDepth) {
            fail("nested too deeply");
            return std::nullopt;
        }
        std::optional<TckValue> value = parseValueAtDepth();
        --depth_;
        return value;
    }

    std::optional<TckValue> parseValueAtDepth() {
        skipSpaces();
        const char c = peek();
        if (c == '(') {
            auto node = parseNode();
            return node ? std::optional(TckValue(std::move(*node))) : std::nullopt;
        }
        if (c == '[') {
            if (isRelationshipAhead()) {
                auto rel = parseRelationship();
                return rel ? std::optional(TckValue(std::move(*rel))) : std::nullopt;
            }
            return parseList();
        }
        if (c == '<') {
            return parsePath();
        }
        if (c == '{') {
            auto map = parseMap();
            return map ? std::optional(TckValue(std::move(*map))) : std::nullopt;
        }
        if (c == '\'') {
            return parseString();
        }
        if (consumeWord("null")) {
            return TckValue();
        }
        if (consumeWord("true")) {
            return TckValue(true);
        }
        if (consumeWord("false")) {
            return TckValue(false);
        }
        if (consumeWord("NaN")) {
            return TckValue(std::numeric_limits<double>::quiet_NaN());
        }
        if (consumeWord("Infinity")) {
            return TckValue(std::numeric_limits<double>::infinity());
        }
        if (consumeWord("-Infinity")) {
            return TckValue(-std::numeric_limits<double>::infinity());
        }
        if (c == '-' || c == '.' || isDigit(c)) {
            return parseNumber();
        }
        fail(c == '\0' ? "expected a value, found the end" : "expected a value");
        return std::nullopt;
    }

    // `[` then `:` (blanks allowed between) starts a relationship; anything else is a list.
    bool isRelationshipAhead() const {
        std::size_t p = pos_ + 1;
        while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) {
            ++p;
        }
        return p < text_.size() && text_[p] == ':';
    }

    std::optional<TckValue> parseNumber() {
        const std::size_t start = pos_;
        if (peek() == '-') {
            ++pos_;
        }
        const std::size_t intStart = pos_;
        while (isDigit(peek())) {
            ++pos_;
        }
        const bool hasIntDigits = pos_ > intStart;
        bool isFloat = false;
        if (peek() == '.') {
            isFloat = true;
            ++pos_;
            const std::size_t fracStart = pos_;
            while (isDigit(peek())) {
                ++pos_;
            }
            if (pos_ == fracStart) {
                fail("expected digits after '.'");
                return std::nullopt;
            }
        } else if (!hasIntDigits) {
            fail("expected digits");
            return std::nullopt;
        }
        if (peek() == 'e' || peek() == 'E') {
            isFloat = true;
            ++pos_;
            if (peek() == '-' || peek() == '+') {
                ++pos_;
            }
            const std::size_t expStart = pos_;
            while (isDigit(peek())) {
                ++pos_;
            }
            if (pos_ == expStart) {
                fail("expected digits in the exponent");
                return std::nullopt;
            }
        }
        const char* first = text_.data() + start;
        const char* last = text_.data() + pos_;
        if (isFloat) {
            double d = 0;
            const auto [end, ec] = std::from_chars(first, last, d);
            if (ec != std::errc() || end != last) {
                pos_ = start;
                fail("float out of range");
                return std::nullopt;
            }
            return TckValue(d);
        }
        std::int64_t i = 0;
        const auto [end, ec] = std::from_chars(first, last, i);
        if (ec != std::errc() || end != last) {
            pos_ = start;
            fail("integer out of the 64-bit range");
            return std::nullopt;
        }
        return TckValue(i);
    }

    // '...' with \' for a quote and \\ for a backslash; any other backslash stands for itself.
    std::optional<TckValue> parseString() {
        ++pos_; // the opening quote
        std::string s;
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (c == '\'') {
                return TckValue(std::move(s));
            }
            if (c == '\\' && pos_ < text_.size() && (peek() == '\'' || peek() == '\\')) {
                s += text_[pos_++];
            } else {
                s += c;
            }
        }
        fail("string is not closed");
        return std::nullopt;
    }

    std::optional<TckValue> parseList() {
        ++pos_; // '['
        TckList items;
        if (consume("]")) {
            return TckValue(std::move(items));
        }
        do {
            std::optional<TckValue> item = parseValue();
            if (!item) {
                return std::nullopt;
            }
            items.push_back(std::move(*item));
        } while (consume(","));
        if (!expect("]")) {
            return std::nullopt;
        }
        return TckValue(std::move(items));
    }

    std::optional<TckMap> parseMap() {
        ++pos_; // '{'
        TckMap entries;
        if (consume("}")) {
            return entries;
        }
        do {
            std::optional<std::string> key = parseName();
            if (!key || !expect(":")) {
                return std::nullopt;
            }
            std::optional<TckValue> value = parseValue();
            if (!value) {
                return std::nullopt;
            }
            entries.emplace_back(std::move(*key), std::move(*value));
        } while (consume(","));
        if (!expect("}")) {
            return std::nullopt;
        }
        return makeMap(std::move(entries));
    }

    std::optional<TckNode> parseNode() {
        if (!expect("(")) {
            return std::nullopt;
        }
        TckNode node;
        while (consume(":")) {
            std::optional<std::string> label = parseName();
            if (!label) {
                return std::nullopt;
            }
            node.labels.push_back(std::move(*label));
        }
        std::sort(node.labels.begin(), node.labels.end());
        node.labels.erase(std::unique(node.labels.begin(), node.labels.end()), node.labels.end());
        skipSpaces();
        if (peek() == '{') {
            std::optional<TckMap> properties = parseMap();
            if (!properties) {
                return std::nullopt;
            }
            node.properties = std::move(*properties);
        }
        if (!expect(")")) {
            return std::nullopt;
        }
        return node;
    }

    std::optional<TckRelationship> parseRelationship() {
        if (!expect("[") || !expect(":")) {
            return std::nullopt;
        }
        TckRelationship rel;
        std::optional<std::string> type = parseName();
        if (!type) {
            return std::nullopt;
        }
        rel.type = std::move(*type);
        skipSpaces();
        if (peek() == '{') {
            std::optional<TckMap> properties = parseMap();
            if (!properties) {
                return std::nullopt;
            }
            rel.properties = std::move(*properties);
        }
        if (!expect("]")) {
            return std::nullopt;
        }
        return rel;
    }

    std::optional<TckValue> parsePath() {
        ++pos_; // '<'
        TckPath path;
        std::optional<TckNode> start = parseNode();
        if (!start) {
            return std::nullopt;
        }
        path.start = std::move(*start);
        while (!consume(">")) {
            TckPathStep step;
            if (consume("<-")) {
                step.forward = false;
            } else if (!expect("-")) {
                return std::nullopt;
            }
            std::optional<TckRelationship> rel = parseRelationship();
            if (!rel || !expect(step.forward ? "->" : "-")) {
                return std::nullopt;
            }
            step.relationship = std::move(*rel);
            std::optional<TckNode> node = parseNode();
            if (!node) {
                return std::nullopt;
            }
            step.node = std::move(*node);
            path.steps.push_back(std::move(step));
        }
        return TckValue(std::move(path));
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    std::string error_;
    std::size_t errorPos_ = 0;
};

} // namespace

std::optional<TckValue> parseTckValue(std::string_view text, std::string* error) {
    return ValueParser(text).parseAll(error);
}

} // namespace steppe::tck
