#include "engine/json_loader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <tuple>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "engine/graph_file_handler.hpp"
#include "engine/input_stream.hpp"
#include "engine/source_text.hpp"
#include "engine/spelling.hpp"

namespace steppe::engine {

namespace {

// Iterative parsing keeps the native stack flat however deep the input nests, so a hostile
// file cannot overflow it. Full precision makes floats read exactly as written.
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag |
                                 rapidjson::kParseValidateEncodingFlag |
                                 rapidjson::kParseFullPrecisionFlag;

bool readWholeFile(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    *out = std::move(buffer).str();
    return !in.bad();
}

// "U+0009; write it as \t": how a control character must be written inside a JSON string.
std::string controlCharacterAdvice(unsigned char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    const std::string code = std::string("00") + kHex[c >> 4] + kHex[c & 0xF];
    std::string escape = "\\u" + code;
    switch (c) {
    case '\b':
        escape = "\\b";
        break;
    case '\t':
        escape = "\\t";
        break;
    case '\n':
        escape = "\\n";
        break;
    case '\f':
        escape = "\\f";
        break;
    case '\r':
        escape = "\\r";
        break;
    default:
        break;
    }
    return "U+" + code + "; write it as " + escape;
}

std::string folderOf(const std::string& path) {
    return std::filesystem::path(path).parent_path().string();
}

} // namespace

JsonLoader::JsonLoader(GraphBuilder& builder, LoadOptions options)
    : state_(builder), options_(std::move(options)) {}

Status JsonLoader::addFile(const std::string& path, ReadProgress* progress) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                         &std::fclose);
    if (!file) {
        return Status::ioError("cannot open " + inQuotes(path) + ": " + std::strerror(errno));
    }
    if (std::filesystem::is_directory(path)) {
        return Status::ioError("cannot load " + inQuotes(path) + ": it is a folder, not a file");
    }
    const auto input = static_cast<std::uint32_t>(state_.inputs.size());
    state_.inputs.push_back(LoadInput{path, path, {}, folderOf(path)});
    InputStream stream(file.get(), progress);
    Status status = parse(stream, input);
    if (status.ok() && stream.readFailed()) {
        return Status::ioError("cannot read " + inQuotes(path) + ": " + std::strerror(errno));
    }
    return status;
}

Status JsonLoader::addText(std::string_view text, std::string_view name) {
    const auto input = static_cast<std::uint32_t>(state_.inputs.size());
    state_.inputs.push_back(LoadInput{std::string(name), {}, text, options_.baseDirectory});
    InputStream stream(text);
    return parse(stream, input);
}

Status JsonLoader::parse(InputStream& stream, std::uint32_t input) {
    GraphFileHandler handler(state_, input, stream);
    rapidjson::Reader reader;
    rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, handler);
    const std::size_t stop = stream.Tell();
    state_.bytes += stop;
    if (state_.problem) {
        return render(*state_.problem);
    }
    // RapidJSON's streams return '\0' at the end of the input, so the parser takes a NUL byte
    // for the end: without this check a document followed by a NUL and anything at all would
    // load, and an error at a NUL would be described as if the text had ended there. Taking
    // one byte tells a real NUL (the position moves) from the end (it does not).
    const char next = stream.Peek();
    const bool atNulByte = next == '\0' && (stream.Take(), stream.Tell() != stop);
    LoadProblem problem;
    problem.input = input;
    if (atNulByte && (!result.IsError() || result.Offset() == stop)) {
        problem.offset = stop;
        problem.message = "invalid JSON: a NUL byte is not allowed in JSON text";
    } else if (!result.IsError()) {
        return Status::OK();
    } else if (result.Code() == rapidjson::kParseErrorStringEscapeInvalid &&
               result.Offset() == stop && static_cast<unsigned char>(next) < 0x20) {
        // RapidJSON says "invalid escape character" for a raw control character in a string,
        // where there is no escape at all.
        problem.offset = stop;
        problem.message = "invalid JSON: a string cannot contain the control character " +
                          controlCharacterAdvice(static_cast<unsigned char>(next));
    } else {
        problem.offset = result.Offset();
        problem.message =
            std::string("invalid JSON: ") + rapidjson::GetParseError_En(result.Code());
        // RapidJSON's messages end with a full stop; ours do not.
        if (!problem.message.empty() && problem.message.back() == '.') {
            problem.message.pop_back();
        }
    }
    state_.problem = problem;
    return render(problem);
}

