#include "engine/property_table.hpp"

namespace steppe::engine {

PropertyTable PropertyTable::build(std::uint32_t entities, std::vector<StagedProperty> staged) {
    PropertyTable table;
    table.lists_ = EntityLists<PropertyEntry>::build(
        entities, std::move(staged),
        [](const PropertyEntry& a, const PropertyEntry& b) { return a.key < b.key; });
    return table;
}

const Value* PropertyTable::find(std::uint32_t entity, KeyId key) const {
    for (const PropertyEntry& e : of(entity)) {
        if (e.key == key) {
            return &e.value;
        }
        if (e.key > key) {
            break;
        }
    }
    return nullptr;
}

} // namespace steppe::engine
