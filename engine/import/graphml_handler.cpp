#include "engine/import/graphml_handler.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

#include "engine/import/typed_text.hpp"
#include "engine/spelling.hpp"
#include "steppe/export.hpp"

namespace steppe::engine {

namespace {

// GraphML 1.0 and its drafts all live under this namespace name.
constexpr std::string_view kGraphmlNamespace = "http://graphml.graphdrawing.org/xmlns";
// A relationship needs a type; a graph written by NetworkX or Gephi has none.
constexpr std::string_view kDefaultType = "RELATED_TO";

// The local name of a GraphML element, or nullopt for an element of another namespace.
std::optional<std::string_view> graphmlName(const char* name) {
    const std::string_view qualified(name);
    const std::size_t bar = qualified.rfind('|');
    if (bar == std::string_view::npos) {
        return qualified; // no namespace: a plain GraphML file
    }
    if (!qualified.substr(0, bar).starts_with(kGraphmlNamespace)) {
        return std::nullopt;
    }
    return qualified.substr(bar + 1);
}

const char* attribute(const char** attributes, const char* name) {
    for (const char** a = attributes; *a != nullptr; a += 2) {
        if (std::strcmp(a[0], name) == 0) {
            return a[1];
        }
    }
    return nullptr;
}

// Labels written `:A:B` (Neo4j's APOC) or `A;B` (the CSV format's array delimiter).
std::vector<std::string_view> splitLabels(std::string_view text) {
    text = trimmed(text);
    const char separator = !text.empty() && text.front() == ':' ? ':' : ';';
    std::vector<std::string_view> labels;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        const std::string_view label = trimmed(text.substr(start, end - start));
        if (!label.empty()) {
            labels.push_back(label);
        }
        start = end + 1;
    }
    return labels;
}

} // namespace

GraphmlHandler::GraphmlHandler(ImportTarget& target, std::string fileName)
    : target_(target), fileName_(std::move(fileName)) {}

Status GraphmlHandler::errorAt(const XmlPlace& at, std::string message) const {
    return Status::loadError(std::move(message),
                             SourceLocation{fileName_, at.line, at.column, at.offset, 0});
}

