// Dictionary: interns names (labels, relationship types, property keys) as dense ids.
#ifndef STEPPE_ENGINE_DICTIONARY_HPP_
#define STEPPE_ENGINE_DICTIONARY_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "engine/ids.hpp"

namespace steppe::engine {

class Dictionary {
public:
    // Returns the id of `name`, adding it when it is new.
    std::uint32_t intern(std::string_view name);
    // Returns the id of `name`, or kNoId when it was never interned.
    std::uint32_t find(std::string_view name) const;

    // REQUIRES: id < size().
    const std::string& name(std::uint32_t id) const { return names_[id]; }
    std::uint32_t size() const { return static_cast<std::uint32_t>(names_.size()); }
    const std::vector<std::string>& names() const { return names_; }

private:
    std::vector<std::string> names_;
    absl::flat_hash_map<std::string, std::uint32_t> ids_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_DICTIONARY_HPP_
