#include "query/grammar/expression_def.hpp"

namespace steppe::query::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(map_literal_type, iterator_type, context_type)

} // namespace steppe::query::grammar::parser
