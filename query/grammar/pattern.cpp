#include "query/grammar/pattern_def.hpp"

namespace steppe::query::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(pattern_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(relationships_pattern_type, iterator_type, context_type)

} // namespace steppe::query::grammar::parser
