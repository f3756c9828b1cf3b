// DOT export: every diagram is rendered by Graphviz and the SVG checked for what it shows.
#include <algorithm>
#include <sstream>

#include <gtest/gtest.h>

#include "export/graphviz_svg.hpp"
#include "steppe/database.hpp"
#include "steppe/export.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

std::string dotOf(const Database& db, const DotOptions& options = {}) {
    std::ostringstream out;
    Status status = writeDot(db, options, out);
    EXPECT_TRUE(status.ok()) << status.toString();
    return out.str();
}

std::string dotOf(Database& db, const std::string& query, const DotOptions& options = {}) {
    QueryResult result;
    Status status = db.query(query, &result);
    EXPECT_TRUE(status.ok()) << status.toString();
    std::ostringstream out;
    status = writeDot(result, options, out);
    EXPECT_TRUE(status.ok()) << status.toString();
    return out.str();
}

Database& bacac() {
    static Database db;
    static const bool loaded = [] {
        Status status = db.loadFiles({sourcePath("datasets/bacac.json")});
        EXPECT_TRUE(status.ok()) << status.toString();
        return status.ok();
    }();
    EXPECT_TRUE(loaded);
    return db;
}

// Nodes of the diagram itself, without the legend's samples.
std::vector<SvgElement> graphNodes(const std::string& svg) {
    std::vector<SvgElement> nodes = svgElements(svg, "node");
    nodes.erase(std::remove_if(nodes.begin(), nodes.end(),
                               [](const SvgElement& n) { return n.title.starts_with("legend_"); }),
                nodes.end());
    return nodes;
}

TEST(DotExport, DrawsTheWholeGraphWithNamesTypesAndCitationsAsTooltips) {
    const std::string svg = renderSvg(dotOf(bacac()));
    const std::vector<SvgElement> nodes = graphNodes(svg);
    const std::vector<SvgElement> edges = svgElements(svg, "edge");
    EXPECT_EQ(nodes.size(), 38u);
    EXPECT_EQ(edges.size(), 54u);

    // Labelled by name, with the quote the node is cited by on hover.
    SvgElement georgia = svgElementWithText(nodes, "Georgia");
    EXPECT_EQ(georgia.tooltip, "Azerbaijan, Georgia, Turkmenistan");
    // Long names are broken into lines.
    SvgElement bacacNode =
        svgElementWithText(nodes, "Biosafety Association\nfor Central Asia and the\nCaucasus");
    EXPECT_NE(bacacNode.tooltip.find("was established in 2009"), std::string::npos);

    // Relationships are labelled by type; several citations are one per line.
    const std::size_t memberships = std::count_if(
        edges.begin(), edges.end(), [](const SvgElement& e) { return e.text == "MEMBER_OF"; });
    EXPECT_EQ(memberships, 11u);
    const std::string georgiaMember = georgia.title + "->" + bacacNode.title;
    auto edge = std::find_if(edges.begin(), edges.end(),
                             [&](const SvgElement& e) { return e.title == georgiaMember; });
    ASSERT_NE(edge, edges.end()) << georgiaMember;
    EXPECT_EQ(edge->tooltip, "Member countries of BACAC initially were\n"
                             "Azerbaijan, Georgia, Turkmenistan\nwas established in 2009");
}

TEST(DotExport, HasALegendWithOneSamplePerLabelStyle) {
    const std::string svg = renderSvg(dotOf(bacac()));
    std::vector<SvgElement> clusters = svgElements(svg, "cluster");
    ASSERT_EQ(clusters.size(), 1u);
    EXPECT_EQ(clusters[0].title, "cluster_legend");
    EXPECT_EQ(clusters[0].text, "Legend");
    std::vector<std::string> samples;
    for (const SvgElement& n : svgElements(svg, "node")) {
        if (n.title.starts_with("legend_")) {
            samples.push_back(n.text);
        }
    }
    // Event is not among them: every event also has a more specific label (Conference,
    // Project, Training, Workshop), which it is drawn by.
    EXPECT_EQ(samples, (std::vector<std::string>{"Association", "City", "Conference", "Country",
                                                 "Document", "Donor", "Organization", "Project",
                                                 "Training", "Workshop"}));

    DotOptions noLegend;
    noLegend.legend = false;
    EXPECT_TRUE(svgElements(renderSvg(dotOf(bacac(), noLegend)), "cluster").empty());
}

