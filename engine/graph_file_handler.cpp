#include "engine/graph_file_handler.hpp"

#include <algorithm>
#include <limits>
#include <span>
#include <utility>

#include "engine/source_text.hpp"
#include "engine/spelling.hpp"

namespace steppe::engine {

namespace {

bool isIgnoredKey(std::string_view key) {
    return key.substr(0, 2) == "x-";
}

// A key inside a JSON pointer: '~' and '/' are escaped (RFC 6901).
std::string pointerToken(std::string_view key) {
    std::string token;
    for (char c : key) {
        if (c == '~') {
            token += "~0";
        } else if (c == '/') {
            token += "~1";
        } else {
            token += c;
        }
    }
    return token;
}

// Bits of the seen-keys masks, one per known key, to catch a key given twice.
enum KeyBit : int {
    kId,
    kLabels,
    kProperties,
    kSource,
    kSources,
    kFrom,
    kTo,
    kType,
    kTitle,
    kFile,
    kUrl,
    kDoc,
    kQuote,
    kNodes,
    kEdges,
    kIgnoredKey, // "x-...": not a bit of the masks, only OpenFrame::keyBit
};

// What a citation that is not an object is told, whether it is a scalar or an array.
constexpr const char* kCitationShape = "must be an object with \"doc\" and \"quote\"";

struct KnownKey {
    std::string_view name;
    int bit;
};

} // namespace

void GraphFileHandler::Element::clear() {
    start = 0;
    seenKeys = 0;
    id.clear();
    from.clear();
    to.clear();
    type.clear();
    idEnd = fromEnd = toEnd = 0;
    labels.clear();
    properties.clear();
    citations.clear();
    source = SourceDocument();
}

GraphFileHandler::GraphFileHandler(LoadState& state, std::uint32_t input, const InputStream& stream)
    : state_(state), input_(input), stream_(stream) {}

bool GraphFileHandler::isArray(Frame frame) {
    switch (frame) {
    case Frame::kSources:
    case Frame::kNodes:
    case Frame::kEdges:
    case Frame::kLabels:
    case Frame::kList:
    case Frame::kCitations:
        return true;
    default:
        return false;
    }
}

bool GraphFileHandler::ignoringKey() const {
    const OpenFrame& top = frames_.back();
    switch (top.frame) {
    case Frame::kTop:
    case Frame::kSource:
    case Frame::kNode:
    case Frame::kEdge:
    case Frame::kCitation:
        return top.keyBit == kIgnoredKey;
    default:
        return false;
    }
}

// ---------------------------------------------------------------------------------------------
// Errors and paths

bool GraphFileHandler::fail(TokenKind token, std::string message, std::string hint) {
    state_.problem = LoadProblem{input_,        stream_.Tell(),     token,
                                 currentPath(), std::move(message), std::move(hint)};
    return false;
}

bool GraphFileHandler::failAt(std::size_t offset, std::string path, std::string message) {
    state_.problem =
        LoadProblem{input_, offset, TokenKind::kExact, std::move(path), std::move(message), {}};
    return false;
}

std::string GraphFileHandler::pathOfTop() const {
    std::string path;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
        const OpenFrame& f = frames_[i];
        path += "/" + (isArray(f.frame) ? std::to_string(f.index) : pointerToken(f.key));
    }
    return path;
}

std::string GraphFileHandler::currentPath() const {
    if (frames_.empty()) {
        return {};
    }
    const OpenFrame& top = frames_.back();
    return pathOfTop() + "/" +
           (isArray(top.frame) ? std::to_string(top.index) : pointerToken(top.key));
}

// ---------------------------------------------------------------------------------------------
// Keys

bool GraphFileHandler::markSeen(int bit) {
    const Frame frame = frames_.back().frame;
    std::uint32_t& seen = frame == Frame::kTop        ? topSeen_
                          : frame == Frame::kCitation ? citation_.seenKeys
                                                      : element_.seenKeys;
    const std::uint32_t mask = 1u << bit;
    if (seen & mask) {
        return fail(TokenKind::kString, "duplicate key " + inQuotes(frames_.back().key));
    }
    seen |= mask;
    return true;
}

