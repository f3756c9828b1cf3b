#include "engine/export/dot_writer.hpp"

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/graph/graphviz.hpp>

#include "engine/export/dot_style.hpp"
#include "engine/export/dot_text.hpp"
#include "engine/export/selection_graph.hpp"
#include "engine/spelling.hpp"

namespace steppe::engine {

namespace {

constexpr std::size_t kCaptionWidth = 24; // code points per line of a node's caption
constexpr const char* kFont = "Helvetica";

std::string displayText(const Value& value) {
    return value.kind() == ValueKind::kString ? value.asString() : value.toCypherLiteral();
}

// The hover text: the quotes a fact is cited by, one per line.
std::string citationText(std::span<const Citation> citations, std::string fallback) {
    if (citations.empty()) {
        return fallback;
    }
    std::string text;
    for (const Citation& citation : citations) {
        text += (text.empty() ? "" : "\n") + citation.quote;
    }
    return text;
}

Status checkOptions(const GraphStore& g, const DotOptions& options, KeyId* clusterKey) {
    if (options.rankdir != "LR" && options.rankdir != "TB") {
        return Status::invalidArgument("rankdir must be LR or TB, not " +
                                       inQuotes(options.rankdir));
    }
    *clusterKey = kNoId;
    if (options.clusterBy.empty()) {
        return Status::OK();
    }
    *clusterKey = g.keyNames().find(options.clusterBy);
    if (*clusterKey != kNoId) {
        return Status::OK();
    }
    NearestName nearest(options.clusterBy);
    for (const std::string& key : g.keyNames().names()) {
        nearest.consider(key);
    }
    Status status = Status::invalidArgument("cannot cluster by " + inQuotes(options.clusterBy) +
                                            ": no node or relationship has that property");
    return nearest.hint().empty() ? status : status.withHint(nearest.hint());
}

// What the DOT file says about each selected node, computed once.
struct NodeFacts {
    std::vector<LabelId> styleLabels;
    std::string_view labelName(SelectionVertex v, const GraphStore& g) const {
        return styleLabels[v] == kNoId ? std::string_view() : g.labelNames().name(styleLabels[v]);
    }
};

void addNodeColumns(boost::dynamic_properties& dp, const ExportSelection& selection,
                    const NodeFacts& facts) {
    const GraphStore& g = *selection.graph;
    const KeyId nameKey = g.keyNames().find("name");
    addColumn<SelectionVertex>(dp, "node_id",
                               [](const SelectionVertex& v) { return "n" + std::to_string(v); });
    addColumn<SelectionVertex>(dp, "label", [&g, &selection, nameKey](const SelectionVertex& v) {
        const NodeIndex node = selection.nodes[v];
        const Value* name = nameKey == kNoId ? nullptr : g.nodeProperties().find(node, nameKey);
        return dotLabel(wrapWords(
            name != nullptr ? displayText(*name) : std::string(g.nodeId(node)), kCaptionWidth));
    });
    addColumn<SelectionVertex>(dp, "tooltip", [&g, &selection](const SelectionVertex& v) {
        const NodeIndex node = selection.nodes[v];
        return dotTooltip(
            citationText(g.nodeCitations(node), std::string(g.nodeId(node)) + " (no citation)"));
    });
    addColumn<SelectionVertex>(dp, "fillcolor", [&g, &facts](const SelectionVertex& v) {
        return std::string(styleOf(facts.labelName(v, g)).fillColor);
    });
    addColumn<SelectionVertex>(dp, "shape", [&g, &facts](const SelectionVertex& v) {
        return std::string(styleOf(facts.labelName(v, g)).shape);
    });
    addColumn<SelectionVertex>(dp, "style", [&g, &facts](const SelectionVertex& v) {
        return std::string(styleOf(facts.labelName(v, g)).style);
    });
    addColumn<SelectionVertex>(dp, "fontname",
                               [](const SelectionVertex&) { return std::string(kFont); });
}

void addEdgeColumns(boost::dynamic_properties& dp, const SelectionGraph& graph,
                    const GraphStore& g) {
    auto type = [&graph, &g](const SelectionEdge& e) {
        return dotLabel(g.typeNames().name(g.relType(graph[e])));
    };
    auto tooltip = [&graph, &g](const SelectionEdge& e) {
        const RelIndex rel = graph[e];
        return dotTooltip(citationText(g.relCitations(rel),
                                       g.typeNames().name(g.relType(rel)) + " (no citation)"));
    };
    addColumn<SelectionEdge>(dp, "label", type);
    addColumn<SelectionEdge>(dp, "tooltip", tooltip);
    addColumn<SelectionEdge>(dp, "labeltooltip", tooltip);
    addColumn<SelectionEdge>(dp, "fontname",
                             [](const SelectionEdge&) { return std::string(kFont); });
    addColumn<SelectionEdge>(dp, "fontsize",
                             [](const SelectionEdge&) { return std::string("10"); });
}

// One box per value of the clustering property, titled "key: value".
void writeClusters(std::ostream& out, const ExportSelection& selection, KeyId key,
                   const std::string& keyName) {
    const GraphStore& g = *selection.graph;
    std::map<std::string, std::pair<std::string, std::vector<SelectionVertex>>> clusters;
    for (SelectionVertex v = 0; v < selection.nodes.size(); ++v) {
        const Value* value = g.nodeProperties().find(selection.nodes[v], key);
        if (value != nullptr && !value->isNull()) {
            auto& cluster = clusters[value->toCypherLiteral()];
            cluster.first = displayText(*value);
            cluster.second.push_back(v);
        }
    }
    std::size_t number = 0;
    for (const auto& [literal, cluster] : clusters) {
        out << "subgraph cluster_" << number++ << " {\n"
            << "label=" << dotQuotedLabel(keyName + ": " + cluster.first) << ";\n"
            << "style=\"rounded,filled\";\nfillcolor=\"#f4f4f4\";\ncolor=\"#bbbbbb\";\n"
            << "fontname=\"" << kFont << "\";\n";
        for (SelectionVertex v : cluster.second) {
            out << "n" << v << ";\n";
        }
        out << "}\n";
    }
}

// A box with one sample node per style used, named by its label.
void writeLegend(std::ostream& out, const ExportSelection& selection, const NodeFacts& facts) {
    std::set<std::string_view> labels;
    for (SelectionVertex v = 0; v < selection.nodes.size(); ++v) {
        labels.insert(facts.labelName(v, *selection.graph));
    }
    if (labels.empty()) {
        return;
    }
    out << "subgraph cluster_legend {\nlabel=\"Legend\";\nstyle=\"rounded\";\n"
        << "color=\"#999999\";\nfontname=\"" << kFont << "\";\n";
    std::size_t number = 0;
    for (std::string_view label : labels) {
        const NodeStyle style = styleOf(label);
        const std::string caption = label.empty() ? "(no label)" : std::string(label);
        out << "legend_" << number++ << " [label=" << dotQuotedLabel(caption) << ", tooltip="
            << dotQuotedTooltip(label.empty() ? "nodes without a label" : ":" + caption)
            << ", shape=" << style.shape << ", style=\"" << style.style << "\", fillcolor=\""
            << style.fillColor << "\", fontname=\"" << kFont << "\"];\n";
    }
    out << "}\n";
}

} // namespace

Status exportDot(const ExportSelection& selection, const DotOptions& options, std::ostream& out) {
    const GraphStore& g = *selection.graph;
    KeyId clusterKey = kNoId;
    if (Status s = checkOptions(g, options, &clusterKey); !s.ok()) {
        return s;
    }
    const SelectionGraph graph = buildSelectionGraph(selection);
    NodeFacts facts;
    for (NodeIndex node : selection.nodes) {
        facts.styleLabels.push_back(styleLabel(g, node));
    }

    boost::dynamic_properties dp;
    addColumn<SelectionGraph*>(dp, "rankdir",
                               [&options](SelectionGraph* const&) { return options.rankdir; });
    addNodeColumns(dp, selection, facts);
    addEdgeColumns(dp, graph, g);
    std::ostringstream body;
    boost::write_graphviz_dp(body, graph, dp, "node_id");

    // Boost writes nodes and edges and closes the graph; clusters and the legend are
    // subgraphs, which it cannot write, so they go in before the closing brace.
    std::string text = std::move(body).str();
    text.erase(text.rfind('}'));
    out << text;
    if (clusterKey != kNoId) {
        writeClusters(out, selection, clusterKey, options.clusterBy);
    }
    if (options.legend) {
        writeLegend(out, selection, facts);
    }
    out << "}\n";
    return Status::OK();
}

} // namespace steppe::engine
