// PropertyTable: the properties of every node (or every relationship) of a frozen graph.
//
// Each entity's properties are one short run sorted by key, in a single array for all
// entities (EntityLists). Most entities have a handful of properties, so a lookup scans a few
// contiguous entries: no per-entity allocation and no hash table per entity.
#ifndef STEPPE_ENGINE_PROPERTY_TABLE_HPP_
#define STEPPE_ENGINE_PROPERTY_TABLE_HPP_

#include <cstdint>
#include <span>
#include <vector>

#include "engine/entity_lists.hpp"
#include "engine/ids.hpp"
#include "steppe/value.hpp"

namespace steppe::engine {

struct PropertyEntry {
    KeyId key;
    Value value;
};

using StagedProperty = Staged<PropertyEntry>;

class PropertyTable {
public:
    PropertyTable() = default;

    // Builds the table for `entities` entities from staged properties in any order.
    // REQUIRES: no (entity, key) pair occurs twice.
    static PropertyTable build(std::uint32_t entities, std::vector<StagedProperty> staged);

    // Returns all properties of an entity, sorted by key.
    std::span<const PropertyEntry> of(std::uint32_t entity) const { return lists_.of(entity); }
    // Returns the value of one property, or nullptr when the entity does not have it.
    const Value* find(std::uint32_t entity, KeyId key) const;

    std::size_t entryCount() const { return lists_.itemCount(); }
    std::size_t memoryBytes() const { return lists_.memoryBytes(); }

private:
    EntityLists<PropertyEntry> lists_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_PROPERTY_TABLE_HPP_
