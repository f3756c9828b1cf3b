// Tab completion for the shell: which words could complete the one before the cursor, from the
// graph's labels, relationship types and property keys, the parameters, Cypher's keywords and
// the shell's commands. Independent of the terminal, so it is tested on plain strings.
#ifndef STEPPE_CLI_COMPLETION_HPP_
#define STEPPE_CLI_COMPLETION_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace steppe::cli {

// The names completion offers, each list sorted.
struct CompletionVocabulary {
    std::vector<std::string> labels;
    std::vector<std::string> relationshipTypes;
    std::vector<std::string> propertyKeys;
    std::vector<std::string> parameters; // without the `$`
    std::vector<std::string> commands;   // without the `:`
    std::vector<std::string> formats;    // of `:format`
};

struct Completion {
    std::size_t wordStart = 0;           // where the word to replace begins in the line
    std::vector<std::string> candidates; // what could replace it, sorted, without duplicates
    bool spaceAfter = false;             // a single candidate is followed by a space
};

// Completes the word that ends at the cursor. `pending` is the unfinished statement of the
// lines before this one ("" when there is none); `line` is this line up to the cursor. File
// names (`:load`, `:export dot`) are read from the file system.
Completion complete(std::string_view pending, std::string_view line,
                    const CompletionVocabulary& vocabulary);

// Returns the longest prefix all candidates share ("" for none).
std::string commonPrefix(const std::vector<std::string>& candidates);

} // namespace steppe::cli

#endif // STEPPE_CLI_COMPLETION_HPP_