bool GraphFileHandler::Key(const char* s, unsigned length, bool) {
    const std::string_view key(s, length);
    OpenFrame& top = frames_.back();
    top.key.assign(key);
    top.keyBit = -1;
    if (top.frame == Frame::kSkipped) {
        return true;
    }
    if (top.frame == Frame::kProperties) {
        if (key.empty()) {
            return fail(TokenKind::kString, "a property key must not be empty");
        }
        const KeyId id = state_.builder.internKey(key);
        for (const PropertyEntry& p : element_.properties) {
            if (p.key == id) {
                return fail(TokenKind::kString, "duplicate key " + inQuotes(key));
            }
        }
        return true;
    }
    if (isIgnoredKey(key)) {
        top.keyBit = kIgnoredKey;
        return true;
    }
    static constexpr KnownKey kTopKeys[] = {
        {"sources", kSources}, {"nodes", kNodes}, {"edges", kEdges}};
    static constexpr KnownKey kSourceKeys[] = {
        {"id", kId}, {"title", kTitle}, {"file", kFile}, {"url", kUrl}};
    static constexpr KnownKey kNodeKeys[] = {{"id", kId},
                                             {"labels", kLabels},
                                             {"properties", kProperties},
                                             {"source", kSource},
                                             {"sources", kSources}};
    static constexpr KnownKey kEdgeKeys[] = {{"from", kFrom},     {"to", kTo},
                                             {"type", kType},     {"properties", kProperties},
                                             {"source", kSource}, {"sources", kSources}};
    static constexpr KnownKey kCitationKeys[] = {{"doc", kDoc}, {"quote", kQuote}};
    std::span<const KnownKey> known;
    switch (top.frame) {
    case Frame::kTop:
        known = kTopKeys;
        break;
    case Frame::kSource:
        known = kSourceKeys;
        break;
    case Frame::kNode:
        known = kNodeKeys;
        break;
    case Frame::kEdge:
        known = kEdgeKeys;
        break;
    default: // kCitation: the only other object frame
        known = kCitationKeys;
        break;
    }
    for (const KnownKey& k : known) {
        if (k.name == key) {
            top.keyBit = k.bit;
            return markSeen(k.bit);
        }
    }
    // Only an unknown key pays for the spelling suggestion.
    NearestName nearest(key);
    for (const KnownKey& k : known) {
        nearest.consider(k.name);
    }
    std::string hint = nearest.hint();
    return fail(TokenKind::kString, "unknown key " + inQuotes(key), std::move(hint));
}

// ---------------------------------------------------------------------------------------------
// Scalars

bool GraphFileHandler::Null() {
    if (!frames_.empty() && frames_.back().frame == Frame::kProperties) {
        // null means "no such property". The entry stays until the element is committed, so
        // that Key() still catches the key given again; the commit drops it.
        element_.properties.push_back({state_.builder.internKey(frames_.back().key), Value()});
        return true;
    }
    if (!frames_.empty() && frames_.back().frame == Frame::kList) {
        return fail(TokenKind::kScalar, "a list property cannot contain null");
    }
    return scalar(Scalar{Value(), {}, false}, TokenKind::kScalar);
}

bool GraphFileHandler::Bool(bool b) {
    return scalar(Scalar{Value::boolean(b), {}, false}, TokenKind::kScalar);
}

bool GraphFileHandler::Uint64(std::uint64_t u) {
    // The data format reads integers that do not fit in int64 as floats.
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return scalar(Scalar{Value::floating(static_cast<double>(u)), {}, false},
                      TokenKind::kScalar);
    }
    return integer(static_cast<std::int64_t>(u));
}

bool GraphFileHandler::String(const char* s, unsigned length, bool) {
    return scalar(Scalar{Value(), std::string_view(s, length), true}, TokenKind::kString);
}

