// The export functions of the public API (steppe/export.hpp) for a whole Database.
#include "engine/database_access.hpp"
#include "engine/export/cypher_writer.hpp"
#include "engine/export/dot_writer.hpp"
#include "engine/export/graphml_writer.hpp"
#include "engine/export/neo4j_csv_writer.hpp"
#include "engine/export/run_export.hpp"
#include "engine/json_writer.hpp"
#include "steppe/export.hpp"

namespace steppe {

namespace {

engine::ExportSelection wholeGraphOf(const Database& db) {
    return engine::selectWholeGraph(internal::DatabaseAccess::snapshot(db));
}

} // namespace

Status writeDot(const Database& db, const DotOptions& options, std::ostream& out) {
    return engine::runExport([&] { return engine::exportDot(wholeGraphOf(db), options, out); },
                             {&out});
}

Status writeGraphml(const Database& db, std::ostream& out) {
    return engine::runExport([&] { return engine::exportGraphml(wholeGraphOf(db), out); }, {&out});
}

Status writeCypherScript(const Database& db, std::ostream& out) {
    return engine::runExport([&] { return engine::exportCypherScript(wholeGraphOf(db), out); },
                             {&out});
}

Status writeNeo4jCsv(const Database& db, std::ostream& nodes, std::ostream& relationships) {
    return engine::runExport(
        [&] { return engine::exportNeo4jCsv(wholeGraphOf(db), nodes, relationships); },
        {&nodes, &relationships});
}

Status writeGraphJson(const Database& db, std::ostream& out) {
    return engine::runExport([&] { return engine::writeGraphJson(wholeGraphOf(db), out); }, {&out});
}

} // namespace steppe