Status JsonLoader::render(const LoadProblem& problem) const {
    const LoadInput& in = state_.inputs[problem.input];
    std::string fileText;
    std::string_view text = in.text;
    if (!in.path.empty()) {
        // Only an error reads the file whole again, to find line and column.
        readWholeFile(in.path, &fileText);
        text = fileText;
    }
    std::size_t offset = problem.offset;
    if (problem.token == TokenKind::kString) {
        offset = jsonStringStart(text, offset);
    } else if (problem.token == TokenKind::kScalar) {
        offset = jsonScalarStart(text, offset);
    }
    LineColumn at = lineColumnAt(text, offset);
    SourceLocation where{in.name, at.line, at.column, offset, 0};
    std::string message =
        problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
    Status status = Status::loadError(std::move(message), std::move(where));
    return problem.hint.empty() ? status : status.withHint(problem.hint);
}

Status JsonLoader::finish(LoadReport* report) {
    if (state_.problem) {
        return render(*state_.problem);
    }
    Status status = checkNodesDefined();
    if (!status.ok()) {
        return status;
    }
    LoadReport local;
    status = attachCitations(&local);
    if (!status.ok()) {
        return status;
    }
    if (report != nullptr) {
        local.files = state_.inputs.size();
        local.bytes = state_.bytes;
        local.nodes = state_.nodesAdded;
        local.relationships = state_.relationshipsAdded;
        *report = std::move(local);
    }
    return Status::OK();
}

Status JsonLoader::checkNodesDefined() const {
    const GraphBuilder& builder = state_.builder;
    std::vector<NodeIndex> undefined = builder.undefinedNodes();
    if (undefined.empty()) {
        return Status::OK();
    }
    // Report the reference that comes first in the inputs, as a reader would meet it.
    const ForwardReference* first = nullptr;
    NodeIndex firstNode = kNoId;
    for (NodeIndex node : undefined) {
        const ForwardReference& ref = state_.forwardReferences.at(node);
        if (first == nullptr || std::tie(ref.input, ref.end) < std::tie(first->input, first->end)) {
            first = &ref;
            firstNode = node;
        }
    }
    if (first == nullptr) {
        return Status::internal("an undefined node has no recorded reference");
    }
    const std::string_view id = builder.nodeId(firstNode);
    NearestName nearest(id);
    for (NodeIndex n = 0; n < builder.nodeCount(); ++n) {
        if (builder.isDefined(n)) {
            nearest.consider(builder.nodeId(n));
        }
    }
    LoadProblem problem;
    problem.input = first->input;
    problem.offset = first->end;
    problem.token = TokenKind::kString;
    problem.path = "/edges/" + std::to_string(first->edge) + (first->isTarget ? "/to" : "/from");
    problem.message = "unknown node id " + inQuotes(id);
    problem.hint = nearest.hint();
    return render(problem);
}

Status JsonLoader::attachCitations(LoadReport* report) {
    GraphBuilder& builder = state_.builder;
    // The folded text of each source document that has one on disk, read once.
    std::map<SourceIndex, std::string> texts;
    std::vector<bool> reported(builder.sources().size(), false);
    for (PendingCitation& c : state_.citations) {
        const SourceIndex source = builder.findSource(c.doc);
        if (source == kNoId) {
            NearestName nearest(c.doc);
            for (const SourceDocument& s : builder.sources()) {
                nearest.consider(s.id);
            }
            LoadProblem problem{c.input,
                                c.docEnd,
                                TokenKind::kString,
                                c.path + "/doc",
                                "unknown source " + inQuotes(c.doc),
                                ""};
            problem.hint = nearest.hint();
            return render(problem);
        }
        const SourceDocument& doc = builder.sources()[source];
        if (options_.verifyCitations) {
            auto text = texts.find(source);
            if (text == texts.end() && !doc.resolvedPath.empty() &&
                std::filesystem::is_regular_file(doc.resolvedPath)) {
                std::string raw;
                if (!readWholeFile(doc.resolvedPath, &raw)) {
                    return Status::ioError("cannot read " + inQuotes(doc.resolvedPath) +
                                           ", the text of source " + inQuotes(doc.id));
                }
                text = texts.emplace(source, foldWhitespace(raw)).first;
            }
            if (text == texts.end()) {
                if (!reported[source]) {
                    reported[source] = true;
                    report->sourcesWithoutText.push_back(doc.id);
                }
            } else if (text->second.find(foldWhitespace(c.quote)) == std::string::npos) {
                return render(LoadProblem{c.input, c.quoteEnd, TokenKind::kString,
                                          c.path + "/quote",
                                          "quote not found in the text of source " +
                                              inQuotes(doc.id) + " (" + doc.resolvedPath + ")",
                                          ""});
            } else {
                ++report->quotesVerified;
            }
        }
        Citation citation{source, std::move(c.quote)};
        if (c.onNode) {
            builder.addNodeCitation(c.entity, std::move(citation));
        } else {
            builder.addRelCitation(c.entity, std::move(citation));
        }
        ++report->citations;
    }
    state_.citations.clear();
    return Status::OK();
}

} // namespace steppe::engine
