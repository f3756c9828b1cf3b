// Tests of loading graph files (docs/data-format.md) through the public Database API: every
// class of load error with its exact rendering "file:line:column: /json/path: message (hint)",
// what loads successfully (x- keys, forward references, citations, property values), the
// all-or-nothing contract and the LoadReport.
//
// Expected lines and columns are worked out by hand from the documents below; columns count
// Unicode code points and point at the first character of the offending token.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "steppe/database.hpp"
#include "steppe/schema.hpp"
#include "steppe/status.hpp"

namespace {

namespace fs = std::filesystem;

using steppe::Database;
using steppe::LoadOptions;
using steppe::LoadReport;
using steppe::Schema;
using steppe::Status;
using steppe::StatusCode;

// ---------------------------------------------------------------------------------------------
// Helpers

// A small graph that every error test loads first, so that each error test also checks that the
// failed load left the graph exactly as it was. Its ids are far from every id the tests use, so
// they never turn up in did-you-mean hints.
constexpr std::string_view kBaseGraph = R"({
  "sources": [{"id": "zz-base-source", "title": "Base"}],
  "nodes": [
    {"id": "zz-base-1", "labels": ["ZzBase"], "properties": {"zz": 1},
     "source": {"doc": "zz-base-source", "quote": "base"}},
    {"id": "zz-base-2"}
  ],
  "edges": [{"from": "zz-base-1", "to": "zz-base-2", "type": "ZZ_BASE"}]
})";

// Loads `json` (named "g.json") into a database that holds kBaseGraph, expects a load error,
// checks that the graph and the report are untouched, and returns the error's toString().
std::string loadError(std::string_view json, const LoadOptions& options = {}) {
    Database db;
    const Status base = db.loadJson(kBaseGraph, "base.json");
    EXPECT_TRUE(base.ok()) << base.toString();
    const std::string before = db.toJson();
    LoadReport report;
    report.nodes = 777;
    const Status status = db.loadJson(json, "g.json", options, &report);
    EXPECT_EQ(status.code(), StatusCode::kLoadError) << status.toString();
    EXPECT_EQ(db.toJson(), before) << "a failed load changed the graph";
    EXPECT_EQ(report.nodes, 777u) << "a failed load filled the report";
    return status.toString();
}

// Loads `json` into `db` and expects success.
LoadReport loadOk(Database& db, std::string_view json, const LoadOptions& options = {}) {
    LoadReport report;
    const Status status = db.loadJson(json, "g.json", options, &report);
    EXPECT_TRUE(status.ok()) << status.toString();
    return report;
}

// The toJson() of a database after loading `json` alone, or "" when it does not load.
std::string graphOf(std::string_view json) {
    Database db;
    const Status status = db.loadJson(json, "g.json");
    EXPECT_TRUE(status.ok()) << status.toString();
    return status.ok() ? db.toJson() : std::string();
}

std::string emptyGraph() {
    return Database().toJson();
}

// `count` copies of `s`.
std::string repeat(std::string_view s, std::size_t count) {
    std::string out;
    out.reserve(s.size() * count);
    for (std::size_t i = 0; i < count; ++i) {
        out += s;
    }
    return out;
}

// A fresh folder under the system's temporary folder, removed with everything in it at the end
// of the test.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        dir_ =
            fs::temp_directory_path() / ("steppe-json-loader-test-" + std::to_string(::getpid()) +
                                         "-" + std::to_string(counter++));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    // The full path of `name` inside the folder.
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    std::string dir() const { return dir_.string(); }

    // Writes `content` to `name` and returns its full path.
    std::string write(const std::string& name, std::string_view content) const {
        const std::string full = path(name);
        std::ofstream out(full, std::ios::binary | std::ios::trunc);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        EXPECT_TRUE(out.good()) << "cannot write " << full;
        return full;
    }

private:
    fs::path dir_;
};

// The text of a source document, with a no-break space (U+00A0) and line breaks where the quotes
// below have plain spaces, and a plain space where one quote has a line break.
const std::string kOverviewText = "The Biosafety Association for Central Asia and the Caucasus\n"
                                  "was established\xC2\xA0in  2009.\n"
                                  "Member countries of BACAC initially were Kazakhstan,\n"
                                  "Kyrgyzstan and Tajikistan.\n";

// ---------------------------------------------------------------------------------------------
// JSON syntax errors: RapidJSON's message, at the character where the parse failed.

TEST(JsonLoaderSyntaxTest, EmptyInput) {
    EXPECT_EQ(loadError(""), "g.json:1:1: invalid JSON: The document is empty");
    EXPECT_EQ(loadError("  \n  "), "g.json:2:3: invalid JSON: The document is empty");
}

TEST(JsonLoaderSyntaxTest, MissingCommaBetweenArrayElements) {
    EXPECT_EQ(loadError(R"({"nodes": [
  {"id": "a"}
  {"id": "b"}
]})"),
              "g.json:3:3: invalid JSON: Missing a comma or ']' after an array element");
}

TEST(JsonLoaderSyntaxTest, MissingCommaBetweenMembers) {
    EXPECT_EQ(loadError(R"({"nodes": [] "edges": []})"),
              "g.json:1:14: invalid JSON: Missing a comma or '}' after an object member");
}

TEST(JsonLoaderSyntaxTest, MissingColon) {
    EXPECT_EQ(loadError(R"({"nodes" []})"),
              "g.json:1:10: invalid JSON: Missing a colon after a name of object member");
}

TEST(JsonLoaderSyntaxTest, TruncatedDocument) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"})"),
              "g.json:1:23: invalid JSON: Missing a comma or ']' after an array element");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a)"),
              "g.json:1:21: invalid JSON: Missing a closing quotation mark in string");
    EXPECT_EQ(loadError(R"({"nodes":)"), "g.json:1:10: invalid JSON: Invalid value");
}

TEST(JsonLoaderSyntaxTest, TrailingGarbage) {
    EXPECT_EQ(loadError(R"({"nodes": []} x)"),
              "g.json:1:15: invalid JSON: The document root must not be followed by other values");
    EXPECT_EQ(loadError("{} {}"),
              "g.json:1:4: invalid JSON: The document root must not be followed by other values");
}

