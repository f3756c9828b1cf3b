#include "query/functions/regex_cache.hpp"

#include <list>
#include <mutex>
#include <string>
#include <utility>

#include <absl/container/flat_hash_map.h>
#include <re2/re2.h>

#include "query/functions/argument_errors.hpp"

namespace steppe::query::functions {

namespace {

re2::StringPiece piece(std::string_view s) {
    return re2::StringPiece(s.data(), s.size());
}

CompiledRegex compileUncached(std::string_view pattern, ast::SourceSpan span) {
    RE2::Options options;
    options.set_log_errors(false); // the error goes to the user, not to stderr
    auto regex = std::make_shared<const RE2>(piece(pattern), options);
    if (!regex->ok()) {
        throwBadValue("invalid regular expression " +
                          Value::string(std::string(pattern)).toCypherLiteral() + ": " +
                          regex->error(),
                      "InvalidArgumentValue", span);
    }
    return regex;
}

// A least-recently-used map from pattern text to compiled pattern. Compiling happens outside
// the lock, so a slow pattern never blocks the other threads' lookups; when two threads
// compile the same new pattern, the first to insert wins and both use its copy.
class RegexCache {
public:
    CompiledRegex get(std::string_view pattern, ast::SourceSpan span) {
        if (CompiledRegex found = find(pattern)) {
            return found;
        }
        CompiledRegex compiled = compileUncached(pattern, span);
        std::lock_guard<std::mutex> lock(mutex_);
        if (auto it = index_.find(pattern); it != index_.end()) {
            return it->second->second;
        }
        entries_.emplace_front(std::string(pattern), std::move(compiled));
        index_.emplace(entries_.front().first, entries_.begin());
        if (entries_.size() > kRegexCacheCapacity) {
            index_.erase(entries_.back().first);
            entries_.pop_back();
        }
        return entries_.front().second;
    }

    std::size_t size() {
        std::lock_guard<std::mutex> lock(mutex_);
        return entries_.size();
    }

private:
    using Entries = std::list<std::pair<std::string, CompiledRegex>>; // most recent first

    CompiledRegex find(std::string_view pattern) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = index_.find(pattern);
        if (it == index_.end()) {
            return nullptr;
        }
        entries_.splice(entries_.begin(), entries_, it->second); // iterators stay valid
        return it->second->second;
    }

    std::mutex mutex_;
    Entries entries_;
    // Keys view the pattern strings inside entries_, whose nodes never move.
    absl::flat_hash_map<std::string_view, Entries::iterator> index_;
};

RegexCache& cache() {
    static RegexCache* instance = new RegexCache(); // never destroyed: threads may outlive main
    return *instance;
}

} // namespace

CompiledRegex compileRegex(std::string_view pattern, ast::SourceSpan span) {
    return cache().get(pattern, span);
}

bool regexFullMatch(const re2::RE2& regex, std::string_view text) {
    return RE2::FullMatch(piece(text), regex);
}

bool matchRegex(std::string_view text, std::string_view pattern, ast::SourceSpan span) {
    // Per row, a query usually matches the same pattern again: remember the last one.
    struct LastUsed {
        std::string pattern;
        CompiledRegex regex;
    };
    thread_local LastUsed last;
    if (last.regex == nullptr || last.pattern != pattern) {
        CompiledRegex regex = compileRegex(pattern, span);
        last.pattern.assign(pattern);
        last.regex = std::move(regex);
    }
    return regexFullMatch(*last.regex, text);
}

std::size_t regexCacheSize() {
    return cache().size();
}

} // namespace steppe::query::functions
