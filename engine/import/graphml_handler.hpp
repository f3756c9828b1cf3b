// GraphmlHandler: turns the elements of a GraphML document, as an XML parser reports them,
// into nodes and relationships of an ImportTarget.
//
// A <node>'s `id` becomes the node id, unless the file declares a node key named `_id`
// (steppe/export.hpp's kExportIdProperty): then that key's data is the node id, as `steppe
// export` writes it beside GraphML's canonical element ids (`n0`, `n1`, ...), and edges name
// their ends by element id. Its labels come from the data of a node key named
// `labels` (or a `labels` attribute, as Neo4j's APOC writes it), written `:A:B` or `A;B`; a
// node without them has none. An <edge>'s type comes from the data of an edge key named `label`
// or else from a `label` attribute, as Neo4j's APOC writes them (`steppe export` writes the
// key). An edge key named `type` gives it only when the file declares no edge key `label` and
// the edge has no `label` attribute, so that a relationship property named `type` stays a
// property; with none of these the type is RELATED_TO. Every other key of a node or an edge is
// a property. Direction is kept as written, also in undirected graphs (Steppe stores a
// symmetric link once, see docs/data-format.md).
//
// Elements outside the GraphML namespace (yEd's drawing data, for one) are skipped with their
// content, and so are <desc>, <port> and the data of the graph itself. Nested graphs,
// hyperedges and <locator> are refused: a Steppe graph has no counterpart for them.
#ifndef STEPPE_ENGINE_IMPORT_GRAPHML_HANDLER_HPP_
#define STEPPE_ENGINE_IMPORT_GRAPHML_HANDLER_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "engine/import/graphml_keys.hpp"
#include "engine/import/import_target.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Where an element starts (its '<').
struct XmlPlace {
    std::uint32_t line = 0;   // 1-based
    std::uint32_t column = 0; // 1-based, in code points
    std::uint64_t offset = 0;
};

class GraphmlHandler {
public:
    // `fileName` names the file in messages.
    GraphmlHandler(ImportTarget& target, std::string fileName);

    // The parser's events. An element name is `namespace|local`, or `local` outside any
    // namespace; `attributes` alternates names and values and ends with nullptr. Each returns
    // false after an error, which status() then holds.
    bool startElement(const char* name, const char** attributes, const XmlPlace& at);
    bool endElement();
    void text(std::string_view text);

    const Status& status() const { return status_; }

private:
    enum class Frame : std::uint8_t {
        kGraphml,
        kKey,
        kDefault,
        kGraph,
        kNode,
        kEdge,
        kData,
        kSkipped, // with everything inside
    };
    // The node or edge whose element is open.
    struct Element {
        bool isNode = true;
        XmlPlace at;
        std::string id, source, target;
        std::string labelText; // APOC's `labels` (node) or `label` (edge) attribute, or ""
        std::vector<std::uint32_t> keysGiven;
        std::vector<PropertyEntry> properties;
        std::string labels;  // the text of the labels key
        std::string type;    // the text of the type key
        std::string graphId; // the text of the `_id` key
        bool hasLabels = false, hasType = false, hasGraphId = false;
    };
    // An edge kept until the whole graph is read, when its ends' element ids may stand for
    // `_id` node ids.
    struct PendingEdge {
        std::string source, target;
        TypeId type;
        std::vector<PropertyEntry> properties;
        XmlPlace at;
    };

    bool startKey(const char** attributes, const XmlPlace& at);
    bool startNodeOrEdge(bool isNode, const char** attributes, const XmlPlace& at);
    bool startData(const char** attributes, const XmlPlace& at);
    bool endDefault();
    bool endData();
    bool commitNode();
    bool commitEdge();
    void addEdge(std::string_view source, std::string_view target, TypeId type,
                 std::vector<PropertyEntry> properties, const XmlPlace& at);
    // Adds the edges kept back, with their ends' element ids turned into node ids.
    void addPendingEdges();
    // Applies one key's value to the open element (from <data> or the key's default).
    bool applyValue(std::uint32_t keyIndex, std::string_view text, const XmlPlace& at);
    // Gives the open element the defaults of the keys it has no data for.
    bool applyDefaults(bool isNode);
    bool isTypeKey(const GraphmlKey& key) const;

    bool fail(const XmlPlace& at, std::string message, std::string hint = {});
    Status errorAt(const XmlPlace& at, std::string message) const;

    ImportTarget& target_;
    std::string fileName_;
    Status status_;
    std::vector<Frame> frames_;
    std::uint32_t skippedDepth_ = 0; // elements open inside a kSkipped frame

    std::vector<GraphmlKey> keys_;
    absl::flat_hash_map<std::string, std::uint32_t> keyIndex_;
    bool hasEdgeLabelKey_ = false;                          // a key named "label" applies to edges
    std::optional<std::uint32_t> idKey_;                    // the node key named `_id`, if declared
    absl::flat_hash_map<std::string, std::string> nodeIds_; // element id -> node id, with idKey_
    std::vector<PendingEdge> pendingEdges_;                 // with idKey_

    Element element_;
    std::uint32_t dataKey_ = 0; // of the open <data> or <default>
    XmlPlace dataAt_;
    std::string text_; // of the open <data> or <default>
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_GRAPHML_HANDLER_HPP_
