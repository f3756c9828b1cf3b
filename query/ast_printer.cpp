#include "query/ast_printer.hpp"

namespace steppe::query {

namespace {

using ast::Expression;
using ast::ExpressionKind;

// As in the grammar: letters, `_`, and any byte of a multi-byte UTF-8 sequence.
bool isNameStart(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
}

class Printer {
public:
    explicit Printer(const AstPrintOptions& options) : options_(options) {}

    std::string take() { return std::move(out_); }

    void statement(const ast::Statement& s) {
        out_ += "(statement";
        if (s.mode == ast::StatementMode::kExplain) {
            out_ += " EXPLAIN";
        } else if (s.mode == ast::StatementMode::kProfile) {
            out_ += " PROFILE";
        }
        newline(2);
        query(s.query, 2);
        out_ += ")\n";
    }

    void query(const ast::Query& q, int indent) {
        out_ += "(query";
        blockSpan(q.span);
        for (std::size_t i = 0; i < q.parts.size(); ++i) {
            if (i > 0) {
                newline(indent + 2);
                out_ += q.unionAll[i - 1] ? "UNION ALL" : "UNION";
            }
            newline(indent + 2);
            single(q.parts[i], indent + 2);
        }
        out_ += ')';
    }

    void expression(const Expression* e) {
        if (e == nullptr) {
            out_ += '_';
            return;
        }
        switch (e->kind) {
        case ExpressionKind::kLiteral:
            out_ += e->literal.toCypherLiteral();
            break;
        case ExpressionKind::kParameter:
            out_ += '$';
            if (!e->name.empty() && isDigit(e->name[0])) {
                out_ += e->name; // `$0`
            } else {
                name(e->name);
            }
            break;
        case ExpressionKind::kVariable:
            name(e->name);
            break;
        case ExpressionKind::kProperty:
            out_ += "(. ";
            expression(e->children[0].get());
            out_ += ' ';
            name(e->name);
            out_ += ')';
            break;
        case ExpressionKind::kList:
            out_ += '[';
            for (std::size_t i = 0; i < e->children.size(); ++i) {
                out_ += i > 0 ? ", " : "";
                expression(e->children[i].get());
            }
            out_ += ']';
            break;
        case ExpressionKind::kMap:
            map(*e);
            break;
        case ExpressionKind::kIndex:
            form("index", *e);
            break;
        case ExpressionKind::kSlice:
            form("slice", *e);
            break;
        case ExpressionKind::kUnary:
        case ExpressionKind::kBinary:
            form(ast::operatorText(e->op), *e);
            break;
        case ExpressionKind::kFunctionCall:
            out_ += "(call ";
            functionName(e->name);
            if (e->distinct) {
                out_ += " DISTINCT";
            }
            children(*e, 0);
            out_ += ')';
            break;
        case ExpressionKind::kCountStar:
            out_ += "(count *)";
            break;
        case ExpressionKind::kCase:
            caseExpression(*e);
            break;
        case ExpressionKind::kListComprehension:
            out_ += "(list-comprehension ";
            name(e->name);
            out_ += ' ';
            expression(e->children[0].get());
            optionalForm("where", e->children[1].get());
            optionalForm("project", e->children[2].get());
            out_ += ')';
            break;
        case ExpressionKind::kPatternComprehension:
            out_ += "(pattern-comprehension ";
            part(*e->pattern);
            optionalForm("where", e->children[0].get());
            optionalForm("project", e->children[1].get());
            out_ += ')';
            break;
        case ExpressionKind::kPatternPredicate:
            out_ += "(pattern ";
            part(*e->pattern);
            out_ += ')';
            break;
        case ExpressionKind::kExistsSubquery:
            out_ += "(exists";
            {
                // The query takes lines of its own, indented below the line it starts on.
                const int saved = indent_;
                newline(saved + 4);
                query(*e->subquery, saved + 4);
                indent_ = saved;
            }
            out_ += ')';
            break;
        case ExpressionKind::kQuantifier:
            out_ += '(';
            out_ += quantifierName(e->quantifier);
            out_ += ' ';
            name(e->name);
            out_ += ' ';
            expression(e->children[0].get());
            optionalForm("where", e->children[1].get());
            out_ += ')';
            break;
        case ExpressionKind::kLabelPredicate:
            out_ += "(labels ";
            expression(e->children[0].get());
            for (const std::string& label : e->keys) {
                out_ += " :";
                name(label);
            }
            out_ += ')';
            break;
        }
        inlineSpan(e->span);
    }

private:
    static const char* quantifierName(ast::Quantifier q) {
        switch (q) {
        case ast::Quantifier::kAll:
            return "all";
        case ast::Quantifier::kAny:
            return "any";
        case ast::Quantifier::kNone:
            return "none";
        case ast::Quantifier::kSingle:
            return "single";
        }
        return "?";
    }

