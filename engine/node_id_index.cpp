#include "engine/node_id_index.hpp"

#include <functional>
#include <stdexcept>

namespace steppe::engine {

NodeIdIndex::NodeIdIndex() : offsets_{0}, index_(0, Hash{this}, Equal{this}) {}

std::size_t NodeIdIndex::Hash::operator()(std::string_view id) const {
    return std::hash<std::string_view>{}(id);
}

bool NodeIdIndex::add(std::string_view id) {
    if (index_.contains(id)) {
        return false;
    }
    if (chars_.size() + id.size() > kMaxChars) {
        throw std::length_error("node ids take more than 4 GiB of text");
    }
    chars_.append(id);
    offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
    index_.insert(size() - 1);
    return true;
}

NodeIndex NodeIdIndex::find(std::string_view id) const {
    auto it = index_.find(id);
    return it == index_.end() ? kNoId : *it;
}

void NodeIdIndex::reserve(std::size_t nodes, std::size_t chars) {
    chars_.reserve(chars);
    offsets_.reserve(nodes + 1);
    index_.reserve(nodes);
}

void NodeIdIndex::shrinkToFit() {
    chars_.shrink_to_fit();
    offsets_.shrink_to_fit();
}

std::size_t NodeIdIndex::memoryBytes() const {
    return chars_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           index_.capacity() * (sizeof(NodeIndex) + 1);
}

} // namespace steppe::engine