Value GraphFileHandler::Scalar::take() {
    return isString ? Value::string(std::string(text)) : std::move(value);
}

bool GraphFileHandler::scalar(Scalar v, TokenKind token) {
    if (frames_.empty()) {
        return fail(token, "a graph file must be a JSON object");
    }
    OpenFrame& top = frames_.back();
    if (top.frame == Frame::kSkipped || ignoringKey()) {
        return true;
    }
    auto nonEmptyString = [&](std::string* out, std::size_t* end) {
        if (!v.isString || v.text.empty()) {
            return fail(token, "must be a non-empty string");
        }
        out->assign(v.text);
        *end = stream_.Tell();
        return true;
    };
    auto optionalString = [&](std::string* out) {
        if (!v.isString) {
            return fail(token, "must be a string");
        }
        out->assign(v.text);
        return true;
    };
    std::size_t unusedEnd = 0;
    switch (top.frame) {
    case Frame::kTop:
        return fail(token, "must be an array");
    case Frame::kSources:
    case Frame::kNodes:
    case Frame::kEdges:
        return fail(token, "must be an object");
    case Frame::kCitations:
        return fail(token, kCitationShape);
    case Frame::kSource:
        if (top.keyBit == kId) {
            return nonEmptyString(&element_.source.id, &element_.idEnd);
        }
        if (top.keyBit == kTitle) {
            return optionalString(&element_.source.title);
        }
        return optionalString(top.keyBit == kFile ? &element_.source.file : &element_.source.url);
    case Frame::kNode:
        if (top.keyBit == kId) {
            return nonEmptyString(&element_.id, &element_.idEnd);
        }
        if (top.keyBit == kLabels) {
            return fail(token, "must be an array of non-empty strings");
        }
        return fail(token, top.keyBit == kSources  ? "must be an array of citations"
                           : top.keyBit == kSource ? kCitationShape
                                                   : "must be an object");
    case Frame::kEdge:
        if (top.keyBit == kFrom || top.keyBit == kTo) {
            // Resolved when the edge closes; fetching the index's slot now overlaps its cache
            // miss with parsing the rest of the edge.
            state_.builder.prefetchNode(v.text);
            return top.keyBit == kFrom ? nonEmptyString(&element_.from, &element_.fromEnd)
                                       : nonEmptyString(&element_.to, &element_.toEnd);
        }
        if (top.keyBit == kType) {
            return nonEmptyString(&element_.type, &unusedEnd);
        }
        return fail(token, top.keyBit == kSources  ? "must be an array of citations"
                           : top.keyBit == kSource ? kCitationShape
                                                   : "must be an object");
    case Frame::kCitation:
        if (top.keyBit == kDoc) {
            return nonEmptyString(&citation_.doc, &citation_.docEnd);
        }
        if (v.isString && !v.text.empty() && foldWhitespace(v.text).empty()) {
            // A blank quote would be "found" in any text, so it cites nothing.
            return fail(token, "a quote must contain more than white space");
        }
        return nonEmptyString(&citation_.quote, &citation_.quoteEnd);
    case Frame::kLabels:
        if (!v.isString || v.text.empty()) {
            return fail(token, "a label must be a non-empty string");
        }
        element_.labels.push_back(state_.builder.internLabel(v.text));
        break;
    case Frame::kProperties:
        element_.properties.push_back({state_.builder.internKey(top.key), v.take()});
        return true;
    case Frame::kList:
        listItems_.push_back(v.take());
        break;
    case Frame::kSkipped:
        return true;
    }
    ++top.index; // an array element is complete
    return true;
}

// ---------------------------------------------------------------------------------------------
// Containers

bool GraphFileHandler::StartObject() {
    return startContainer(true);
}
bool GraphFileHandler::StartArray() {
    return startContainer(false);
}

