#include "engine/dictionary.hpp"

namespace steppe::engine {

namespace {

// Debian's Abseil is built with its own string_view type, so look-ups convert explicitly.
absl::string_view asAbsl(std::string_view s) {
    return absl::string_view(s.data(), s.size());
}

} // namespace

std::uint32_t Dictionary::intern(std::string_view name) {
    // Look up before inserting: the loader interns a name per value, and nearly all are known.
    if (std::uint32_t id = find(name); id != kNoId) {
        return id;
    }
    const auto id = static_cast<std::uint32_t>(names_.size());
    names_.emplace_back(name);
    ids_.emplace(names_.back(), id);
    return id;
}

std::uint32_t Dictionary::find(std::string_view name) const {
    auto it = ids_.find(asAbsl(name));
    return it == ids_.end() ? kNoId : it->second;
}

} // namespace steppe::engine
