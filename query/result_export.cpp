// The export functions of the public API (steppe/export.hpp) for what a query returned.
#include "engine/export/cypher_writer.hpp"
#include "engine/export/dot_writer.hpp"
#include "engine/export/graphml_writer.hpp"
#include "engine/export/neo4j_csv_writer.hpp"
#include "engine/export/run_export.hpp"
#include "engine/json_writer.hpp"
#include "query/result_selection.hpp"
#include "steppe/export.hpp"

namespace steppe {

Status writeDot(const QueryResult& result, const DotOptions& options, std::ostream& out) {
    return engine::runExport(
        [&] { return engine::exportDot(query::selectResult(result), options, out); }, {&out});
}

Status writeGraphml(const QueryResult& result, std::ostream& out) {
    return engine::runExport(
        [&] { return engine::exportGraphml(query::selectResult(result), out); }, {&out});
}

Status writeCypherScript(const QueryResult& result, std::ostream& out) {
    return engine::runExport(
        [&] { return engine::exportCypherScript(query::selectResult(result), out); }, {&out});
}

Status writeNeo4jCsv(const QueryResult& result, std::ostream& nodes, std::ostream& relationships) {
    return engine::runExport(
        [&] { return engine::exportNeo4jCsv(query::selectResult(result), nodes, relationships); },
        {&nodes, &relationships});
}

Status writeGraphJson(const QueryResult& result, std::ostream& out) {
    return engine::runExport(
        [&] { return engine::writeGraphJson(query::selectResult(result), out); }, {&out});
}

} // namespace steppe