bool GraphFileHandler::startContainer(bool isObject) {
    // RapidJSON's iterative parser (the loader's kParseIterativeFlag) calls StartObject and
    // StartArray before it consumes the '{' or '[', so the stream is still at it.
    const std::size_t start = stream_.Tell();
    auto push = [&](Frame f) {
        frames_.push_back(OpenFrame{f, 0, {}});
        return true;
    };
    auto wrong = [&](const std::string& expected) {
        return failAt(start, currentPath(), "must be " + expected);
    };
    auto startCitation = [&]() {
        if (!isObject) {
            return failAt(start, currentPath(), kCitationShape);
        }
        citation_ = StagedCitation();
        citation_.start = start;
        citation_.path = currentPath();
        return push(Frame::kCitation);
    };
    if (frames_.empty()) {
        if (!isObject || done_) {
            return failAt(start, {}, "a graph file must be a JSON object");
        }
        return push(Frame::kTop);
    }
    const OpenFrame& top = frames_.back();
    if (top.frame == Frame::kSkipped || ignoringKey()) {
        return push(Frame::kSkipped);
    }
    switch (top.frame) {
    case Frame::kTop:
        if (isObject) {
            return wrong("an array");
        }
        return push(top.keyBit == kSources ? Frame::kSources
                    : top.keyBit == kNodes ? Frame::kNodes
                                           : Frame::kEdges);
    case Frame::kSources:
    case Frame::kNodes:
    case Frame::kEdges:
        if (!isObject) {
            return wrong("an object");
        }
        element_.clear();
        element_.start = start;
        return push(top.frame == Frame::kSources ? Frame::kSource
                    : top.frame == Frame::kNodes ? Frame::kNode
                                                 : Frame::kEdge);
    case Frame::kNode:
    case Frame::kEdge:
        if (top.keyBit == kLabels) {
            return isObject ? wrong("an array of non-empty strings") : push(Frame::kLabels);
        }
        if (top.keyBit == kProperties) {
            return isObject ? push(Frame::kProperties) : wrong("an object");
        }
        if (top.keyBit == kSource) {
            return startCitation();
        }
        if (top.keyBit == kSources) {
            return isObject ? wrong("an array of citations") : push(Frame::kCitations);
        }
        return wrong("a non-empty string");
    case Frame::kCitations:
        return startCitation();
    case Frame::kSource:
        return wrong("a string");
    case Frame::kCitation:
        return wrong("a non-empty string");
    case Frame::kLabels:
        return failAt(start, currentPath(), "a label must be a non-empty string");
    case Frame::kProperties:
        if (isObject) {
            return failAt(start, currentPath(),
                          "a property value cannot be an object (nested objects are not allowed)");
        }
        listItems_.clear();
        return push(Frame::kList);
    case Frame::kList:
        return failAt(start, currentPath(),
                      "a list property may hold only strings, numbers and booleans");
    case Frame::kSkipped:
        break;
    }
    return push(Frame::kSkipped);
}

bool GraphFileHandler::EndObject(unsigned) {
    return endContainer();
}
bool GraphFileHandler::EndArray(unsigned) {
    return endContainer();
}