TEST(JsonLoaderSyntaxTest, InvalidUtf8) {
    // The bad byte is reported, in a value and in a key.
    EXPECT_EQ(loadError(std::string(R"({"nodes": [{"id": "a)") + '\xFF' + R"("}]})"),
              "g.json:1:21: invalid JSON: Invalid encoding in string");
    EXPECT_EQ(loadError(std::string(R"({"no)") + '\xC3' + R"(des": []})"),
              "g.json:1:5: invalid JSON: Invalid encoding in string");
    // Columns count code points: "Қаз" is three columns (six bytes).
    EXPECT_EQ(loadError(std::string(R"({"nodes": [{"id": "Қаз)") + '\xFF' + R"("}]})"),
              "g.json:1:23: invalid JSON: Invalid encoding in string");
}

TEST(JsonLoaderSyntaxTest, NulByte) {
    // RapidJSON's end-of-input marker is '\0'; a real NUL byte must not end the document early.
    EXPECT_EQ(loadError(std::string("{}\0{\"x\": 1}", 11)),
              "g.json:1:3: invalid JSON: a NUL byte is not allowed in JSON text");
    EXPECT_EQ(loadError(std::string("{\"nodes\": [\0]}", 14)),
              "g.json:1:12: invalid JSON: a NUL byte is not allowed in JSON text");
    EXPECT_EQ(loadError(std::string("{\"nodes\": [{\"id\": \"a\0b\"}]}", 25)),
              "g.json:1:21: invalid JSON: a NUL byte is not allowed in JSON text");
}

TEST(JsonLoaderSyntaxTest, RawControlCharacterInString) {
    EXPECT_EQ(loadError("{\"nodes\": [{\"id\": \"a\tb\"}]}"),
              R"(g.json:1:21: invalid JSON: a string cannot contain the control character )"
              R"(U+0009; write it as \t)");
    // A quote pasted with its line break: the error is at the end of the first line.
    EXPECT_EQ(loadError("{\"nodes\": [{\"id\": \"a\nb\"}]}"),
              R"(g.json:1:21: invalid JSON: a string cannot contain the control character )"
              R"(U+000A; write it as \n)");
    EXPECT_EQ(loadError("{\"nodes\": [{\"id\": \"a\x01\"}]}"),
              R"(g.json:1:21: invalid JSON: a string cannot contain the control character )"
              R"(U+0001; write it as \u0001)");
    // A real bad escape keeps RapidJSON's message, at the backslash.
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "\x"}]})"),
              "g.json:1:20: invalid JSON: Invalid escape character in string");
}

TEST(JsonLoaderSyntaxTest, NumberTooBig) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"p": 1e400}}]})"),
              "g.json:1:44: invalid JSON: Number too big to be stored in double");
}

// ---------------------------------------------------------------------------------------------
// The top level must be an object.

TEST(JsonLoaderTopLevelTest, ArrayIsRejected) {
    EXPECT_EQ(loadError("[]"), "g.json:1:1: a graph file must be a JSON object");
    EXPECT_EQ(loadError("\n  [{\"nodes\": []}]"), "g.json:2:3: a graph file must be a JSON object");
}

TEST(JsonLoaderTopLevelTest, ScalarIsRejected) {
    EXPECT_EQ(loadError("42"), "g.json:1:1: a graph file must be a JSON object");
    EXPECT_EQ(loadError("  \"graph\""), "g.json:1:3: a graph file must be a JSON object");
    EXPECT_EQ(loadError("null"), "g.json:1:1: a graph file must be a JSON object");
    EXPECT_EQ(loadError("\n true"), "g.json:2:2: a graph file must be a JSON object");
}

TEST(JsonLoaderTopLevelTest, EmptyObjectLoads) {
    Database db;
    const LoadReport report = loadOk(db, "{}");
    EXPECT_EQ(report.files, 1u);
    EXPECT_EQ(report.bytes, 2u);
    EXPECT_EQ(report.nodes, 0u);
    EXPECT_EQ(db.toJson(), emptyGraph());
}

// ---------------------------------------------------------------------------------------------
// Unknown keys are errors, with a did-you-mean hint when a known key is close.

TEST(JsonLoaderUnknownKeyTest, TopLevel) {
    EXPECT_EQ(loadError(R"({"node": []})"),
              R"(g.json:1:2: /node: unknown key "node" (did you mean "nodes"?))");
    EXPECT_EQ(loadError(R"({"nodes": [], "vertices": []})"),
              R"(g.json:1:15: /vertices: unknown key "vertices")");
    // Only a lower-case "x-" prefix is ignored.
    EXPECT_EQ(loadError(R"({"X-note": 1})"), R"(g.json:1:2: /X-note: unknown key "X-note")");
}

TEST(JsonLoaderUnknownKeyTest, Node) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "lables": ["A"]}]})"),
              R"(g.json:1:24: /nodes/0/lables: unknown key "lables" (did you mean "labels"?))");
    // An edge key on a node: nothing close, so no hint.
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "type": "T"}]})"),
              R"(g.json:1:24: /nodes/0/type: unknown key "type")");
}

TEST(JsonLoaderUnknownKeyTest, Edge) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}, {"id": "b"}],
 "edges": [{"form": "a", "to": "b", "type": "T"}]})"),
              R"(g.json:2:13: /edges/0/form: unknown key "form" (did you mean "from"?))");
}

TEST(JsonLoaderUnknownKeyTest, Source) {
    EXPECT_EQ(loadError(R"({"sources": [{"id": "s", "titel": "T"}]})"),
              R"(g.json:1:26: /sources/0/titel: unknown key "titel" (did you mean "title"?))");
}

TEST(JsonLoaderUnknownKeyTest, Citation) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "source": {"doc": "s", "qoute": "q"}}]})"),
              R"(g.json:1:47: /nodes/0/source/qoute: unknown key "qoute" (did you mean "quote"?))");
}

TEST(JsonLoaderUnknownKeyTest, ColumnsCountCodePoints) {
    // "Қазақстан🌍" is ten code points: nine two-byte letters and one four-byte emoji.
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "Қазақстан🌍", "lables": []}]})"),
              R"(g.json:1:33: /nodes/0/lables: unknown key "lables" (did you mean "labels"?))");
}

