#include "cli/statement_splitter.hpp"

namespace steppe::cli {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isComment(LexicalState state) {
    return state == LexicalState::kBlockComment || state == LexicalState::kLineComment;
}

// Code points before byte i: columns count characters, not bytes (as query errors do).
std::uint32_t codePointsBefore(std::string_view line, std::size_t i) {
    std::uint32_t count = 0;
    for (std::size_t k = 0; k < i && k < line.size(); ++k) {
        count += (static_cast<unsigned char>(line[k]) & 0xC0) != 0x80;
    }
    return count;
}

std::string trimmedRight(std::string text) {
    while (!text.empty() && isSpace(text.back())) {
        text.pop_back();
    }
    return text;
}

} // namespace

void StatementSplitter::startStatementAt(std::string_view line, std::size_t i) {
    start_.line = lineNumber_;
    start_.column = codePointsBefore(line, i) + 1;
}

std::vector<Statement> StatementSplitter::addLine(std::string_view line) {
    ++lineNumber_;
    // Scanning the line break too ends a line comment, and keeps it inside a string.
    std::string text(line);
    text += '\n';
    std::vector<Statement> ended;
    for (std::size_t i = 0; i < text.size();) {
        const bool inCode = scanner_.inCode();
        if (inCode && text[i] == ';') {
            if (hasContent_) {
                ended.push_back(start_);
                ended.back().text = trimmedRight(std::move(buffer_));
            }
            buffer_.clear();
            hasContent_ = false;
            ++i;
            continue;
        }
        if (buffer_.empty()) {
            if (inCode && isSpace(text[i])) {
                ++i; // a statement begins at its first visible character
                continue;
            }
            startStatementAt(line, i);
        }
        const std::size_t length = scanner_.step(text, i);
        if (inCode && !isSpace(text[i]) && !isComment(scanner_.state())) {
            hasContent_ = true;
        }
        buffer_.append(text, i, length);
        i += length;
    }
    if (!pending()) {
        buffer_.clear(); // only comments since the last statement: nothing to keep
    }
    return ended;
}

std::optional<Statement> StatementSplitter::finish() {
    std::optional<Statement> rest;
    if (hasContent_) {
        rest = start_;
        rest->text = trimmedRight(std::move(buffer_));
    }
    clear();
    return rest;
}

void StatementSplitter::clear() {
    buffer_.clear();
    hasContent_ = false;
    scanner_ = LexicalScanner();
}

std::string joinStatementLines(const std::vector<std::string>& lines) {
    LexicalScanner scanner;
    std::string joined;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string& line = lines[k];
        std::size_t commentStart = line.size();
        for (std::size_t i = 0; i < line.size();) {
            const bool inCode = scanner.inCode();
            i += scanner.step(line, i);
            if (inCode && scanner.state() == LexicalState::kLineComment) {
                commentStart = i - 2;
            }
        }
        joined += commentStart < line.size() ? trimmedRight(line.substr(0, commentStart)) : line;
        if (k + 1 == lines.size()) {
            break;
        }
        switch (scanner.state()) {
        case LexicalState::kSingleQuoted:
        case LexicalState::kDoubleQuoted:
            joined += "\\n";
            break;
        case LexicalState::kBackticked:
            joined += '\n'; // a name has no escapes; keep the line break it holds
            break;
        default:
            joined += ' ';
        }
        scanner.step("\n", 0);
    }
    return joined;
}

} // namespace steppe::cli
