#include "engine/export/csv_field.hpp"

namespace steppe::engine {

std::string csvField(std::string_view text, bool quoteEmpty) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos && !(text.empty() && quoteEmpty)) {
        return std::string(text);
    }
    std::string field = "\"";
    for (char c : text) {
        field += c;
        if (c == '"') {
            field += '"';
        }
    }
    return field + "\"";
}

} // namespace steppe::engine
