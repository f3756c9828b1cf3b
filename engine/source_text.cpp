#include "engine/source_text.hpp"

#include <algorithm>

namespace steppe::engine {

namespace {

bool isUtf8Continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Returns the byte length of the white-space character at text[i], or 0 when there is none.
std::size_t whitespaceLength(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) {
        return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
    };
    unsigned char c = byte(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        return 1;
    }
    if (c == 0xC2 && (byte(i + 1) == 0xA0 || byte(i + 1) == 0x85)) {
        return 2; // U+00A0 no-break space, U+0085 next line
    }
    if (c == 0xE1 && byte(i + 1) == 0x9A && byte(i + 2) == 0x80) {
        return 3; // U+1680 ogham space mark
    }
    if (c == 0xE2 && byte(i + 1) == 0x80) {
        unsigned char d = byte(i + 2);
        // U+2000..U+200A spaces, U+2028 line and U+2029 paragraph separators, U+202F.
        if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF) {
            return 3;
        }
    }
    if (c == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) == 0x9F) {
        return 3; // U+205F medium mathematical space
    }
    if (c == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) {
        return 3; // U+3000 ideographic space
    }
    return 0;
}

} // namespace

LineColumn lineColumnAt(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    LineColumn at;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++at.line;
            lineStart = i + 1;
        }
    }
    if (lineStart == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") {
        lineStart = std::min<std::size_t>(3, offset); // a byte-order mark is no column
    }
    for (std::size_t i = lineStart; i < offset; ++i) {
        if (!isUtf8Continuation(static_cast<unsigned char>(text[i]))) {
            ++at.column;
        }
    }
    return at;
}

std::size_t jsonStringStart(std::string_view text, std::size_t end) {
    // Inside a JSON string every quote is escaped, so the first unescaped quote before the
    // closing one opens the string.
    end = std::min(end, text.size());
    if (end < 2) {
        return 0;
    }
    for (std::size_t i = end - 1; i-- > 0;) {
        if (text[i] != '"') {
            continue;
        }
        std::size_t backslashes = 0;
        while (backslashes < i && text[i - 1 - backslashes] == '\\') {
            ++backslashes;
        }
        if (backslashes % 2 == 0) {
            return i;
        }
    }
    return 0;
}

std::size_t jsonScalarStart(std::string_view text, std::size_t end) {
    end = std::min(end, text.size());
    std::size_t i = end;
    while (i > 0) {
        char c = text[i - 1];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' || c == '[' ||
            c == '{') {
            break;
        }
        --i;
    }
    return i;
}

std::string foldWhitespace(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size();) {
        if (std::size_t n = whitespaceLength(text, i)) {
            pendingSpace = !folded.empty();
            i += n;
            continue;
        }
        if (pendingSpace) {
            folded.push_back(' ');
            pendingSpace = false;
        }
        folded.push_back(text[i]);
        ++i;
    }
    return folded;
}

} // namespace steppe::engine
