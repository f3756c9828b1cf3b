#include "query/grammar/transform.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

#include <boost/variant/apply_visitor.hpp>
#include <boost/variant/get.hpp>

#include "query/grammar/lexical.hpp"

namespace steppe::query::grammar {
namespace {

namespace x3 = boost::spirit::x3;

using ast::Expression;
using ast::ExpressionKind;
using ast::ExpressionPtr;
using ast::Operator;

// AND/OR/XOR chains with more operands than this are built as balanced trees.
constexpr std::size_t kBalanceThreshold = 16;

ast::SourceSpan spanOf(std::uint32_t begin, std::uint32_t end) {
    return ast::SourceSpan{begin, end - begin};
}
template <typename Tagged>
ast::SourceSpan spanOf(const Tagged& node) {
    return spanOf(node.begin, node.end);
}

[[noreturn]] void fail(std::uint32_t offset, std::uint32_t length, std::string message,
                       std::string detail = "UnexpectedSyntax") {
    throw TransformError{offset, length, std::move(message), std::move(detail), ""};
}

bool isComparison(Operator op) {
    return op == Operator::kEqual || op == Operator::kNotEqual || op == Operator::kLess ||
           op == Operator::kLessEqual || op == Operator::kGreater || op == Operator::kGreaterEqual;
}

bool isLogical(Operator op) {
    return op == Operator::kAnd || op == Operator::kOr || op == Operator::kXor;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) {
                   return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
               };
               return lower(x) == lower(y);
           });
}

ExpressionPtr cloneExpression(const Expression& e) {
    auto copy = std::make_unique<Expression>();
    copy->kind = e.kind;
    copy->span = e.span;
    copy->literal = e.literal;
    copy->op = e.op;
    copy->name = e.name;
    copy->distinct = e.distinct;
    copy->quantifier = e.quantifier;
    copy->keys = e.keys;
    copy->hasCaseSubject = e.hasCaseSubject;
    copy->pattern = e.pattern;   // patterns and subqueries are not modified after parsing,
    copy->subquery = e.subquery; // so the copies share them
    copy->children.reserve(e.children.size());
    for (const ExpressionPtr& child : e.children) {
        copy->children.push_back(child ? cloneExpression(*child) : nullptr);
    }
    return copy;
}

// The begin and end offsets of an operand, whichever rule produced it.
struct BoundsVisitor {
    using result_type = std::pair<std::uint32_t, std::uint32_t>;
    result_type operator()(const x3ast::nil&) const { return {0, 0}; }
    template <typename Node>
    result_type operator()(const x3::forward_ast<Node>& node) const {
        return {node.get().begin, node.get().end};
    }
};

std::pair<std::uint32_t, std::uint32_t> boundsOf(const x3ast::operand& operand) {
    return boost::apply_visitor(BoundsVisitor(), operand.get());
}

// An expression under construction with the depth of its tree.
struct Built {
    ExpressionPtr expr;
    int depth = 0;
};

class Transformer {
public:
    explicit Transformer(std::string_view text) : text_(text) {}

    ast::Statement statement(const x3ast::statement& parsed) {
        ast::Statement result;
        result.mode = parsed.mode ? *parsed.mode : ast::StatementMode::kRun;
        result.query = query(parsed.body);
        return result;
    }

    // -----------------------------------------------------------------------------------------
    // Expressions

    ExpressionPtr expression(const x3ast::expression& chain) { return build(chain).expr; }

    ExpressionPtr optionalExpression(const boost::optional<x3ast::expression>& chain) {
        return chain ? expression(*chain) : nullptr;
    }

