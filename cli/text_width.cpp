#include "cli/text_width.hpp"

namespace steppe::cli {

namespace {

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (char c : text) {
        width += isContinuationByte(c) ? 0 : 1;
    }
    return width;
}

std::string truncateToWidth(std::string_view text, std::size_t width, std::string_view ellipsis) {
    if (displayWidth(text) <= width) {
        return std::string(text);
    }
    const std::size_t keep = width - displayWidth(ellipsis);
    std::size_t end = 0;
    for (std::size_t columns = 0; end < text.size(); ++end) {
        if (!isContinuationByte(text[end]) && columns++ == keep) {
            break;
        }
    }
    return std::string(text.substr(0, end)) + std::string(ellipsis);
}

} // namespace steppe::cli
