#include "engine/import/graphml_importer.hpp"

#include <cerrno>
#include <cstring>
#include <memory>
#include <new>

#include <expat.h>

#include "engine/import/graphml_handler.hpp"
#include "engine/import/import_target.hpp"
#include "engine/import/input_file.hpp"
#include "engine/spelling.hpp"

namespace steppe::engine {

namespace {

constexpr int kChunkBytes = 1 << 20;
// Expat reports `namespace|local` for an element in a namespace, so that GraphML's elements are
// told from those of yEd or other tools whatever prefix a file gives them.
constexpr char kNamespaceSeparator = '|';

struct Parse {
    XML_Parser parser;
    GraphmlHandler& handler;
};

XmlPlace placeOf(XML_Parser parser) {
    // Expat counts columns from 0, in characters; ours count from 1.
    return XmlPlace{static_cast<std::uint32_t>(XML_GetCurrentLineNumber(parser)),
                    static_cast<std::uint32_t>(XML_GetCurrentColumnNumber(parser) + 1),
                    static_cast<std::uint64_t>(XML_GetCurrentByteIndex(parser))};
}

void onStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* parse = static_cast<Parse*>(data);
    if (!parse->handler.startElement(name, attributes, placeOf(parse->parser))) {
        XML_StopParser(parse->parser, XML_FALSE);
    }
}

void onEnd(void* data, const XML_Char*) {
    auto* parse = static_cast<Parse*>(data);
    if (!parse->handler.endElement()) {
        XML_StopParser(parse->parser, XML_FALSE);
    }
}

void onText(void* data, const XML_Char* text, int length) {
    static_cast<Parse*>(data)->handler.text(
        std::string_view(text, static_cast<std::size_t>(length)));
}

} // namespace

Status importGraphML(const std::string& path, GraphBuilder& builder, ReadProgress& progress,
                     LoadReport* report) {
    FilePointer file(nullptr, &std::fclose);
    if (Status status = openInputFile(path, &file); !status.ok()) {
        return status;
    }
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(
        XML_ParserCreateNS(nullptr, kNamespaceSeparator), &XML_ParserFree);
    if (!parser) {
        throw std::bad_alloc();
    }
    ImportTarget target(builder);
    GraphmlHandler handler(target, path);
    Parse parse{parser.get(), handler};
    XML_SetUserData(parser.get(), &parse);
    XML_SetElementHandler(parser.get(), &onStart, &onEnd);
    XML_SetCharacterDataHandler(parser.get(), &onText);

    std::uint64_t bytes = 0;
    bool last = false;
    while (!last) {
        void* buffer = XML_GetBuffer(parser.get(), kChunkBytes);
        if (buffer == nullptr) {
            throw std::bad_alloc();
        }
        const std::size_t got = std::fread(buffer, 1, kChunkBytes, file.get());
        if (got == 0 && std::ferror(file.get())) {
            return Status::ioError("cannot read " + inQuotes(path) + ": " + std::strerror(errno));
        }
        last = got == 0;
        bytes += got;
        progress.advance(got);
        if (XML_ParseBuffer(parser.get(), static_cast<int>(got), last) == XML_STATUS_ERROR) {
            if (!handler.status().ok()) {
                return handler.status();
            }
            const XmlPlace at = placeOf(parser.get());
            return Status::loadError(std::string("invalid XML: ") +
                                         XML_ErrorString(XML_GetErrorCode(parser.get())),
                                     SourceLocation{path, at.line, at.column, at.offset, 0});
        }
    }
    progress.finish();
    if (Status status = target.checkEndpoints(); !status.ok()) {
        return status;
    }
    if (report != nullptr) {
        *report = LoadReport();
        report->files = 1;
        report->bytes = bytes;
        target.countInto(report);
    }
    return Status::OK();
}

} // namespace steppe::engine
