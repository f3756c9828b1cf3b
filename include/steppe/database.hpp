// Database: an in-memory property graph that programs load, inspect and (in later versions)
// query.
//
// Thread safety: any number of threads may call the const methods of one Database at the same
// time, also while another thread loads. Writes (every non-const method) are serialised, and
// each one is all-or-nothing: readers see the graph either entirely before or entirely after
// a write, never half of it. Readers work on an immutable snapshot, so a long read never
// blocks a write and a write never blocks a read.

#ifndef STEPPE_INCLUDE_DATABASE_HPP_
#define STEPPE_INCLUDE_DATABASE_HPP_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "steppe/query_result.hpp"
#include "steppe/schema.hpp"
#include "steppe/status.hpp"

namespace steppe {

namespace internal {
struct DatabaseAccess; // the library's own view of a Database's graph (engine/database_access.hpp)
} // namespace internal

// How a load goes. The imports (importNeo4jCsv, importGraphML) use the progress options only.
struct LoadOptions {
    // Check every citation quote against the text of its source document, when the source
    // names a `file` that exists. A quote that does not occur in it fails the load.
    bool verifyCitations = true;
    // Folder that source `file` paths of JSON text (loadJson) are relative to. Files given to
    // loadFiles resolve them against their own folder instead. Empty means the current folder.
    std::string baseDirectory;

    // Called while the files of a load are read, so that a program can show how far a long
    // load has got (`steppe` draws a progress bar with it); the library itself never prints.
    // `bytesRead` is what has been read of the load's files so far, `totalBytes` their sizes
    // added up when the load starts (grown to bytesRead if a file turns out longer, so
    // bytesRead never exceeds it). Calls come in order from the thread that loads, with
    // bytesRead growing: one each time progressIntervalBytes more have been read (reads go by
    // chunks of up to 1 MiB, so a call may come a little later), and one when the last byte has
    // been read, with bytesRead == totalBytes. The checks that span files (ids, citations)
    // come after that last call. A load that fails stops calling where it stopped reading.
    // loadJson, whose text is already in memory, never calls it.
    // REQUIRES: the callback does not throw, and does not call this Database's non-const
    // methods (the load holds the write lock while it runs).
    // Empty (the default): no calls, and no cost.
    std::function<void(std::uint64_t bytesRead, std::uint64_t totalBytes)> progress;
    // Bytes read, at least, between two calls of `progress`.
    std::uint64_t progressIntervalBytes = std::uint64_t{2} << 20;
};

// What one successful load added.
struct LoadReport {
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t nodes = 0;
    std::uint64_t relationships = 0;
    std::uint64_t citations = 0;
    // Citations whose quote was found in its source text.
    std::uint64_t quotesVerified = 0;
    // Ids of sources whose text was not available, so their quotes could not be verified.
    std::vector<std::string> sourcesWithoutText;
};

// Bytes the in-memory graph takes, per part, measured from the store's containers.
struct MemoryUsage {
    std::uint64_t nodes = 0;         // string ids, their hash index, label sets and label index
    std::uint64_t relationships = 0; // endpoints and type of each relationship
    std::uint64_t adjacency = 0;     // outgoing and incoming CSR, grouped by type
    std::uint64_t properties = 0;    // property tables and the text of string values
    std::uint64_t citations = 0;     // citation tables and quote text
    std::uint64_t total() const {
        return nodes + relationships + adjacency + properties + citations;
    }
};

class Database {
public:
    // Creates an empty database.
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Loads graph files (the JSON format of docs/data-format.md) into this database. Node and
    // source ids are global: files may refer to nodes of each other and of graphs loaded
    // before. All-or-nothing: on any error nothing is added and the database is unchanged.
    // Returns OK on success; on failure a kIoError or kLoadError status whose location names
    // the file, line and column. Fills *report when report is not null and the load succeeds.
    Status loadFiles(const std::vector<std::string>& paths, const LoadOptions& options = {},
                     LoadReport* report = nullptr);

    // Loads one graph document given as text; `name` stands for the file name in messages.
    // Same contract as loadFiles.
    Status loadJson(std::string_view json, std::string_view name = "<json>",
                    const LoadOptions& options = {}, LoadReport* report = nullptr);

    // Imports a graph in the CSV format of `neo4j-admin database import` (also read by Amazon
    // Neptune's openCypher loader): a nodes file with a header such as `:ID,:LABEL,name,age:long`
    // and a relationships file with one such as `:START_ID,:END_ID,:TYPE,since:int`. Node ids
    // are global, as in loadFiles, and the checks are the same: unique ids, relationship ends
    // that name nodes, values of their column's type. Same contract as loadFiles; an error
    // names the file, line and column of the field at fault. `options` may ask for progress
    // calls (LoadOptions::progress).
    Status importNeo4jCsv(const std::string& nodesPath, const std::string& relationshipsPath,
                          const LoadOptions& options, LoadReport* report = nullptr);
    Status importNeo4jCsv(const std::string& nodesPath, const std::string& relationshipsPath,
                          LoadReport* report = nullptr) {
        return importNeo4jCsv(nodesPath, relationshipsPath, LoadOptions(), report);
    }

    // Imports a graph from a GraphML file, as NetworkX, Gephi, yEd, Neo4j's APOC and Steppe's
    // export write it: node ids become ids, typed <key> attributes become properties, a node key
    // `labels` gives labels and an edge key (or attribute) `label` the relationship type (see
    // docs/data-format.md). Same contract as loadFiles; an error names the file, line and
    // column of the element. `options` may ask for progress calls (LoadOptions::progress).
    Status importGraphML(const std::string& path, const LoadOptions& options,
                         LoadReport* report = nullptr);
    Status importGraphML(const std::string& path, LoadReport* report = nullptr) {
        return importGraphML(path, LoadOptions(), report);
    }

    // Writes the whole graph in the loading format to `path` (replacing it). Loading the file
    // into an empty database gives the same graph. The file is written to a temporary name
    // first and renamed, so a failed save never leaves a truncated file behind.
    Status saveJson(const std::string& path) const;

    // Returns the whole graph in the loading format.
    std::string toJson() const;

    // Runs one Cypher statement (docs/query-language.md) with the given parameters and stores
    // its rows in *result. A statement that changes the graph (CREATE) is a write: serialised
    // with other writes and all-or-nothing. Returns OK, or a kSyntaxError / kSemanticError
    // status (found before anything ran; its location points into the query text) or a
    // kTypeError / kArgumentError status (found while running; nothing was changed).
    Status query(std::string_view text, const Parameters& parameters, QueryResult* result);
    Status query(std::string_view text, QueryResult* result) { return query(text, {}, result); }

    // Returns a summary of labels, relationship types, property keys and counts.
    Schema schema() const;

    // Returns the memory the current graph takes. Walks every property value: O(graph).
    MemoryUsage memoryUsage() const;

    // The implementation, opaque to users: it is defined and used only inside the library.
    struct Impl;

private:
    friend struct internal::DatabaseAccess;

    std::unique_ptr<Impl> impl_;
};

// The version of the library, e.g. "0.1.0".
const char* version() noexcept;

} // namespace steppe

#endif // STEPPE_INCLUDE_DATABASE_HPP_
