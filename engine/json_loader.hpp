// JsonLoader: loads graph files (docs/data-format.md) into a GraphBuilder.
//
// Each file is parsed as a stream of SAX events (RapidJSON), never as a whole-document DOM, so a
// load needs memory for the graph it builds, not for the file. The loader stops at the first
// error and reports it with file, line, column and JSON path; the caller discards the builder,
// which makes a load all-or-nothing.
#ifndef STEPPE_ENGINE_JSON_LOADER_HPP_
#define STEPPE_ENGINE_JSON_LOADER_HPP_

#include <string>
#include <string_view>

#include "engine/graph_builder.hpp"
#include "engine/input_stream.hpp"
#include "engine/load_state.hpp"
#include "engine/read_progress.hpp"
#include "steppe/database.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

class JsonLoader {
public:
    JsonLoader(GraphBuilder& builder, LoadOptions options);

    // Parses one graph file into the builder, counting what it reads towards `progress` when
    // that is not null.
    Status addFile(const std::string& path, ReadProgress* progress = nullptr);
    // Parses one graph document held in memory; `text` must outlive finish().
    Status addText(std::string_view text, std::string_view name);

    // Checks what spans all inputs: every node named by an edge is defined somewhere, every
    // citation names a declared source, and (when asked) every quote occurs in its source's
    // text. Then hands the citations to the builder. Fills *report when not null.
    Status finish(LoadReport* report);

private:
    Status parse(InputStream& stream, std::uint32_t input);
    // Turns a located problem into a Status with file, line and column.
    Status render(const LoadProblem& problem) const;
    Status checkNodesDefined() const;
    Status attachCitations(LoadReport* report);

    LoadState state_;
    LoadOptions options_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_JSON_LOADER_HPP_
