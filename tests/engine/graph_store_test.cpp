// GraphBuilder and GraphStore: construction, label index, adjacency per type and direction,
// properties, citations, and rebuilding from an existing store.
#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "engine/graph_builder.hpp"

namespace steppe::engine {
namespace {

std::vector<NodeIndex> toVector(std::span<const NodeIndex> s) {
    return {s.begin(), s.end()};
}

// A small graph: three countries, an association, memberships and one partnership.
class GraphStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        country_ = b_.internLabel("Country");
        association_ = b_.internLabel("Association");
        memberOf_ = b_.internType("MEMBER_OF");
        partnerOf_ = b_.internType("PARTNER_OF");
        name_ = b_.internKey("name");

        // The association is named first by a relationship, as a loader may meet it.
        bacac_ = b_.nodeFor("bacac");
        for (const char* id : {"kazakhstan", "georgia", "mongolia"}) {
            NodeIndex n = b_.nodeFor(id);
            ASSERT_TRUE(b_.define(n, std::vector<LabelId>{country_}));
            b_.addNodeProperty(n, name_, Value::string(id));
            countries_.push_back(n);
        }
        ebsa_ = b_.nodeFor("ebsa");
        ASSERT_TRUE(b_.define(ebsa_, std::vector<LabelId>{association_, association_}));
        EXPECT_EQ(b_.undefinedNodes(), std::vector<NodeIndex>{bacac_});
        ASSERT_TRUE(b_.define(bacac_, std::vector<LabelId>{association_}));
        EXPECT_FALSE(b_.define(bacac_, std::vector<LabelId>{country_})) << "defined twice";

        // Added out of order on purpose: adjacency must come out sorted by neighbour.
        for (auto it = countries_.rbegin(); it != countries_.rend(); ++it) {
            RelIndex r = b_.addRel(*it, bacac_, memberOf_);
            b_.addRelProperty(r, b_.internKey("since"), Value::integer(2009));
        }
        partnership_ = b_.addRel(bacac_, ebsa_, partnerOf_);
        b_.addRelCitation(partnership_, Citation{0, "partner - organization"});
        graph_ = b_.build();
    }

    GraphBuilder b_;
    std::shared_ptr<const GraphStore> graph_;
    LabelId country_, association_;
    TypeId memberOf_, partnerOf_;
    KeyId name_;
    NodeIndex bacac_, ebsa_;
    std::vector<NodeIndex> countries_;
    RelIndex partnership_;
};

TEST_F(GraphStoreTest, CountsNodesAndRelationships) {
    EXPECT_EQ(graph_->nodeCount(), 5u);
    EXPECT_EQ(graph_->relCount(), 4u);
    EXPECT_EQ(graph_->relCountByType()[memberOf_], 3u);
    EXPECT_EQ(graph_->relCountByType()[partnerOf_], 1u);
}

TEST_F(GraphStoreTest, FindsNodesByTheirStringId) {
    EXPECT_EQ(graph_->findNode("georgia"), countries_[1]);
    EXPECT_EQ(graph_->nodeId(countries_[1]), "georgia");
    EXPECT_EQ(graph_->findNode("Georgia"), kNoId);
    EXPECT_EQ(graph_->findNode(""), kNoId);
}

TEST_F(GraphStoreTest, IndexesNodesByLabel) {
    EXPECT_EQ(toVector(graph_->nodesWithLabel(country_)), countries_);
    std::vector<NodeIndex> associations{bacac_, ebsa_};
    std::sort(associations.begin(), associations.end());
    EXPECT_EQ(toVector(graph_->nodesWithLabel(association_)), associations);
    EXPECT_TRUE(graph_->hasLabel(bacac_, association_));
    EXPECT_FALSE(graph_->hasLabel(bacac_, country_));
    EXPECT_EQ(graph_->labels(ebsa_).size(), 1u) << "duplicate labels collapse";
}

