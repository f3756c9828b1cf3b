// How a pattern direction maps to the two adjacency indexes, shared by every operator that
// walks relationships.
#ifndef STEPPE_QUERY_EXECUTOR_DIRECTIONS_HPP_
#define STEPPE_QUERY_EXECUTOR_DIRECTIONS_HPP_

#include "engine/ids.hpp"
#include "query/ast.hpp"

namespace steppe::query {

// Calls visit(engine::Direction, bool skipSelfLoops) for each adjacency index a step in
// `direction` walks. An undirected step walks both; its incoming walk skips self-loops, which
// the outgoing walk has met already.
template <typename Visit>
void forEachDirection(ast::RelDirection direction, Visit&& visit) {
    switch (direction) {
    case ast::RelDirection::kRight:
        visit(engine::Direction::kOutgoing, false);
        break;
    case ast::RelDirection::kLeft:
        visit(engine::Direction::kIncoming, false);
        break;
    case ast::RelDirection::kBoth:
        visit(engine::Direction::kOutgoing, false);
        visit(engine::Direction::kIncoming, true);
        break;
    }
}

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_DIRECTIONS_HPP_
