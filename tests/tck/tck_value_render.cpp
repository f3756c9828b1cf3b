// Writing TckValues back in the TCK grammar, for messages and for pasting into feature files.
#include <charconv>
#include <cmath>

#include "tests/tck/tck_value.hpp"

namespace steppe::tck {

namespace {

void renderMap(const TckMap& map, std::string& out);

void renderTo(const TckValue& value, std::string& out);

void renderString(const std::string& s, std::string& out) {
    out += '\'';
    for (char c : s) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    out += '\'';
}

void renderNode(const TckNode& node, std::string& out) {
    out += '(';
    for (const std::string& label : node.labels) {
        out += ':' + label;
    }
    if (!node.properties.empty()) {
        if (!node.labels.empty()) {
            out += ' ';
        }
        renderMap(node.properties, out);
    }
    out += ')';
}

void renderRelationship(const TckRelationship& rel, std::string& out) {
    out += "[:" + rel.type;
    if (!rel.properties.empty()) {
        out += ' ';
        renderMap(rel.properties, out);
    }
    out += ']';
}

void renderMap(const TckMap& map, std::string& out) {
    out += '{';
    for (std::size_t i = 0; i < map.size(); ++i) {
        out += (i == 0 ? "" : ", ") + map[i].first + ": ";
        renderTo(map[i].second, out);
    }
    out += '}';
}

void renderTo(const TckValue& value, std::string& out) {
    const TckValue::Rep& rep = value.rep();
    if (std::holds_alternative<TckNull>(rep)) {
        out += "null";
    } else if (const bool* b = std::get_if<bool>(&rep)) {
        out += *b ? "true" : "false";
    } else if (const std::int64_t* i = std::get_if<std::int64_t>(&rep)) {
        out += std::to_string(*i);
    } else if (const double* d = std::get_if<double>(&rep)) {
        out += renderFloat(*d);
    } else if (const std::string* s = std::get_if<std::string>(&rep)) {
        renderString(*s, out);
    } else if (const TckList* list = std::get_if<TckList>(&rep)) {
        out += '[';
        for (std::size_t k = 0; k < list->size(); ++k) {
            out += k == 0 ? "" : ", ";
            renderTo((*list)[k], out);
        }
        out += ']';
    } else if (const TckMap* map = std::get_if<TckMap>(&rep)) {
        renderMap(*map, out);
    } else if (const TckNode* node = std::get_if<TckNode>(&rep)) {
        renderNode(*node, out);
    } else if (const TckRelationship* rel = std::get_if<TckRelationship>(&rep)) {
        renderRelationship(*rel, out);
    } else if (const TckPath* path = std::get_if<TckPath>(&rep)) {
        out += '<';
        renderNode(path->start, out);
        for (const TckPathStep& step : path->steps) {
            out += step.forward ? "-" : "<-";
            renderRelationship(step.relationship, out);
            out += step.forward ? "->" : "-";
            renderNode(step.node, out);
        }
        out += '>';
    }
}

} // namespace

std::string render(const TckValue& value) {
    std::string out;
    renderTo(value, out);
    return out;
}

std::string renderFloat(double d) {
    if (std::isnan(d)) {
        return "NaN";
    }
    if (std::isinf(d)) {
        return d > 0 ? "Infinity" : "-Infinity";
    }
    // Plain digits for everyday magnitudes, an exponent beyond them, as the TCK writes floats
    // (`1000000000.0`, `0.000001`, `1.2635418652381264e305`).
    const double magnitude = std::fabs(d);
    const bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e16);
    char buffer[400];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, d,
                      plain ? std::chars_format::fixed : std::chars_format::scientific);
    std::string text(buffer, ec == std::errc() ? end : buffer);
    if (const std::size_t e = text.find('e'); e != std::string::npos) {
        // "1e+308" -> "1e308", "1e-07" -> "1e-7"
        std::string exponent = text.substr(e + 1);
        const bool negative = exponent.starts_with('-');
        exponent.erase(0, exponent.find_first_not_of("+-"));
        exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
        text = text.substr(0, e + 1) + (negative ? "-" : "") + exponent;
    } else if (text.find('.') == std::string::npos) {
        text += ".0"; // a float must not read back as an integer
    }
    return text;
}

} // namespace steppe::tck
