// Planning a pattern: the parts of one MATCH (or of consecutive ones) become scans, expansions,
// checks and joins in the order join_order.hpp chooses.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>

#include "engine/graph_statistics.hpp"
#include "query/executor/count_operators.hpp"
#include "query/executor/join_operators.hpp"
#include "query/executor/match_operators.hpp"
#include "query/executor/shortest_path.hpp"
#include "query/planner/join_order.hpp"
#include "query/planner/plan_support.hpp"
#include "query/planner/planner.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

using namespace planning;

namespace {

// An equality on a property keeps about this share of the nodes with the labels.
constexpr double kPropertySelectivity = 0.1;
// Longer walks of a variable-length relationship are estimated as this many hops.
constexpr std::int64_t kEstimatedHops = 3;

// The relationship slots bound so far, per group (MATCH clause): a relationship must differ
// from the others of its clause.
struct RelsSoFar {
    std::map<int, std::vector<Slot>> single;
    std::map<int, std::vector<Slot>> lists; // variable-length relationships
};

bool readsOnly(const std::set<Slot>& reads, const std::set<Slot>& available) {
    return std::includes(available.begin(), available.end(), reads.begin(), reads.end());
}

} // namespace

double Planner::labelled(const BoundNode& node) const {
    return graph_.statistics().nodesWith(node.labels);
}

// The state of one pattern being planned: its parts as a graph of vertices (node variables)
// and edges (relationships) for chooseJoinOrder, and what each step emits.
struct Planner::PatternPlanning {
    PatternPlanning(Planner& owner, const std::vector<PlannedPart>& planned,
                    const std::set<Slot>& introducedHere)
        : planner(owner), parts(planned), introduced(introducedHere) {}

    Planner& planner;
    const std::vector<PlannedPart>& parts;
    const std::set<Slot>& introduced;

    // One occurrence of a node variable: parts[part].part->nodes[node].
    struct Occurrence {
        std::size_t part;
        std::size_t node;
    };
    struct EdgeRef {
        std::size_t part;
        std::size_t rel;
    };
    std::map<Slot, std::size_t> vertexOf;
    std::vector<std::vector<Occurrence>> occurrences; // per vertex
    std::vector<OrderVertex> vertices;
    std::vector<std::vector<engine::LabelId>> vertexLabels; // of all its occurrences
    std::vector<EdgeRef> edgeRefs;
    std::vector<OrderEdge> edges;
    RelsSoFar rels;
    // Variable-length relationships without a variable or a path, and the lists a later step
    // checks for uniqueness: the others need not be built (dropUnreadLists).
    std::vector<std::pair<Slot, VarExpand*>> anonymousLists;
    std::set<Slot> checkedLists;

    void dropUnreadLists() {
        for (auto [slot, op] : anonymousLists) {
            if (!checkedLists.contains(slot)) {
                op->dropList();
            }
        }
    }

    const BoundPatternPart& part(std::size_t p) const { return *parts[p].part; }
    const BoundNode& node(const Occurrence& o) const { return part(o.part).nodes[o.node]; }

    bool boundBefore(const BoundNode& n, const std::set<Slot>& bound) const {
        return bound.contains(n.slot) || (n.bound && !introduced.contains(n.slot));
    }

