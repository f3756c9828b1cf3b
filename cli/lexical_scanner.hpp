// Follows Cypher's lexical states (code, string literals, quoted names, comments) through text,
// so that the shell knows whether a `;` ends a statement and what a Tab is completing.
#ifndef STEPPE_CLI_LEXICAL_SCANNER_HPP_
#define STEPPE_CLI_LEXICAL_SCANNER_HPP_

#include <cstddef>
#include <string_view>

namespace steppe::cli {

enum class LexicalState {
    kCode,
    kSingleQuoted, // 'string'
    kDoubleQuoted, // "string"
    kBackticked,   // `quoted name`
    kBlockComment, // /* ... */
    kLineComment,  // // ... up to the end of the line
};

class LexicalScanner {
public:
    // Steps over the character at text[i] (and the one after it, for an escape or a comment
    // delimiter) and returns how many characters that was: 1 or 2. A delimiter split across two
    // calls (a `/` at the end of `text`, then `*`) is not recognised, so feed whole lines.
    // REQUIRES: i < text.size().
    std::size_t step(std::string_view text, std::size_t i);

    // Steps over the whole of `text`.
    void scan(std::string_view text);

    LexicalState state() const { return state_; }
    bool inCode() const { return state_ == LexicalState::kCode; }

private:
    LexicalState state_ = LexicalState::kCode;
};

} // namespace steppe::cli

#endif // STEPPE_CLI_LEXICAL_SCANNER_HPP_