// Keys starting with "x-" are ignored wherever keys are checked, whatever their value holds,
// including keys and shapes that would be errors outside them.
TEST(JsonLoaderExtensionKeyTest, IgnoredAtEveryLevel) {
    const std::string withExtensions = R"({
  "x-top": {"nodes": 1, "deep": [[{"id": null, "lables": {}}]]},
  "x-": "bare prefix",
  "sources": [{"id": "s", "x-note": ["a", {"b": [true, null]}], "title": "S"}],
  "nodes": [
    {"id": "a", "x-layout": {"x": 1.5, "y": -2}, "labels": ["A"],
     "source": {"doc": "s", "quote": "q", "x-page": 12}},
    {"id": "b", "x-flag": null, "x-list": [[[]]], "x-text": "t", "x-number": 1e3}
  ],
  "edges": [{"from": "a", "to": "b", "type": "T", "x-weight": false,
             "sources": [{"x-by": {"who": ["me"]}, "doc": "s", "quote": "r"}]}],
  "x-tail": [1, 2, 3]
})";
    const std::string plain = R"({
  "sources": [{"id": "s", "title": "S"}],
  "nodes": [
    {"id": "a", "labels": ["A"], "source": {"doc": "s", "quote": "q"}},
    {"id": "b"}
  ],
  "edges": [{"from": "a", "to": "b", "type": "T", "sources": [{"doc": "s", "quote": "r"}]}]
})";
    Database db;
    const LoadReport report = loadOk(db, withExtensions);
    EXPECT_EQ(report.nodes, 2u);
    EXPECT_EQ(report.relationships, 1u);
    EXPECT_EQ(report.citations, 2u);
    EXPECT_EQ(db.toJson(), graphOf(plain));
    EXPECT_NE(db.toJson(), emptyGraph());
}

// ---------------------------------------------------------------------------------------------
// A key given twice in one object is an error at its second occurrence.

TEST(JsonLoaderDuplicateKeyTest, TopLevel) {
    EXPECT_EQ(loadError(R"({"nodes": [], "nodes": []})"),
              R"(g.json:1:15: /nodes: duplicate key "nodes")");
}

TEST(JsonLoaderDuplicateKeyTest, Node) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "id": "b"}]})"),
              R"(g.json:1:24: /nodes/0/id: duplicate key "id")");
}

TEST(JsonLoaderDuplicateKeyTest, Edge) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}],
 "edges": [
  {"from": "a", "to": "a", "type": "T", "to": "a"}
 ]})"),
              R"(g.json:3:41: /edges/0/to: duplicate key "to")");
}

TEST(JsonLoaderDuplicateKeyTest, Source) {
    EXPECT_EQ(loadError(R"({"sources": [{"id": "s", "id": "t"}]})"),
              R"(g.json:1:26: /sources/0/id: duplicate key "id")");
}

TEST(JsonLoaderDuplicateKeyTest, Property) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"k": 1, "k": 2}}]})"),
              R"(g.json:1:47: /nodes/0/properties/k: duplicate key "k")");
    // The first value being null (no such property) or a list does not hide the duplicate.
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"k": null, "k": 2}}]})"),
              R"(g.json:1:50: /nodes/0/properties/k: duplicate key "k")");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"k": [1], "k": 2}}]})"),
              R"(g.json:1:49: /nodes/0/properties/k: duplicate key "k")");
}

TEST(JsonLoaderDuplicateKeyTest, Citation) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "source": {"doc": "s", "doc": "s"}}]})"),
              R"(g.json:1:47: /nodes/0/source/doc: duplicate key "doc")");
}

// ---------------------------------------------------------------------------------------------
// Values of the wrong type, reported at the first character of the value.

TEST(JsonLoaderWrongTypeTest, TopLevelSectionsMustBeArrays) {
    EXPECT_EQ(loadError(R"({"nodes": {}})"), "g.json:1:11: /nodes: must be an array");
    EXPECT_EQ(loadError(R"({"nodes": "a"})"), "g.json:1:11: /nodes: must be an array");
    EXPECT_EQ(loadError(R"({"edges": 3})"), "g.json:1:11: /edges: must be an array");
    EXPECT_EQ(loadError(R"({"sources": {"id": "s"}})"), "g.json:1:13: /sources: must be an array");
}

TEST(JsonLoaderWrongTypeTest, ElementsMustBeObjects) {
    EXPECT_EQ(loadError(R"({"nodes": ["a"]})"), "g.json:1:12: /nodes/0: must be an object");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}, 5]})"),
              "g.json:1:25: /nodes/1: must be an object");
    EXPECT_EQ(loadError(R"({"nodes": [[]]})"), "g.json:1:12: /nodes/0: must be an object");
    EXPECT_EQ(loadError(R"({"edges": [null]})"), "g.json:1:12: /edges/0: must be an object");
    EXPECT_EQ(loadError(R"({"sources": ["s"]})"), "g.json:1:14: /sources/0: must be an object");
}

TEST(JsonLoaderWrongTypeTest, NodeId) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": 7}]})"),
              "g.json:1:19: /nodes/0/id: must be a non-empty string");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": ""}]})"),
              "g.json:1:19: /nodes/0/id: must be a non-empty string");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": ["a"]}]})"),
              "g.json:1:19: /nodes/0/id: must be a non-empty string");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": null}]})"),
              "g.json:1:19: /nodes/0/id: must be a non-empty string");
}

TEST(JsonLoaderWrongTypeTest, Labels) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "labels": "A"}]})"),
              "g.json:1:34: /nodes/0/labels: must be an array of non-empty strings");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "labels": {}}]})"),
              "g.json:1:34: /nodes/0/labels: must be an array of non-empty strings");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "labels": ["A", ""]}]})"),
              "g.json:1:40: /nodes/0/labels/1: a label must be a non-empty string");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "labels": [1]}]})"),
              "g.json:1:35: /nodes/0/labels/0: a label must be a non-empty string");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "labels": [["A"]]}]})"),
              "g.json:1:35: /nodes/0/labels/0: a label must be a non-empty string");
}

TEST(JsonLoaderWrongTypeTest, EdgeEndsAndType) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}],
 "edges": [
  {"from": "a", "to": "a", "type": ["T", "U"]}
 ]})"),
              "g.json:3:36: /edges/0/type: must be a non-empty string");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}],
 "edges": [
  {"from": "a", "to": "a", "type": ""}
 ]})"),
              "g.json:3:36: /edges/0/type: must be a non-empty string");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}],
 "edges": [
  {"from": 1, "to": "a", "type": "T"}
 ]})"),
              "g.json:3:12: /edges/0/from: must be a non-empty string");
}

TEST(JsonLoaderWrongTypeTest, Properties) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": []}]})"),
              "g.json:1:38: /nodes/0/properties: must be an object");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": "p"}]})"),
              "g.json:1:38: /nodes/0/properties: must be an object");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"": 1}}]})"),
              "g.json:1:39: /nodes/0/properties/: a property key must not be empty");
}

