// Dense integer ids the store uses for its entities and names.
#ifndef STEPPE_ENGINE_IDS_HPP_
#define STEPPE_ENGINE_IDS_HPP_

#include <cstdint>
#include <limits>

namespace steppe::engine {

using NodeIndex = std::uint32_t;   // position of a node in the store, 0..nodeCount()-1
using RelIndex = std::uint32_t;    // position of a relationship, 0..relCount()-1
using LabelId = std::uint32_t;     // interned label name
using TypeId = std::uint32_t;      // interned relationship type name
using KeyId = std::uint32_t;       // interned property key
using SourceIndex = std::uint32_t; // position of a source document

// "No such id": returned by look-ups that find nothing.
inline constexpr std::uint32_t kNoId = std::numeric_limits<std::uint32_t>::max();

// The largest entity count the 32-bit ids allow (kNoId is reserved).
inline constexpr std::uint64_t kMaxEntities = kNoId;

enum class Direction : std::uint8_t { kOutgoing, kIncoming };

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IDS_HPP_
