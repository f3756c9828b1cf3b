// Operators that match patterns: scans, checks, expansions (fixed and variable length), path
// building, filters and OPTIONAL MATCH.
#ifndef STEPPE_QUERY_EXECUTOR_MATCH_OPERATORS_HPP_
#define STEPPE_QUERY_EXECUTOR_MATCH_OPERATORS_HPP_

#include <vector>

#include "query/binder/bound_query.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

// Property constraints of a pattern element, checked against a node or relationship value.
struct PropertyCheck {
    const std::vector<BoundPropertyConstraint>* constraints = nullptr;
    const BoundExpression* propertyMap = nullptr; // `{...}` given as a parameter
    bool empty() const {
        return (constraints == nullptr || constraints->empty()) && propertyMap == nullptr;
    }
    bool matches(const Value& entity, Row& row, ExecContext& ctx) const;
};

// What a node of a pattern must be: its slot, labels and properties (from the BoundNode, which
// outlives the pipeline), and how EXPLAIN names it. Without `checkProperties` only the labels
// are checked: the properties read variables bound later, and a NodeCheck checks them then.
class NodeOperator : public Operator {
public:
    NodeOperator(const BoundNode& node, std::string name, bool checkProperties = true);

protected:
    // True when the node has the labels and properties the pattern asks for.
    bool admits(NodeRef node, Row& row, ExecContext& ctx) const;

    const BoundNode& node_;
    PropertyCheck properties_;
    std::string name_;
};

// Binds the node's slot to every node with all its labels (every node when there is none),
// scanning the smallest label's index.
class NodeScan final : public NodeOperator {
public:
    using NodeOperator::NodeOperator;
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;
};

// Passes rows whose node in the slot is not null and has the labels and properties.
class NodeCheck final : public NodeOperator {
public:
    using NodeOperator::NodeOperator;
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "NodeCheck (" + name_ + ")"; }
};

// What an expansion walks: types, direction as seen from the node it starts at, and the
// relationships of the same MATCH it must not reuse.
struct ExpandSpec {
    Slot from = 0;
    Slot to = 0;
    Slot rel = 0;
    bool toBound = false;  // the far node is bound already: check it instead of binding it
    bool relBound = false; // the relationship variable was bound by an earlier clause
    std::vector<engine::TypeId> types;                       // empty: every type
    ast::RelDirection direction = ast::RelDirection::kRight; // kRight: outgoing from `from`
    std::vector<Slot> distinctFrom;     // single relationships bound earlier in the clause
    std::vector<Slot> distinctFromList; // variable-length lists bound earlier in the clause
    PropertyCheck relProperties;
    // Variable length only.
    std::int64_t minHops = 1;
    std::int64_t maxHops = 1; // -1: unbounded
    bool reverseList = false; // walked against the pattern's order: store the list reversed
    bool keepList = true;     // something reads the list (a variable, a path, a uniqueness check)
    std::string text;         // for EXPLAIN
};

// Relationships of one step: for each, binds `rel` and `to` (or checks `to`).
class Expand final : public Operator {
public:
    explicit Expand(ExpandSpec spec);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;

private:
    bool usedEarlier(RelRef rel, const Row& row) const;
    void emit(RelRef rel, NodeRef neighbour, Row& row, ExecContext& ctx);

    ExpandSpec spec_;
};

// A variable-length step: every trail of minHops..maxHops relationships (no relationship
// twice), binding the list of relationships and the end node.
class VarExpand final : public Operator {
public:
    explicit VarExpand(ExpandSpec spec);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;
    // Nothing reads the relationship list: walks bind only the far node, allocating nothing.
    void dropList() { spec_.keepList = false; }

private:
    void walk(NodeRef at, Row& row, ExecContext& ctx);
    void emit(NodeRef end, Row& row, ExecContext& ctx);
    bool usable(RelRef rel, const Row& row) const;

    ExpandSpec spec_;
    std::vector<RelRef> trail_;
};

// Builds a path value from the pattern's node and relationship slots.
class BuildPath final : public Operator {
public:
    BuildPath(Slot path, std::vector<Slot> nodes, std::vector<Slot> rels,
              std::vector<bool> variableLength);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "BuildPath"; }

private:
    Slot path_;
    std::vector<Slot> nodes_;
    std::vector<Slot> rels_;
    std::vector<bool> variableLength_;
};

class Filter final : public Operator {
public:
    Filter(const BoundExpression* predicate, std::string text);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "Filter " + text_; }

private:
    const BoundExpression* predicate_;
    std::string text_;
};

// OPTIONAL MATCH: runs the inner pipeline per row; when it produces nothing, passes the row
// on once with the clause's variables set to null.
class Optional final : public Operator {
public:
    Optional(PhysicalPlan inner, std::vector<Slot> introduced);
    void open(ExecContext& ctx) override;
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "Optional"; }
    const Operator* nested() const override { return inner_.head(); }

private:
    class Tail;
    PhysicalPlan inner_;
    std::vector<Slot> introduced_;
    bool matched_ = false;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_MATCH_OPERATORS_HPP_