    // The vertices and edges of the parts' nodes [first, last] (the rest is counted).
    void describe(const std::vector<std::pair<std::size_t, std::size_t>>& core,
                  const std::set<Slot>& bound) {
        for (std::size_t p = 0; p < core.size(); ++p) {
            for (std::size_t i = core[p].first; i <= core[p].second; ++i) {
                const Slot slot = part(p).nodes[i].slot;
                auto [at, added] = vertexOf.emplace(slot, occurrences.size());
                if (added) {
                    occurrences.emplace_back();
                }
                occurrences[at->second].push_back(Occurrence{p, i});
            }
        }
        for (const std::vector<Occurrence>& occ : occurrences) {
            std::vector<engine::LabelId> labels;
            bool properties = false;
            bool isBound = false;
            std::set<Slot> reads;
            for (const Occurrence& o : occ) {
                const BoundNode& n = node(o);
                labels.insert(labels.end(), n.labels.begin(), n.labels.end());
                properties = properties || !n.properties.empty() || n.propertyMap;
                isBound = isBound || boundBefore(n, bound);
                slotsReadByConstraints(n, reads);
            }
            reads.erase(node(occ.front()).slot);
            std::sort(labels.begin(), labels.end());
            labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
            OrderVertex v;
            v.labelled = planner.graph_.statistics().nodesWith(labels);
            v.candidates = v.labelled * (properties ? kPropertySelectivity : 1.0);
            v.bound = isBound;
            v.startable = readsOnly(reads, bound);
            vertices.push_back(v);
            vertexLabels.push_back(std::move(labels));
        }
        for (std::size_t p = 0; p < core.size(); ++p) {
            for (std::size_t r = core[p].first; r < core[p].second; ++r) {
                addEdge(p, r);
            }
        }
    }
    void addEdge(std::size_t p, std::size_t r) {
        const BoundRel& rel = part(p).rels[r];
        OrderEdge edge;
        edge.a = vertexOf.at(part(p).nodes[r].slot);
        edge.b = vertexOf.at(part(p).nodes[r + 1].slot);
        const engine::GraphStatistics& stats = planner.graph_.statistics();
        auto fanout = [&](std::size_t from, std::size_t to, ast::RelDirection direction) {
            const std::vector<engine::Direction> directions = directionsOf(direction);
            double f = 0;
            if (rel.variableLength) {
                const double hop = stats.averageDegree({}, rel.types, directions, {});
                const std::int64_t hops =
                    rel.maxHops < 0 ? kEstimatedHops : std::min(rel.maxHops, kEstimatedHops);
                f = std::pow(std::max(hop, 1.0),
                             static_cast<double>(std::max<std::int64_t>(hops, 1)));
            } else {
                f = stats.averageDegree(vertexLabels[from], rel.types, directions,
                                        vertexLabels[to]);
            }
            if (!rel.properties.empty() || rel.propertyMap) {
                f *= kPropertySelectivity;
            }
            return f;
        };
        edge.fanoutFromA = fanout(edge.a, edge.b, rel.direction);
        edge.fanoutFromB = fanout(edge.b, edge.a, reversed(rel.direction));
        if (!rel.variableLength) {
            auto walked = [&](std::size_t from, ast::RelDirection direction) {
                return stats.averageDegree(vertexLabels[from], rel.types, directionsOf(direction),
                                           {});
            };
            edge.walkFromA = walked(edge.a, rel.direction);
            edge.walkFromB = walked(edge.b, reversed(rel.direction));
        }
        edges.push_back(edge);
        edgeRefs.push_back(EdgeRef{p, r});
    }

    // Binds a vertex by scanning, checking its constraints in the scan where they are ready.
    void scan(std::size_t v, PhysicalPlan& plan, std::set<Slot>& bound) {
        const Slot slot = node(occurrences[v].front()).slot;
        std::set<Slot> after = bound;
        after.insert(slot);
        const BoundNode* chosen = &node(occurrences[v].front());
        bool withProperties = false;
        for (const Occurrence& o : occurrences[v]) {
            const BoundNode& n = node(o);
            if (!hasConstraints(n)) {
                continue;
            }
            std::set<Slot> reads;
            slotsReadByConstraints(n, reads);
            if (readsOnly(reads, after)) {
                chosen = &n;
                withProperties = true;
                break;
            }
            if (!n.labels.empty()) {
                chosen = &n; // the labels at least narrow the scan
            }
        }
        if (withProperties) {
            std::erase_if(*planner.checks_,
                          [&](const PendingCheck& c) { return c.node == chosen; });
        }
        plan.append(std::make_unique<NodeScan>(*chosen, nodeText(*chosen), withProperties));
        bound.insert(slot);
        planner.placeReady(plan, bound);
    }

    void expand(const OrderStep& step, PhysicalPlan& plan, std::set<Slot>& bound,
                RelsSoFar& relsSoFar) {
        const EdgeRef ref = edgeRefs[step.edge];
        const BoundPatternPart& p = part(ref.part);
        const std::size_t from = step.fromA ? ref.rel : ref.rel + 1;
        const std::size_t to = step.fromA ? ref.rel + 1 : ref.rel;
        const BoundRel& rel = p.rels[ref.rel];
        const int group = parts[ref.part].group;
        ExpandSpec spec = expandSpec(p, from, to, ref.rel, bound.contains(p.nodes[to].slot));
        spec.distinctFrom = relsSoFar.single[group];
        spec.distinctFromList = relsSoFar.lists[group];
        checkedLists.insert(spec.distinctFromList.begin(), spec.distinctFromList.end());
        if (rel.variableLength) {
            VarExpand* op = plan.append(std::make_unique<VarExpand>(std::move(spec)));
            if (rel.variable.empty() && !p.pathSlot) {
                anonymousLists.emplace_back(rel.slot, op);
            }
            relsSoFar.lists[group].push_back(rel.slot);
        } else {
            plan.append(std::make_unique<Expand>(std::move(spec)));
            relsSoFar.single[group].push_back(rel.slot);
        }
        if (!rel.variableLength) {
            dropImpliedChecks(p.nodes[from].slot, rel,
                              from < to ? rel.direction : reversed(rel.direction),
                              p.nodes[to].slot);
        }
        bound.insert(p.nodes[to].slot);
        bound.insert(rel.slot);
        planner.placeReady(plan, bound);
    }