// The fill colour of the node labelled `text` in a DOT file. (No std::regex: GCC 12 warns
// inside it under the sanitizers.)
std::string fillOf(const std::string& dot, const std::string& text) {
    const std::size_t label = dot.find("label=" + text + ",");
    const std::size_t line = dot.rfind('\n', label) + 1;
    const std::size_t fill = dot.find("fillcolor=\"", line);
    EXPECT_TRUE(label != std::string::npos && fill < label) << text;
    return fill < label ? dot.substr(fill + 11, 7) : "";
}

TEST(DotExport, GivesALabelTheSameStyleInEveryDiagram) {
    const std::string whole = dotOf(bacac());
    const std::string part =
        dotOf(bacac(), "MATCH (c:Country {name: 'Georgia'})-[r]-(x:Association) RETURN c, r, x");
    EXPECT_EQ(fillOf(whole, "Georgia"), fillOf(part, "Georgia"));
    EXPECT_EQ(fillOf(whole, "Georgia"), fillOf(whole, "Mongolia"));
    EXPECT_NE(fillOf(whole, "Georgia"), fillOf(whole, "Almaty"));

    Database other;
    ASSERT_TRUE(other
                    .loadJson(R"({"nodes": [{"id": "x", "labels": ["Country"],
        "properties": {"name": "Elsewhere"}}]})")
                    .ok());
    const std::string single = dotOf(other);
    EXPECT_EQ(fillOf(single, "Elsewhere"), fillOf(whole, "Georgia"));

    // Each of the three is a diagram Graphviz draws, with what it should hold.
    const std::string wholeSvg = renderSvg(whole);
    EXPECT_EQ(graphNodes(wholeSvg).size(), 38u);
    EXPECT_EQ(svgElements(wholeSvg, "edge").size(), 54u);
    QueryResult links;
    ASSERT_TRUE(bacac()
                    .query("MATCH (c:Country {name: 'Georgia'})-[r]-(x:Association) "
                           "RETURN count(DISTINCT r) AS r, count(DISTINCT x) AS x",
                           &links)
                    .ok());
    const std::string partSvg = renderSvg(part);
    svgElementWithText(graphNodes(partSvg), "Georgia");
    EXPECT_EQ(graphNodes(partSvg).size(),
              static_cast<std::size_t>(links.row(0)[1].asInteger()) + 1);
    EXPECT_EQ(svgElements(partSvg, "edge").size(),
              static_cast<std::size_t>(links.row(0)[0].asInteger()));
    const std::string singleSvg = renderSvg(single);
    EXPECT_EQ(graphNodes(singleSvg).size(), 1u);
    svgElementWithText(graphNodes(singleSvg), "Elsewhere");
    EXPECT_TRUE(svgElements(singleSvg, "edge").empty());
}

TEST(DotExport, ShowsAnyTextExactlyAsItIs) {
    Database db;
    Status status = db.loadJson(R"({
      "sources": [{"id": "doc"}],
      "nodes": [
        {"id": "q", "labels": ["Quote"], "properties": {"name": "He said \"hi\" \\ back"},
         "source": {"doc": "doc", "quote": "line one\nline \"two\" \\N"}},
        {"id": "kw", "labels": ["Keyword"], "properties": {"name": "node"}},
        {"id": "kw2", "labels": ["Keyword"], "properties": {"name": "Graph"}},
        {"id": "uni", "labels": ["Ünïcode"], "properties": {"name": "Türkiye — “İstanbul”"}},
        {"id": "lines", "labels": ["Keyword"], "properties": {"name": "first\r\nsecond"}},
        {"id": "escapes", "labels": ["Keyword"], "properties": {"name": "\\l\\N\\G\\"}},
        {"id": "strict"},
        {"id": "number", "properties": {"name": 42}}
      ],
      "edges": [
        {"from": "q", "to": "kw", "type": "edge"},
        {"from": "kw", "to": "uni", "type": "SAYS \"x\"",
         "source": {"doc": "doc", "quote": "edge <quote> & more"}}
      ]})");
    ASSERT_TRUE(status.ok()) << status.toString();
    const std::string svg = renderSvg(dotOf(db));
    const std::vector<SvgElement> nodes = graphNodes(svg);
    ASSERT_EQ(nodes.size(), 8u);

    EXPECT_EQ(svgElementWithText(nodes, "He said \"hi\" \\ back").tooltip,
              "line one\nline \"two\" \\N");
    svgElementWithText(nodes, "node");
    svgElementWithText(nodes, "Graph");
    svgElementWithText(nodes, "Türkiye — “İstanbul”");
    svgElementWithText(nodes, "first\nsecond");
    svgElementWithText(nodes, "\\l\\N\\G\\");
    svgElementWithText(nodes, "42");
    // A node without a name shows its id; without a citation, the tooltip says so.
    EXPECT_EQ(svgElementWithText(nodes, "strict").tooltip, "strict (no citation)");

    const std::vector<SvgElement> edges = svgElements(svg, "edge");
    EXPECT_EQ(svgElementWithText(edges, "edge").tooltip, "edge (no citation)");
    EXPECT_EQ(svgElementWithText(edges, "SAYS \"x\"").tooltip, "edge <quote> & more");
}