TEST(JsonLoaderWrongTypeTest, NestedObjectAsPropertyValue) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"p": {"q": 1}}}]})"),
              "g.json:1:44: /nodes/0/properties/p: a property value cannot be an object "
              "(nested objects are not allowed)");
    // The key is escaped in the JSON path as RFC 6901 says ('/' becomes "~1").
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"a/b": {}}}]})"),
              "g.json:1:46: /nodes/0/properties/a~1b: a property value cannot be an object "
              "(nested objects are not allowed)");
}

TEST(JsonLoaderWrongTypeTest, ListItems) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"p": [1, [2]]}}]})"),
              "g.json:1:48: /nodes/0/properties/p/1: a list property may hold only strings, "
              "numbers and booleans");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"p": [{"q": 1}]}}]})"),
              "g.json:1:45: /nodes/0/properties/p/0: a list property may hold only strings, "
              "numbers and booleans");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"p": ["a", null]}}]})"),
              "g.json:1:50: /nodes/0/properties/p/1: a list property cannot contain null");
}

TEST(JsonLoaderWrongTypeTest, Citations) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "source": "wiki"}]})"),
              R"(g.json:1:34: /nodes/0/source: must be an object with "doc" and "quote")");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "source": ["wiki"]}]})"),
              R"(g.json:1:34: /nodes/0/source: must be an object with "doc" and "quote")");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "sources": {"doc": "s", "quote": "q"}}]})"),
              "g.json:1:35: /nodes/0/sources: must be an array of citations");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "sources": ["s"]}]})"),
              R"(g.json:1:36: /nodes/0/sources/0: must be an object with "doc" and "quote")");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "source": {"doc": 5, "quote": "q"}}]})"),
              "g.json:1:42: /nodes/0/source/doc: must be a non-empty string");
}

TEST(JsonLoaderWrongTypeTest, SourceDocumentFields) {
    EXPECT_EQ(loadError(R"({"sources": [{"id": 1}]})"),
              "g.json:1:21: /sources/0/id: must be a non-empty string");
    EXPECT_EQ(loadError(R"({"sources": [{"id": "s", "title": 5}]})"),
              "g.json:1:35: /sources/0/title: must be a string");
    EXPECT_EQ(loadError(R"({"sources": [{"id": "s", "file": []}]})"),
              "g.json:1:34: /sources/0/file: must be a string");
}

// ---------------------------------------------------------------------------------------------
// Missing required keys, reported at the '{' of the object that lacks them.

TEST(JsonLoaderMissingKeyTest, NodeId) {
    EXPECT_EQ(loadError(R"({"nodes": [{"labels": ["A"]}]})"),
              R"(g.json:1:12: /nodes/0: missing required key "id")");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}, {}]})"),
              R"(g.json:1:25: /nodes/1: missing required key "id")");
}

TEST(JsonLoaderMissingKeyTest, EdgeFromToType) {
    const auto withEdge = [](std::string_view edge) {
        return std::string("{\"nodes\": [{\"id\": \"a\"}],\n \"edges\": [\n  ") +
               std::string(edge) + "\n ]}";
    };
    EXPECT_EQ(loadError(withEdge(R"({"to": "a", "type": "T"})")),
              R"(g.json:3:3: /edges/0: missing required key "from")");
    EXPECT_EQ(loadError(withEdge(R"({"from": "a", "type": "T"})")),
              R"(g.json:3:3: /edges/0: missing required key "to")");
    EXPECT_EQ(loadError(withEdge(R"({"from": "a", "to": "a"})")),
              R"(g.json:3:3: /edges/0: missing required key "type")");
    EXPECT_EQ(loadError(withEdge("{}")), R"(g.json:3:3: /edges/0: missing required key "from")");
}

TEST(JsonLoaderMissingKeyTest, SourceId) {
    EXPECT_EQ(loadError(R"({"sources": [{"title": "T"}]})"),
              R"(g.json:1:14: /sources/0: missing required key "id")");
}

TEST(JsonLoaderMissingKeyTest, CitationDocAndQuote) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "source": {"doc": "s"}}]})"),
              R"(g.json:1:34: /nodes/0/source: missing required key "quote")");
    EXPECT_EQ(
        loadError(
            R"({"nodes": [{"id": "a", "sources": [{"doc": "s", "quote": "q"}, {"quote": "q"}]}]})"),
        R"(g.json:1:64: /nodes/0/sources/1: missing required key "doc")");
}

// ---------------------------------------------------------------------------------------------
// Duplicate ids, within one load and across loads into the same database.

TEST(JsonLoaderDuplicateIdTest, NodeWithinFile) {
    EXPECT_EQ(loadError(R"({"nodes": [
  {"id": "a"},
  {"id": "a"}
]})"),
              R"(g.json:3:10: /nodes/1/id: duplicate node id "a")");
}

TEST(JsonLoaderDuplicateIdTest, NodeIdWithEscapedQuotes) {
    // The position is the opening quote even when the id holds escaped quotes or ends in an
    // escaped backslash; the message escapes them again, so the id reads unambiguously.
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "say \"hi\""}, {"id": "say \"hi\""}]})"),
              R"(g.json:1:41: /nodes/1/id: duplicate node id "say \"hi\"")");
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a\\"}, {"id": "a\\"}]})"),
              R"(g.json:1:34: /nodes/1/id: duplicate node id "a\\")");
}

TEST(JsonLoaderEncodingTest, SkipsAByteOrderMarkAndCountsColumnsWithoutIt) {
    Database db;
    ASSERT_TRUE(db.loadJson("\xEF\xBB\xBF{\"nodes\": [{\"id\": \"a\"}]}", "g.json").ok());
    EXPECT_EQ(loadError("\xEF\xBB\xBF{\"nodes\": [{\"id\": 5}]}"),
              "g.json:1:19: /nodes/0/id: must be a non-empty string");
}

TEST(JsonLoaderCitationTest, RejectsAQuoteOfOnlyWhiteSpace) {
    // Folded, a blank quote is empty and would be "found" in any text.
    EXPECT_EQ(loadError(R"({"sources": [{"id": "s"}],
 "nodes": [{"id": "a", "source": {"doc": "s", "quote": " \t "}}]})"),
              "g.json:2:56: /nodes/0/source/quote: a quote must contain more than white space");
}

