// Imports a graph from a GraphML file (http://graphml.graphdrawing.org/), as NetworkX, Gephi,
// yEd and Steppe's own export write it; graphml_handler.hpp says how elements map to nodes,
// labels, relationships and properties.
//
// The file is parsed as a stream by Expat, which reports the line and column of every element,
// so an error names the element at fault, e.g.
//   g.graphml:14:5: attribute "target": unknown node id "n9" (did you mean "n8"?)
//
// Why not Boost.Graph's read_graphml: it reads the whole file into a property tree that keeps no
// positions, so no error could say where it is; it merges a node id given twice and creates the
// nodes that edges name without checking them, where Steppe must refuse both; it does not expose
// the GraphML node ids, which are Steppe's ids; and it reads booleans with lexical_cast, which
// refuses the "True" and "False" that NetworkX writes.
#ifndef STEPPE_ENGINE_IMPORT_GRAPHML_IMPORTER_HPP_
#define STEPPE_ENGINE_IMPORT_GRAPHML_IMPORTER_HPP_

#include <string>

#include "engine/graph_builder.hpp"
#include "engine/read_progress.hpp"
#include "steppe/database.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Adds the nodes and relationships of the GraphML file at `path` to `builder`, counting what it
// reads towards `progress`. Stops at the first error; the caller then discards the builder.
// Fills *report on success.
Status importGraphML(const std::string& path, GraphBuilder& builder, ReadProgress& progress,
                     LoadReport* report);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_GRAPHML_IMPORTER_HPP_
