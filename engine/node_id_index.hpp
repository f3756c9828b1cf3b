// NodeIdIndex: the string ids of nodes ("kazakhstan", "Person:933"), in node order, with a hash
// index from id to NodeIndex.
//
// Ids live back to back in one character buffer, each after its length, and the hash set
// holds the node index and the id's place in that buffer (8 bytes), through which it hashes
// and compares. That keeps the cost near the id text itself plus about 16 bytes a node, where
// a map of std::string keys would take 40 or more: it matters for graphs of millions of nodes.
// A lookup reads the table and then the id text, two cache misses when the index outgrows
// the cache (a third, for the id's offset, made large loads 30% slower).
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
    // Brings the part of the hash table find(id) starts at into the cache.
    void prefetch(std::string_view id) const { index_.prefetch(id); }

    // REQUIRES: node < size().
    std::string_view id(NodeIndex node) const { return textAt(offsets_[node]); }
    std::uint32_t size() const { return static_cast<std::uint32_t>(offsets_.size()); }
    void reserve(std::size_t nodes, std::size_t chars);
    // Gives back the slack of growing one id at a time.
    void shrinkToFit();
    std::size_t memoryBytes() const;

private:
    static constexpr std::size_t kMaxChars = 0xFFFFFFFFu;
    // A length below this takes one byte before the id; longer ones take this byte and four.
    static constexpr unsigned char kLongLength = 0xFF;

    // The id stored at chars_[at]: its length, then its text.
    std::string_view textAt(std::uint32_t at) const;

    struct Entry {
        NodeIndex node;
        std::uint32_t at; // where its id is stored in chars_
    };
    struct Hash {
        using is_transparent = void;
        const NodeIdIndex* owner;
        std::size_t operator()(std::string_view id) const;
        std::size_t operator()(Entry e) const { return (*this)(owner->textAt(e.at)); }
    };
    struct Equal {
        using is_transparent = void;
        const NodeIdIndex* owner;
        bool operator()(Entry a, Entry b) const { return a.node == b.node; }
        bool operator()(Entry a, std::string_view b) const { return owner->textAt(a.at) == b; }
        bool operator()(std::string_view a, Entry b) const { return a == owner->textAt(b.at); }
    };

    std::string chars_;
    std::vector<std::uint32_t> offsets_; // node i's id is stored at chars_[offsets_[i]]
    absl::flat_hash_set<Entry, Hash, Equal> index_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_NODE_ID_INDEX_HPP_
