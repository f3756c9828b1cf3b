// GraphFileHandler: the SAX handler that turns the events of one graph file into nodes and
// relationships of a GraphBuilder, enforcing the rules of docs/data-format.md as it goes.
//
// The handler keeps a stack of frames, one per open JSON container, that says what the
// container is (the top object, the nodes array, one node, its labels, ...). Each event is
// checked against the frame on top, so every rule is enforced where the value occurs, and the
// frames spell the JSON path of an error. A node or edge is staged while its object is open
// (its keys may come in any order) and committed when it closes.
//
// What needs every file (dangling ids, citation documents, quotes) is checked later by
// JsonLoader::finish(); the handler records what that needs in a LoadState.
#ifndef STEPPE_ENGINE_GRAPH_FILE_HANDLER_HPP_
#define STEPPE_ENGINE_GRAPH_FILE_HANDLER_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph_builder.hpp"
#include "engine/input_stream.hpp"
#include "engine/load_state.hpp"

namespace steppe::engine {

class GraphFileHandler {
public:
    // Events of file number `input` are added to `state.builder`; `stream` supplies offsets.
    GraphFileHandler(LoadState& state, std::uint32_t input, const InputStream& stream);

    // RapidJSON SAX interface: each returns false to stop the parse after an error, which is
    // then in state.problem.
    bool Null();
    bool Bool(bool b);
    bool Int(int i) { return integer(i); }
    bool Uint(unsigned u) { return integer(u); }
    bool Int64(std::int64_t i) { return integer(i); }
    bool Uint64(std::uint64_t u);
    bool Double(double d) {
        return scalar(Scalar{Value::floating(d), {}, false}, TokenKind::kScalar);
    }
    bool RawNumber(const char*, unsigned, bool) { return false; } // not requested
    bool String(const char* s, unsigned length, bool copy);
    bool StartObject();
    bool Key(const char* s, unsigned length, bool copy);
    bool EndObject(unsigned members);
    bool StartArray();
    bool EndArray(unsigned elements);

private:
    // What a frame (an open container) is.
    enum class Frame : std::uint8_t {
        kTop,        // the document's object
        kSources,    // the top-level "sources" array
        kSource,     // one source document
        kNodes,      // the "nodes" array
        kNode,       // one node
        kEdges,      // the "edges" array
        kEdge,       // one edge
        kLabels,     // a node's "labels" array
        kProperties, // a "properties" object
        kList,       // a list property value
        kCitations,  // a "sources" array of citations
        kCitation,   // one citation object
        kSkipped,    // anything inside an "x-" value, ignored
    };
    struct OpenFrame {
        Frame frame;
        std::uint32_t index = 0; // arrays: the next element's index
        std::string key;         // objects: the key whose value comes next
        int keyBit = -1;         // which known key it is (a KeyBit of the .cpp), -1 if none
    };
    struct StagedCitation {
        std::string doc;
        std::string quote;
        std::size_t docEnd = 0; // offsets just past the two strings
        std::size_t quoteEnd = 0;
        std::size_t start = 0;      // offset of the citation object
        std::string path;           // JSON path of the citation object
        std::uint32_t seenKeys = 0; // bit per known key, to catch duplicates
    };
    // The node or edge (or source) whose object is open.
    struct Element {
        std::size_t start = 0;
        std::uint32_t seenKeys = 0; // bit per known key, to catch duplicates
        std::string id, from, to, type;
        std::size_t idEnd = 0, fromEnd = 0, toEnd = 0;
        std::vector<LabelId> labels;
        std::vector<PropertyEntry> properties;
        std::vector<StagedCitation> citations;
        SourceDocument source;
        void clear();
    };

    // A scalar event. A string arrives as a view of the parser's buffer and becomes a Value
    // only where it is kept as one (a property), so ids, types and labels cost no allocation.
    struct Scalar {
        Value value; // when !isString
        std::string_view text;
        bool isString;
        Value take();
    };

    bool integer(std::int64_t i) {
        return scalar(Scalar{Value::integer(i), {}, false}, TokenKind::kScalar);
    }
    bool scalar(Scalar v, TokenKind token);
    bool startContainer(bool isObject);
    bool endContainer();
    bool commitNode();
    bool commitEdge();
    bool commitSource();
    bool commitCitation();
    // Hands the open element's citations to the load state, for finish() to check.
    void stageCitations(bool onNode, std::uint32_t entity);

    // Records an error about the value (or key) just parsed and returns false.
    bool fail(TokenKind token, std::string message, std::string hint = {});
    // Records an error at an exact offset and returns false.
    bool failAt(std::size_t offset, std::string path, std::string message);
    // The JSON path of the value about to be (or just) parsed, e.g. "/edges/12/to".
    std::string currentPath() const;
    std::string pathOfTop() const; // the path of the innermost open container
    bool markSeen(int bit);
    static bool isArray(Frame frame);
    // True when the key being parsed belongs to an object that ignores it ("x-...").
    bool ignoringKey() const;

    LoadState& state_;
    std::uint32_t input_;
    const InputStream& stream_;
    std::vector<OpenFrame> frames_;
    Element element_;
    StagedCitation citation_;
    std::vector<Value> listItems_; // the list property being read
    std::uint32_t topSeen_ = 0;    // bit per top-level key, to catch duplicates
    bool done_ = false;            // the top object has closed
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_GRAPH_FILE_HANDLER_HPP_
