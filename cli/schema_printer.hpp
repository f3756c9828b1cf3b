// Prints a graph's schema for people: `steppe schema` and the shell's `:schema`.
#ifndef STEPPE_CLI_SCHEMA_PRINTER_HPP_
#define STEPPE_CLI_SCHEMA_PRINTER_HPP_

#include <ostream>

#include "steppe/schema.hpp"

namespace steppe::cli {

// Counts, then labels, relationship types with the labels they connect, and property keys
// with their value types.
void printSchema(const Schema& schema, std::ostream& out);

} // namespace steppe::cli

#endif // STEPPE_CLI_SCHEMA_PRINTER_HPP_