TEST(DotExport, DrawsWhatAResultHoldsOnce) {
    // The same nodes and relationships directly, in a path, in a list and in a map.
    const std::string svg = renderSvg(
        dotOf(bacac(), "MATCH p = (c:Country {name: 'Georgia'})-[r:MEMBER_OF]->(a:Association) "
                       "RETURN c, p, [r, a] AS l, {x: {y: [c]}} AS m"));
    const std::vector<SvgElement> nodes = graphNodes(svg);
    ASSERT_EQ(nodes.size(), 2u);
    svgElementWithText(nodes, "Georgia");
    const std::vector<SvgElement> edges = svgElements(svg, "edge");
    ASSERT_EQ(edges.size(), 1u);
    EXPECT_EQ(edges[0].text, "MEMBER_OF");
}

TEST(DotExport, DrawsBothEndsOfAReturnedRelationship) {
    const std::string svg = renderSvg(
        dotOf(bacac(), "MATCH (:Donor {acronym: 'DTRA'})-[r:SUPPORTED]->(:Association) RETURN r"));
    const std::vector<SvgElement> nodes = graphNodes(svg);
    EXPECT_EQ(nodes.size(), 2u);
    svgElementWithText(nodes, "Defense Threat Reduction\nAgency");
    EXPECT_EQ(svgElements(svg, "edge").size(), 1u);
}

TEST(DotExport, AnEmptyResultIsAnEmptyDiagram) {
    const std::string svg = renderSvg(dotOf(bacac(), "MATCH (n:Country) RETURN n.name"));
    EXPECT_TRUE(svgElements(svg, "node").empty());
    EXPECT_TRUE(svgElements(svg, "edge").empty());
}

TEST(DotExport, ClustersNodesByAProperty) {
    DotOptions options;
    options.clusterBy = "year";
    options.rankdir = "TB";
    const std::string dot =
        dotOf(bacac(), "MATCH p = (:Country {name: 'Mongolia'})-[:PARTICIPATED_IN]->(e) RETURN p",
              options);
    EXPECT_NE(dot.find("rankdir=TB;"), std::string::npos);
    const std::string svg = renderSvg(dot);
    std::vector<std::string> titles;
    for (const SvgElement& cluster : svgElements(svg, "cluster")) {
        titles.push_back(cluster.text);
    }
    QueryResult years;
    ASSERT_TRUE(bacac()
                    .query("MATCH (:Country {name: 'Mongolia'})-[:PARTICIPATED_IN]->(e) "
                           "WHERE e.year IS NOT NULL RETURN DISTINCT e.year AS y ORDER BY y",
                           &years)
                    .ok());
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < years.rowCount(); ++i) {
        expected.push_back("year: " + std::to_string(years.row(i)[0].asInteger()));
    }
    expected.push_back("Legend");
    ASSERT_GE(expected.size(), 2u);
    EXPECT_EQ(titles, expected);
    // Each cluster lists its members, which Graphviz draws inside its box.
    const std::size_t firstCluster = dot.find("subgraph cluster_0 {");
    ASSERT_NE(firstCluster, std::string::npos);
    EXPECT_NE(dot.find("\nn", firstCluster), std::string::npos);
}

TEST(DotExport, RejectsAnUnknownRankdirOrClusterKey) {
    std::ostringstream out;
    DotOptions options;
    options.rankdir = "RL";
    Status status = writeDot(bacac(), options, out);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(status.message(), "rankdir must be LR or TB, not \"RL\"");

    options = {};
    options.clusterBy = "yaer";
    status = writeDot(bacac(), options, out);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(status.toString(), "cannot cluster by \"yaer\": no node or relationship has that "
                                 "property (did you mean \"year\"?)");
    EXPECT_EQ(out.str(), "");
}

TEST(DotExport, ReportsAFailedStream) {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    EXPECT_EQ(writeDot(bacac(), {}, out).code(), StatusCode::kIoError);
}

} // namespace
} // namespace steppe::testing