    Built build(const x3ast::chain& chain) {
        if (chain.rest.empty()) {
            return operand(chain.first);
        }
        const Operator first = chain.rest.front().op.value;
        if (isComparison(first)) {
            return comparisonChain(chain);
        }
        if (isLogical(first) && chain.rest.size() + 1 > kBalanceThreshold) {
            return balancedChain(chain);
        }
        const std::uint32_t begin = boundsOf(chain.first).first;
        Built result = operand(chain.first);
        for (const x3ast::operation& operation : chain.rest) {
            const Operator op = operation.op.value;
            if (op == Operator::kIsNull || op == Operator::kIsNotNull) {
                result = unary(op, std::move(result), spanOf(begin, operation.op.end));
            } else {
                Built rhs = operand(operation.rhs);
                result = binary(op, std::move(result), std::move(rhs),
                                spanOf(begin, boundsOf(operation.rhs).second));
            }
        }
        return result;
    }

    // `a < b <= c` means `a < b AND b <= c`; the middle operand is evaluated in both.
    Built comparisonChain(const x3ast::chain& chain) {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> bounds;
        bounds.push_back(boundsOf(chain.first));
        for (const x3ast::operation& operation : chain.rest) {
            bounds.push_back(boundsOf(operation.rhs));
        }
        Built lhs = operand(chain.first);
        Built result;
        for (std::size_t i = 0; i < chain.rest.size(); ++i) {
            Built rhs = operand(chain.rest[i].rhs);
            Built nextLhs;
            if (i + 1 < chain.rest.size()) {
                nextLhs = Built{cloneExpression(*rhs.expr), rhs.depth};
            }
            Built comparison = binary(chain.rest[i].op.value, std::move(lhs), std::move(rhs),
                                      spanOf(bounds[i].first, bounds[i + 1].second));
            if (i == 0) {
                result = std::move(comparison);
            } else {
                result = binary(Operator::kAnd, std::move(result), std::move(comparison),
                                spanOf(bounds[0].first, bounds[i + 1].second));
            }
            lhs = std::move(nextLhs);
        }
        return result;
    }

    Built balancedChain(const x3ast::chain& chain) {
        std::vector<Built> operands;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> bounds;
        operands.push_back(operand(chain.first));
        bounds.push_back(boundsOf(chain.first));
        for (const x3ast::operation& operation : chain.rest) {
            operands.push_back(operand(operation.rhs));
            bounds.push_back(boundsOf(operation.rhs));
        }
        const Operator op = chain.rest.front().op.value;
        auto combine = [&](auto& self, std::size_t lo, std::size_t hi) -> Built {
            if (hi - lo == 1) {
                return std::move(operands[lo]);
            }
            const std::size_t mid = lo + (hi - lo) / 2;
            Built left = self(self, lo, mid);
            Built right = self(self, mid, hi);
            return binary(op, std::move(left), std::move(right),
                          spanOf(bounds[lo].first, bounds[hi - 1].second));
        };
        return combine(combine, 0, operands.size());
    }

    Built operand(const x3ast::operand& operand) {
        struct Visitor {
            using result_type = Built;
            Transformer& self;
            Built operator()(const x3ast::nil&) const { return Built(); }
            Built operator()(const x3::forward_ast<x3ast::chain>& node) const {
                return self.build(node.get());
            }
            Built operator()(const x3::forward_ast<x3ast::prefix_expression>& node) const {
                return self.prefix(node.get());
            }
            Built operator()(const x3::forward_ast<x3ast::postfix_expression>& node) const {
                return self.postfix(node.get());
            }
        };
        return boost::apply_visitor(Visitor{*this}, operand.get());
    }

    // The number token of an operand that is a bare number literal, or null.
    static const x3ast::number_token* bareNumber(const x3ast::operand& operand) {
        const auto* postfix =
            boost::get<x3::forward_ast<x3ast::postfix_expression>>(&operand.get());
        if (postfix == nullptr || !postfix->get().ops.empty()) {
            return nullptr;
        }
        return boost::get<x3ast::number_token>(&postfix->get().subject.get());
    }

