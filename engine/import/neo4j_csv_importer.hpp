// Imports a graph written in the CSV format of `neo4j-admin database import`: a nodes file
// and a relationships file, each with a header line (see neo4j_csv_columns.hpp for the header,
// csv_reader.hpp for the quoting rules).
//
// The files are read as streams, one record at a time. The checks are those of the JSON
// loader: a node id is unique, a relationship's ends name nodes, every value has its column's
// type. An error names file, line and column of the field at fault, e.g.
//   rels.csv:12:7: column ":END_ID": unknown node id "kazakstan" (did you mean "kazakhstan"?)
#ifndef STEPPE_ENGINE_IMPORT_NEO4J_CSV_IMPORTER_HPP_
#define STEPPE_ENGINE_IMPORT_NEO4J_CSV_IMPORTER_HPP_

#include <string>

#include "engine/graph_builder.hpp"
#include "engine/read_progress.hpp"
#include "steppe/database.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Adds the nodes of `nodesPath` and the relationships of `relationshipsPath` to `builder`,
// counting what it reads towards `progress`. Stops at the first error; the caller then discards
// the builder. Fills *report on success.
Status importNeo4jCsv(const std::string& nodesPath, const std::string& relationshipsPath,
                      GraphBuilder& builder, ReadProgress& progress, LoadReport* report);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_NEO4J_CSV_IMPORTER_HPP_