    void newline(int indent) {
        out_ += '\n';
        out_.append(static_cast<std::size_t>(indent), ' ');
        indent_ = indent;
    }

    // A name as written, backquoted when it is not a plain identifier.
    void name(const std::string& n) {
        bool plain = !n.empty() && isNameStart(n[0]);
        for (char c : n) {
            plain = plain && isNamePart(c);
        }
        if (plain) {
            out_ += n;
            return;
        }
        out_ += '`';
        for (char c : n) {
            out_ += c;
            if (c == '`') {
                out_ += '`';
            }
        }
        out_ += '`';
    }

    // `apoc.coll.sum` or `` `weird fn` ``: each namespace part as a name.
    void functionName(const std::string& n) {
        std::size_t start = 0;
        for (;;) {
            const std::size_t dot = n.find('.', start);
            name(n.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
            if (dot == std::string::npos) {
                break;
            }
            out_ += '.';
            start = dot + 1;
        }
    }

    void quoted(std::string_view text) {
        out_ += '"';
        for (char c : text) {
            if (c == '"' || c == '\\') {
                out_ += '\\';
                out_ += c;
            } else if (c == '\n') {
                out_ += "\\n";
            } else if (c == '\t') {
                out_ += "\\t";
            } else if (c == '\r') {
                out_ += "\\r";
            } else {
                out_ += c;
            }
        }
        out_ += '"';
    }

    bool hasText(ast::SourceSpan span) const {
        return !options_.source.empty() &&
               static_cast<std::size_t>(span.offset) + span.length <= options_.source.size();
    }

    void spanValue(ast::SourceSpan span) {
        out_ += '@';
        if (hasText(span)) {
            quoted(options_.source.substr(span.offset, span.length));
        } else {
            out_ += std::to_string(span.offset) + '+' + std::to_string(span.length);
        }
    }

    // The span of an expression or a pattern element, right after it: `(. n x)@"n.x"`.
    void inlineSpan(ast::SourceSpan span) {
        if (options_.spans) {
            spanValue(span);
        }
    }

    // The span of a clause or a query, after its head: `(match @"MATCH (n)"`.
    void blockSpan(ast::SourceSpan span) {
        if (options_.spans) {
            out_ += ' ';
            spanValue(span);
        }
    }

    void children(const Expression& e, std::size_t from) {
        for (std::size_t i = from; i < e.children.size(); ++i) {
            out_ += ' ';
            expression(e.children[i].get());
        }
    }

    void form(const char* head, const Expression& e) {
        out_ += '(';
        out_ += head;
        children(e, 0);
        out_ += ')';
    }

    void optionalForm(const char* head, const Expression* e) {
        if (e == nullptr) {
            return;
        }
        out_ += " (";
        out_ += head;
        out_ += ' ';
        expression(e);
        out_ += ')';
    }

    void map(const Expression& e) {
        out_ += '{';
        for (std::size_t i = 0; i < e.children.size(); ++i) {
            out_ += i > 0 ? ", " : "";
            name(e.keys[i]);
            out_ += ": ";
            expression(e.children[i].get());
        }
        out_ += '}';
    }

    void caseExpression(const Expression& e) {
        out_ += "(case";
        std::size_t i = 0;
        if (e.hasCaseSubject) {
            out_ += ' ';
            expression(e.children[0].get());
            i = 1;
        }
        for (; i + 1 < e.children.size(); i += 2) {
            out_ += " (when ";
            expression(e.children[i].get());
            out_ += ' ';
            expression(e.children[i + 1].get());
            out_ += ')';
        }
        optionalForm("else", e.children.back().get());
        out_ += ')';
    }

    void node(const ast::NodePattern& n) {
        out_ += "(node";
        if (!n.variable.empty()) {
            out_ += ' ';
            name(n.variable);
        }
        if (!n.labels.empty()) {
            out_ += ' ';
            for (const std::string& label : n.labels) {
                out_ += ':';
                name(label);
            }
        }
        if (n.properties) {
            out_ += ' ';
            expression(n.properties.get());
        }
        out_ += ')';
        inlineSpan(n.span);
    }

    void rel(const ast::RelPattern& r) {
        out_ += "(rel ";
        out_ += r.direction == ast::RelDirection::kRight  ? "->"
                : r.direction == ast::RelDirection::kLeft ? "<-"
                                                          : "--";
        if (!r.variable.empty()) {
            out_ += ' ';
            name(r.variable);
        }
        for (std::size_t i = 0; i < r.types.size(); ++i) {
            out_ += i == 0 ? " :" : "|";
            name(r.types[i]);
        }
        if (r.variableLength) {
            out_ += " *";
            if (r.minHops) {
                out_ += std::to_string(*r.minHops);
            }
            out_ += "..";
            if (r.maxHops) {
                out_ += std::to_string(*r.maxHops);
            }
        }
        if (r.properties) {
            out_ += ' ';
            expression(r.properties.get());
        }
        out_ += ')';
        inlineSpan(r.span);
    }

    void part(const ast::PatternPart& p) {
        out_ += "(part";
        if (!p.pathVariable.empty()) {
            out_ += ' ';
            name(p.pathVariable);
            out_ += " =";
        }
        if (p.function == ast::PathFunction::kShortestPath) {
            out_ += " shortestPath";
        } else if (p.function == ast::PathFunction::kAllShortestPaths) {
            out_ += " allShortestPaths";
        }
        out_ += ' ';
        node(p.start);
        for (const ast::PatternStep& step : p.steps) {
            out_ += ' ';
            rel(step.relationship);
            out_ += ' ';
            node(step.node);
        }
        out_ += ')';
        inlineSpan(p.span);
    }

    void pattern(const ast::Pattern& parts, int indent) {
        for (const ast::PatternPart& p : parts) {
            newline(indent);
            part(p);
        }
    }

    void labelled(const char* head, const Expression* e, int indent) {
        if (e == nullptr) {
            return;
        }
        newline(indent);
        out_ += '(';
        out_ += head;
        out_ += ' ';
        expression(e);
        out_ += ')';
    }

    void projection(const ast::Projection& p, int indent) {
        if (p.distinct) {
            out_ += " DISTINCT";
        }
        if (p.star) {
            out_ += " *";
        }
        for (const ast::ProjectionItem& item : p.items) {
            newline(indent);
            out_ += "(item ";
            if (hasText(item.span)) {
                quoted(options_.source.substr(item.span.offset, item.span.length));
                out_ += ' ';
            } else if (options_.spans) {
                spanValue(item.span);
                out_ += ' ';
            }
            expression(item.expression.get());
            if (!item.alias.empty()) {
                out_ += " AS ";
                name(item.alias);
            }
            out_ += ')';
        }
        if (!p.orderBy.empty()) {
            newline(indent);
            out_ += "(order-by";
            for (const ast::SortItem& item : p.orderBy) {
                out_ += item.descending ? " (desc " : " (asc ";
                expression(item.expression.get());
                out_ += ')';
            }
            out_ += ')';
        }
        labelled("skip", p.skip.get(), indent);
        labelled("limit", p.limit.get(), indent);
    }

    void single(const ast::SingleQuery& q, int indent) {
        out_ += "(single";
        blockSpan(q.span);
        for (const ast::Clause& c : q.clauses) {
            newline(indent + 2);
            clause(c, indent + 2);
        }
        out_ += ')';
    }

    void clause(const ast::Clause& c, int indent) {
        switch (c.kind) {
        case ast::ClauseKind::kMatch:
            out_ += c.match->optional ? "(optional-match" : "(match";
            blockSpan(c.span);
            pattern(c.match->pattern, indent + 2);
            labelled("where", c.match->where.get(), indent + 2);
            break;
        case ast::ClauseKind::kUnwind:
            out_ += "(unwind";
            blockSpan(c.span);
            out_ += ' ';
            expression(c.unwind->list.get());
            out_ += " AS ";
            name(c.unwind->variable);
            inlineSpan(c.unwind->variableSpan);
            break;
        case ast::ClauseKind::kCreate:
            out_ += "(create";
            blockSpan(c.span);
            pattern(c.create->pattern, indent + 2);
            break;
        case ast::ClauseKind::kWith:
            out_ += "(with";
            blockSpan(c.span);
            projection(c.with->projection, indent + 2);
            labelled("where", c.with->where.get(), indent + 2);
            break;
        case ast::ClauseKind::kReturn:
            out_ += "(return";
            blockSpan(c.span);
            projection(c.ret->projection, indent + 2);
            break;
        }
        out_ += ')';
    }

    const AstPrintOptions& options_;
    std::string out_;
    int indent_ = 0; // the indentation of the current line
};

} // namespace

std::string printAst(const ast::Statement& statement, const AstPrintOptions& options) {
    Printer printer(options);
    printer.statement(statement);
    return printer.take();
}

std::string printExpression(const ast::Expression& expression, const AstPrintOptions& options) {
    Printer printer(options);
    printer.expression(&expression);
    return printer.take();
}

} // namespace steppe::query