TEST(JsonLoaderSchemaTest, AKeyOnlyEverNullIsNotInTheSchema) {
    Database db;
    ASSERT_TRUE(
        db.loadJson(R"({"nodes": [{"id": "a", "properties": {"gone": null, "kept": 1}}]})").ok());
    Schema schema = db.schema();
    ASSERT_EQ(schema.propertyKeys.size(), 1u);
    EXPECT_EQ(schema.propertyKeys[0].name, "kept");
}

TEST(JsonLoaderDuplicateIdTest, NodeAcrossLoadsKeepsFirstGraph) {
    Database db;
    ASSERT_TRUE(
        db.loadJson(R"({"nodes": [{"id": "kazakhstan", "labels": ["Country"]}]})", "first.json")
            .ok());
    const std::string first = db.toJson();
    const Status status = db.loadJson(R"({"nodes": [
  {"id": "bacac"},
  {"id": "kazakhstan"}
]})",
                                      "second.json");
    EXPECT_EQ(status.code(), StatusCode::kLoadError);
    EXPECT_EQ(status.toString(),
              R"(second.json:3:10: /nodes/1/id: duplicate node id "kazakhstan")");
    EXPECT_EQ(db.toJson(), first);
    EXPECT_EQ(db.schema().nodes, 1u);
}

TEST(JsonLoaderDuplicateIdTest, Source) {
    EXPECT_EQ(loadError(R"({"sources": [{"id": "s"}, {"id": "s"}]})"),
              R"(g.json:1:34: /sources/1/id: duplicate source id "s")");
    // kBaseGraph, loaded before, declares "zz-base-source".
    EXPECT_EQ(loadError(R"({"sources": [{"id": "zz-base-source"}]})"),
              R"(g.json:1:21: /sources/0/id: duplicate source id "zz-base-source")");
}

// ---------------------------------------------------------------------------------------------
// Edge ends must name a node defined somewhere in the load (or loaded before).

TEST(JsonLoaderDanglingTest, UnknownNodeWithHint) {
    const std::string json = R"({"nodes": [{"id": "kazakhstan"}, {"id": "bacac"}],
 "edges": [
  {"from": "kazakhstan", "to": "bacac", "type": "MEMBER_OF"},
  {"from": "kazakstan", "to": "bacac", "type": "MEMBER_OF"}
 ]})";
    EXPECT_EQ(
        loadError(json),
        R"(g.json:4:12: /edges/1/from: unknown node id "kazakstan" (did you mean "kazakhstan"?))");

    Database db;
    const Status status = db.loadJson(json, "g.json");
    EXPECT_EQ(status.message(), R"(/edges/1/from: unknown node id "kazakstan")");
    EXPECT_EQ(status.hint(), R"(did you mean "kazakhstan"?)");
    EXPECT_EQ(status.location().file, "g.json");
    EXPECT_EQ(status.location().line, 4u);
    EXPECT_EQ(status.location().column, 12u);
    EXPECT_EQ(status.location().offset, json.find(R"("kazakstan")"));
}

TEST(JsonLoaderDanglingTest, UnknownTargetWithoutHint) {
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "bacac"}],
 "edges": [
  {"from": "bacac", "to": "nowhere", "type": "T"}
 ]})"),
              R"(g.json:3:27: /edges/0/to: unknown node id "nowhere")");
}

TEST(JsonLoaderDanglingTest, FirstReferenceIsReported) {
    // Two ids are never defined; the one met first in the file is reported, at its first use.
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a"}],
 "edges": [
  {"from": "a", "to": "ghost-one", "type": "T"},
  {"from": "ghost-two", "to": "ghost-one", "type": "T"}
 ]})"),
              R"(g.json:3:23: /edges/0/to: unknown node id "ghost-one")");
}

TEST(JsonLoaderDanglingTest, NodeDefinedLaterOrBeforeIsFine) {
    Database db;
    // The edge comes before the nodes it links.
    LoadReport report = loadOk(db, R"({"edges": [{"from": "a", "to": "b", "type": "T"}],
 "nodes": [{"id": "b"}, {"id": "a"}]})");
    EXPECT_EQ(report.nodes, 2u);
    EXPECT_EQ(report.relationships, 1u);
    // A later load links nodes of the earlier one.
    report = loadOk(db, R"({"nodes": [{"id": "c"}],
 "edges": [{"from": "c", "to": "a", "type": "T"}, {"from": "b", "to": "a", "type": "U"}]})");
    EXPECT_EQ(report.nodes, 1u);
    EXPECT_EQ(report.relationships, 2u);
    EXPECT_EQ(db.schema().nodes, 3u);
    EXPECT_EQ(db.schema().relationships, 3u);
}

TEST(JsonLoaderDanglingTest, DefinedInLaterFileOfSameLoad) {
    TempDir tmp;
    const std::string edges =
        tmp.write("edges.json", R"({"edges": [{"from": "xanadu", "to": "yonder", "type": "T"}]})");
    const std::string nodes =
        tmp.write("nodes.json", R"({"nodes": [{"id": "xanadu"}, {"id": "yonder"}]})");
    Database db;
    LoadReport report;
    const Status status = db.loadFiles({edges, nodes}, {}, &report);
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(report.files, 2u);
    EXPECT_EQ(report.nodes, 2u);
    EXPECT_EQ(report.relationships, 1u);
    EXPECT_EQ(report.bytes, fs::file_size(edges) + fs::file_size(nodes));
}

TEST(JsonLoaderDanglingTest, NeverDefinedInAnyFileOfTheLoad) {
    TempDir tmp;
    const std::string edges =
        tmp.write("edges.json", R"({"edges": [{"from": "xanadu", "to": "yonder", "type": "T"}]})");
    const std::string nodes =
        tmp.write("nodes.json", R"({"nodes": [{"id": "xanadu"}, {"id": "yondr"}]})");
    Database db;
    const Status status = db.loadFiles({edges, nodes});
    EXPECT_EQ(status.code(), StatusCode::kLoadError);
    EXPECT_EQ(status.toString(),
              edges + R"(:1:37: /edges/0/to: unknown node id "yonder" (did you mean "yondr"?))");
    EXPECT_EQ(db.toJson(), emptyGraph());
}

// ---------------------------------------------------------------------------------------------
// Citations: the document must be declared; quotes are checked against the document's text.

