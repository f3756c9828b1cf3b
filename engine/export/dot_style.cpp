#include "engine/export/dot_style.hpp"

#include <array>
#include <cstdint>

namespace steppe::engine {

namespace {

// ColorBrewer's Set3: twelve light colours that black text reads well on.
constexpr std::array<std::string_view, 12> kFillColors = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};

struct Shape {
    std::string_view shape;
    std::string_view style;
};
constexpr std::array<Shape, 4> kShapes = {{{"box", "filled,rounded"},
                                           {"ellipse", "filled"},
                                           {"hexagon", "filled"},
                                           {"octagon", "filled"}}};

// FNV-1a: small, and fixed forever, unlike std::hash. Any collision-free assignment would
// depend on the other labels of a graph; a hash does not. The salt is the first one under
// which the eleven labels of datasets/bacac.json get eleven different colours.
std::uint32_t stableHash(std::string_view text) {
    std::uint32_t hash = 2166136261u;
    auto add = [&hash](std::string_view bytes) {
        for (char c : bytes) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 16777619u;
        }
    };
    add("540:");
    add(text);
    return hash;
}

} // namespace

NodeStyle styleOf(std::string_view label) {
    if (label.empty()) {
        return {"#ffffff", "ellipse", "dashed"};
    }
    const std::uint32_t hash = stableHash(label);
    const Shape& shape = kShapes[(hash / kFillColors.size()) % kShapes.size()];
    return {kFillColors[hash % kFillColors.size()], shape.shape, shape.style};
}

LabelId styleLabel(const GraphStore& graph, NodeIndex node) {
    LabelId best = kNoId;
    std::size_t bestCount = 0;
    for (LabelId label : graph.labels(node)) {
        const std::size_t count = graph.nodesWithLabel(label).size();
        if (best == kNoId || count < bestCount ||
            (count == bestCount &&
             graph.labelNames().name(label) < graph.labelNames().name(best))) {
            best = label;
            bestCount = count;
        }
    }
    return best;
}

} // namespace steppe::engine
