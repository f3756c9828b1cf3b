#include "engine/import/typed_text.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "engine/spelling.hpp"

namespace steppe::engine {

namespace {

// Messages quote at most this many bytes of a value: a whole CSV field could be megabytes.
constexpr std::size_t kShownBytes = 60;

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
        if (x != b[i]) {
            return false;
        }
    }
    return true;
}

// std::from_chars reads no leading '+', which Java's parsers (Neo4j, Gephi) and Python write.
std::string_view withoutPlus(std::string_view text) {
    return text.size() > 1 && text[0] == '+' && text[1] != '-' ? text.substr(1) : text;
}

} // namespace

std::string shownText(std::string_view text) {
    if (text.size() <= kShownBytes) {
        return inQuotes(text);
    }
    std::size_t cut = kShownBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // never split a UTF-8 sequence
    }
    return inQuotes(std::string(text.substr(0, cut)) + "...");
}

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<Value> parseInteger(std::string_view text, int bits, std::string* error) {
    const std::string_view digits = withoutPlus(text);
    std::int64_t value = 0;
    const auto [end, code] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (code == std::errc() && end == digits.data() + digits.size() && !digits.empty()) {
        const std::int64_t limit = bits >= 64 ? INT64_MAX : (std::int64_t{1} << (bits - 1)) - 1;
        if (value <= limit && value >= -limit - 1) {
            return Value::integer(value);
        }
    }
    const bool tooLarge = code == std::errc::result_out_of_range ||
                          (code == std::errc() && end == digits.data() + digits.size());
    *error = shownText(text) + (tooLarge ? " does not fit in " + std::to_string(bits) + " bits"
                                         : " is not an integer");
    return std::nullopt;
}

std::optional<Value> parseFloat(std::string_view text, std::string* error) {
    const std::string_view number = withoutPlus(text);
    double value = 0;
    const auto [end, code] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (code == std::errc::result_out_of_range) {
        *error = shownText(text) + " is out of the range of a 64-bit float";
        return std::nullopt;
    }
    if (code != std::errc() || end != number.data() + number.size() || number.empty()) {
        *error = shownText(text) + " is not a number";
        return std::nullopt;
    }
    if (!std::isfinite(value)) {
        *error = shownText(text) + " is not a finite number, which the graph format cannot hold";
        return std::nullopt;
    }
    return Value::floating(value);
}

std::optional<Value> parseBoolean(std::string_view text, bool digits, std::string* error) {
    if (equalsIgnoringCase(text, "true") || (digits && text == "1")) {
        return Value::boolean(true);
    }
    if (equalsIgnoringCase(text, "false") || (digits && text == "0")) {
        return Value::boolean(false);
    }
    *error = shownText(text) + (digits ? " is not a boolean (true, false, 1 or 0)"
                                       : " is not a boolean (true or false)");
    return std::nullopt;
}

} // namespace steppe::engine
