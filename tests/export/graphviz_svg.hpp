// Renders DOT with Graphviz and reads back what the SVG shows: the nodes and edges with their
// text and tooltips. Graphviz comes from scripts/install-deps.sh --with-tests.
#ifndef STEPPE_TESTS_EXPORT_GRAPHVIZ_SVG_HPP_
#define STEPPE_TESTS_EXPORT_GRAPHVIZ_SVG_HPP_

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"

namespace steppe::testing {

// Runs `dot -Tsvg` on `dot`; a failure or any message from Graphviz fails the test.
inline std::string renderSvg(const std::string& dot) {
    TemporaryFolder folder;
    const std::string input = folder.write("graph.dot", dot);
    const std::string output = folder.path() + "/graph.svg";
    const std::string errors = folder.path() + "/errors";
    const int status =
        std::system(("dot -Tsvg -o " + output + " " + input + " 2>" + errors).c_str());
    EXPECT_EQ(status, 0) << readFile(errors) << "\n" << dot;
    EXPECT_EQ(readFile(errors), "") << dot;
    return readFile(output);
}

// XML character references and entities back to UTF-8.
inline std::string xmlText(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t end = s.find(';', i);
        const std::string entity = s.substr(i + 1, end - i - 1);
        unsigned long code = 0;
        if (entity == "quot") {
            code = '"';
        } else if (entity == "amp") {
            code = '&';
        } else if (entity == "lt") {
            code = '<';
        } else if (entity == "gt") {
            code = '>';
        } else if (entity == "apos") {
            code = '\'';
        } else if (entity.size() > 2 && entity[0] == '#' && entity[1] == 'x') {
            code = std::stoul(entity.substr(2), nullptr, 16);
        } else {
            code = std::stoul(entity.substr(1));
        }
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
        i = end;
    }
    return out;
}

// One node, edge or cluster of an SVG written by Graphviz.
struct SvgElement {
    std::string title;   // the DOT name ("n3", "n1->n0", "cluster_0")
    std::string text;    // its <text> lines, joined by "\n"
    std::string tooltip; // xlink:title of its link, "" when it has none
};

// The elements of one class ("node", "edge", "cluster"), in document order.
inline std::vector<SvgElement> svgElements(const std::string& svg, const std::string& kind) {
    std::vector<SvgElement> elements;
    const std::string start = "class=\"" + kind + "\">";
    for (std::size_t at = svg.find(start); at != std::string::npos; at = svg.find(start, at + 1)) {
        // Graphviz writes a comment before each node and edge (an edge's label follows its
        // path), and clusters one after another.
        const std::size_t end = std::min(
            {svg.find("\n<!--", at), svg.find("\n<g id=\"clust", at), svg.find("</svg>", at)});
        const std::string block = svg.substr(at, end - at);
        SvgElement element;
        auto between = [&](const std::string& open, const std::string& close) {
            const std::size_t a = block.find(open);
            if (a == std::string::npos) {
                return std::string();
            }
            const std::size_t b = block.find(close, a + open.size());
            return xmlText(block.substr(a + open.size(), b - a - open.size()));
        };
        element.title = between("<title>", "</title>");
        element.tooltip = between("xlink:title=\"", "\"");
        for (std::size_t t = block.find("<text"); t != std::string::npos;
             t = block.find("<text", t + 1)) {
            const std::size_t open = block.find('>', t) + 1;
            const std::size_t close = block.find("</text>", open);
            element.text +=
                (element.text.empty() ? "" : "\n") + xmlText(block.substr(open, close - open));
        }
        elements.push_back(element);
    }
    return elements;
}

// The element whose text is `text`; fails the test when there is not exactly one.
inline SvgElement svgElementWithText(const std::vector<SvgElement>& elements,
                                     const std::string& text) {
    std::vector<SvgElement> found;
    for (const SvgElement& e : elements) {
        if (e.text == text) {
            found.push_back(e);
        }
    }
    EXPECT_EQ(found.size(), 1u) << "elements with text \"" << text << "\"";
    return found.empty() ? SvgElement() : found.front();
}

} // namespace steppe::testing

#endif // STEPPE_TESTS_EXPORT_GRAPHVIZ_SVG_HPP_
