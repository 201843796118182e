// Tests for query/store_triple_source.h, through a memory: Store.
#include "query/store_triple_source.h"

#include <gtest/gtest.h>

#include <algorithm>

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

// A directory store keeps only the graphs model's contexts and (subject,
// object) indexes: GRAPH ?g patterns go through the default graph. Every
// shape of pattern must give what the fully indexed memory store gives.
TEST_F(StoreTest, DirectoryStoreAnswersNamedGraphPatternsLikeMemory) {
  auto fill = [](Store& s) {
    const Term a = Term::Iri("http://ex/a"), b = Term::Iri("http://ex/b");
    const Term p = Term::Iri("http://ex/p"), q = Term::Iri("http://ex/q");
    s.ReplaceGraph("http://ex/g1", {{a, p, b}, {a, q, Term::Literal("x")}, {b, p, a}});
    s.ReplaceGraph("http://ex/g2", {{a, p, b}, {a, p, Term::LangString("y", "en")}});
    s.AddTriples({{a, q, b}, {a, p, b}});  // the default graph: not a named graph
  };
  Store memory = Store::Open("memory:", Store::Mode::kWrite);
  fill(memory);
  Store directory = Store::Open(dir_ / "store", Store::Mode::kWrite);
  fill(directory);
  for (const char* query : {
           "SELECT * { GRAPH ?g { ?s ?p ?o } }",
           "SELECT * { GRAPH ?g { <http://ex/a> ?p ?o } }",
           "SELECT * { GRAPH ?g { ?s <http://ex/p> ?o } }",
           "SELECT * { GRAPH ?g { ?s ?p <http://ex/b> } }",
           "SELECT * { GRAPH ?g { <http://ex/a> <http://ex/p> ?o } }",
           "SELECT * { GRAPH ?g { ?s <http://ex/p> <http://ex/a> } }",
           "SELECT * { GRAPH ?g { <http://ex/a> ?p <http://ex/b> } }",
           "SELECT * { GRAPH ?g { <http://ex/a> <http://ex/p> <http://ex/b> } }",
           "SELECT * { GRAPH ?g { <http://ex/a> <http://ex/q> <http://ex/b> } }",
           "SELECT * { GRAPH ?g { ?s ?p \"y\"@en } }",
           "SELECT * { GRAPH <http://ex/g1> { ?s ?p ?o } }",
           "SELECT * FROM NAMED <http://ex/g2> { GRAPH ?g { ?s ?p ?o } }",
           "SELECT * FROM <http://ex/g1> { ?s ?p ?o }",
           "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
           "ASK { GRAPH ?g { <http://ex/b> <http://ex/p> <http://ex/a> } }",
       }) {
    QueryResult expected = memory.Query(query);
    QueryResult got = directory.Query(query);
    std::sort(expected.rows.begin(), expected.rows.end());
    std::sort(got.rows.begin(), got.rows.end());
    EXPECT_EQ(got.rows, expected.rows) << query;
    EXPECT_EQ(got.boolean, expected.boolean) << query;
  }
  EXPECT_EQ(directory.Query("SELECT * { GRAPH ?g { ?s ?p ?o } }").rows.size(), 5u);
}

}  // namespace
}  // namespace awardgraph::query
