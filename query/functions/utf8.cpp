#include "query/functions/utf8.hpp"

#include <locale.h>
#include <wctype.h>

namespace steppe::query::functions::utf8 {

namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

struct Decoded {
    char32_t code = 0;
    std::size_t size = 0; // 0: s[pos] does not start a valid sequence
};

// Decodes the well-formed sequence at s[pos] (RFC 3629: no overlong forms, no surrogates).
Decoded decodeAt(std::string_view s, std::size_t pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    unsigned char lead = byte(0);
    if (lead < 0x80) {
        return {lead, 1};
    }
    std::size_t size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (lead < 0xC2 || lead > 0xF4 || pos + size > s.size()) {
        return {};
    }
    // The second byte's range depends on the lead byte; later ones are plain continuations.
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead == 0xE0) {
        low = 0xA0; // no overlong 3-byte forms
    } else if (lead == 0xED) {
        high = 0x9F; // no surrogates
    } else if (lead == 0xF0) {
        low = 0x90; // no overlong 4-byte forms
    } else if (lead == 0xF4) {
        high = 0x8F; // nothing above U+10FFFF
    }
    if (byte(1) < low || byte(1) > high) {
        return {};
    }
    char32_t code = lead & (size == 2 ? 0x1F : size == 3 ? 0x0F : 0x07);
    for (std::size_t i = 1; i < size; ++i) {
        if (!isContinuation(byte(i))) {
            return {};
        }
        code = (code << 6) | (byte(i) & 0x3F);
    }
    return {code, size};
}

void append(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// glibc's C.UTF-8 locale (built in since glibc 2.35) carries the Unicode simple case mappings.
// It is created once and never freed; the towupper_l/towlower_l calls on it are thread-safe.
// Without it, only ASCII letters change case.
locale_t unicodeLocale() {
    static const locale_t locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{});
    return locale;
}

template <typename MapAscii, typename MapUnicode>
std::string mapCase(std::string_view s, MapAscii mapAscii, MapUnicode mapUnicode) {
    std::string out;
    out.reserve(s.size());
    locale_t locale = unicodeLocale();
    for (std::size_t pos = 0; pos < s.size();) {
        auto lead = static_cast<unsigned char>(s[pos]);
        if (lead < 0x80) {
            out += static_cast<char>(mapAscii(lead));
            ++pos;
            continue;
        }
        Decoded d = decodeAt(s, pos);
        if (d.size == 0 || locale == locale_t{}) {
            std::size_t size = d.size == 0 ? 1 : d.size;
            out.append(s.substr(pos, size));
            pos += size;
            continue;
        }
        auto mapped = static_cast<char32_t>(mapUnicode(static_cast<wint_t>(d.code), locale));
        // A mapping into the surrogates or past U+10FFFF would not encode; no real table has one.
        append(out, mapped <= 0x10FFFF && (mapped < 0xD800 || mapped > 0xDFFF) ? mapped : d.code);
        pos += d.size;
    }
    return out;
}

} // namespace

std::size_t length(std::string_view s) noexcept {
    std::size_t count = 0;
    for (char c : s) {
        count += isContinuation(static_cast<unsigned char>(c)) ? 0 : 1;
    }
    return count;
}

std::size_t offsetOf(std::string_view s, std::size_t index) noexcept {
    for (std::size_t pos = 0; pos < s.size(); ++pos) {
        if (!isContinuation(static_cast<unsigned char>(s[pos]))) {
            if (index == 0) {
                return pos;
            }
            --index;
        }
    }
    return s.size();
}

std::size_t next(std::string_view s, std::size_t pos) noexcept {
    ++pos;
    while (pos < s.size() && isContinuation(static_cast<unsigned char>(s[pos]))) {
        ++pos;
    }
    return pos;
}

std::string reverse(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t end = s.size();
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && isContinuation(static_cast<unsigned char>(s[start]))) {
            --start;
        }
        out.append(s.substr(start, end - start));
        end = start;
    }
    return out;
}

std::string toUpper(std::string_view s) {
    return mapCase(
        s, [](unsigned char c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }, towupper_l);
}

std::string toLower(std::string_view s) {
    return mapCase(
        s, [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }, towlower_l);
}

bool isWhitespace(char32_t c) noexcept {
    if (c <= 0x20) {
        return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    return c == 0x1680 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x205F || c == 0x3000;
}

std::string_view trimStart(std::string_view s) noexcept {
    std::size_t pos = 0;
    while (pos < s.size()) {
        Decoded d = decodeAt(s, pos);
        if (d.size == 0 || !isWhitespace(d.code)) {
            break;
        }
        pos += d.size;
    }
    return s.substr(pos);
}

std::string_view trimEnd(std::string_view s) noexcept {
    std::size_t end = s.size();
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && end - start < 4 &&
               isContinuation(static_cast<unsigned char>(s[start]))) {
            --start;
        }
        Decoded d = decodeAt(s, start);
        if (start + d.size != end || !isWhitespace(d.code)) {
            break;
        }
        end = start;
    }
    return s.substr(0, end);
}

std::string_view trim(std::string_view s) noexcept {
    return trimEnd(trimStart(s));
}

} // namespace steppe::query::functions::utf8
