#include "query/grammar/lexical.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <limits>

namespace steppe::query::grammar::lexical {

namespace {

char toUpper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string* out, std::uint32_t cp) {
    if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Reads `digits` hex digits at p; returns -1 if they are not all there.
long readHex(const char* p, const char* end, int digits) {
    if (end - p < digits) {
        return -1;
    }
    long value = 0;
    for (int i = 0; i < digits; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0) {
            return -1;
        }
        value = value * 16 + d;
    }
    return value;
}

Scan fail(const char* at, const char* error) {
    Scan scan;
    scan.errorAt = at;
    scan.error = error;
    return scan;
}

Scan done(const char* end) {
    Scan scan;
    scan.end = end;
    return scan;
}

} // namespace

std::size_t unicodeSpaceLength(const char* p, const char* end) {
    const auto byte = [&](std::ptrdiff_t i) {
        return i < end - p ? static_cast<unsigned char>(p[i]) : 0u;
    };
    const unsigned b0 = byte(0);
    if (b0 == 0xC2 && (byte(1) == 0xA0 || byte(1) == 0x85)) {
        return 2; // U+00A0 no-break space, U+0085 next line
    }
    if (b0 == 0xE1 && byte(1) == 0x9A && byte(2) == 0x80) {
        return 3; // U+1680 Ogham space mark
    }
    if (b0 == 0xE2 && byte(1) == 0x80 &&
        (byte(2) <= 0x8A || byte(2) == 0xA8 || byte(2) == 0xA9 || byte(2) == 0xAF)) {
        return byte(2) >= 0x80 ? 3 : 0; // U+2000-U+200A, U+2028, U+2029, U+202F
    }
    if (b0 == 0xE2 && byte(1) == 0x81 && byte(2) == 0x9F) {
        return 3; // U+205F medium mathematical space
    }
    if (b0 == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) {
        return 3; // U+3000 ideographic space
    }
    if (b0 == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
        return 3; // U+FEFF byte order mark
    }
    return 0;
}

std::size_t unicodePunctuationLength(const char* p, const char* end) {
    const auto byte = [&](std::ptrdiff_t i) {
        return i < end - p ? static_cast<unsigned char>(p[i]) : 0u;
    };
    const unsigned b0 = byte(0);
    if (b0 == 0xC2 && (byte(1) == 0xAB || byte(1) == 0xBB)) {
        return 2; // « »
    }
    if (b0 == 0xE2 && byte(1) == 0x80 && byte(2) >= 0x90 && byte(2) <= 0xBF) {
        return 3; // U+2010-U+203F: dashes, quotes, bullets, primes
    }
    if (b0 == 0xE2 && byte(1) == 0x88 && byte(2) == 0x92) {
        return 3; // U+2212 minus sign
    }
    return 0;
}

const char* skipBlanks(const char* p, const char* end) {
    while (p != end) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++p;
        } else if (static_cast<unsigned char>(c) >= 0x80 && unicodeSpaceLength(p, end) > 0) {
            p += unicodeSpaceLength(p, end);
        } else if (c == '/' && end - p >= 2 && p[1] == '/') {
            while (p != end && *p != '\n') {
                ++p;
            }
        } else if (c == '/' && end - p >= 2 && p[1] == '*') {
            const char* close = p + 2;
            while (close != end && !(*close == '*' && close + 1 != end && close[1] == '/')) {
                ++close;
            }
            if (close == end) {
                return p; // unterminated: the caller reports it
            }
            p = close + 2;
        } else {
            break;
        }
    }
    return p;
}

const char* matchKeyword(const char* p, const char* end, const char* word) {
    for (; *word != '\0'; ++word, ++p) {
        if (p == end || toUpper(*p) != *word) {
            return nullptr;
        }
    }
    if (p != end && continuesName(p, end)) {
        return nullptr;
    }
    return p;
}