TEST_F(GraphStoreTest, ExpandsOneTypeWithoutTouchingOthers) {
    const Adjacency& in = graph_->adjacency(Direction::kIncoming);
    const Adjacency& out = graph_->adjacency(Direction::kOutgoing);

    AdjacencyRange members = in.ofType(bacac_, memberOf_);
    EXPECT_EQ(std::vector<NodeIndex>(members.neighbours.begin(), members.neighbours.end()),
              countries_);
    for (std::size_t i = 0; i < members.size(); ++i) {
        EXPECT_EQ(graph_->relSource(members.rels[i]), members.neighbours[i]);
        EXPECT_EQ(graph_->relTarget(members.rels[i]), bacac_);
        EXPECT_EQ(graph_->relType(members.rels[i]), memberOf_);
    }
    EXPECT_TRUE(in.ofType(bacac_, partnerOf_).empty());
    EXPECT_TRUE(out.ofType(bacac_, memberOf_).empty());

    AdjacencyRange partners = out.ofType(bacac_, partnerOf_);
    ASSERT_EQ(partners.size(), 1u);
    EXPECT_EQ(partners.neighbours[0], ebsa_);
    EXPECT_EQ(partners.rels[0], partnership_);
    EXPECT_EQ(out.all(bacac_).size(), 1u);
    EXPECT_EQ(in.all(bacac_).size(), 3u);
    EXPECT_EQ(out.typesAt(countries_[0]), std::vector<TypeId>{memberOf_});
    EXPECT_TRUE(out.ofType(bacac_, 999).empty()) << "an unknown type has no run";
}

TEST_F(GraphStoreTest, StoresPropertiesAndCitations) {
    const Value* name = graph_->nodeProperties().find(countries_[2], name_);
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->asString(), "mongolia");
    EXPECT_EQ(graph_->nodeProperties().find(bacac_, name_), nullptr);
    KeyId since = graph_->keyNames().find("since");
    ASSERT_NE(since, kNoId);
    for (RelIndex r = 0; r < 3; ++r) {
        EXPECT_EQ(graph_->relProperties().find(r, since)->asInteger(), 2009);
    }
    ASSERT_EQ(graph_->relCitations(partnership_).size(), 1u);
    EXPECT_EQ(graph_->relCitations(partnership_)[0].quote, "partner - organization");
    EXPECT_TRUE(graph_->nodeCitations(bacac_).empty());
    EXPECT_EQ(graph_->citationCount(), 1u);
}

TEST_F(GraphStoreTest, RebuildsFromAStoreAndAddsToIt) {
    GraphBuilder more(*graph_);
    NodeIndex absa = more.nodeFor("absa");
    ASSERT_TRUE(more.define(absa, std::vector<LabelId>{association_}));
    more.addRel(bacac_, absa, more.internType("PARTNER_OF"));
    auto bigger = more.build();

    EXPECT_EQ(graph_->nodeCount(), 5u) << "the old store is untouched";
    EXPECT_EQ(bigger->nodeCount(), 6u);
    EXPECT_EQ(bigger->relCount(), 5u);
    EXPECT_EQ(bigger->findNode("georgia"), countries_[1]) << "indexes are kept";
    EXPECT_EQ(bigger->adjacency(Direction::kOutgoing).ofType(bacac_, partnerOf_).size(), 2u);
    EXPECT_EQ(bigger->nodeProperties().find(countries_[0], name_)->asString(), "kazakhstan");
    EXPECT_EQ(bigger->relCitations(partnership_).size(), 1u);
}

TEST_F(GraphStoreTest, MeasuresItsMemory) {
    MemoryUsage m = graph_->memory();
    // Both directions hold a neighbour and a relationship index per relationship.
    EXPECT_GE(m.adjacency, 2 * graph_->relCount() * (sizeof(NodeIndex) + sizeof(RelIndex)));
    EXPECT_GE(m.relationships, graph_->relCount() * (2 * sizeof(NodeIndex) + sizeof(TypeId)));
    EXPECT_GE(m.nodes, std::string("kazakhstangeorgiamongoliabacacebsa").size());
    EXPECT_GT(m.properties, 0u);
    EXPECT_EQ(m.total(), m.nodes + m.relationships + m.adjacency + m.properties + m.citations);
}

TEST(GraphStoreEmpty, HasNoNodesAndNoRelationships) {
    GraphBuilder builder;
    auto graph = builder.build();
    EXPECT_EQ(graph->nodeCount(), 0u);
    EXPECT_EQ(graph->relCount(), 0u);
    EXPECT_EQ(graph->findNode("x"), kNoId);
    EXPECT_GT(graph->memory().total(), 0u) << "offsets arrays exist even when empty";
}

} // namespace
} // namespace steppe::engine
