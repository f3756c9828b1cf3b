#include "engine/export/dot_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace steppe::engine {

namespace {

// Words the DOT grammar reserves, in any letter case.
bool isDotKeyword(std::string_view text) {
    static constexpr std::array<std::string_view, 6> kKeywords = {"node",    "edge",     "graph",
                                                                  "digraph", "subgraph", "strict"};
    return std::any_of(kKeywords.begin(), kKeywords.end(), [&](std::string_view keyword) {
        return std::equal(
            text.begin(), text.end(), keyword.begin(), keyword.end(),
            [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    });
}

std::size_t codePoints(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// Escapes for an escString, with `backslash` standing for one literal backslash.
std::string escaped(std::string_view text, std::string_view backslash) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            out += backslash;
        } else if (c == '\n' || c == '\r') {
            out += "\\n";
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i; // CR LF is one line break
            }
        } else {
            out += c;
        }
    }
    if (isDotKeyword(text)) {
        // Graphviz drops a backslash before a letter that starts no escape sequence, so
        // "n\ode" shows as "node" while no longer being the keyword. Escapes start with
        // these letters, which must therefore be skipped.
        constexpr std::string_view kEscapeLetters = "nlrNGEHTL";
        out.insert(out.find_first_not_of(kEscapeLetters), 1, '\\');
    }
    return out;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') {
            out += '\\';
        }
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string dotLabel(std::string_view text) {
    return escaped(text, "\\\\");
}

std::string dotTooltip(std::string_view text) {
    return escaped(text, "\\\\\\\\");
}

std::string dotQuotedLabel(std::string_view text) {
    return quoted(dotLabel(text));
}

std::string dotQuotedTooltip(std::string_view text) {
    return quoted(dotTooltip(text));
}

std::string wrapWords(std::string_view text, std::size_t width) {
    std::string out;
    std::size_t lineLength = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find(' ', start), text.size());
        std::string_view word = text.substr(start, end - start);
        const std::size_t length = codePoints(word);
        if (lineLength > 0 && lineLength + 1 + length > width) {
            out += '\n';
            lineLength = 0;
        } else if (start > 0) {
            out += ' ';
            ++lineLength;
        }
        out += word;
        lineLength += length;
        start = end + 1;
    }
    return out;
}

} // namespace steppe::engine
