// LoadState: what a load of one or more graph files has gathered so far, shared by the SAX
// handler (one file at a time) and JsonLoader (which checks what spans files at the end).
#ifndef STEPPE_ENGINE_LOAD_STATE_HPP_
#define STEPPE_ENGINE_LOAD_STATE_HPP_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "engine/graph_builder.hpp"

namespace steppe::engine {

// What an error offset points just past (or exactly at), so the start of the token can be
// found when the error is reported.
enum class TokenKind : std::uint8_t {
    kExact,  // the offset is the position itself
    kString, // the offset is just past a JSON string (a key or a value)
    kScalar, // the offset is just past a number or a literal
};

// One file (or text) taking part in the load.
struct LoadInput {
    std::string name;      // as shown in messages
    std::string path;      // to read it again for error positions; empty for text
    std::string_view text; // the text itself, for text inputs
    std::string folder;    // where its sources' `file` paths are relative to
};

// The first error of a load, located by input and offset until it is rendered.
struct LoadProblem {
    std::uint32_t input = 0;
    std::size_t offset = 0;
    TokenKind token = TokenKind::kExact;
    std::string path; // JSON path, e.g. "/edges/12/to"; empty for errors of the JSON syntax
    std::string message;
    std::string hint;
};

// Where a node id was first used before (or without) the node being defined.
struct ForwardReference {
    std::uint32_t input;
    std::size_t end; // just past the id string
    std::uint32_t edge;
    bool isTarget; // "to" rather than "from"
};

// A citation waiting for its source document to be known and its quote to be verified.
struct PendingCitation {
    bool onNode;
    std::uint32_t entity;
    std::uint32_t input;
    std::string doc;
    std::string quote;
    std::size_t docEnd;
    std::size_t quoteEnd;
    std::string path; // of the citation object
};

struct LoadState {
    explicit LoadState(GraphBuilder& b) : builder(b) {}

    GraphBuilder& builder;
    std::vector<LoadInput> inputs;
    std::optional<LoadProblem> problem;
    absl::flat_hash_map<NodeIndex, ForwardReference> forwardReferences;
    std::vector<PendingCitation> citations;
    std::uint64_t nodesAdded = 0;
    std::uint64_t relationshipsAdded = 0;
    std::uint64_t bytes = 0;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_LOAD_STATE_HPP_