    Built prefix(const x3ast::prefix_expression& node) {
        std::size_t count = node.ops.size();
        Built result;
        // `-9223372036854775808` is a literal, though 9223372036854775808 alone is too large.
        const x3ast::number_token* number = bareNumber(node.subject);
        if (number != nullptr && count > 0 && node.ops.back().value == Operator::kNegate) {
            result = numberLiteral(*number, true, node.ops.back().begin);
            --count;
        } else {
            result = operand(node.subject);
        }
        const std::uint32_t end = boundsOf(node.subject).second;
        while (count > 0) {
            --count;
            result =
                unary(node.ops[count].value, std::move(result), spanOf(node.ops[count].begin, end));
        }
        return result;
    }

    Built postfix(const x3ast::postfix_expression& node) {
        Built result = atom(node.subject);
        for (const x3ast::postfix_op& op : node.ops) {
            if (const auto* key = boost::get<x3ast::name_token>(&op.get())) {
                auto e = make(ExpressionKind::kProperty, spanOf(node.begin, key->end));
                e->name = key->name;
                result = withChildren(std::move(e), std::move(result));
                continue;
            }
            const auto& index = boost::get<x3ast::index_suffix>(op.get());
            if (!index.dots) {
                if (!index.from) {
                    fail(index.end - 1, 0, "expected an expression");
                }
                if (index.to) {
                    fail(index.to->begin, 0, "expected ']'");
                }
                auto e = make(ExpressionKind::kIndex, spanOf(node.begin, index.end));
                result = withChildren(std::move(e), std::move(result), build(*index.from));
            } else {
                auto e = make(ExpressionKind::kSlice, spanOf(node.begin, index.end));
                result = withChildren(std::move(e), std::move(result), optional(index.from),
                                      optional(index.to));
            }
        }
        if (!node.labels.empty()) {
            // `n:A:B` after any lookups: true when the node has every label.
            auto e =
                make(ExpressionKind::kLabelPredicate, spanOf(node.begin, node.labels.back().end));
            for (const x3ast::name_token& label : node.labels) {
                e->keys.push_back(label.name);
            }
            result = withChildren(std::move(e), std::move(result));
        }
        return result;
    }

    Built optional(const boost::optional<x3ast::expression>& chain) {
        return chain ? build(*chain) : Built();
    }

