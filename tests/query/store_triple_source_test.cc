// Tests for query/store_triple_source.h, through a memory: Store.
#include "query/store_triple_source.h"

#include <gtest/gtest.h>

#include "ontology/vocabulary.h"
#include "store_fixture.h"

namespace awardgraph::query {
namespace {

using testing::StoreTest;

// The adaptor is reached through Store::Query; these queries exercise each
// of its lookups: default graph, one named graph, all named graphs with the
// graph bound, fully bound patterns, and the graph list.
TEST_F(StoreTest, AdaptorReadsDefaultAndNamedGraphs) {
  Store s = MakeStore("<http://ex/a> <http://ex/p> \"x\" .", "http://ex/g1");
  s.AddTriples({{Term::Iri("http://ex/a"), Term::Iri("http://ex/p"), Term::Literal("x")}},
               "http://ex/g2");
  EXPECT_EQ(s.Query("SELECT * { ?s ?p ?o }").rows.size(), 1u);  // the union, once
  EXPECT_EQ(s.Query("SELECT * { GRAPH ?g { ?s ?p ?o } }").rows.size(), 2u);
  EXPECT_EQ(s.Query("SELECT * { GRAPH <http://ex/g2> { ?s ?p ?o } }").rows.size(), 1u);
  EXPECT_TRUE(s.Query("ASK { <http://ex/a> <http://ex/p> \"x\" }").boolean);
  EXPECT_FALSE(s.Query("ASK { <http://ex/a> <http://ex/p> \"y\" }").boolean);
  EXPECT_EQ(s.Query("SELECT ?g { GRAPH ?g { } }").rows.size(), 2u);
  // The reserved default-graph context is not a named graph.
  Store d = MakeStore("<http://ex/b> <http://ex/p> \"z\" .");
  EXPECT_EQ(d.Query("SELECT * { GRAPH ?g { ?s ?p ?o } }").rows.size(), 0u);
  EXPECT_EQ(d.Query(std::string("SELECT * { GRAPH <") + std::string(vocab::kDefaultGraph) +
                    "> { ?s ?p ?o } }")
                .rows.size(),
            0u);
}

}  // namespace
}  // namespace awardgraph::query
