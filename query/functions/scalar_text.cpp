#include "query/functions/scalar_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

#include "query/functions/utf8.hpp"

namespace steppe::query::functions {

namespace {

// 2^63, the first double above every int64. Exactly representable.
constexpr double kTwoPow63 = 9223372036854775808.0;
// Exponents beyond this put every nonzero digit far outside both the int64 and double ranges.
constexpr std::int64_t kExponentCap = 1'000'000;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// A decimal number as written: [sign] digits [. digits] [(e|E) [sign] digits].
struct DecimalText {
    bool negative = false;
    std::string_view integerDigits;
    std::string_view fractionDigits;
    std::int64_t exponent = 0; // clamped to +-kExponentCap
};

std::string_view takeDigits(std::string_view text, std::size_t& pos) {
    std::size_t start = pos;
    while (pos < text.size() && isDigit(text[pos])) {
        ++pos;
    }
    return text.substr(start, pos - start);
}

bool scanDecimal(std::string_view text, DecimalText* out) {
    std::size_t pos = 0;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        out->negative = text[pos] == '-';
        ++pos;
    }
    out->integerDigits = takeDigits(text, pos);
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        out->fractionDigits = takeDigits(text, pos);
    }
    if (out->integerDigits.empty() && out->fractionDigits.empty()) {
        return false;
    }
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        bool negativeExponent = false;
        if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
            negativeExponent = text[pos] == '-';
            ++pos;
        }
        std::string_view digits = takeDigits(text, pos);
        if (digits.empty()) {
            return false;
        }
        for (char c : digits) {
            out->exponent = std::min(out->exponent * 10 + (c - '0'), kExponentCap);
        }
        if (negativeExponent) {
            out->exponent = -out->exponent;
        }
    }
    return pos == text.size();
}

// The position of the decimal point relative to the first significant digit: positive means
// the number is at least 1 in magnitude. Meaningless (and unused) when every digit is zero.
std::int64_t magnitude(const DecimalText& d) {
    std::int64_t point = static_cast<std::int64_t>(d.integerDigits.size()) + d.exponent;
    std::string_view all[] = {d.integerDigits, d.fractionDigits};
    std::int64_t leadingZeros = 0;
    for (std::string_view part : all) {
        for (char c : part) {
            if (c != '0') {
                return point - leadingZeros;
            }
            ++leadingZeros;
        }
    }
    return point - leadingZeros;
}

} // namespace

bool appendScalarText(std::string& out, const Value& v) {
    switch (v.kind()) {
    case ValueKind::kString:
        out += v.asString();
        return true;
    case ValueKind::kBoolean:
        out += v.asBoolean() ? "true" : "false";
        return true;
    case ValueKind::kInteger: {
        char buffer[24]; // an int64 takes at most 20 characters
        auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, v.asInteger());
        static_cast<void>(error); // cannot fail: the buffer is large enough
        out.append(buffer, end);
        return true;
    }
    case ValueKind::kFloat:
        out += v.toCypherLiteral();
        return true;
    default:
        return false;
    }
}

ParseResult parseInteger(std::string_view text, std::int64_t* value) {
    DecimalText d;
    if (!scanDecimal(utf8::trim(text), &d)) {
        return ParseResult::kNotANumber;
    }
    // Accumulate the digits before the (shifted) decimal point, as a magnitude up to 2^63 for a
    // negative number and 2^63 - 1 for a positive one.
    const std::uint64_t limit = d.negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    std::uint64_t magnitudeValue = 0;
    auto push = [&](unsigned digit) {
        if (magnitudeValue > (limit - digit) / 10) {
            return false;
        }
        magnitudeValue = magnitudeValue * 10 + digit;
        return true;
    };
    std::int64_t wholeDigits = static_cast<std::int64_t>(d.integerDigits.size()) + d.exponent;
    std::int64_t taken = 0;
    for (std::string_view part : {d.integerDigits, d.fractionDigits}) {
        for (char c : part) {
            if (taken++ >= wholeDigits) {
                break;
            }
            if (!push(static_cast<unsigned>(c - '0'))) {
                return ParseResult::kOutOfRange;
            }
        }
    }
    // Zeros implied by a positive exponent past the last digit; a zero value stays zero.
    for (; taken < wholeDigits && magnitudeValue != 0; ++taken) {
        if (!push(0)) {
            return ParseResult::kOutOfRange;
        }
    }
    if (d.negative) {
        // Two's complement negation of the magnitude, which may be exactly 2^63.
        *value = static_cast<std::int64_t>(~magnitudeValue + 1);
    } else {
        *value = static_cast<std::int64_t>(magnitudeValue);
    }
    return ParseResult::kOk;
}

bool parseFloat(std::string_view text, double* value) {
    text = utf8::trim(text);
    if (text == "NaN") {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    bool negative = !text.empty() && text.front() == '-';
    std::string_view unsignedText = text;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        unsignedText.remove_prefix(1);
    }
    if (unsignedText == "Infinity") {
        *value = negative ? -std::numeric_limits<double>::infinity()
                          : std::numeric_limits<double>::infinity();
        return true;
    }
    // Only the Cypher/Java decimal syntax: from_chars alone would also take "inf" or "nan(1)".
    DecimalText d;
    if (!scanDecimal(text, &d)) {
        return false;
    }
    double parsed = 0;
    const char* first = unsignedText.data();
    const char* last = first + unsignedText.size();
    auto [end, error] = std::from_chars(first, last, parsed, std::chars_format::general);
    if (error == std::errc::result_out_of_range) {
        // Beyond the double range: overflow to infinity, underflow to zero.
        parsed = magnitude(d) > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    } else if (error != std::errc() || end != last) {
        return false;
    }
    *value = negative ? -parsed : parsed;
    return true;
}

bool truncateToInteger(double d, std::int64_t* value) noexcept {
    if (std::isnan(d)) {
        return false;
    }
    double whole = std::trunc(d);
    if (whole < -kTwoPow63 || whole >= kTwoPow63) {
        return false;
    }
    *value = static_cast<std::int64_t>(whole);
    return true;
}

} // namespace steppe::query::functions
