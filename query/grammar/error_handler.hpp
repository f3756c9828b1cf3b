// The rule handlers, chosen per rule by its ID class (calc9, rexpr): annotate_span records the
// span of a rule's attribute on success; report_failure, on the start rule only, records where
// and what the parse expected when an expectation point fails, so a deep failure is reported
// once. parse.cpp turns that record into words and a position.
#ifndef STEPPE_QUERY_GRAMMAR_ERROR_HANDLER_HPP_
#define STEPPE_QUERY_GRAMMAR_ERROR_HANDLER_HPP_

#include <type_traits>

#include <boost/spirit/home/x3/auxiliary/guard.hpp>
#include <boost/spirit/home/x3/support/context.hpp>

#include "query/grammar/config.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {

// Offsets instead of X3's position_tagged ids into a cache of iterators: the AST stays valid
// after parsing. `first` is past any leading whitespace (X3 skips before on_success) and `last`
// is where the rule stopped, so spans are trimmed.
struct annotate_span {
    template <typename Iterator, typename Attribute, typename Context>
    void on_success(const Iterator& first, const Iterator& last, Attribute& attribute,
                    const Context& context) const {
        if constexpr (std::is_base_of_v<x3ast::tagged, Attribute>) {
            const parse_state& state = x3::get<state_tag>(context);
            attribute.begin = state.offsetOf(first);
            attribute.end = state.offsetOf(last);
        }
    }
};

struct report_failure {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, const Iterator&, const Exception& failure,
                                      const Context& context) const {
        parse_state& state = x3::get<state_tag>(context);
        state.failWhere = failure.where();
        state.failWhich = failure.which();
        return x3::error_handler_result::fail;
    }
};

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_ERROR_HANDLER_HPP_
