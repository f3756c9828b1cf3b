// NodeIdIndex: the string ids of nodes ("kazakhstan", "Person:933"), in node order, with a hash
// index from id to NodeIndex.
//
// Ids live back to back in one character buffer, and the hash set holds only 32-bit node
// indexes that hash and compare through that buffer. That keeps the cost near the id text
// itself plus about 8 bytes a node, where a map of std::string keys would take 40 or more:
// it matters for graphs of millions of nodes.
#ifndef STEPPE_ENGINE_NODE_ID_INDEX_HPP_
#define STEPPE_ENGINE_NODE_ID_INDEX_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_set.h>

#include "engine/ids.hpp"

namespace steppe::engine {

class NodeIdIndex {
public:
    NodeIdIndex();
    // The hash functors point back at this object, so it never moves.
    NodeIdIndex(const NodeIdIndex&) = delete;
    NodeIdIndex& operator=(const NodeIdIndex&) = delete;

    // Appends `id` as node size(). Returns false (and changes nothing) if the id exists.
    // Throws std::length_error when all ids together would pass 4 GiB of text.
    bool add(std::string_view id);
    // Returns the node with this id, or kNoId.
    NodeIndex find(std::string_view id) const;

    // REQUIRES: node < size().
    std::string_view id(NodeIndex node) const {
        return std::string_view(chars_).substr(offsets_[node], offsets_[node + 1] - offsets_[node]);
    }
    std::uint32_t size() const { return static_cast<std::uint32_t>(offsets_.size() - 1); }
    void reserve(std::size_t nodes, std::size_t chars);
    // Gives back the slack of growing one id at a time.
    void shrinkToFit();
    std::size_t memoryBytes() const;

private:
    static constexpr std::size_t kMaxChars = 0xFFFFFFFFu;

    struct Hash {
        using is_transparent = void;
        const NodeIdIndex* owner;
        std::size_t operator()(std::string_view id) const;
        std::size_t operator()(NodeIndex node) const { return (*this)(owner->id(node)); }
    };
    struct Equal {
        using is_transparent = void;
        const NodeIdIndex* owner;
        bool operator()(NodeIndex a, NodeIndex b) const { return a == b; }
        bool operator()(NodeIndex a, std::string_view b) const { return owner->id(a) == b; }
        bool operator()(std::string_view a, NodeIndex b) const { return a == owner->id(b); }
    };

    std::string chars_;
    std::vector<std::uint32_t> offsets_; // id i is chars_[offsets_[i], offsets_[i + 1])
    absl::flat_hash_set<NodeIndex, Hash, Equal> index_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_NODE_ID_INDEX_HPP_
