// Database::query: the query pipeline on one screen. Parse, bind, plan, execute, and for a
// statement that writes, publish the new graph. The one place where the stages' QueryError
// exceptions become a Status.
#include <algorithm>
#include <new>

#include "engine/database_impl.hpp"
#include "engine/source_text.hpp"
#include "query/binder/binder.hpp"
#include "query/executor/exec_context.hpp"
#include "query/executor/profile.hpp"
#include "query/parser.hpp"
#include "query/planner/planner.hpp"
#include "query/query_error.hpp"
#include "query/query_result_impl.hpp"

namespace steppe {

namespace {

// Adds line and column to a status that points into the query text by offset.
Status locate(const Status& status, std::string_view text) {
    if (status.ok() || status.hasLocation()) {
        return status;
    }
    SourceLocation where = status.location();
    if (where.offset == 0 && where.length == 0) {
        return status; // no position known
    }
    engine::LineColumn at = engine::lineColumnAt(text, where.offset);
    where.line = at.line;
    where.column = at.column;
    Status located =
        status.code() == StatusCode::kSemanticError ? Status::semanticError(status.message(), where)
        : status.code() == StatusCode::kTypeError   ? Status::typeError(status.message(), where)
        : status.code() == StatusCode::kArgumentError
            ? Status::argumentError(status.message(), where)
            : Status::syntaxError(status.message(), where);
    if (!status.detail().empty()) {
        located = located.withDetail(status.detail());
    }
    return status.hint().empty() ? located : located.withHint(status.hint());
}

// True when the statement has an updating clause, known from the syntax alone so the writer
// lock can be taken before binding.
bool writesToGraph(const query::ast::Statement& statement) {
    for (const query::ast::SingleQuery& part : statement.query.parts) {
        for (const query::ast::Clause& clause : part.clauses) {
            if (clause.kind == query::ast::ClauseKind::kCreate) {
                return true;
            }
        }
    }
    return false;
}

// Adds the statement's pending nodes and relationships to a new store.
std::shared_ptr<const engine::GraphStore> commit(const engine::GraphStore& base,
                                                 const query::PendingWrites& writes) {
    engine::GraphBuilder builder(base);
    for (const query::PendingWrites::Node& n : writes.nodes) {
        engine::NodeIndex node = builder.nodeFor(n.id);
        std::vector<engine::LabelId> labels;
        for (const std::string& label : n.labels) {
            labels.push_back(builder.internLabel(label));
        }
        builder.define(node, labels);
        for (const auto& [key, value] : n.properties) {
            builder.addNodeProperty(node, builder.internKey(key), value);
        }
    }
    for (const query::PendingWrites::Relationship& r : writes.relationships) {
        engine::RelIndex rel = builder.addRel(r.from.index, r.to.index, builder.internType(r.type));
        for (const auto& [key, value] : r.properties) {
            builder.addRelProperty(rel, builder.internKey(key), value);
        }
    }
    return builder.build();
}

QueryStatistics statisticsOf(const query::PendingWrites& writes) {
    QueryStatistics s;
    s.nodesCreated = writes.nodes.size();
    s.relationshipsCreated = writes.relationships.size();
    for (const auto& n : writes.nodes) {
        s.labelsAdded += n.labels.size();
        s.propertiesSet += n.properties.size();
    }
    for (const auto& r : writes.relationships) {
        s.propertiesSet += r.properties.size();
    }
    return s;
}

// Removes repeated rows (UNION without ALL), keeping the first of each.
void removeDuplicateRows(std::vector<std::vector<Value>>& rows) {
    std::vector<std::vector<Value>> unique;
    for (auto& row : rows) {
        bool seen = std::any_of(unique.begin(), unique.end(), [&](const auto& u) {
            for (std::size_t i = 0; i < u.size(); ++i) {
                if (!equivalent(u[i], row[i])) {
                    return false;
                }
            }
            return true;
        });
        if (!seen) {
            unique.push_back(std::move(row));
        }
    }
    rows = std::move(unique);
}

} // namespace

Status Database::query(std::string_view text, const Parameters& parameters, QueryResult* result) {
    *result = QueryResult();
    QueryResult::Impl& out = *result->impl_;
    try {
        query::ast::Statement statement;
        if (Status parsed = query::parseStatement(text, &statement); !parsed.ok()) {
            return parsed;
        }
        // A statement that writes holds the writer lock from binding to publishing, so that
        // it reads the graph it changes.
        std::unique_lock<std::mutex> writer(impl_->writeMutex, std::defer_lock);
        if (writesToGraph(statement)) {
            writer.lock();
        }
        std::shared_ptr<const engine::GraphStore> graph = impl_->snapshot();
        query::Binder binder(*graph, text);
        query::BoundQuery bound = binder.bind(statement);
        out.warnings = binder.warnings();
        query::Planner planner(*graph);
        std::vector<query::PhysicalPlan> plans = planner.plan(bound, &out.rows);
        out.columns = bound.parts.front().columns;
        out.graph = graph;
        if (bound.mode == query::ast::StatementMode::kExplain) {
            for (const query::PhysicalPlan& plan : plans) {
                out.plan += query::explainPlan(plan);
            }
            return Status::OK();
        }

        const bool profiling = bound.mode == query::ast::StatementMode::kProfile;
        std::vector<std::vector<query::ProfileProbe*>> probes;
        if (profiling) {
            for (query::PhysicalPlan& plan : plans) {
                probes.push_back(query::instrument(plan));
            }
        }
        query::PendingWrites writes;
        query::ExecContext ctx{*graph, parameters, bound.writes ? &writes : nullptr,
                               bound.slotCount};
        for (query::PhysicalPlan& plan : plans) {
            ctx.stop = false;
            query::Row row(bound.slotCount);
            plan.head()->open(ctx);
            plan.head()->push(row, ctx);
            plan.head()->finish(ctx);
        }
        if (!bound.unionAll.empty() && !bound.unionAll[0]) {
            removeDuplicateRows(out.rows);
        }
        for (const auto& pipeline : probes) {
            out.plan += query::profileReport(pipeline);
        }
        if (bound.writes && (!writes.nodes.empty() || !writes.relationships.empty())) {
            out.graph = commit(*graph, writes);
            out.statistics = statisticsOf(writes);
            impl_->publish(out.graph);
        }
        return Status::OK();
    } catch (const query::QueryError& error) {
        *result = QueryResult();
        return locate(error.status(), text);
    } catch (const std::bad_alloc&) {
        *result = QueryResult();
        return Status::internal("out of memory while running the query");
    } catch (const std::exception& e) {
        *result = QueryResult();
        return Status::internal(std::string("unexpected error while running the query: ") +
                                e.what());
    }
}

} // namespace steppe
