// The lexical layer of the Cypher grammar: whitespace and comments, keywords, names, number and
// string literals. Plain functions over `const char*` ranges, free of Spirit X3, so the grammar's
// primitive parsers (common.hpp) stay thin and this logic is compiled once.
#ifndef STEPPE_QUERY_GRAMMAR_LEXICAL_HPP_
#define STEPPE_QUERY_GRAMMAR_LEXICAL_HPP_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace steppe::query::grammar::lexical {

// Identifier characters. Bytes of multi-byte UTF-8 sequences count as letters, so names in any
// script work without a Unicode table.
inline bool isIdentifierStart(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}
inline bool isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
}
inline bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Returns the length in bytes of the Unicode space character (no-break space, the U+2000 block,
// ideographic space, byte order mark, ...) that starts at `p`, or 0. Text pasted from elsewhere
// brings these along; openCypher counts them as whitespace.
std::size_t unicodeSpaceLength(const char* p, const char* end);

// Returns the length in bytes of the Unicode punctuation character (typographic quotes and
// dashes, the minus sign, guillemets) that starts at `p`, or 0. Word processors put these where
// Cypher needs `'` and `-`; they are neither names nor whitespace.
std::size_t unicodePunctuationLength(const char* p, const char* end);

// Whether the character at `p` (REQUIRES: p != end) starts or continues a name.
inline bool startsName(const char* p, const char* end) {
    return isIdentifierStart(*p) &&
           (static_cast<unsigned char>(*p) < 0x80 ||
            (unicodeSpaceLength(p, end) == 0 && unicodePunctuationLength(p, end) == 0));
}
inline bool continuesName(const char* p, const char* end) {
    return isIdentifierPart(*p) &&
           (static_cast<unsigned char>(*p) < 0x80 ||
            (unicodeSpaceLength(p, end) == 0 && unicodePunctuationLength(p, end) == 0));
}

// Returns the first position at or after `p` that is not whitespace or a comment. An unterminated
// `/*` comment is not skipped.
const char* skipBlanks(const char* p, const char* end);

// Returns the end of `word` (upper case, ASCII) if the text at `p` spells it in any case as a
// whole word, or nullptr.
const char* matchKeyword(const char* p, const char* end, const char* word);

// Returns true if `word` is reserved (case-insensitive): it cannot name a variable or a function,
// though it may still name a label, a relationship type or a property key.
bool isReservedWord(std::string_view word);

// The outcome of scanning one token. On failure `end` is null, `errorAt` points at the fault and
// `error` names it (one of the "!..." codes that the error report turns into words).
struct Scan {
    const char* end = nullptr;
    const char* errorAt = nullptr;
    const char* error = nullptr;
    bool ok() const { return end != nullptr; }
};

// A plain identifier or a backquoted name (`` `a``b` `` is "a`b"; ``` `` ``` is the empty name).
// Returns a failed scan with errorAt == nullptr when there is no name at `p`.
Scan scanName(const char* p, const char* end, std::string* name);

// A number literal (decimal, hexadecimal `0x1F`, octal `0o17` or `017`, float `1.5`, `.5`, `1e3`).
// Returns a failed scan with errorAt == nullptr when no number starts at `p`.
Scan scanNumber(const char* p, const char* end);

// A string literal in single or double quotes; `value` receives the decoded text.
// Returns a failed scan with errorAt == nullptr when `p` is not at a quote.
Scan scanString(const char* p, const char* end, std::string* value);

// How a multi-word table entry ("IS NOT NULL") or a symbol ("<=") matched the text at `p`.
struct EntryMatch {
    enum class Kind { kNone, kFull, kPartial } kind = Kind::kNone;
    const char* end = nullptr;       // kFull: end of the match
    const char* partialAt = nullptr; // kPartial: where the next word was expected
    const char* expected = nullptr;  // kPartial: the words still missing, e.g. "NOT NULL"
};
EntryMatch matchEntry(const char* p, const char* end, const char* text);

// The value of an integer literal as scanned by scanNumber, negated if `negative`, or nullopt
// when it does not fit in 64 bits. REQUIRES: isIntegerLiteral(text).
std::optional<std::int64_t> integerValue(std::string_view text, bool negative);
bool isIntegerLiteral(std::string_view text);
// The value of a float literal (which may be infinite when the literal is too large).
double floatValue(std::string_view text);

} // namespace steppe::query::grammar::lexical

#endif // STEPPE_QUERY_GRAMMAR_LEXICAL_HPP_
