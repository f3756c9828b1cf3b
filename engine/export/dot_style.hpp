// How DOT diagrams style nodes: a fill colour and a shape per label, the same for a label in
// every diagram of every graph, so readers learn them once.
#ifndef STEPPE_ENGINE_EXPORT_DOT_STYLE_HPP_
#define STEPPE_ENGINE_EXPORT_DOT_STYLE_HPP_

#include <string_view>

#include "engine/graph_store.hpp"
#include "engine/ids.hpp"

namespace steppe::engine {

struct NodeStyle {
    std::string_view fillColor; // "#rrggbb"
    std::string_view shape;     // a Graphviz shape name
    std::string_view style;     // the Graphviz style attribute
};

// The style of nodes that carry `label` (as chosen by styleLabel); "" means no label. Derived
// from a hash of the name, so it does not depend on which other labels a graph has.
NodeStyle styleOf(std::string_view label);

// The label a node is drawn by: of several, the one fewest nodes in the graph carry (the most
// specific: a Training rather than an Event), ties broken by name; kNoId for none.
LabelId styleLabel(const GraphStore& graph, NodeIndex node);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_DOT_STYLE_HPP_
