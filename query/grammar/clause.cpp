#include "query/grammar/clause_def.hpp"

namespace steppe::query::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(exists_subquery_type, iterator_type, context_type)

} // namespace steppe::query::grammar::parser
