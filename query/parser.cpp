// The parser facade. The grammar (Spirit X3) lives in query/grammar/ behind parseCypher, so this
// file compiles without X3; it turns a failure's byte offset into the line and column users see.
#include "query/parser.hpp"

#include <cstdint>

#include "query/grammar/parse.hpp"

namespace steppe::query {

namespace {

// 1-based line and column of `offset`; columns count UTF-8 code points (continuation bytes do
// not start a column), and a line ends at '\n' (a "\r\n" pair counts once).
SourceLocation locate(std::string_view text, std::uint32_t offset, std::uint32_t length) {
    SourceLocation where;
    where.offset = offset;
    where.length = length;
    where.line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++where.line;
            lineStart = i + 1;
        }
    }
    where.column = 1;
    for (std::size_t i = lineStart; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

} // namespace

Status parseStatement(std::string_view text, ast::Statement* statement) {
    grammar::SyntaxFailure failure;
    if (grammar::parseCypher(text, statement, &failure)) {
        return Status::OK();
    }
    Status status = Status::syntaxError(std::move(failure.message),
                                        locate(text, failure.offset, failure.length))
                        .withDetail(std::move(failure.detail));
    if (!failure.hint.empty()) {
        status = status.withHint(std::move(failure.hint));
    }
    return status;
}

} // namespace steppe::query