    Built atom(const x3ast::atom& node) {
        struct Visitor {
            using result_type = Built;
            Transformer& self;
            Built operator()(const x3ast::nil&) const { return Built(); }
            Built operator()(const x3ast::number_token& n) const {
                return self.numberLiteral(n, false, n.begin);
            }
            Built operator()(const x3ast::string_token& s) const {
                auto e = self.make(ExpressionKind::kLiteral, spanOf(s));
                e->literal = Value::string(s.value);
                return Built{std::move(e), 1};
            }
            Built operator()(const x3ast::constant_token& c) const {
                auto e = self.make(ExpressionKind::kLiteral, spanOf(c));
                if (c.value != x3ast::constant::kNull) {
                    e->literal = Value::boolean(c.value == x3ast::constant::kTrue);
                }
                return Built{std::move(e), 1};
            }
            Built operator()(const x3ast::parameter_token& p) const {
                auto e = self.make(ExpressionKind::kParameter, spanOf(p));
                e->name = p.name;
                return Built{std::move(e), 1};
            }
            Built operator()(const x3ast::name_token& v) const {
                auto e = self.make(ExpressionKind::kVariable, spanOf(v));
                e->name = v.name;
                return Built{std::move(e), 1};
            }
            Built operator()(const x3ast::list_literal& list) const {
                auto e = self.make(ExpressionKind::kList, spanOf(list));
                return self.withList(std::move(e), list.items);
            }
            Built operator()(const x3ast::map_literal& map) const { return self.mapLiteral(map); }
            Built operator()(const x3ast::count_star& c) const {
                return Built{self.make(ExpressionKind::kCountStar, spanOf(c)), 1};
            }
            Built operator()(const x3ast::function_call& call) const {
                return self.functionCall(call);
            }
            Built operator()(const x3ast::case_expression& c) const {
                return self.caseExpression(c);
            }
            Built operator()(const x3ast::list_comprehension& c) const {
                auto e = self.make(ExpressionKind::kListComprehension, spanOf(c));
                e->name = c.variable.name;
                return self.withChildren(std::move(e), self.build(c.list), self.optional(c.where),
                                         self.optional(c.projection));
            }
            Built operator()(const x3ast::pattern_comprehension& c) const {
                auto e = self.make(ExpressionKind::kPatternComprehension, spanOf(c));
                int depth = 0;
                e->pattern = self.patternOf(c.path_variable, c.pattern, &depth);
                e->name = e->pattern->pathVariable;
                Built result = self.withChildren(std::move(e), self.optional(c.where),
                                                 self.build(c.projection));
                result.depth = std::max(result.depth, depth + 1);
                return result;
            }
            Built operator()(const x3ast::quantifier_expression& q) const {
                auto e = self.make(ExpressionKind::kQuantifier, spanOf(q));
                e->quantifier = q.quantifier;
                e->name = q.variable.name;
                return self.withChildren(std::move(e), self.build(q.list), self.optional(q.where));
            }
            Built operator()(const x3ast::pattern_element& element) const {
                auto e = self.make(ExpressionKind::kPatternPredicate, spanOf(element));
                int depth = 0;
                e->pattern = self.patternOf(boost::none, element, &depth);
                return Built{std::move(e), depth + 1};
            }
            Built operator()(const x3ast::exists_subquery& s) const {
                return self.existsSubquery(s);
            }
            Built operator()(const x3ast::expression& parenthesized) const {
                return self.build(parenthesized);
            }
        };
        return boost::apply_visitor(Visitor{*this}, node.get());
    }

    Built numberLiteral(const x3ast::number_token& token, bool negative, std::uint32_t begin) {
        const std::string_view digits = text_.substr(token.begin, token.end - token.begin);
        const ast::SourceSpan span = spanOf(begin, token.end);
        auto e = make(ExpressionKind::kLiteral, span);
        if (lexical::isIntegerLiteral(digits)) {
            const std::optional<std::int64_t> value = lexical::integerValue(digits, negative);
            if (!value) {
                fail(span.offset, span.length,
                     "integer literal out of range: " +
                         std::string(text_.substr(span.offset, span.length)),
                     "IntegerOverflow");
            }
            e->literal = Value::integer(*value);
        } else {
            const double value = lexical::floatValue(digits);
            if (std::isinf(value)) {
                fail(span.offset, span.length,
                     "float literal out of range: " +
                         std::string(text_.substr(span.offset, span.length)),
                     "FloatingPointOverflow");
            }
            e->literal = Value::floating(negative ? -value : value);
        }
        return Built{std::move(e), 1};
    }

    Built mapLiteral(const x3ast::map_literal& map) {
        auto e = make(ExpressionKind::kMap, spanOf(map));
        int depth = 0;
        for (const x3ast::map_entry& entry : map.entries) {
            Built value = build(entry.value);
            depth = std::max(depth, value.depth);
            e->keys.push_back(entry.key.name);
            e->children.push_back(std::move(value.expr));
        }
        return checked(std::move(e), depth + 1);
    }

    Built functionCall(const x3ast::function_call& call) {
        auto e = make(ExpressionKind::kFunctionCall, spanOf(call));
        e->name = call.name.name;
        e->distinct = call.distinct;
        Built result = withList(std::move(e), call.args);
        // exists((a)-->(b)) is the pattern predicate itself.
        Expression& made = *result.expr;
        if (!made.distinct && made.children.size() == 1 && equalsIgnoreCase(made.name, "exists") &&
            made.children[0]->kind == ExpressionKind::kPatternPredicate) {
            ExpressionPtr predicate = std::move(made.children[0]);
            predicate->span = made.span;
            return Built{std::move(predicate), result.depth - 1};
        }
        return result;
    }