TEST(JsonLoaderCitationTest, UnknownSourceWithHint) {
    EXPECT_EQ(
        loadError(R"({"sources": [{"id": "bacac-overview"}],
 "nodes": [
  {"id": "bacac", "source": {"doc": "bacac-overveiw", "quote": "q"}}
 ]})"),
        R"(g.json:3:37: /nodes/0/source/doc: unknown source "bacac-overveiw" (did you mean "bacac-overview"?))");
}

TEST(JsonLoaderCitationTest, UnknownSourceInCitationList) {
    EXPECT_EQ(loadError(R"({"sources": [{"id": "s1"}],
 "nodes": [{"id": "a"}],
 "edges": [{"from": "a", "to": "a", "type": "T",
            "sources": [{"doc": "s1", "quote": "q"}, {"doc": "elsewhere", "quote": "q"}]}]})"),
              R"(g.json:4:62: /edges/0/sources/1/doc: unknown source "elsewhere")");
}

TEST(JsonLoaderCitationTest, SourceDeclaredLaterOrBefore) {
    Database db;
    // The source is declared after the node that cites it.
    LoadReport report = loadOk(db, R"({"nodes": [{"id": "a", "source": {"doc": "s", "quote": "q"}}],
 "sources": [{"id": "s"}]})");
    EXPECT_EQ(report.citations, 1u);
    // A later load cites a source of an earlier one.
    report = loadOk(db, R"({"nodes": [{"id": "b", "source": {"doc": "s", "quote": "r"}}]})");
    EXPECT_EQ(report.citations, 1u);
    EXPECT_EQ(db.schema().citations, 2u);
}

TEST(JsonLoaderCitationTest, QuotesVerifiedWithWhitespaceFolding) {
    TempDir tmp;
    tmp.write("overview.txt", kOverviewText);
    // Quote 1 has plain spaces where the text has a no-break space and two spaces; quote 2 has
    // a line break where the text has a space and a no-break space where it has a space; quotes
    // 3 and 4 have spaces where the text has line breaks.
    const std::string graph = tmp.write("graph.json", R"({
 "sources": [{"id": "ov", "title": "Overview", "file": "overview.txt"}],
 "nodes": [
  {"id": "bacac", "source": {"doc": "ov", "quote": "was established in 2009"}},
  {"id": "kazakhstan", "sources": [
    {"doc": "ov", "quote": "Member countries\nof BACAC initially\u00a0were Kazakhstan"},
    {"doc": "ov", "quote": "were Kazakhstan, Kyrgyzstan and Tajikistan"}]}
 ],
 "edges": [{"from": "kazakhstan", "to": "bacac", "type": "MEMBER_OF",
            "source": {"doc": "ov", "quote": "Central Asia and the Caucasus was established"}}]
})");
    Database db;
    LoadReport report;
    const Status status = db.loadFiles({graph}, {}, &report);
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(report.files, 1u);
    EXPECT_EQ(report.bytes, fs::file_size(graph));
    EXPECT_EQ(report.nodes, 2u);
    EXPECT_EQ(report.relationships, 1u);
    EXPECT_EQ(report.citations, 4u);
    EXPECT_EQ(report.quotesVerified, 4u);
    EXPECT_TRUE(report.sourcesWithoutText.empty());
    EXPECT_EQ(db.schema().citations, 4u);
}

TEST(JsonLoaderCitationTest, QuoteNotInText) {
    TempDir tmp;
    tmp.write("overview.txt", kOverviewText);
    const std::string graph =
        tmp.write("graph.json", R"({"sources": [{"id": "ov", "file": "overview.txt"}],
 "nodes": [
  {"id": "bacac", "source": {"doc": "ov", "quote": "was founded in 2009"}}
 ]})");
    Database db;
    ASSERT_TRUE(db.loadJson(kBaseGraph, "base.json").ok());
    const std::string before = db.toJson();
    const Status status = db.loadFiles({graph});
    EXPECT_EQ(status.code(), StatusCode::kLoadError);
    EXPECT_EQ(status.toString(), graph +
                                     ":3:52: /nodes/0/source/quote: quote not found in the text "
                                     "of source \"ov\" (" +
                                     tmp.path("overview.txt") + ")");
    EXPECT_EQ(db.toJson(), before);
}

TEST(JsonLoaderCitationTest, LoadJsonResolvesSourceFilesAgainstBaseDirectory) {
    TempDir tmp;
    tmp.write("overview.txt", kOverviewText);
    LoadOptions options;
    options.baseDirectory = tmp.dir();
    Database db;
    const LoadReport report = loadOk(db, R"({"sources": [{"id": "ov", "file": "overview.txt"}],
 "nodes": [{"id": "bacac", "source": {"doc": "ov", "quote": "Kyrgyzstan and Tajikistan."}}]})",
                                     options);
    EXPECT_EQ(report.citations, 1u);
    EXPECT_EQ(report.quotesVerified, 1u);
    EXPECT_TRUE(report.sourcesWithoutText.empty());

    EXPECT_EQ(loadError(R"({"sources": [{"id": "ov", "file": "overview.txt"}],
 "nodes": [{"id": "bacac", "source": {"doc": "ov", "quote": "Uzbekistan"}}]})",
                        options),
              "g.json:2:61: /nodes/0/source/quote: quote not found in the text of source \"ov\" (" +
                  tmp.path("overview.txt") + ")");
}

TEST(JsonLoaderCitationTest, SourceWithoutTextIsReported) {
    TempDir tmp;
    // "ghost" names a file that does not exist, "nofile" names none; both are cited, so both
    // are reported once each, in the order first cited. "unused" is never cited.
    const std::string graph = tmp.write("graph.json", R"({
 "sources": [{"id": "unused", "file": "nowhere.txt"},
             {"id": "nofile", "title": "No file"},
             {"id": "ghost", "file": "missing.txt"}],
 "nodes": [{"id": "a", "sources": [{"doc": "ghost", "quote": "anything"},
                                   {"doc": "nofile", "quote": "at all"}]},
           {"id": "b", "source": {"doc": "ghost", "quote": "else"}}]
})");
    Database db;
    LoadReport report;
    const Status status = db.loadFiles({graph}, {}, &report);
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(report.citations, 3u);
    EXPECT_EQ(report.quotesVerified, 0u);
    EXPECT_EQ(report.sourcesWithoutText, (std::vector<std::string>{"ghost", "nofile"}));
}