    // Drops the label checks of the far node that the graph makes redundant: every
    // relationship of the step's types from a node like `from` reaches a node with those labels
    // (every HAS_TAG ends at a Tag, say). Only labels checked already on `from` count.
    void dropImpliedChecks(Slot from, const BoundRel& rel, ast::RelDirection direction, Slot to) {
        std::vector<engine::LabelId> fromLabels;
        for (const Occurrence& o : occurrences[vertexOf.at(from)]) {
            const BoundNode& n = node(o);
            const bool pending = std::any_of(planner.checks_->begin(), planner.checks_->end(),
                                             [&](const PendingCheck& c) { return c.node == &n; });
            if (!pending) {
                fromLabels.insert(fromLabels.end(), n.labels.begin(), n.labels.end());
            }
        }
        const engine::GraphStatistics& stats = planner.graph_.statistics();
        std::erase_if(*planner.checks_, [&](const PendingCheck& c) {
            const BoundNode& n = *c.node;
            return n.slot == to && n.properties.empty() && !n.propertyMap && !n.labels.empty() &&
                   labelsImplied(stats, fromLabels, rel.types, direction, n.labels);
        });
    }

    void emit(const JoinOrder& order, std::size_t begin, std::size_t end, PhysicalPlan& plan,
              std::set<Slot>& bound, RelsSoFar& relsSoFar) {
        for (std::size_t s = begin; s < end; ++s) {
            const OrderStep& step = order.steps[s];
            if (step.kind == OrderStep::kStart) {
                scan(step.vertex, plan, bound);
            } else {
                expand(step, plan, bound, relsSoFar);
            }
        }
    }

    // Makes the product a hash join when a conjunct `x = y` has one side reading only the rows
    // so far and the other only the component's variables; the join answers it, so it is no
    // longer pending.
    static void joinKeys(std::vector<PendingFilter>& filters, const std::set<Slot>& left,
                         const std::set<Slot>& right, CartesianSpec& spec) {
        auto readsFrom = [](const BoundExpression& e, const std::set<Slot>& slots) {
            std::set<Slot> reads;
            slotsRead(&e, reads);
            return !reads.empty() && readsOnly(reads, slots);
        };
        for (auto f = filters.begin(); f != filters.end(); ++f) {
            const BoundExpression& e = *f->predicate;
            if (e.kind != BoundKind::kBinary || e.op != ast::Operator::kEqual) {
                continue;
            }
            for (const auto& [l, r] : {std::pair{0, 1}, std::pair{1, 0}}) {
                if (readsFrom(*e.children[l], left) && readsFrom(*e.children[r], right)) {
                    spec.leftKey = e.children[l].get();
                    spec.rightKey = e.children[r].get();
                    filters.erase(f);
                    return;
                }
            }
        }
    }

