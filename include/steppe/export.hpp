// Exports: a graph, or the part of it a query returned, written in the formats other tools
// read — Graphviz DOT for diagrams, GraphML for Gephi, yEd and NetworkX, a Cypher script and
// the Neo4j bulk-import CSV pair for Neo4j, Memgraph, FalkorDB and Amazon Neptune, and the
// loading format (docs/data-format.md). docs/scale-out.md describes each format exactly.
//
// Each format has two writers: one for the whole graph of a Database, one for what the rows of
// a QueryResult hold. A result contributes every node and relationship that occurs in its rows
// (directly, inside paths, lists and maps), each once, plus the two end nodes of every
// relationship, so that every relationship written has both of its ends.
//
// Every writer returns OK, kInvalidArgument when the options or the data cannot be written in
// the format (the message names the node or key), or kIoError when the stream fails. On
// failure the stream may hold part of the output: write to a temporary file and rename it
// (as `steppe export` does) when a partial file must never be seen.
//
// Thread safety: writers read an immutable snapshot, so they may run while other threads
// query or load the same Database.

#ifndef STEPPE_INCLUDE_EXPORT_HPP_
#define STEPPE_INCLUDE_EXPORT_HPP_

#include <ostream>
#include <string>

#include "steppe/database.hpp"
#include "steppe/query_result.hpp"
#include "steppe/status.hpp"

namespace steppe {

// The property that carries a node's string id into the Cypher script, the CSV pair and
// GraphML, where nodes are matched or identified by a property. A node property of this name
// cannot be exported in those formats.
inline constexpr const char* kExportIdProperty = "_id";

// How a DOT diagram is drawn.
struct DotOptions {
    // Direction of the layout: "LR" (left to right) or "TB" (top to bottom).
    std::string rankdir = "LR";
    // A property key; when set, nodes with the same value of it are drawn in one box
    // (a Graphviz cluster) titled with the value. Nodes without the property stay outside.
    std::string clusterBy;
    // Draw a legend: one sample node per label style used.
    bool legend = true;
};

// Graphviz DOT: a digraph that `dot -Tsvg` accepts. Nodes are labelled by their `name`
// property (else their id) and filled and shaped by label, from a palette that gives a label
// the same style in every diagram; relationships are labelled by type. The citation quotes of
// every node and relationship are its tooltip, so an SVG shows the source sentence on hover.
Status writeDot(const Database& db, const DotOptions& options, std::ostream& out);
Status writeDot(const QueryResult& result, const DotOptions& options, std::ostream& out);

// GraphML (UTF-8 XML). Node data `_id` (the string id) and `labels` (":A:B"), relationship
// data `label` (the type), and one key per property key. A key whose values are all booleans,
// all integers or all numbers is typed boolean (written 1 and 0), long or double; one whose
// values are all lists of one kind is a string key with `attr.list` naming the item type, as
// Neo4j's APOC writes it, and each value a JSON array (e.g. ["a","b"]); any other key is a
// string, with values of other kinds written as JSON. A node or relationship without a
// property has no data for its key. Database::importGraphML reads all of it back.
Status writeGraphml(const Database& db, std::ostream& out);
Status writeGraphml(const QueryResult& result, std::ostream& out);

// A Cypher script, one statement per line, ending in `;`: first a CREATE per node (carrying
// its id in kExportIdProperty), then one MATCH ... CREATE per relationship that finds its ends
// by label and id. Steppe, Neo4j (cypher-shell), Memgraph (mgconsole) and FalkorDB run it on
// an empty graph to rebuild the graph.
Status writeCypherScript(const Database& db, std::ostream& out);
Status writeCypherScript(const QueryResult& result, std::ostream& out);

// The CSV pair of `neo4j-admin database import` (RFC 4180), which Amazon Neptune's openCypher
// loader also reads: nodes with `_id:ID,:LABEL,key:type,...`, relationships with
// `:START_ID,:END_ID,:TYPE,key:type,...`. docs/scale-out.md gives the exact rules.
// Database::importNeo4jCsv reads the pair back as the same graph.
Status writeNeo4jCsv(const Database& db, std::ostream& nodes, std::ostream& relationships);
Status writeNeo4jCsv(const QueryResult& result, std::ostream& nodes, std::ostream& relationships);

// The loading format (docs/data-format.md), citations included. For a result, the sources
// written are those its nodes and relationships cite.
Status writeGraphJson(const Database& db, std::ostream& out);
Status writeGraphJson(const QueryResult& result, std::ostream& out);

} // namespace steppe

#endif // STEPPE_INCLUDE_EXPORT_HPP_
