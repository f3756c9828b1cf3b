#include "query/result_selection.hpp"

#include <vector>

#include "engine/graph_builder.hpp"
#include "query/result_access.hpp"

namespace steppe::query {

namespace {

struct Collected {
    std::vector<engine::NodeIndex> nodes;
    std::vector<engine::RelIndex> rels;
};

void collect(const Value& v, Collected& into) {
    switch (v.kind()) {
    case ValueKind::kNode:
        into.nodes.push_back(v.asNode().index);
        break;
    case ValueKind::kRelationship:
        into.rels.push_back(v.asRelationship().index);
        break;
    case ValueKind::kPath:
        for (NodeRef n : v.asPath().nodes) {
            into.nodes.push_back(n.index);
        }
        for (RelRef r : v.asPath().relationships) {
            into.rels.push_back(r.index);
        }
        break;
    case ValueKind::kList:
        for (const Value& item : v.asList()) {
            collect(item, into);
        }
        break;
    case ValueKind::kMap:
        for (const auto& [key, item] : v.asMap()) {
            collect(item, into);
        }
        break;
    default:
        break;
    }
}

} // namespace

engine::ExportSelection selectResult(const QueryResult& result) {
    Collected collected;
    for (std::size_t r = 0; r < result.rowCount(); ++r) {
        for (const Value& v : result.row(r)) {
            collect(v, collected);
        }
    }
    std::shared_ptr<const engine::GraphStore> graph = internal::ResultAccess::graph(result);
    if (graph == nullptr) {
        graph = engine::GraphBuilder().build(); // a result no query filled holds nothing
    }
    return engine::selectElements(std::move(graph), std::move(collected.nodes),
                                  std::move(collected.rels));
}

} // namespace steppe::query
