#include "tests/tck/feature_model.hpp"

#include <algorithm>

namespace steppe::tck {

bool Scenario::hasTag(const std::string& tag) const {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

std::string Scenario::id() const {
    std::string oneLineName;
    for (char c : name) {
        if (c == '\n') {
            oneLineName += "\\n";
        } else if (c != '\r') {
            oneLineName += c;
        }
    }
    std::string id = featurePath + " :: " + oneLineName;
    if (exampleRow) {
        id += " :: row " + std::to_string(*exampleRow);
    }
    return id;
}

} // namespace steppe::tck
