#include <string>

#include <gtest/gtest.h>

#include "steppe/database.hpp"
#include "tests/tck/side_effects.hpp"

namespace {

using steppe::tck::describeSideEffects;
using steppe::tck::diffSnapshots;
using steppe::tck::GraphSnapshot;
using steppe::tck::parseGraphSnapshot;
using steppe::tck::parseSideEffectsTable;
using steppe::tck::SideEffects;

GraphSnapshot snapshot(const std::string& json) {
    GraphSnapshot s;
    std::string error;
    EXPECT_TRUE(parseGraphSnapshot(json, &s, &error)) << error;
    return s;
}

SideEffects diff(const std::string& before, const std::string& after) {
    return diffSnapshots(snapshot(before), snapshot(after));
}

const char* const kBefore = R"({
  "sources": [],
  "nodes": [
    {"id": "a", "labels": ["A"], "properties": {"name": "a", "num": 1}},
    {"id": "b", "labels": ["B", "Shared"], "properties": {"name": "b"}},
    {"id": "c", "labels": []}
  ],
  "edges": [
    {"from": "a", "to": "b", "type": "T", "properties": {"w": 1.0}},
    {"from": "a", "to": "b", "type": "T"},
    {"from": "b", "to": "c", "type": "U", "properties": {"k": "x"}}
  ]
})";

TEST(TckSideEffects, NothingChangedIsNoSideEffects) {
    EXPECT_EQ(diff(kBefore, kBefore), SideEffects{});
    EXPECT_EQ(describeSideEffects(SideEffects{}), "none");
}

TEST(TckSideEffects, CountsEveryKindOfChange) {
    // Node c deleted with its relationship; node d created with two labels (one new, one
    // already in use) and a property; a's `num` changed from 1 to 1.5; label B gone with b's
    // label list; one of the two parallel a->b relationships deleted.
    const char* after = R"({
      "nodes": [
        {"id": "a", "labels": ["A"], "properties": {"name": "a", "num": 1.5}},
        {"id": "b", "labels": ["Shared"], "properties": {"name": "b"}},
        {"id": "d", "labels": ["Shared", "New"], "properties": {"name": "d"}}
      ],
      "edges": [
        {"from": "a", "to": "b", "type": "T", "properties": {"w": 1.0}},
        {"from": "a", "to": "d", "type": "T", "properties": {"w": 2}}
      ]
    })";
    SideEffects want;
    want.addedNodes = 1;           // d
    want.removedNodes = 1;         // c
    want.addedRelationships = 1;   // a->d
    want.removedRelationships = 2; // a->b without properties, b->c
    want.addedLabels = 1;          // New
    want.removedLabels = 1;        // B
    want.addedProperties = 3;      // a.num = 1.5, d.name, (a->d).w
    want.removedProperties = 2;    // a.num = 1, (b->c).k
    const SideEffects got = diff(kBefore, after);
    EXPECT_EQ(got, want) << describeSideEffects(got);
    EXPECT_EQ(describeSideEffects(want), "+nodes 1, -nodes 1, +relationships 1, "
                                         "-relationships 2, +labels 1, -labels 1, "
                                         "+properties 3, -properties 2");
}

TEST(TckSideEffects, LabelsCountDistinctNames) {
    // CREATE (:L), (:L) adds one label.
    SideEffects want;
    want.addedNodes = 2;
    want.addedLabels = 1;
    EXPECT_EQ(diff(R"({"nodes": []})", R"({"nodes": [{"id": "1", "labels": ["L"]},
                                                    {"id": "2", "labels": ["L"]}]})"),
              want);
}

TEST(TckSideEffects, IntegerAndFloatPropertiesDiffer) {
    SideEffects want;
    want.addedProperties = 1;
    want.removedProperties = 1;
    EXPECT_EQ(diff(R"({"nodes": [{"id": "n", "properties": {"p": 1}}]})",
                   R"({"nodes": [{"id": "n", "properties": {"p": 1.0}}]})"),
              want);
    EXPECT_EQ(diff(R"({"nodes": [{"id": "n", "properties": {"p": [1, "a"]}}]})",
                   R"({"nodes": [{"id": "n", "properties": {"p": [1, "a"]}}]})"),
              SideEffects{});
}

TEST(TckSideEffects, ChangingRelationshipPropertiesKeepsTheRelationship) {
    // SET r.name = 'x' over an old value: +properties 1, -properties 1, no relationship change.
    SideEffects want;
    want.addedProperties = 2;
    want.removedProperties = 1;
    EXPECT_EQ(diff(R"({"nodes": [{"id": "a"}],
                       "edges": [{"from": "a", "to": "a", "type": "T",
                                  "properties": {"name": "old"}}]})",
                   R"({"nodes": [{"id": "a"}],
                       "edges": [{"from": "a", "to": "a", "type": "T",
                                  "properties": {"name": "x", "extra": true}}]})"),
              want);
}

TEST(TckSideEffects, ReadsTheDatabaseDump) {
    steppe::Database db;
    ASSERT_TRUE(db.loadJson(R"({"nodes": [
        {"id": "x", "labels": ["P", "Q"], "properties": {"f": 0.1, "i": 7, "s": "t", "l": [1, 2]}},
        {"id": "y"}],
      "edges": [{"from": "x", "to": "y", "type": "R", "properties": {"w": 2.5}}]})")
                    .ok());
    const GraphSnapshot s = snapshot(db.toJson());
    ASSERT_EQ(s.nodes.size(), 2u);
    EXPECT_EQ(s.nodes.at("x"), (steppe::tck::PropertyList{
                                   {"f", "0.1"}, {"i", "7"}, {"l", "[1,2]"}, {"s", "\"t\""}}));
    EXPECT_EQ(s.labels, (std::set<std::string>{"P", "Q"}));
    ASSERT_EQ(s.relationships.size(), 1u);
    EXPECT_EQ(s.relationships[0].from, "x");
    EXPECT_EQ(s.relationships[0].to, "y");
    EXPECT_EQ(s.relationships[0].type, "R");
    EXPECT_EQ(s.relationships[0].properties, (steppe::tck::PropertyList{{"w", "2.5"}}));
}

TEST(TckSideEffects, RejectsDumpsThatAreNotJson) {
    GraphSnapshot s;
    std::string error;
    EXPECT_FALSE(parseGraphSnapshot(R"({"nodes": [)", &s, &error));
    EXPECT_EQ(error.substr(0, 31), "the graph dump is not valid JSO");
    EXPECT_FALSE(parseGraphSnapshot("[]", &s, &error));
}

TEST(TckSideEffects, ReadsSideEffectTables) {
    std::string error;
    const auto effects = parseSideEffectsTable({{"+nodes", "2"}, {"-properties", "1"}}, &error);
    ASSERT_TRUE(effects) << error;
    SideEffects want;
    want.addedNodes = 2;
    want.removedProperties = 1;
    EXPECT_EQ(*effects, want);
    EXPECT_FALSE(parseSideEffectsTable({{"+edges", "1"}}, &error));
    EXPECT_EQ(error, "unknown side-effects key '+edges'");
    EXPECT_FALSE(parseSideEffectsTable({{"+nodes", "two"}}, &error));
    EXPECT_FALSE(parseSideEffectsTable({{"+nodes"}}, &error));
}

} // namespace
