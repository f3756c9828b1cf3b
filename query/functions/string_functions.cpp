// String functions: toLower, toUpper, trim, lTrim, rTrim, split, substring, replace, left,
// right, reverse. Positions and lengths count Unicode code points.
#include <string>
#include <string_view>
#include <vector>

#include "query/functions/argument_errors.hpp"
#include "query/functions/function_groups.hpp"
#include "query/functions/utf8.hpp"

namespace steppe::query::functions {

namespace {

// The one-string-in, one-string-out functions.
template <std::string (*Map)(std::string_view)>
Value mapString(const char* function, std::span<const Value> args, ast::SourceSpan span) {
    if (args[0].isNull()) {
        return Value::null();
    }
    return Value::string(Map(stringArgument(args[0], function, span)));
}

template <std::string_view (*Trim)(std::string_view) noexcept>
std::string trimmed(std::string_view s) {
    return std::string(Trim(s));
}

Value toLower(std::span<const Value> args, ast::SourceSpan span) {
    return mapString<utf8::toLower>("toLower", args, span);
}
Value toUpper(std::span<const Value> args, ast::SourceSpan span) {
    return mapString<utf8::toUpper>("toUpper", args, span);
}
Value trim(std::span<const Value> args, ast::SourceSpan span) {
    return mapString<trimmed<utf8::trim>>("trim", args, span);
}
Value lTrim(std::span<const Value> args, ast::SourceSpan span) {
    return mapString<trimmed<utf8::trimStart>>("lTrim", args, span);
}
Value rTrim(std::span<const Value> args, ast::SourceSpan span) {
    return mapString<trimmed<utf8::trimEnd>>("rTrim", args, span);
}

// Splits `text` at every occurrence of any non-empty separator, the longest winning where
// several match at one position. Empty pieces are kept ('a,,b,' gives 'a', '', 'b', ''). With
// only empty separators the text splits into its code points; with none it stays whole.
ValueList splitText(std::string_view text, std::span<const std::string_view> separators) {
    ValueList pieces;
    bool anySeparator = false;
    for (std::string_view s : separators) {
        anySeparator = anySeparator || !s.empty();
    }
    if (!anySeparator && !separators.empty()) {
        for (std::size_t begin = 0; begin < text.size();) {
            std::size_t end = utf8::next(text, begin);
            pieces.push_back(Value::string(std::string(text.substr(begin, end - begin))));
            begin = end;
        }
        return pieces;
    }
    std::size_t pieceStart = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t matched = 0;
        for (std::string_view s : separators) {
            if (s.size() > matched && text.substr(pos).starts_with(s)) {
                matched = s.size();
            }
        }
        if (matched == 0) {
            ++pos;
            continue;
        }
        pieces.push_back(Value::string(std::string(text.substr(pieceStart, pos - pieceStart))));
        pos += matched;
        pieceStart = pos;
    }
    pieces.push_back(Value::string(std::string(text.substr(pieceStart))));
    return pieces;
}

// split(text, separator): the separator is a string or (as in Neo4j 5) a list of strings.
// split('', x) is [''] (as in Neo4j).
Value split(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    const std::string& text = stringArgument(args[0], "split", span);
    const Value& separator = args[1];
    std::vector<std::string_view> separators;
    if (separator.kind() == ValueKind::kList) {
        for (const Value& item : separator.asList()) {
            if (item.isNull()) {
                return Value::null();
            }
            if (item.kind() != ValueKind::kString) {
                throwBadArgument("split", "a STRING or a LIST of STRINGs as separator", separator,
                                 span);
            }
            separators.push_back(item.asString());
        }
    } else if (separator.kind() == ValueKind::kString) {
        separators.push_back(separator.asString());
    } else {
        throwBadArgument("split", "a STRING or a LIST of STRINGs as separator", separator, span);
    }
    if (text.empty()) {
        return Value::list({Value::string("")});
    }
    return Value::list(splitText(text, separators));
}

// The code points [start, start + length) of `text`, clipped to its end.
Value codePoints(std::string_view text, std::size_t start, std::size_t length) {
    std::size_t begin = utf8::offsetOf(text, start);
    std::string_view rest = text.substr(begin);
    return Value::string(std::string(rest.substr(0, utf8::offsetOf(rest, length))));
}

// substring(text, start [, length]): 0-based start; a start past the end gives ''; negative
// start or length is an error (Neo4j).
Value substring(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    const std::string& text = stringArgument(args[0], "substring", span);
    auto start = static_cast<std::size_t>(countArgument(args[1], "substring", "start", span));
    std::size_t length = std::string::npos;
    if (args.size() == 3) {
        length = static_cast<std::size_t>(countArgument(args[2], "substring", "length", span));
    }
    return codePoints(text, start, length);
}

Value left(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    const std::string& text = stringArgument(args[0], "left", span);
    auto length = static_cast<std::size_t>(countArgument(args[1], "left", "length", span));
    return codePoints(text, 0, length);
}

Value right(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    const std::string& text = stringArgument(args[0], "right", span);
    auto length = static_cast<std::size_t>(countArgument(args[1], "right", "length", span));
    std::size_t total = utf8::length(text);
    return codePoints(text, total > length ? total - length : 0, length);
}

// replace(text, search, replacement): every non-overlapping occurrence, left to right. An
// empty search string matches between every two code points and at both ends, as Java's
// String.replace does ('ab' -> '-a-b-').
Value replace(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    std::string_view text = stringArgument(args[0], "replace", span);
    std::string_view search = stringArgument(args[1], "replace", span);
    std::string_view replacement = stringArgument(args[2], "replace", span);
    std::string out;
    if (search.empty()) {
        out.reserve(text.size() + (utf8::length(text) + 1) * replacement.size());
        out += replacement;
        for (std::size_t begin = 0; begin < text.size();) {
            std::size_t end = utf8::next(text, begin);
            out += text.substr(begin, end - begin);
            out += replacement;
            begin = end;
        }
        return Value::string(std::move(out));
    }
    std::size_t pos = 0;
    for (std::size_t found; (found = text.find(search, pos)) != std::string_view::npos;) {
        out += text.substr(pos, found - pos);
        out += replacement;
        pos = found + search.size();
    }
    out += text.substr(pos);
    return Value::string(std::move(out));
}

// reverse(): of a string, by code points; of a list, its items.
Value reverse(std::span<const Value> args, ast::SourceSpan span) {
    const Value& v = args[0];
    switch (v.kind()) {
    case ValueKind::kNull:
        return v;
    case ValueKind::kString:
        return Value::string(utf8::reverse(v.asString()));
    case ValueKind::kList:
        return Value::list(ValueList(v.asList().rbegin(), v.asList().rend()));
    default:
        throwBadArgument("reverse", "a STRING or a LIST", v, span);
    }
}

constexpr ScalarFunction kFunctions[] = {
    {"toLower", 1, 1, toLower, true},     {"toUpper", 1, 1, toUpper, true},
    {"trim", 1, 1, trim, true},           {"lTrim", 1, 1, lTrim, true},
    {"rTrim", 1, 1, rTrim, true},         {"split", 2, 2, split, true},
    {"substring", 2, 3, substring, true}, {"replace", 3, 3, replace, true},
    {"left", 2, 2, left, true},           {"right", 2, 2, right, true},
    {"reverse", 1, 1, reverse, true},
};

} // namespace

std::span<const ScalarFunction> stringFunctions() {
    return kFunctions;
}

} // namespace steppe::query::functions
