#include "query/functions/decimal_rounding.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace steppe::query::functions {

namespace {

// Every finite double has fewer than 400 decimal places, so a larger precision changes nothing
// (and clamping keeps the digit arithmetic below far from overflow).
constexpr std::int64_t kPrecisionCap = 400;

struct ModeName {
    std::string_view name;
    RoundingMode mode;
};

constexpr ModeName kModeNames[] = {
    {"UP", RoundingMode::kUp},
    {"DOWN", RoundingMode::kDown},
    {"CEILING", RoundingMode::kCeiling},
    {"FLOOR", RoundingMode::kFloor},
    {"HALF_UP", RoundingMode::kHalfUp},
    {"HALF_DOWN", RoundingMode::kHalfDown},
    {"HALF_EVEN", RoundingMode::kHalfEven},
    {"UNNECESSARY", RoundingMode::kUnnecessary},
};

char asciiUpper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// The most significant digits the shortest round-trip form of a double has.
constexpr int kMaxDigits = 17;

// x as sign, significant digits and the decimal exponent of the first digit:
// x = d1.d2...dn * 10^exponent. REQUIRES: x finite and nonzero. Fixed-size, so rounding
// allocates nothing.
struct DecimalDigits {
    bool negative = false;
    char digits[kMaxDigits] = {};
    int count = 0;
    int exponent = 0;
};

DecimalDigits shortestDigits(double x) {
    char buffer[32]; // the longest form, "-d.dddddddddddddddde-308", takes 24
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, x,
                                      std::chars_format::scientific); // d.ddde[+-]dd
    static_cast<void>(error); // cannot fail: the buffer is large enough
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    DecimalDigits d;
    if (text.front() == '-') {
        d.negative = true;
        text.remove_prefix(1);
    }
    std::size_t e = text.find('e');
    for (char c : text.substr(0, e)) {
        if (c != '.' && d.count < kMaxDigits) {
            d.digits[d.count++] = c;
        }
    }
    std::string_view exponent = text.substr(e + 1);
    if (exponent.front() == '+') {
        exponent.remove_prefix(1);
    }
    std::from_chars(exponent.data(), exponent.data() + exponent.size(), d.exponent);
    return d;
}

// Whether dropping digits moves the kept magnitude up by one unit in its last place.
bool roundsUp(RoundingMode mode, bool negative, int lastKept, int firstDropped, bool restNonZero) {
    bool above = firstDropped > 5 || (firstDropped == 5 && restNonZero);
    bool tie = firstDropped == 5 && !restNonZero;
    switch (mode) {
    case RoundingMode::kUp:
        return true;
    case RoundingMode::kDown:
        return false;
    case RoundingMode::kCeiling:
        return !negative;
    case RoundingMode::kFloor:
        return negative;
    case RoundingMode::kHalfUp:
        return above || tie;
    case RoundingMode::kHalfDown:
        return above;
    case RoundingMode::kHalfEven:
        return above || (tie && lastKept % 2 == 1);
    case RoundingMode::kUnnecessary:
        break;
    }
    return false;
}

} // namespace

bool parseRoundingMode(std::string_view name, RoundingMode* mode) {
    for (const ModeName& candidate : kModeNames) {
        if (std::equal(name.begin(), name.end(), candidate.name.begin(), candidate.name.end(),
                       [](char a, char b) { return asciiUpper(a) == b; })) {
            *mode = candidate.mode;
            return true;
        }
    }
    return false;
}

bool roundDecimal(double x, std::int64_t precision, RoundingMode mode, double* result) {
    if (!std::isfinite(x) || x == 0) {
        *result = x;
        return true;
    }
    precision = std::min(precision, kPrecisionCap);
    DecimalDigits d = shortestDigits(x);
    // Digits at positions [0, keep) stand for 10^-precision or more and survive.
    std::int64_t keep = d.exponent + 1 + precision;
    if (keep >= d.count) {
        *result = x;
        return true;
    }
    if (mode == RoundingMode::kUnnecessary) {
        return false; // the shortest form has no trailing zeros: some dropped digit is nonzero
    }
    // The kept digits go to text + 1, leaving text[0] for a carry out of the first digit
    // ("999" + 1 = "1000"); the exponent follows them.
    char text[kMaxDigits + 16];
    char* first = text + 1;
    int kept = keep > 0 ? static_cast<int>(keep) : 0;
    std::copy_n(d.digits, kept, first);
    int lastKept = kept > 0 ? first[kept - 1] - '0' : 0;
    int firstDropped = keep >= 0 ? d.digits[keep] - '0' : 0;
    bool restNonZero = keep < 0 || std::any_of(d.digits + keep + 1, d.digits + d.count,
                                               [](char c) { return c != '0'; });
    if (roundsUp(mode, d.negative, lastKept, firstDropped, restNonZero)) {
        int k = kept - 1;
        for (; k >= 0 && first[k] == '9'; --k) {
            first[k] = '0';
        }
        if (k >= 0) {
            ++first[k];
        } else {
            *--first = '1';
            ++kept;
        }
    }
    if (kept == 0) {
        *result = 0.0;
        return true;
    }
    // The value is digits * 10^-precision; from_chars rounds that decimal correctly to a double.
    char* end = first + kept;
    *end++ = 'e';
    *end++ = '-';
    end = std::to_chars(end, text + sizeof text, precision).ptr;
    double magnitude = 0;
    if (std::from_chars(first, end, magnitude).ec == std::errc::result_out_of_range) {
        magnitude = 0.0; // below the smallest subnormal
    }
    *result = d.negative ? -magnitude : magnitude;
    return true;
}

} // namespace steppe::query::functions