    Built caseExpression(const x3ast::case_expression& c) {
        auto e = make(ExpressionKind::kCase, spanOf(c));
        e->hasCaseSubject = c.subject.has_value();
        int depth = 0;
        auto add = [&](Built built) {
            depth = std::max(depth, built.depth);
            e->children.push_back(std::move(built.expr));
        };
        if (c.subject) {
            add(build(*c.subject));
        }
        for (const x3ast::case_alternative& alternative : c.alternatives) {
            add(build(alternative.when));
            add(build(alternative.then));
        }
        add(optional(c.otherwise));
        return checked(std::move(e), depth + 1);
    }

    Built existsSubquery(const x3ast::exists_subquery& s) {
        auto e = make(ExpressionKind::kExistsSubquery, spanOf(s));
        const int saved = deepest_;
        deepest_ = 0;
        auto subquery = std::make_shared<ast::Query>();
        if (const auto* q = boost::get<x3::forward_ast<x3ast::query>>(&s.body.get())) {
            *subquery = query(q->get());
        } else {
            // The short form `EXISTS { pattern WHERE ... }` is `EXISTS { MATCH pattern ... }`.
            const auto& match = boost::get<x3ast::match_clause>(s.body.get());
            ast::SingleQuery single;
            single.span = spanOf(match);
            single.clauses.push_back(matchClause(match));
            subquery->span = single.span;
            subquery->parts.push_back(std::move(single));
        }
        e->subquery = std::move(subquery);
        const int inner = deepest_;
        deepest_ = std::max(saved, inner);
        return checked(std::move(e), inner + 1);
    }

    ExpressionPtr make(ExpressionKind kind, ast::SourceSpan span) const {
        auto e = std::make_unique<Expression>();
        e->kind = kind;
        e->span = span;
        return e;
    }

    Built checked(ExpressionPtr e, int depth) {
        if (depth > kMaxExpressionDepth) {
            fail(e->span.offset, 0,
                 "expression nested too deeply (more than " + std::to_string(kMaxExpressionDepth) +
                     " levels)");
        }
        deepest_ = std::max(deepest_, depth);
        return Built{std::move(e), depth};
    }

    template <typename... Children>
    Built withChildren(ExpressionPtr e, Children&&... children) {
        int depth = 0;
        ((depth = std::max(depth, children.depth), e->children.push_back(std::move(children.expr))),
         ...);
        return checked(std::move(e), depth + 1);
    }

    Built withList(ExpressionPtr e, const std::vector<x3ast::expression>& items) {
        int depth = 0;
        for (const x3ast::expression& item : items) {
            Built built = build(item);
            depth = std::max(depth, built.depth);
            e->children.push_back(std::move(built.expr));
        }
        return checked(std::move(e), depth + 1);
    }

    Built unary(Operator op, Built operand, ast::SourceSpan span) {
        auto e = make(ExpressionKind::kUnary, span);
        e->op = op;
        return withChildren(std::move(e), std::move(operand));
    }

    Built binary(Operator op, Built lhs, Built rhs, ast::SourceSpan span) {
        auto e = make(ExpressionKind::kBinary, span);
        e->op = op;
        return withChildren(std::move(e), std::move(lhs), std::move(rhs));
    }

    // -----------------------------------------------------------------------------------------
    // Patterns

    ast::NodePattern nodePattern(const x3ast::node_pattern& node) {
        ast::NodePattern result;
        result.span = spanOf(node);
        if (node.variable) {
            result.variable = node.variable->name;
        }
        for (const x3ast::name_token& label : node.labels) {
            result.labels.push_back(label.name);
        }
        result.properties = properties(node.properties);
        return result;
    }