    // Plans steps [begin, end) of the order, a component sharing no variable with the rows so
    // far, as a CartesianProduct when it can be matched on its own; returns false otherwise.
    bool cartesian(const JoinOrder& order, std::size_t begin, std::size_t end, PhysicalPlan& plan,
                   std::set<Slot>& bound) {
        std::set<Slot> own;  // the component's variables
        std::set<Slot> read; // what their constraints read
        std::set<int> groups;
        for (std::size_t s = begin; s < end; ++s) {
            const OrderStep& step = order.steps[s];
            if (step.kind == OrderStep::kStart) {
                for (const Occurrence& o : occurrences[step.vertex]) {
                    own.insert(node(o).slot);
                    slotsReadByConstraints(node(o), read);
                }
                continue;
            }
            const EdgeRef ref = edgeRefs[step.edge];
            const BoundRel& r = part(ref.part).rels[ref.rel];
            if (r.variableLength || r.bound) {
                return false; // uniqueness against lists, identity of a bound relationship
            }
            groups.insert(parts[ref.part].group);
            own.insert(r.slot);
            slotsReadByConstraints(r, read);
            for (std::size_t n : {ref.rel, ref.rel + 1}) {
                const BoundNode& target = part(ref.part).nodes[n];
                own.insert(target.slot);
                for (const Occurrence& o : occurrences[vertexOf.at(target.slot)]) {
                    slotsReadByConstraints(node(o), read);
                }
            }
        }
        if (groups.size() > 1 ||
            std::any_of(read.begin(), read.end(), [&](Slot s) { return bound.contains(s); })) {
            return false; // e.g. (b {name: a.name}): the component depends on the row
        }
        const int group = groups.empty() ? 0 : *groups.begin();
        // The conjuncts and checks that read the component's variables only run inside it.
        std::vector<PendingFilter>* outerFilters = planner.filters_;
        std::vector<PendingCheck>* outerChecks = planner.checks_;
        std::vector<PendingFilter> innerFilters;
        std::vector<PendingCheck> innerChecks;
        if (outerFilters != nullptr) {
            auto onlyOwn = [&](const PendingFilter& f) {
                return !f.needs.empty() && readsOnly(f.reads, own);
            };
            std::copy_if(outerFilters->begin(), outerFilters->end(),
                         std::back_inserter(innerFilters), onlyOwn);
            std::erase_if(*outerFilters, onlyOwn);
        }
        auto ownCheck = [&](const PendingCheck& c) { return own.contains(c.node->slot); };
        std::copy_if(outerChecks->begin(), outerChecks->end(), std::back_inserter(innerChecks),
                     ownCheck);
        std::erase_if(*outerChecks, ownCheck);

        CartesianSpec spec;
        if (outerFilters != nullptr) {
            joinKeys(*outerFilters, bound, own, spec);
        }
        std::set<Slot> rightBound;
        RelsSoFar rightRels;
        planner.filters_ = &innerFilters;
        planner.checks_ = &innerChecks;
        emit(order, begin, end, spec.right, rightBound, rightRels);
        planner.filters_ = outerFilters;
        planner.checks_ = outerChecks;
        spec.rightSlots.assign(rightBound.begin(), rightBound.end());
        spec.leftRelationships = rels.single[group];
        spec.rightRelationships = rightRels.single[group];
        for (Slot r : spec.rightRelationships) {
            rels.single[group].push_back(r);
        }
        plan.append(std::make_unique<CartesianProduct>(std::move(spec)));
        bound.insert(rightBound.begin(), rightBound.end());
        planner.placeReady(plan, bound);
        return true;
    }
};

void Planner::planPattern(const std::vector<PlannedPart>& parts, PhysicalPlan& plan,
                          std::set<Slot>& bound, std::vector<PendingFilter>* filters,
                          const std::set<Slot>& introduced) {
    std::vector<PendingCheck> checks;
    std::vector<const BoundPatternPart*> paths;
    filters_ = filters;
    checks_ = &checks;
    paths_ = &paths;
    introduced_ = &introduced;

    std::vector<PlannedPart> regular;
    std::vector<BoundPatternPart*> shortest;
    for (const PlannedPart& p : parts) {
        if (p.part->function == ast::PathFunction::kNone) {
            regular.push_back(p);
        } else {
            shortest.push_back(p.part);
        }
    }
    PatternPlanning pattern(*this, regular, introduced);
    std::vector<std::pair<std::size_t, std::size_t>> core;
    core.reserve(regular.size());
    for (const PlannedPart& p : regular) {
        core.push_back(peelCountChains(*p.part, p.group, bound));
    }
    resolveCountExclusions(filters);
    pattern.describe(core, bound);
    for (std::size_t v = 0; v < pattern.occurrences.size(); ++v) {
        for (const auto& o : pattern.occurrences[v]) {
            const BoundNode& n = pattern.node(o);
            if (pattern.boundBefore(n, bound)) {
                bound.insert(n.slot);
            }
            if (hasConstraints(n)) {
                PendingCheck check{&n, {n.slot}};
                slotsReadByConstraints(n, check.needs);
                checks.push_back(std::move(check));
            }
        }
    }
    for (const PlannedPart& p : regular) {
        if (p.part->pathSlot) {
            paths.push_back(p.part);
        }
    }
    placeReady(plan, bound);

    const JoinOrder order = chooseJoinOrder(pattern.vertices, pattern.edges);
    std::size_t s = 0;
    while (s < order.steps.size()) {
        std::size_t end = s + 1;
        while (end < order.steps.size() && order.steps[end].kind != OrderStep::kStart) {
            ++end;
        }
        // Uniqueness against variable-length lists is checked by the expansions only.
        const bool noLists = std::all_of(pattern.rels.lists.begin(), pattern.rels.lists.end(),
                                         [](const auto& group) { return group.second.empty(); });
        const bool joined = order.steps[s].kind == OrderStep::kStart && !bound.empty() && noLists;
        if (!joined || !pattern.cartesian(order, s, end, plan, bound)) {
            pattern.emit(order, s, end, plan, bound, pattern.rels);
        }
        s = end;
    }
    pattern.dropUnreadLists();
    for (BoundPatternPart* part : shortest) {
        planShortestPath(*part, plan, bound);
    }
    // Every slot is bound by now; this only guards against a check or conjunct left behind.
    for (const PendingCheck& c : checks) {
        plan.append(std::make_unique<NodeCheck>(*c.node, nodeText(*c.node)));
    }
    if (filters != nullptr) {
        for (const PendingFilter& f : *filters) {
            plan.append(std::make_unique<Filter>(f.predicate, "WHERE"));
        }
        filters->clear();
    }
    filters_ = nullptr;
    checks_ = nullptr;
    paths_ = nullptr;
    introduced_ = nullptr;
    // Counted chains bind nothing, so they go last, after every filter.
    for (CountChainSpec& chain : countChains_) {
        plan.append(std::make_unique<CountExpand>(std::move(chain)));
    }
    countChains_.clear();
    for (auto& [first, second] : countPairs_) {
        plan.append(std::make_unique<CountDistinctPair>(std::move(first), std::move(second)));
    }
    countPairs_.clear();
}