TEST(JsonLoaderCitationTest, VerificationCanBeTurnedOff) {
    TempDir tmp;
    tmp.write("overview.txt", kOverviewText);
    LoadOptions options;
    options.baseDirectory = tmp.dir();
    options.verifyCitations = false;
    Database db;
    const LoadReport report = loadOk(db, R"({"sources": [{"id": "ov", "file": "overview.txt"}],
 "nodes": [{"id": "a", "source": {"doc": "ov", "quote": "not in the text"}}]})",
                                     options);
    EXPECT_EQ(report.citations, 1u);
    EXPECT_EQ(report.quotesVerified, 0u);
    EXPECT_TRUE(report.sourcesWithoutText.empty());
}

// ---------------------------------------------------------------------------------------------
// Property values: null is absence; integers fit in int64 and have no fraction or exponent;
// every other number is a float; lists hold scalars.

TEST(JsonLoaderPropertyTest, ValueKinds) {
    Database db;
    loadOk(db, R"({"nodes": [{"id": "a", "properties": {
  "int": 1, "float": 1.0, "exp": 1e3, "big": 9223372036854775808,
  "max": 9223372036854775807, "min": -9223372036854775808, "below": -9223372036854775809,
  "gone": null, "text": "x", "flag": true, "list": [1, 2.5, "s", false], "empty": []}}],
 "edges": [{"from": "a", "to": "a", "type": "T", "properties": {"w": null, "n": -3}}]})");
    const std::string json = db.toJson();
    EXPECT_NE(json.find(R"({"id":"a","labels":[],"properties":{"int":1,"float":1.0,"exp":1000.0,)"
                        R"("big":9223372036854776000.0,"max":9223372036854775807,)"
                        R"("min":-9223372036854775808,"below":-9223372036854776000.0,"text":"x",)"
                        R"("flag":true,"list":[1,2.5,"s",false],"empty":[]}})"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find(R"({"from":"a","to":"a","type":"T","properties":{"n":-3}})"),
              std::string::npos)
        << json;
    EXPECT_EQ(json.find("gone"), std::string::npos);

    const Schema schema = db.schema();
    std::map<std::string, std::vector<std::string>> kinds;
    std::map<std::string, std::uint64_t> owners;
    for (const auto& key : schema.propertyKeys) {
        kinds[key.name] = key.valueTypes;
        owners[key.name] = key.nodes + key.relationships;
    }
    using Kinds = std::vector<std::string>;
    EXPECT_EQ(kinds["int"], Kinds{"INTEGER"});
    EXPECT_EQ(kinds["float"], Kinds{"FLOAT"});
    EXPECT_EQ(kinds["exp"], Kinds{"FLOAT"});
    EXPECT_EQ(kinds["big"], Kinds{"FLOAT"});
    EXPECT_EQ(kinds["max"], Kinds{"INTEGER"});
    EXPECT_EQ(kinds["min"], Kinds{"INTEGER"});
    EXPECT_EQ(kinds["below"], Kinds{"FLOAT"});
    EXPECT_EQ(kinds["text"], Kinds{"STRING"});
    EXPECT_EQ(kinds["flag"], Kinds{"BOOLEAN"});
    EXPECT_EQ(kinds["list"], Kinds{"LIST"});
    EXPECT_EQ(kinds["empty"], Kinds{"LIST"});
    EXPECT_EQ(kinds["n"], Kinds{"INTEGER"});
    // null means "no such property": no node or relationship has these keys.
    EXPECT_EQ(owners["gone"], 0u);
    EXPECT_EQ(owners["w"], 0u);
}

TEST(JsonLoaderPropertyTest, RoundTripsThroughToJson) {
    const std::string graph = graphOf(R"({"nodes": [{"id": "a", "labels": ["B", "A", "B"],
 "properties": {"i": 42, "f": 0.1, "big": 9223372036854775808, "l": ["x", 1, 1.5, true],
                "date": "2016-09-19", "n": null}}]})");
    ASSERT_FALSE(graph.empty());
    EXPECT_EQ(graphOf(graph), graph);
}

// ---------------------------------------------------------------------------------------------
// All-or-nothing: whatever fails, and wherever (while parsing, or in the checks at the end of the
// load), the graph stays as it was, and the database keeps working.

TEST(JsonLoaderAllOrNothingTest, FailuresLeaveGraphUntouched) {
    Database db;
    ASSERT_TRUE(db.loadJson(kBaseGraph, "base.json").ok());
    const std::string before = db.toJson();
    const std::string_view failures[] = {
        // Fails while parsing, after a node and an edge were staged.
        R"({"nodes": [{"id": "n1"}], "edges": [{"from": "n1", "to": "zz-base-1", "type": "T"}],
 "x": 1})",
        // Fails at the end: a dangling edge end.
        R"({"nodes": [{"id": "n1", "properties": {"p": 1}}],
 "edges": [{"from": "n1", "to": "n2", "type": "T"}]})",
        // Fails at the end: an unknown citation source, after other citations were accepted.
        R"({"sources": [{"id": "s"}], "nodes": [{"id": "n1", "source": {"doc": "s", "quote": "q"}},
 {"id": "n2", "source": {"doc": "t", "quote": "q"}}]})",
        // A syntax error at the very end.
        R"({"nodes": [{"id": "n1"}]})"
        "]",
    };
    for (std::string_view json : failures) {
        const Status status = db.loadJson(json, "bad.json");
        EXPECT_EQ(status.code(), StatusCode::kLoadError) << json;
        EXPECT_EQ(db.toJson(), before) << json;
    }
    // The database still loads.
    const LoadReport report = loadOk(db, R"({"nodes": [{"id": "n1"}]})");
    EXPECT_EQ(report.nodes, 1u);
    EXPECT_EQ(db.schema().nodes, 3u);
}

TEST(JsonLoaderAllOrNothingTest, LaterFileFailsWholeLoad) {
    TempDir tmp;
    const std::string good = tmp.write("good.json", R"({"nodes": [{"id": "a"}]})");
    const std::string bad = tmp.write("bad.json", "{\"nodes\": [{\"id\": \"b\"}],\n\"edgs\": []}");
    Database db;
    const Status status = db.loadFiles({good, bad});
    EXPECT_EQ(status.code(), StatusCode::kLoadError);
    EXPECT_EQ(status.toString(),
              bad + R"(:2:1: /edgs: unknown key "edgs" (did you mean "edges"?))");
    EXPECT_EQ(status.location().file, bad);
    EXPECT_EQ(db.toJson(), emptyGraph());
}

// ---------------------------------------------------------------------------------------------
// Deep nesting: the parser is iterative, so no depth overflows the stack.

