#include "cli/schema_printer.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

namespace steppe::cli {

namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items) {
        out += (out.empty() ? "" : separator) + item;
    }
    return out;
}

template <typename T>
std::size_t widestName(const std::vector<T>& items) {
    std::size_t width = 4;
    for (const T& item : items) {
        width = std::max(width, item.name.size());
    }
    return width;
}

std::string labelPattern(const std::string& label) {
    return label.empty() ? "()" : "(:" + label + ")";
}

} // namespace

void printSchema(const Schema& s, std::ostream& out) {
    out << "nodes " << s.nodes << ", relationships " << s.relationships << ", citations "
        << s.citations << "\n";

    out << "\nlabels (" << s.labels.size() << ")\n";
    std::size_t width = widestName(s.labels);
    for (const LabelSummary& l : s.labels) {
        out << "  :" << std::left << std::setw(static_cast<int>(width)) << l.name << std::right
            << std::setw(10) << l.nodes << " nodes\n";
    }

    out << "\nrelationship types (" << s.relationshipTypes.size() << ")\n";
    width = widestName(s.relationshipTypes);
    for (const RelTypeSummary& t : s.relationshipTypes) {
        out << "  :" << std::left << std::setw(static_cast<int>(width)) << t.name << std::right
            << std::setw(10) << t.relationships << " relationships\n";
        for (const EndpointSummary& e : t.endpoints) {
            out << "      " << labelPattern(e.fromLabel) << "-[:" << t.name << "]->"
                << labelPattern(e.toLabel) << "  " << e.relationships << "\n";
        }
    }

    out << "\nproperty keys (" << s.propertyKeys.size() << ")\n";
    width = widestName(s.propertyKeys);
    for (const PropertyKeySummary& k : s.propertyKeys) {
        std::ostringstream where;
        if (k.nodes > 0) {
            where << k.nodes << " nodes";
        }
        if (k.relationships > 0) {
            where << (k.nodes > 0 ? ", " : "") << k.relationships << " relationships";
        }
        out << "  " << std::left << std::setw(static_cast<int>(width)) << k.name << "  "
            << std::setw(12) << joined(k.valueTypes, "|") << "  " << where.str() << "\n";
    }
}

} // namespace steppe::cli
