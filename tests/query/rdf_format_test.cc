// Tests for query/rdf_format.h.
#include "query/rdf_format.h"

#include <gtest/gtest.h>

namespace awardgraph::query {
namespace {

TEST(RdfFormatTest, FromName) {
  EXPECT_EQ(RdfFormatFromName("turtle"), RdfFormat::kTurtle);
  EXPECT_EQ(RdfFormatFromName("TTL"), RdfFormat::kTurtle);
  EXPECT_EQ(RdfFormatFromName("ntriples"), RdfFormat::kNtriples);
  EXPECT_EQ(RdfFormatFromName("rdfxml"), RdfFormat::kRdfxml);
  EXPECT_EQ(RdfFormatFromName("trig"), RdfFormat::kTrig);
  EXPECT_EQ(RdfFormatFromName("json"), std::nullopt);
}

TEST(RdfFormatTest, FromPathUsesTheExtension) {
  EXPECT_EQ(RdfFormatFromPath("a/b.ttl"), RdfFormat::kTurtle);
  EXPECT_EQ(RdfFormatFromPath("B.NT"), RdfFormat::kNtriples);
  EXPECT_EQ(RdfFormatFromPath("onto.owl"), RdfFormat::kRdfxml);
  EXPECT_EQ(RdfFormatFromPath("x.rdf"), RdfFormat::kRdfxml);
  EXPECT_EQ(RdfFormatFromPath("g.trig"), RdfFormat::kTrig);
  EXPECT_EQ(RdfFormatFromPath("notes.txt"), std::nullopt);
  EXPECT_EQ(RdfFormatFromPath("ttl"), std::nullopt);
}

TEST(RdfFormatTest, Names) {
  EXPECT_EQ(RdfFormatName(RdfFormat::kNtriples), "ntriples");
  EXPECT_EQ(RaptorSyntaxName(RdfFormat::kTrig), "trig");
}

}  // namespace
}  // namespace awardgraph::query