    ExpressionPtr properties(const boost::optional<x3ast::property_source>& source) {
        if (!source) {
            return nullptr;
        }
        if (const auto* map = boost::get<x3ast::map_literal>(&source->get())) {
            return mapLiteral(*map).expr;
        }
        const auto& parameter = boost::get<x3ast::parameter_token>(source->get());
        auto e = make(ExpressionKind::kParameter, spanOf(parameter));
        e->name = parameter.name;
        return e;
    }

    std::int64_t hopCount(const x3ast::number_token& token) {
        const std::string_view digits = text_.substr(token.begin, token.end - token.begin);
        if (!lexical::isIntegerLiteral(digits)) {
            fail(token.begin, token.end - token.begin, "expected an integer");
        }
        const std::optional<std::int64_t> value = lexical::integerValue(digits, false);
        if (!value) {
            fail(token.begin, token.end - token.begin,
                 "integer literal out of range: " + std::string(digits), "IntegerOverflow");
        }
        return *value;
    }

    ast::RelPattern relPattern(const x3ast::relationship_pattern& rel) {
        ast::RelPattern result;
        result.span = spanOf(rel);
        result.direction = rel.left == rel.right ? ast::RelDirection::kBoth
                           : rel.left            ? ast::RelDirection::kLeft
                                                 : ast::RelDirection::kRight;
        if (!rel.detail) {
            return result;
        }
        const x3ast::relationship_detail& detail = *rel.detail;
        if (detail.variable) {
            result.variable = detail.variable->name;
        }
        for (const x3ast::name_token& type : detail.types) {
            result.types.push_back(type.name);
        }
        if (detail.range) {
            const x3ast::range_literal& range = *detail.range;
            if (!range.dots && range.max) {
                fail(range.max->begin, 0, "expected ']'");
            }
            result.variableLength = true;
            result.minHops = range.min ? hopCount(*range.min) : 1;
            if (range.max) {
                result.maxHops = hopCount(*range.max);
            } else if (!range.dots && range.min) {
                result.maxHops = result.minHops; // `*2` is exactly two hops
            }
        }
        result.properties = properties(detail.properties);
        return result;
    }

    void element(const x3ast::pattern_element& element, ast::PatternPart* part) {
        part->start = nodePattern(element.start);
        for (const x3ast::pattern_step& step : element.steps) {
            ast::PatternStep converted;
            converted.relationship = relPattern(step.relationship);
            converted.node = nodePattern(step.node);
            part->steps.push_back(std::move(converted));
        }
    }

    // The pattern of a predicate or comprehension; `depth` receives the depth of the deepest
    // property expression inside.
    std::shared_ptr<ast::PatternPart> patternOf(const boost::optional<x3ast::name_token>& path,
                                                const x3ast::pattern_element& pattern, int* depth) {
        const int saved = deepest_;
        deepest_ = 0;
        auto part = std::make_shared<ast::PatternPart>();
        part->span = spanOf(pattern);
        if (path) {
            part->pathVariable = path->name;
        }
        element(pattern, part.get());
        *depth = deepest_;
        deepest_ = std::max(saved, deepest_);
        return part;
    }

    ast::PatternPart patternPart(const x3ast::pattern_part& parsed) {
        ast::PatternPart part;
        part.span = spanOf(parsed);
        if (parsed.path_variable) {
            part.pathVariable = parsed.path_variable->name;
        }
        if (const auto* shortest = boost::get<x3ast::shortest_path>(&parsed.part.get())) {
            part.function = shortest->function;
            element(shortest->element, &part);
        } else {
            element(boost::get<x3ast::pattern_element>(parsed.part.get()), &part);
        }
        return part;
    }

    ast::Pattern pattern(const std::vector<x3ast::pattern_part>& parts) {
        ast::Pattern result;
        for (const x3ast::pattern_part& part : parts) {
            result.push_back(patternPart(part));
        }
        return result;
    }

    // -----------------------------------------------------------------------------------------
    // Clauses

