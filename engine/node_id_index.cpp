#include "engine/node_id_index.hpp"

#include <cstring>
#include <functional>
#include <stdexcept>

namespace steppe::engine {

NodeIdIndex::NodeIdIndex() : index_(0, Hash{this}, Equal{this}) {}

std::string_view NodeIdIndex::textAt(std::uint32_t at) const {
    const char* p = chars_.data() + at;
    std::uint32_t length = static_cast<unsigned char>(*p++);
    if (length == kLongLength) {
        std::memcpy(&length, p, sizeof length);
        p += sizeof length;
    }
    return {p, length};
}

std::size_t NodeIdIndex::Hash::operator()(std::string_view id) const {
    return std::hash<std::string_view>{}(id);
}

bool NodeIdIndex::add(std::string_view id) {
    if (index_.contains(id)) {
        return false;
    }
    const bool isLong = id.size() >= kLongLength;
    const std::size_t prefix = isLong ? 1 + sizeof(std::uint32_t) : 1;
    if (chars_.size() + prefix + id.size() > kMaxChars) {
        throw std::length_error("node ids take more than 4 GiB of text");
    }
    const auto at = static_cast<std::uint32_t>(chars_.size());
    if (isLong) {
        const auto length = static_cast<std::uint32_t>(id.size());
        chars_.push_back(static_cast<char>(kLongLength));
        chars_.append(reinterpret_cast<const char*>(&length), sizeof length);
    } else {
        chars_.push_back(static_cast<char>(id.size()));
    }
    chars_.append(id);
    offsets_.push_back(at);
    index_.insert(Entry{size() - 1, at});
    return true;
}

NodeIndex NodeIdIndex::find(std::string_view id) const {
    auto it = index_.find(id);
    return it == index_.end() ? kNoId : it->node;
}

void NodeIdIndex::reserve(std::size_t nodes, std::size_t chars) {
    chars_.reserve(chars);
    offsets_.reserve(nodes);
    index_.reserve(nodes);
}

void NodeIdIndex::shrinkToFit() {
    chars_.shrink_to_fit();
    offsets_.shrink_to_fit();
}

std::size_t NodeIdIndex::memoryBytes() const {
    return chars_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           index_.capacity() * (sizeof(Entry) + 1);
}

} // namespace steppe::engine
