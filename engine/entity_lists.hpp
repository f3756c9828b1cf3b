// EntityLists<T>: a short list of T for every entity of a frozen graph (properties, citations),
// stored as one array plus offsets, so that entities cost 4 bytes each when their list is
// empty and nothing is allocated per entity.
#ifndef STEPPE_ENGINE_ENTITY_LISTS_HPP_
#define STEPPE_ENGINE_ENTITY_LISTS_HPP_

#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace steppe::engine {

// One item while a graph is being built, tagged with the entity it belongs to.
template <typename T>
struct Staged {
    std::uint32_t entity;
    T item;
};

template <typename T>
class EntityLists {
public:
    EntityLists() : offsets_{0} {}

    // Groups staged items by entity, keeping their order within an entity unless `before`
    // (a strict order on T) says otherwise. REQUIRES: every entity < entities.
    template <typename Before>
    static EntityLists build(std::uint32_t entities, std::vector<Staged<T>> staged, Before before) {
        auto stagedBefore = [&](const Staged<T>& a, const Staged<T>& b) {
            return a.entity != b.entity ? a.entity < b.entity : before(a.item, b.item);
        };
        // Builders stage entity by entity, so the input is usually in order already.
        if (!std::is_sorted(staged.begin(), staged.end(), stagedBefore)) {
            std::stable_sort(staged.begin(), staged.end(), stagedBefore);
        }
        EntityLists lists;
        lists.offsets_.assign(static_cast<std::size_t>(entities) + 1, 0);
        lists.items_.reserve(staged.size());
        for (Staged<T>& s : staged) {
            ++lists.offsets_[s.entity + 1];
            lists.items_.push_back(std::move(s.item));
        }
        for (std::size_t i = 1; i < lists.offsets_.size(); ++i) {
            lists.offsets_[i] += lists.offsets_[i - 1];
        }
        return lists;
    }

    // REQUIRES: entity < entityCount().
    std::span<const T> of(std::uint32_t entity) const {
        return {items_.data() + offsets_[entity], items_.data() + offsets_[entity + 1]};
    }
    std::uint32_t entityCount() const { return static_cast<std::uint32_t>(offsets_.size() - 1); }
    std::size_t itemCount() const { return items_.size(); }
    std::size_t memoryBytes() const {
        return offsets_.capacity() * sizeof(std::uint32_t) + items_.capacity() * sizeof(T);
    }

private:
    std::vector<std::uint32_t> offsets_; // entity i owns items_[offsets_[i], offsets_[i + 1])
    std::vector<T> items_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_ENTITY_LISTS_HPP_
