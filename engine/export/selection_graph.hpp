// The exported part of a graph as a Boost graph, for Boost's Graphviz and GraphML writers, and
// the text columns those writers read through Boost's dynamic properties.
//
// Only the DOT and GraphML writers include this header: it pulls in Boost.Graph.
#ifndef STEPPE_ENGINE_EXPORT_SELECTION_GRAPH_HPP_
#define STEPPE_ENGINE_EXPORT_SELECTION_GRAPH_HPP_

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <typeinfo>
#include <utility>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include "engine/export/export_selection.hpp"

namespace steppe::engine {

// Vertex i is selection.nodes[i]; each edge carries the index of its relationship. (A CSR graph
// rather than an adjacency_list: GCC 12 reports the latter's edge iterator as maybe
// uninitialized inside Boost's writers, a false positive that -Werror would stop on.)
using SelectionGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, RelIndex,
                                       boost::no_property, std::uint32_t, std::uint32_t>;
using SelectionVertex = boost::graph_traits<SelectionGraph>::vertex_descriptor;
using SelectionEdge = boost::graph_traits<SelectionGraph>::edge_descriptor;

// Builds the graph; edges are grouped by source, in relationship order within a source.
SelectionGraph buildSelectionGraph(const ExportSelection& selection);

// A read-only property computed as text per vertex (Key = SelectionVertex), per edge
// (SelectionEdge) or for the whole graph (SelectionGraph*). Boost's writers print
// get_string(); `Value` only decides the type GraphML declares for the key (std::string,
// long, double or bool). Our own class rather than Boost's adaptors, because those format
// doubles with six digits and booleans as 1/0.
template <typename Key, typename Value = std::string>
class TextColumn final : public boost::dynamic_property_map {
public:
    using Text = std::function<std::string(const Key&)>;
    explicit TextColumn(Text text) : text_(std::move(text)) {}

    boost::any get(const boost::any& key) override { return get_string(key); }
    std::string get_string(const boost::any& key) override {
        return text_(boost::any_cast<Key>(key));
    }
    void put(const boost::any&, const boost::any&) override {
        throw std::logic_error("an export column is read-only");
    }
    const std::type_info& key() const override { return typeid(Key); }
    const std::type_info& value() const override { return typeid(Value); }

private:
    Text text_;
};

template <typename Key, typename Value = std::string>
void addColumn(boost::dynamic_properties& dp, const std::string& name,
               typename TextColumn<Key, Value>::Text text) {
    dp.insert(name, boost::shared_ptr<boost::dynamic_property_map>(
                        new TextColumn<Key, Value>(std::move(text))));
}

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_SELECTION_GRAPH_HPP_