bool GraphFileHandler::endContainer() {
    bool ok = true;
    switch (frames_.back().frame) {
    case Frame::kTop:
        done_ = true;
        break;
    case Frame::kSource:
        ok = commitSource();
        break;
    case Frame::kNode:
        ok = commitNode();
        break;
    case Frame::kEdge:
        ok = commitEdge();
        break;
    case Frame::kCitation:
        ok = commitCitation();
        break;
    case Frame::kList: {
        const std::string& key = frames_[frames_.size() - 2].key;
        element_.properties.push_back(
            {state_.builder.internKey(key), Value::list(std::move(listItems_))});
        listItems_.clear();
        break;
    }
    default:
        break;
    }
    if (!ok) {
        return false;
    }
    frames_.pop_back();
    // A container that was an array element completes that element.
    if (!frames_.empty() && isArray(frames_.back().frame)) {
        ++frames_.back().index;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Commits: the source, node, edge or citation whose object just closed. pathOfTop() is then
// the path of that object.

bool GraphFileHandler::commitSource() {
    SourceDocument& source = element_.source;
    if (source.id.empty()) {
        return failAt(element_.start, pathOfTop(), "missing required key \"id\"");
    }
    const LoadInput& in = state_.inputs[input_];
    if (!source.file.empty()) {
        source.resolvedPath = source.file.front() == '/' || in.folder.empty()
                                  ? source.file
                                  : in.folder + "/" + source.file;
    }
    std::string id = source.id;
    if (state_.builder.addSource(std::move(source)) == kNoId) {
        state_.problem = LoadProblem{input_,
                                     element_.idEnd,
                                     TokenKind::kString,
                                     pathOfTop() + "/id",
                                     "duplicate source id " + inQuotes(id),
                                     {}};
        return false;
    }
    return true;
}

bool GraphFileHandler::commitCitation() {
    const char* missing = citation_.doc.empty()     ? "doc"
                          : citation_.quote.empty() ? "quote"
                                                    : nullptr;
    if (missing != nullptr) {
        return failAt(citation_.start, citation_.path, "missing required key " + inQuotes(missing));
    }
    element_.citations.push_back(std::move(citation_));
    citation_ = StagedCitation();
    return true;
}

void GraphFileHandler::stageCitations(bool onNode, std::uint32_t entity) {
    for (StagedCitation& c : element_.citations) {
        state_.citations.push_back(PendingCitation{onNode, entity, input_, std::move(c.doc),
                                                   std::move(c.quote), c.docEnd, c.quoteEnd,
                                                   std::move(c.path)});
    }
}

bool GraphFileHandler::commitNode() {
    if (element_.id.empty()) {
        return failAt(element_.start, pathOfTop(), "missing required key \"id\"");
    }
    GraphBuilder& builder = state_.builder;
    const NodeIndex node = builder.nodeFor(element_.id);
    if (!builder.define(node, element_.labels)) {
        state_.problem = LoadProblem{input_,
                                     element_.idEnd,
                                     TokenKind::kString,
                                     pathOfTop() + "/id",
                                     "duplicate node id " + inQuotes(element_.id),
                                     {}};
        return false;
    }
    for (PropertyEntry& p : element_.properties) {
        if (p.value.kind() != ValueKind::kNull) {
            builder.addNodeProperty(node, p.key, std::move(p.value));
        }
    }
    stageCitations(true, node);
    ++state_.nodesAdded;
    return true;
}

bool GraphFileHandler::commitEdge() {
    const char* missing = element_.from.empty()   ? "from"
                          : element_.to.empty()   ? "to"
                          : element_.type.empty() ? "type"
                                                  : nullptr;
    if (missing != nullptr) {
        return failAt(element_.start, pathOfTop(), "missing required key " + inQuotes(missing));
    }
    GraphBuilder& builder = state_.builder;
    const std::uint32_t edge = frames_[frames_.size() - 2].index;
    // A node not defined yet gets a placeholder; remember where it was first named, in case
    // no file ever defines it.
    auto endpoint = [&](const std::string& id, std::size_t end, bool isTarget) {
        const std::uint32_t before = builder.nodeCount();
        const NodeIndex node = builder.nodeFor(id);
        if (builder.nodeCount() != before) {
            state_.forwardReferences.emplace(node, ForwardReference{input_, end, edge, isTarget});
        }
        return node;
    };
    const NodeIndex from = endpoint(element_.from, element_.fromEnd, false);
    const NodeIndex to = endpoint(element_.to, element_.toEnd, true);
    const RelIndex rel = builder.addRel(from, to, builder.internType(element_.type));
    for (PropertyEntry& p : element_.properties) {
        if (p.value.kind() != ValueKind::kNull) {
            builder.addRelProperty(rel, p.key, std::move(p.value));
        }
    }
    stageCitations(false, rel);
    ++state_.relationshipsAdded;
    return true;
}

} // namespace steppe::engine