bool isReservedWord(std::string_view word) {
    // openCypher 9's reserved words, less those kept for future use (CONSTRAINT, DO, FOR, ...),
    // which Steppe leaves free as names. Sorted, for binary search.
    static constexpr std::array<std::string_view, 43> kReserved = {
        "ALL",    "AND",    "AS",     "ASC",        "ASCENDING", "BY",       "CASE",   "CONTAINS",
        "CREATE", "DELETE", "DESC",   "DESCENDING", "DETACH",    "DISTINCT", "ELSE",   "END",
        "ENDS",   "EXISTS", "FALSE",  "IN",         "IS",        "LIMIT",    "MATCH",  "MERGE",
        "NOT",    "NULL",   "ON",     "OPTIONAL",   "OR",        "ORDER",    "REMOVE", "RETURN",
        "SET",    "SKIP",   "STARTS", "THEN",       "TRUE",      "UNION",    "UNWIND", "WHEN",
        "WHERE",  "WITH",   "XOR"};
    static const auto kSorted = [] {
        auto sorted = kReserved;
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }();
    if (word.size() > 10) {
        return false;
    }
    char upper[10];
    for (std::size_t i = 0; i < word.size(); ++i) {
        upper[i] = toUpper(word[i]);
    }
    return std::binary_search(kSorted.begin(), kSorted.end(), std::string_view(upper, word.size()));
}

Scan scanName(const char* p, const char* end, std::string* name) {
    name->clear();
    if (p == end) {
        return Scan();
    }
    if (*p == '`') {
        const char* it = p + 1;
        for (;;) {
            if (it == end) {
                return fail(p, "!unterminated_name");
            }
            if (*it == '`') {
                if (it + 1 != end && it[1] == '`') {
                    name->push_back('`');
                    it += 2;
                    continue;
                }
                break;
            }
            name->push_back(*it++);
        }
        return done(it + 1);
    }
    if (!startsName(p, end)) {
        return Scan();
    }
    const char* it = p + 1;
    while (it != end && continuesName(it, end)) {
        ++it;
    }
    name->assign(p, it);
    return done(it);
}

Scan scanNumber(const char* p, const char* end) {
    const char* it = p;
    auto digitsWhile = [&](auto predicate) {
        const char* start = it;
        while (it != end && predicate(*it)) {
            ++it;
        }
        return it != start;
    };
    auto finish = [&]() {
        // `123abc` or `0x1G` is one malformed token, not a number followed by a name.
        if (it != end && continuesName(it, end)) {
            return fail(p, "!invalid_number");
        }
        return done(it);
    };
    if (it == end) {
        return Scan();
    }
    if (*it == '0' && end - it >= 2 && (it[1] == 'x' || it[1] == 'X')) {
        it += 2;
        if (!digitsWhile([](char c) { return hexDigit(c) >= 0; })) {
            return fail(p, "!invalid_number");
        }
        return finish();
    }
    if (*it == '0' && end - it >= 2 && (it[1] == 'o' || it[1] == 'O')) {
        it += 2;
        if (!digitsWhile([](char c) { return c >= '0' && c <= '7'; })) {
            return fail(p, "!invalid_number");
        }
        return finish();
    }
    bool isFloat = false;
    if (isDigit(*it)) {
        digitsWhile(isDigit);
    } else if (!(*it == '.' && end - it >= 2 && isDigit(it[1]))) {
        return Scan();
    }
    if (it != end && *it == '.' && end - it >= 2 && isDigit(it[1])) {
        ++it;
        digitsWhile(isDigit);
        isFloat = true;
    }
    if (it != end && (*it == 'e' || *it == 'E')) {
        ++it;
        if (it != end && (*it == '-' || *it == '+')) {
            ++it;
        }
        if (!digitsWhile(isDigit)) {
            return fail(p, "!invalid_number");
        }
        isFloat = true;
    }
    // A leading zero makes an integer octal (openCypher 9's `017`); `09` is malformed.
    if (!isFloat && *p == '0' && it - p > 1 &&
        !std::all_of(p, it, [](char c) { return c >= '0' && c <= '7'; })) {
        return fail(p, "!invalid_number");
    }
    return finish();
}