    ast::Clause matchClause(const x3ast::match_clause& match) {
        ast::Clause clause;
        clause.kind = ast::ClauseKind::kMatch;
        clause.span = spanOf(match);
        clause.match = std::make_unique<ast::MatchClause>();
        clause.match->optional = match.optional;
        clause.match->pattern = pattern(match.pattern);
        clause.match->where = optionalExpression(match.where);
        return clause;
    }

    ast::Projection projection(const x3ast::projection_body& body) {
        ast::Projection result;
        result.distinct = body.distinct;
        result.star = body.items.star;
        for (const x3ast::projection_item& item : body.items.items) {
            ast::ProjectionItem converted;
            converted.span = spanOf(item.value);
            converted.expression = expression(item.value);
            if (item.alias) {
                converted.alias = item.alias->name;
            }
            result.items.push_back(std::move(converted));
        }
        for (const x3ast::sort_item& item : body.order) {
            ast::SortItem converted;
            converted.expression = expression(item.value);
            converted.descending = item.descending.value_or(false);
            result.orderBy.push_back(std::move(converted));
        }
        result.skip = optionalExpression(body.skip);
        result.limit = optionalExpression(body.limit);
        return result;
    }

    ast::Clause clause(const x3ast::clause& parsed) {
        struct Visitor {
            using result_type = ast::Clause;
            Transformer& self;
            ast::Clause operator()(const x3ast::match_clause& match) const {
                return self.matchClause(match);
            }
            ast::Clause operator()(const x3ast::unwind_clause& unwind) const {
                ast::Clause clause;
                clause.kind = ast::ClauseKind::kUnwind;
                clause.span = spanOf(unwind);
                clause.unwind = std::make_unique<ast::UnwindClause>();
                clause.unwind->list = self.expression(unwind.list);
                clause.unwind->variable = unwind.variable.name;
                clause.unwind->variableSpan = spanOf(unwind.variable);
                return clause;
            }
            ast::Clause operator()(const x3ast::create_clause& create) const {
                ast::Clause clause;
                clause.kind = ast::ClauseKind::kCreate;
                clause.span = spanOf(create);
                clause.create = std::make_unique<ast::CreateClause>();
                clause.create->pattern = self.pattern(create.pattern);
                return clause;
            }
            ast::Clause operator()(const x3ast::with_clause& with) const {
                ast::Clause clause;
                clause.kind = ast::ClauseKind::kWith;
                clause.span = spanOf(with);
                clause.with = std::make_unique<ast::WithClause>();
                clause.with->projection = self.projection(with.body);
                clause.with->where = self.optionalExpression(with.where);
                return clause;
            }
            ast::Clause operator()(const x3ast::return_clause& ret) const {
                ast::Clause clause;
                clause.kind = ast::ClauseKind::kReturn;
                clause.span = spanOf(ret);
                clause.ret = std::make_unique<ast::ReturnClause>();
                clause.ret->projection = self.projection(ret.body);
                return clause;
            }
        };
        return boost::apply_visitor(Visitor{*this}, parsed.get());
    }

    ast::SingleQuery singleQuery(const x3ast::single_query& parsed) {
        ast::SingleQuery result;
        result.span = spanOf(parsed);
        for (const x3ast::clause& c : parsed.clauses) {
            result.clauses.push_back(clause(c));
        }
        return result;
    }

    ast::Query query(const x3ast::query& parsed) {
        ast::Query result;
        result.span = spanOf(parsed);
        result.parts.push_back(singleQuery(parsed.first));
        for (const x3ast::union_part& part : parsed.rest) {
            result.unionAll.push_back(part.all);
            result.parts.push_back(singleQuery(part.query));
        }
        return result;
    }

private:
    std::string_view text_;
    int deepest_ = 0; // the deepest expression built since the last reset (see patternOf)
};

} // namespace

ast::Statement transformStatement(const x3ast::statement& parsed, std::string_view text) {
    return Transformer(text).statement(parsed);
}

} // namespace steppe::query::grammar