void Planner::placeReady(PhysicalPlan& plan, std::set<Slot>& bound) {
    auto ready = [&](const std::set<Slot>& needs) { return readsOnly(needs, bound); };
    if (checks_ != nullptr) {
        for (const PendingCheck& c : *checks_) {
            if (ready(c.needs)) {
                plan.append(std::make_unique<NodeCheck>(*c.node, nodeText(*c.node)));
            }
        }
        std::erase_if(*checks_, [&](const PendingCheck& c) { return ready(c.needs); });
    }
    if (paths_ != nullptr) {
        for (auto at = paths_->begin(); at != paths_->end();) {
            const BoundPatternPart& part = **at;
            auto boundSlot = [&](const auto& element) { return bound.contains(element.slot); };
            if (!std::all_of(part.nodes.begin(), part.nodes.end(), boundSlot) ||
                !std::all_of(part.rels.begin(), part.rels.end(), boundSlot)) {
                ++at;
                continue;
            }
            std::vector<Slot> nodes;
            std::vector<Slot> relSlots;
            std::vector<bool> variable;
            for (const BoundNode& n : part.nodes) {
                nodes.push_back(n.slot);
            }
            for (const BoundRel& r : part.rels) {
                relSlots.push_back(r.slot);
                variable.push_back(r.variableLength);
            }
            plan.append(std::make_unique<BuildPath>(*part.pathSlot, std::move(nodes),
                                                    std::move(relSlots), std::move(variable)));
            bound.insert(*part.pathSlot);
            at = paths_->erase(at);
        }
    }
    if (filters_ != nullptr) {
        for (const PendingFilter& f : *filters_) {
            if (ready(f.needs)) {
                plan.append(std::make_unique<Filter>(f.predicate, "WHERE"));
            }
        }
        std::erase_if(*filters_, [&](const PendingFilter& f) { return ready(f.needs); });
    }
}

void Planner::planShortestPath(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound) {
    if (part.nodes.size() != 2 || !part.rels[0].variableLength) {
        throwSemanticError("shortestPath needs a single variable-length relationship, e.g. "
                           "shortestPath((a)-[*]-(b))",
                           "InvalidArgumentType", part.span);
    }
    auto isBound = [&](const BoundNode& n) {
        return bound.contains(n.slot) || (n.bound && !introduced_->contains(n.slot));
    };
    // Search from a bound end; from the second one when only it is bound.
    const std::size_t start = !isBound(part.nodes[0]) && isBound(part.nodes[1]) ? 1 : 0;
    const BoundNode& source = part.nodes[start];
    const BoundNode& target = part.nodes[1 - start];
    if (isBound(source)) {
        plan.append(std::make_unique<NodeCheck>(source, nodeText(source)));
    } else {
        plan.append(std::make_unique<NodeScan>(source, nodeText(source)));
    }
    bound.insert(source.slot);
    ShortestPathSpec spec;
    spec.all = part.function == ast::PathFunction::kAllShortestPaths;
    spec.path = part.pathSlot;
    spec.expand = expandSpec(part, start, 1 - start, 0, isBound(target));
    plan.append(std::make_unique<ShortestPath>(std::move(spec)));
    if (!isBound(target) && hasConstraints(target)) {
        plan.append(std::make_unique<NodeCheck>(target, nodeText(target)));
    }
    bound.insert(target.slot);
    bound.insert(part.rels[0].slot);
    if (part.pathSlot) {
        bound.insert(*part.pathSlot);
    }
    placeReady(plan, bound);
}

} // namespace steppe::query