Scan scanString(const char* p, const char* end, std::string* value) {
    value->clear();
    if (p == end || (*p != '\'' && *p != '"')) {
        return Scan();
    }
    const char quote = *p;
    const char* it = p + 1;
    for (;;) {
        if (it == end) {
            return fail(p, "!unterminated_string");
        }
        const char c = *it;
        if (c == quote) {
            return done(it + 1);
        }
        if (c != '\\') {
            value->push_back(c);
            ++it;
            continue;
        }
        if (it + 1 == end) {
            return fail(p, "!unterminated_string");
        }
        const char e = it[1];
        switch (e) {
        case '\\':
        case '\'':
        case '"':
        case '/':
            value->push_back(e);
            break;
        case 'b':
        case 'B':
            value->push_back('\b');
            break;
        case 'f':
        case 'F':
            value->push_back('\f');
            break;
        case 'n':
        case 'N':
            value->push_back('\n');
            break;
        case 'r':
        case 'R':
            value->push_back('\r');
            break;
        case 't':
        case 'T':
            value->push_back('\t');
            break;
        case 'u':
        case 'U': {
            const int digits = e == 'u' ? 4 : 8;
            long cp = readHex(it + 2, end, digits);
            const char* next = it + 2 + digits;
            if (cp < 0) {
                return fail(it, "!invalid_unicode");
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                // A UTF-16 surrogate pair written as two \u escapes.
                long low = -1;
                if (end - next >= 6 && next[0] == '\\' && next[1] == 'u') {
                    low = readHex(next + 2, end, 4);
                }
                if (low < 0xDC00 || low > 0xDFFF) {
                    return fail(it, "!invalid_unicode");
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                next += 6;
            } else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp > 0x10FFFF) {
                return fail(it, "!invalid_unicode");
            }
            appendUtf8(value, static_cast<std::uint32_t>(cp));
            it = next;
            continue;
        }
        default:
            return fail(it, "!invalid_escape");
        }
        it += 2;
    }
}

EntryMatch matchEntry(const char* p, const char* end, const char* text) {
    EntryMatch match;
    if (!isIdentifierStart(*text)) {
        // A symbol: plain prefix comparison.
        const char* it = p;
        for (const char* t = text; *t != '\0'; ++t, ++it) {
            if (it == end || *it != *t) {
                return match;
            }
        }
        match.kind = EntryMatch::Kind::kFull;
        match.end = it;
        return match;
    }
    const char* it = p;
    const char* word = text;
    bool first = true;
    while (*word != '\0') {
        char upper[24];
        std::size_t n = 0;
        while (word[n] != '\0' && word[n] != ' ' && n < sizeof(upper) - 1) {
            upper[n] = word[n];
            ++n;
        }
        upper[n] = '\0';
        if (!first) {
            it = skipBlanks(it, end);
        }
        const char* next = matchKeyword(it, end, upper);
        if (next == nullptr) {
            if (!first) {
                match.kind = EntryMatch::Kind::kPartial;
                match.partialAt = it;
                match.expected = word;
            }
            return match;
        }
        it = next;
        first = false;
        word += n;
        if (*word == ' ') {
            ++word;
        }
    }
    match.kind = EntryMatch::Kind::kFull;
    match.end = it;
    return match;
}

bool isIntegerLiteral(std::string_view text) {
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        return true;
    }
    return text.find_first_of(".eE") == std::string_view::npos;
}

std::optional<std::int64_t> integerValue(std::string_view text, bool negative) {
    unsigned base = 10;
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    } else if (text.size() >= 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'O')) {
        base = 8;
        text.remove_prefix(2);
    } else if (text.size() >= 2 && text[0] == '0') {
        base = 8;
        text.remove_prefix(1);
    }
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    std::uint64_t value = 0;
    for (char c : text) {
        const auto digit = static_cast<std::uint64_t>(hexDigit(c));
        if (value > (limit - digit) / base) {
            return std::nullopt;
        }
        value = value * base + digit;
    }
    if (negative) {
        // -(2^63) is representable; compute it without overflowing.
        return value == 0 ? 0 : -static_cast<std::int64_t>(value - 1) - 1;
    }
    return static_cast<std::int64_t>(value);
}

double floatValue(std::string_view text) {
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves the value alone; strtod gives the infinity or the zero.
        const std::string copy(text);
        return std::strtod(copy.c_str(), nullptr);
    }
    (void)ptr;
    return value;
}

} // namespace steppe::query::grammar::lexical
