// Tests for graph/edge_list.{h,cc}: CSV edge lists with and without
// weights, quoting, merging, and errors that name the file and line.
#include "graph/edge_list.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace awardgraph::graph {
namespace {

CollaborationNetwork Read(const std::string& text) {
  std::istringstream in(text);
  return ReadEdgeListCsv(in, "edges.csv");
}

// The message of the EdgeListError that reading `text` throws.
std::string ErrorOf(const std::string& text) {
  try {
    Read(text);
  } catch (const EdgeListError& e) {
    return e.what();
  }
  return "no error";
}

TEST(EdgeListTest, ReadsWeightedRowsAndMergesParallelOnes) {
  const CollaborationNetwork network =
      Read("source,target,weight\r\na,b,1.5\nb,c,2\n\nb,a,0.5\nc,c,9\n");
  EXPECT_EQ(network.NumVertices(), 3u);
  EXPECT_EQ(network.NumEdges(), 2u);
  EXPECT_EQ(network.Weight("a", "b"), 2.0);
  EXPECT_EQ(network.Weight("c", "b"), 2.0);
  EXPECT_EQ(network.DroppedSelfLoops(), 1u);
  EXPECT_EQ(network.Graph()[0].iri, "a");
  EXPECT_EQ(network.Graph()[0].label, "a");
}

TEST(EdgeListTest, UnweightedHeaderGivesWeightOne) {
  const CollaborationNetwork network = Read(" Source , TARGET \nx,y\ny,z\n");
  EXPECT_EQ(network.Weight("x", "y"), 1.0);
  EXPECT_EQ(network.Weight("y", "z"), 1.0);
}

TEST(EdgeListTest, QuotedFieldsKeepCommasAndQuotes) {
  const CollaborationNetwork network =
      Read("\xEF\xBB\xBFsource,target,weight\n\"Smith, Jones \"\"& Co\"\"\", \"b\" ,3\n");
  EXPECT_EQ(network.Weight("Smith, Jones \"& Co\"", "b"), 3.0);
}

TEST(EdgeListTest, ErrorsNameFileAndLine) {
  EXPECT_EQ(ErrorOf(""), "edges.csv:1: empty file: no source,target header");
  EXPECT_EQ(ErrorOf("from,to\na,b\n"),
            "edges.csv:1: the header must be source,target or source,target,weight");
  EXPECT_EQ(ErrorOf("source,target\na,b\na,b,c\n"), "edges.csv:3: expected 2 fields, found 3");
  EXPECT_EQ(ErrorOf("source,target,weight\na,b,1\n,b,1\n"), "edges.csv:3: empty node name");
  EXPECT_EQ(ErrorOf("source,target,weight\na,b,-1\n"),
            "edges.csv:2: weight '-1' is not a finite, non-negative number");
  EXPECT_EQ(ErrorOf("source,target,weight\na,b,1x\n"),
            "edges.csv:2: weight '1x' is not a finite, non-negative number");
  EXPECT_EQ(ErrorOf("source,target,weight\na,b,inf\n"),
            "edges.csv:2: weight 'inf' is not a finite, non-negative number");
  EXPECT_EQ(ErrorOf("source,target\n\"a,b\n"), "edges.csv:2: unterminated quoted field");
}

TEST(EdgeListTest, SplitCsvRecord) {
  std::vector<std::string> fields;
  ASSERT_TRUE(detail::SplitCsvRecord("a,\"b,c\",,d", fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"a", "b,c", "", "d"}));
  EXPECT_FALSE(detail::SplitCsvRecord("\"open", fields));
}

}  // namespace
}  // namespace awardgraph::graph