bool GraphmlHandler::fail(const XmlPlace& at, std::string message, std::string hint) {
    status_ = errorAt(at, std::move(message));
    if (!hint.empty()) {
        status_ = status_.withHint(std::move(hint));
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Elements

bool GraphmlHandler::startElement(const char* name, const char** attributes, const XmlPlace& at) {
    if (!status_.ok()) {
        return false;
    }
    if (!frames_.empty() && frames_.back() == Frame::kSkipped) {
        ++skippedDepth_;
        return true;
    }
    const std::optional<std::string_view> local = graphmlName(name);
    if (frames_.empty()) {
        if (local != "graphml") {
            const std::string_view shown =
                std::strrchr(name, '|') ? std::strrchr(name, '|') + 1 : name;
            return fail(at, "not a GraphML file: the root element is <" + std::string(shown) +
                                ">, not <graphml>");
        }
        frames_.push_back(Frame::kGraphml);
        return true;
    }
    auto skip = [&]() {
        frames_.push_back(Frame::kSkipped);
        skippedDepth_ = 0;
        return true;
    };
    if (!local || *local == "desc") {
        return skip(); // another tool's extension, or a description
    }
    const std::string_view element = *local;
    const Frame top = frames_.back();
    switch (top) {
    case Frame::kGraphml:
        if (element == "key") {
            return startKey(attributes, at);
        }
        if (element == "graph") {
            frames_.push_back(Frame::kGraph);
            return true;
        }
        if (element == "data") {
            return skip(); // data of the document: nothing in the graph holds it
        }
        break;
    case Frame::kKey:
        if (element == "default") {
            dataKey_ = static_cast<std::uint32_t>(keys_.size() - 1);
            dataAt_ = at;
            text_.clear();
            frames_.push_back(Frame::kDefault);
            return true;
        }
        break;
    case Frame::kGraph:
        if (element == "node" || element == "edge") {
            return startNodeOrEdge(element == "node", attributes, at);
        }
        if (element == "data") {
            return skip(); // data of the graph itself
        }
        if (element == "hyperedge") {
            return fail(at, "hyperedges are not supported: a relationship joins two nodes");
        }
        break;
    case Frame::kNode:
    case Frame::kEdge:
        if (element == "data") {
            return startData(attributes, at);
        }
        if (element == "port") {
            return skip();
        }
        if (element == "graph") {
            return fail(at, "nested graphs are not supported (a <graph> inside a <" +
                                std::string(top == Frame::kNode ? "node" : "edge") + ">)");
        }
        break;
    case Frame::kData:
    case Frame::kDefault:
        return fail(at, "a <" + std::string(top == Frame::kData ? "data" : "default") + "> of " +
                            describeKey(keys_[dataKey_]) + " must hold text, not the element <" +
                            std::string(element) + ">");
    case Frame::kSkipped:
        break;
    }
    if (element == "locator") {
        return fail(at, "<locator> is not supported: the graph must be in the file itself");
    }
    static constexpr const char* kFrameNames[] = {"graphml", "key",  "default", "graph",
                                                  "node",    "edge", "data",    ""};
    return fail(at, "unexpected element <" + std::string(element) + "> inside <" +
                        kFrameNames[static_cast<int>(top)] + ">");
}

bool GraphmlHandler::endElement() {
    // Expat still reports the end of an empty element whose start stopped the parse.
    if (!status_.ok()) {
        return false;
    }
    const Frame top = frames_.back();
    if (top == Frame::kSkipped && skippedDepth_ > 0) {
        --skippedDepth_;
        return true;
    }
    bool ok = true;
    if (top == Frame::kDefault) {
        ok = endDefault();
    } else if (top == Frame::kData) {
        ok = applyValue(dataKey_, text_, dataAt_);
    } else if (top == Frame::kNode) {
        ok = commitNode();
    } else if (top == Frame::kEdge) {
        ok = commitEdge();
    } else if (top == Frame::kGraph) {
        addPendingEdges();
    }
    frames_.pop_back();
    return ok;
}

void GraphmlHandler::text(std::string_view text) {
    if (!frames_.empty() && (frames_.back() == Frame::kData || frames_.back() == Frame::kDefault)) {
        text_.append(text);
    }
}

// ---------------------------------------------------------------------------------------------
// Keys

bool GraphmlHandler::startKey(const char** attributes, const XmlPlace& at) {
    frames_.push_back(Frame::kKey);
    const char* id = attribute(attributes, "id");
    if (id == nullptr || *id == '\0') {
        return fail(at, "a <key> needs a non-empty \"id\" attribute");
    }
    if (keyIndex_.contains(id)) {
        return fail(at, "duplicate key id " + inQuotes(id));
    }
    GraphmlKey key;
    key.id = id;
    key.name = id;
    const char* name = attribute(attributes, "attr.name");
    if (name != nullptr && *name == '\0') {
        return fail(at, describeKey(key) + ": the attribute name (attr.name) is empty");
    }
    key.name = name != nullptr ? name : id;
    const char* domain = attribute(attributes, "for");
    if (!parseKeyDomain(domain, &key.domain)) {
        return fail(at, describeKey(key) + ": for=" + inQuotes(domain) +
                            " is not one of node, edge, all, graph, graphml, hyperedge, "
                            "port and endpoint");
    }
    if (attribute(attributes, "yfiles.type") != nullptr) {
        key.domain = KeyDomain::kIgnored; // yEd's drawing data, in its own XML
    }
    if (key.domain != KeyDomain::kIgnored) {
        const char* type = attribute(attributes, "attr.type");
        std::string hint;
        if (!parseKeyType(type, &key.type, &hint)) {
            return fail(at,
                        describeKey(key) + ": unknown attr.type " + inQuotes(type) +
                            "; GraphML's types are boolean, int, long, float, double and string",
                        std::move(hint));
        }
        if (const char* list = attribute(attributes, "attr.list"); list != nullptr) {
            KeyType itemType = KeyType::kString;
            if (!parseKeyType(list, &itemType, &hint)) {
                return fail(at,
                            describeKey(key) + ": unknown attr.list " + inQuotes(list) +
                                "; list items are boolean, int, long, float, double or string",
                            std::move(hint));
            }
            key.listType = itemType;
        }
        hasEdgeLabelKey_ = hasEdgeLabelKey_ || (key.name == "label" && key.appliesToEdges());
        if (key.name == kExportIdProperty && key.domain == KeyDomain::kNode) {
            idKey_ = static_cast<std::uint32_t>(keys_.size());
        } else {
            key.property = target_.builder().internKey(key.name);
        }
    }
    keyIndex_.emplace(key.id, static_cast<std::uint32_t>(keys_.size()));
    keys_.push_back(std::move(key));
    return true;
}

bool GraphmlHandler::endDefault() {
    GraphmlKey& key = keys_[dataKey_];
    if (key.domain == KeyDomain::kIgnored) {
        return true;
    }
    std::string error;
    if (!readKeyValue(key, text_, &error)) {
        return fail(dataAt_, describeKey(key) + ": default " + error);
    }
    key.defaultText = text_;
    return true;
}

bool GraphmlHandler::isTypeKey(const GraphmlKey& key) const {
    // `label` is the type as APOC (and `steppe export`) write it; `type` is a property there,
    // and the type only for tools that write no `label` at all.
    return key.name == "label" ||
           (key.name == "type" && !hasEdgeLabelKey_ && element_.labelText.empty());
}

// ---------------------------------------------------------------------------------------------
// Nodes, edges and their data

bool GraphmlHandler::startNodeOrEdge(bool isNode, const char** attributes, const XmlPlace& at) {
    frames_.push_back(isNode ? Frame::kNode : Frame::kEdge);
    element_.isNode = isNode;
    element_.at = at;
    element_.keysGiven.clear();
    element_.properties.clear();
    element_.hasLabels = element_.hasType = element_.hasGraphId = false;
    const char* label = attribute(attributes, isNode ? "labels" : "label");
    element_.labelText = label != nullptr ? label : "";
    auto required = [&](const char* name, std::string* out) {
        const char* value = attribute(attributes, name);
        if (value == nullptr || *value == '\0') {
            return fail(at, std::string(isNode ? "a <node>" : "an <edge>") + " needs a non-empty " +
                                inQuotes(name) + " attribute");
        }
        out->assign(value);
        return true;
    };
    if (isNode) {
        return required("id", &element_.id);
    }
    return required("source", &element_.source) && required("target", &element_.target);
}

bool GraphmlHandler::startData(const char** attributes, const XmlPlace& at) {
    const char* key = attribute(attributes, "key");
    if (key == nullptr) {
        return fail(at, "a <data> needs a \"key\" attribute");
    }
    const auto found = keyIndex_.find(key);
    if (found == keyIndex_.end()) {
        NearestName nearest(key);
        for (const GraphmlKey& k : keys_) {
            nearest.consider(k.id);
        }
        return fail(at, "a <data> names the undeclared key " + inQuotes(key), nearest.hint());
    }
    const GraphmlKey& declared = keys_[found->second];
    if (declared.domain == KeyDomain::kIgnored) {
        frames_.push_back(Frame::kSkipped);
        skippedDepth_ = 0;
        return true;
    }
    const bool isNode = frames_.back() == Frame::kNode;
    frames_.push_back(Frame::kData);
    if (isNode ? !declared.appliesToNodes() : !declared.appliesToEdges()) {
        return fail(at, describeKey(declared) + " is declared for " +
                            (isNode ? "edges, not for nodes" : "nodes, not for edges"));
    }
    dataKey_ = found->second;
    dataAt_ = at;
    text_.clear();
    return true;
}

bool GraphmlHandler::applyValue(std::uint32_t keyIndex, std::string_view text, const XmlPlace& at) {
    const bool isNode = element_.isNode;
    const char* elementName = isNode ? "node" : "edge";
    const GraphmlKey& key = keys_[keyIndex];
    if (std::find(element_.keysGiven.begin(), element_.keysGiven.end(), keyIndex) !=
        element_.keysGiven.end()) {
        return fail(at, describeKey(key) + " is given twice for this " + elementName);
    }
    element_.keysGiven.push_back(keyIndex);
    if (isNode && idKey_ == keyIndex) {
        element_.graphId.assign(text);
        element_.hasGraphId = true;
        return true;
    }
    if (isNode && key.name == "labels") {
        element_.labels.assign(text);
        element_.hasLabels = true;
        return true;
    }
    if (!isNode && isTypeKey(key)) {
        element_.type.assign(text);
        element_.hasType = true;
        return true;
    }
    std::string error;
    std::optional<Value> value = readKeyValue(key, text, &error);
    if (!value) {
        return fail(at, describeKey(key) + ": " + error);
    }
    for (const PropertyEntry& p : element_.properties) {
        if (p.key == key.property) {
            return fail(at, "two keys give the attribute " + inQuotes(key.name) + " for this " +
                                elementName);
        }
    }
    element_.properties.push_back({key.property, std::move(*value)});
    return true;
}

bool GraphmlHandler::applyDefaults(bool isNode) {
    for (std::uint32_t i = 0; i < keys_.size(); ++i) {
        const GraphmlKey& key = keys_[i];
        if (!key.defaultText || (isNode ? !key.appliesToNodes() : !key.appliesToEdges()) ||
            std::find(element_.keysGiven.begin(), element_.keysGiven.end(), i) !=
                element_.keysGiven.end()) {
            continue;
        }
        // A default fills a gap only: another key of the same name may have given a value.
        const bool present =
            idKey_ != i &&
            std::any_of(element_.properties.begin(), element_.properties.end(),
                        [&](const PropertyEntry& p) { return p.key == key.property; });
        if (!present && !applyValue(i, *key.defaultText, element_.at)) {
            return false;
        }
    }
    return true;
}

bool GraphmlHandler::commitNode() {
    if (!applyDefaults(true)) {
        return false;
    }
    std::vector<LabelId> labels;
    for (std::string_view label :
         splitLabels(element_.hasLabels ? element_.labels : element_.labelText)) {
        labels.push_back(target_.builder().internLabel(label));
    }
    if (!idKey_) {
        if (!target_.addNode(element_.id, labels, std::move(element_.properties))) {
            return fail(element_.at,
                        "attribute \"id\": duplicate node id " + inQuotes(element_.id));
        }
        return true;
    }
    const std::string& id = element_.hasGraphId ? element_.graphId : element_.id;
    if (!nodeIds_.emplace(element_.id, id).second) {
        return fail(element_.at, "attribute \"id\": duplicate node id " + inQuotes(element_.id));
    }
    if (!target_.addNode(id, labels, std::move(element_.properties))) {
        return fail(element_.at,
                    describeKey(keys_[*idKey_]) + ": duplicate node id " + inQuotes(id));
    }
    return true;
}

bool GraphmlHandler::commitEdge() {
    if (!applyDefaults(false)) {
        return false;
    }
    std::string_view type = kDefaultType;
    if (element_.hasType) {
        type = trimmed(element_.type);
    } else if (!element_.labelText.empty()) {
        type = trimmed(element_.labelText);
    }
    if (type.empty()) {
        return fail(element_.at, "the type of this edge is empty");
    }
    const TypeId typeId = target_.builder().internType(type);
    if (idKey_) {
        // An end may be a node further down, whose `_id` is not known yet.
        pendingEdges_.push_back({std::move(element_.source), std::move(element_.target), typeId,
                                 std::move(element_.properties), element_.at});
        return true;
    }
    addEdge(element_.source, element_.target, typeId, std::move(element_.properties), element_.at);
    return true;
}

void GraphmlHandler::addEdge(std::string_view source, std::string_view target, TypeId type,
                             std::vector<PropertyEntry> properties, const XmlPlace& at) {
    target_.addRelationship(
        Endpoint{source, "attribute \"source\"", fileName_, at.line, at.column, at.offset},
        Endpoint{target, "attribute \"target\"", fileName_, at.line, at.column, at.offset}, type,
        std::move(properties));
}

void GraphmlHandler::addPendingEdges() {
    // An end that names no node is kept as written, so that the error names it.
    auto nodeId = [&](const std::string& elementId) -> std::string_view {
        const auto found = nodeIds_.find(elementId);
        return found == nodeIds_.end() ? std::string_view(elementId) : found->second;
    };
    for (PendingEdge& edge : pendingEdges_) {
        addEdge(nodeId(edge.source), nodeId(edge.target), edge.type, std::move(edge.properties),
                edge.at);
    }
    pendingEdges_.clear();
}

} // namespace steppe::engine