TEST(JsonLoaderDeepNestingTest, InsideExtensionValuesIsIgnored) {
    constexpr std::size_t kDepth = 100000;
    Database db;
    loadOk(db, R"({"x-deep": )" + repeat("[", kDepth) + repeat("]", kDepth) + "}");
    loadOk(db, R"({"x-deep": )" + repeat(R"({"a": )", kDepth) + "1" + repeat("}", kDepth) + "}");
    loadOk(db, R"({"nodes": [{"id": "a", "x-deep": )" + repeat("[", kDepth) + repeat("]", kDepth) +
                   "}]}");
    EXPECT_EQ(db.schema().nodes, 1u);
}

TEST(JsonLoaderDeepNestingTest, UnclosedIsSyntaxError) {
    constexpr std::size_t kDepth = 100000;
    // `{"x-deep": ` is 11 characters; the input ends after the last '['.
    EXPECT_EQ(loadError(R"({"x-deep": )" + repeat("[", kDepth)),
              "g.json:1:" + std::to_string(11 + kDepth + 1) + ": invalid JSON: Invalid value");
}

TEST(JsonLoaderDeepNestingTest, InsidePropertiesIsError) {
    constexpr std::size_t kDepth = 100000;
    // The prefix is 43 characters; the first '[' opens the list, the second is the error.
    EXPECT_EQ(loadError(R"({"nodes": [{"id": "a", "properties": {"p": )" + repeat("[", kDepth) +
                        repeat("]", kDepth) + "}}]}"),
              "g.json:1:45: /nodes/0/properties/p/0: a list property may hold only strings, "
              "numbers and booleans");
}

TEST(JsonLoaderDeepNestingTest, AsDocumentIsError) {
    constexpr std::size_t kDepth = 100000;
    EXPECT_EQ(loadError(repeat("[", kDepth) + repeat("]", kDepth)),
              "g.json:1:1: a graph file must be a JSON object");
}

// ---------------------------------------------------------------------------------------------
// Files that cannot be read.

TEST(JsonLoaderFileTest, NonexistentFile) {
    TempDir tmp;
    const std::string good = tmp.write("good.json", R"({"nodes": [{"id": "a"}]})");
    const std::string missing = tmp.path("missing.json");
    Database db;
    const Status status = db.loadFiles({good, missing});
    EXPECT_EQ(status.code(), StatusCode::kIoError);
    EXPECT_EQ(status.toString(), "cannot open \"" + missing + "\": No such file or directory");
    EXPECT_FALSE(status.hasLocation());
    EXPECT_EQ(db.toJson(), emptyGraph());
}

TEST(JsonLoaderFileTest, Directory) {
    TempDir tmp;
    Database db;
    const Status status = db.loadFiles({tmp.dir()});
    EXPECT_EQ(status.code(), StatusCode::kIoError);
    EXPECT_EQ(status.toString(), "cannot load \"" + tmp.dir() + "\": it is a folder, not a file");
    EXPECT_EQ(db.toJson(), emptyGraph());
}

TEST(JsonLoaderFileTest, EmptyFile) {
    TempDir tmp;
    const std::string empty = tmp.write("empty.json", "");
    Database db;
    const Status status = db.loadFiles({empty});
    EXPECT_EQ(status.code(), StatusCode::kLoadError);
    EXPECT_EQ(status.toString(), empty + ":1:1: invalid JSON: The document is empty");
}

TEST(JsonLoaderFileTest, NulPaddedFile) {
    // A file whose tail was filled with zero bytes (e.g. after a crash) is not a valid document.
    TempDir tmp;
    const std::string padded =
        tmp.write("padded.json", std::string("{\"nodes\": [{\"id\": \"a\"}]}\n\0\0\0", 28));
    Database db;
    const Status status = db.loadFiles({padded});
    EXPECT_EQ(status.code(), StatusCode::kLoadError);
    EXPECT_EQ(status.toString(),
              padded + ":2:1: invalid JSON: a NUL byte is not allowed in JSON text");
    EXPECT_EQ(db.toJson(), emptyGraph());
}

TEST(JsonLoaderFileTest, ErrorPositionInFile) {
    TempDir tmp;
    const std::string graph =
        tmp.write("graph.json", "{\n  \"nodes\": [\n    {\"id\": 5}\n  ]\n}\n");
    Database db;
    const Status status = db.loadFiles({graph});
    EXPECT_EQ(status.toString(), graph + ":3:12: /nodes/0/id: must be a non-empty string");
}

// ---------------------------------------------------------------------------------------------
// The LoadReport of a successful load counts what that load added.

TEST(JsonLoaderReportTest, CountsWhatWasAdded) {
    const std::string json = R"({
 "sources": [{"id": "s"}, {"id": "t", "url": "https://example.org"}],
 "nodes": [{"id": "a", "labels": ["A"], "sources": [{"doc": "s", "quote": "1"},
                                                    {"doc": "t", "quote": "2"}]},
           {"id": "b", "labels": ["A", "B"]},
           {"id": "c", "source": {"doc": "s", "quote": "3"}}],
 "edges": [{"from": "a", "to": "b", "type": "T", "source": {"doc": "t", "quote": "4"}},
           {"from": "b", "to": "c", "type": "T"},
           {"from": "c", "to": "a", "type": "U"}]
})";
    Database db;
    LoadReport report = loadOk(db, json);
    EXPECT_EQ(report.files, 1u);
    EXPECT_EQ(report.bytes, json.size());
    EXPECT_EQ(report.nodes, 3u);
    EXPECT_EQ(report.relationships, 3u);
    EXPECT_EQ(report.citations, 4u);
    EXPECT_EQ(report.quotesVerified, 0u);
    EXPECT_EQ(report.sourcesWithoutText, (std::vector<std::string>{"s", "t"}));

    // A second load reports only its own additions.
    report =
        loadOk(db, R"({"nodes": [{"id": "d"}], "edges": [{"from": "d", "to": "a", "type": "T"}]})");
    EXPECT_EQ(report.nodes, 1u);
    EXPECT_EQ(report.relationships, 1u);
    EXPECT_EQ(report.citations, 0u);
    EXPECT_TRUE(report.sourcesWithoutText.empty());
    const Schema schema = db.schema();
    EXPECT_EQ(schema.nodes, 4u);
    EXPECT_EQ(schema.relationships, 4u);
    EXPECT_EQ(schema.citations, 4u);
}

} // namespace
