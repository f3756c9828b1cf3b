#include "engine/import/import_target.hpp"

#include <utility>

#include "engine/spelling.hpp"

namespace steppe::engine {

bool ImportTarget::addNode(std::string_view id, std::span<const LabelId> labels,
                           std::vector<PropertyEntry> properties) {
    const NodeIndex node = builder_.nodeFor(id);
    if (!builder_.define(node, labels)) {
        return false;
    }
    for (PropertyEntry& p : properties) {
        builder_.addNodeProperty(node, p.key, std::move(p.value));
    }
    ++nodesAdded_;
    return true;
}

NodeIndex ImportTarget::endpoint(const Endpoint& end) {
    const std::uint32_t before = builder_.nodeCount();
    const NodeIndex node = builder_.nodeFor(end.id);
    if (builder_.nodeCount() != before) {
        // Only ids never seen get a placeholder, so the first mention is the one kept.
        SourceLocation where{std::string(end.file), end.line, end.column, end.offset, 0};
        forwardReferences_.emplace(
            node, Reference{std::move(where), std::string(end.what), forwardReferences_.size()});
    }
    return node;
}

void ImportTarget::addRelationship(const Endpoint& from, const Endpoint& to, TypeId type,
                                   std::vector<PropertyEntry> properties) {
    const NodeIndex source = endpoint(from);
    const NodeIndex target = endpoint(to);
    const RelIndex rel = builder_.addRel(source, target, type);
    for (PropertyEntry& p : properties) {
        builder_.addRelProperty(rel, p.key, std::move(p.value));
    }
    ++relationshipsAdded_;
}

Status ImportTarget::checkEndpoints() const {
    const Reference* first = nullptr;
    NodeIndex firstNode = kNoId;
    for (NodeIndex node : builder_.undefinedNodes()) {
        const Reference& ref = forwardReferences_.at(node);
        if (first == nullptr || ref.order < first->order) {
            first = &ref;
            firstNode = node;
        }
    }
    if (first == nullptr) {
        return Status::OK();
    }
    const std::string_view id = builder_.nodeId(firstNode);
    NearestName nearest(id);
    for (NodeIndex n = 0; n < builder_.nodeCount(); ++n) {
        if (builder_.isDefined(n)) {
            nearest.consider(builder_.nodeId(n));
        }
    }
    Status status =
        Status::loadError(first->what + ": unknown node id " + inQuotes(id), first->where);
    return nearest.hint().empty() ? status : status.withHint(nearest.hint());
}

void ImportTarget::countInto(LoadReport* report) const {
    report->nodes = nodesAdded_;
    report->relationships = relationshipsAdded_;
}

} // namespace steppe::engine
