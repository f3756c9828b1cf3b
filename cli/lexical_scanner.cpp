#include "cli/lexical_scanner.hpp"

namespace steppe::cli {

std::size_t LexicalScanner::step(std::string_view text, std::size_t i) {
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    switch (state_) {
    case LexicalState::kCode:
        if (c == '\'') {
            state_ = LexicalState::kSingleQuoted;
        } else if (c == '"') {
            state_ = LexicalState::kDoubleQuoted;
        } else if (c == '`') {
            state_ = LexicalState::kBackticked;
        } else if (c == '/' && next == '*') {
            state_ = LexicalState::kBlockComment;
            return 2;
        } else if (c == '/' && next == '/') {
            state_ = LexicalState::kLineComment;
            return 2;
        }
        return 1;
    case LexicalState::kSingleQuoted:
    case LexicalState::kDoubleQuoted:
        if (c == '\\' && next != '\0') {
            return 2; // an escaped quote does not end the string
        }
        if (c == (state_ == LexicalState::kSingleQuoted ? '\'' : '"')) {
            state_ = LexicalState::kCode;
        }
        return 1;
    case LexicalState::kBackticked:
        // A doubled backtick inside a name closes and reopens it, which ends where it began.
        if (c == '`') {
            state_ = LexicalState::kCode;
        }
        return 1;
    case LexicalState::kBlockComment:
        if (c == '*' && next == '/') {
            state_ = LexicalState::kCode;
            return 2;
        }
        return 1;
    case LexicalState::kLineComment:
        if (c == '\n') {
            state_ = LexicalState::kCode;
        }
        return 1;
    }
    return 1;
}

void LexicalScanner::scan(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        i += step(text, i);
    }
}

} // namespace steppe::cli
