// Tests for query/virtuoso_store.h: the pure pieces always; the store
// itself against the Virtuoso server tests/query/virtuoso_test.py starts
// (skipped when $AWARDGRAPH_TEST_VIRTUOSO is unset).
#include "query/virtuoso_store.h"

#include <gtest/gtest.h>

#include <chrono>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "query/store.h"
#include "store_fixture.h"
#include "virtuoso_fixture.h"

namespace awardgraph::query {
namespace {

using testing::VirtuosoTestStore;

constexpr char kXsd[] = "http://www.w3.org/2001/XMLSchema#";

TEST(VirtuosoGraphsTest, LiveUnderTheStoreNamespace) {
  const VirtuosoGraphs g = VirtuosoGraphsFor("team");
  EXPECT_EQ(g.dataset, std::string(vocab::kStoreNs) + "team");
  EXPECT_EQ(g.union_graph, g.dataset + "/union");
  EXPECT_EQ(g.default_graph, g.dataset + "/default");
  EXPECT_EQ(g.registry, g.dataset + "/graphs");
}

TEST(VirtuosoQueryTextTest, UnionGraphIsTheDefaultOnlyWithoutADataset) {
  const VirtuosoGraphs g = VirtuosoGraphsFor("b");
  const std::string plain =
      VirtuosoQueryText("SELECT * { ?s ?p ?o }", false, false, g, {}, VirtuosoOutput::kSelectJson);
  EXPECT_NE(plain.find("define output:format \"JSON\""), std::string::npos);
  EXPECT_NE(plain.find("define input:default-graph-uri <" + g.union_graph + ">"),
            std::string::npos);
  EXPECT_EQ(plain.find("named-graph-uri"), std::string::npos);
  EXPECT_TRUE(plain.ends_with("\nSELECT * { ?s ?p ?o }"));
  const std::string own = VirtuosoQueryText("SELECT * FROM <http://a> { ?s ?p ?o }", true, true, g,
                                            {"http://x"}, VirtuosoOutput::kAsk);
  EXPECT_EQ(own.find("define"), std::string::npos) << own;
}

TEST(VirtuosoQueryTextTest, GraphPatternsSeeOnlyTheStoresGraphs) {
  const VirtuosoGraphs g = VirtuosoGraphsFor("b");
  const std::string two =
      VirtuosoQueryText("SELECT ?g { GRAPH ?g {} }", false, true, g, {"http://g1", "http://g2"},
                        VirtuosoOutput::kSelectJson);
  EXPECT_NE(two.find("define input:named-graph-uri <http://g1> "), std::string::npos);
  EXPECT_NE(two.find("define input:named-graph-uri <http://g2> "), std::string::npos);
  const std::string none = VirtuosoQueryText("SELECT ?g { GRAPH ?g {} }", false, true, g, {},
                                             VirtuosoOutput::kSelectJson);
  EXPECT_NE(none.find("define input:named-graph-uri <" + g.no_graphs + ">"), std::string::npos);
  EXPECT_THROW(
      VirtuosoQueryText("ASK {}", false, true, g, {"http://bad>iri"}, VirtuosoOutput::kAsk),
      StoreError);
}

TEST(VirtuosoExtensionUseTest, RefusesSqlFunctionsHoweverSpelled) {
  EXPECT_EQ(VirtuosoExtensionUse("SELECT * { ?s ?p ?o }"), "");
  EXPECT_NE(VirtuosoExtensionUse("SELECT (<bif:exec>('x') AS ?x) {}"), "");
  EXPECT_NE(VirtuosoExtensionUse("PREFIX b: <BIF:> SELECT (b:exec('x') AS ?x) {}"), "");
  EXPECT_NE(VirtuosoExtensionUse("PREFIX s: <sql:> SELECT (s:RDF_GLOBAL_RESET() AS ?x) {}"), "");
  EXPECT_NE(VirtuosoExtensionUse(
                "PREFIX b: <http://www.openlinksw.com/schemas/bif#> SELECT (b:x() AS ?x) {}"),
            "");
}

TEST(ParseVirtuosoSelectJsonTest, EveryKindOfTermAndUnboundValues) {
  // As Virtuoso 7.2 writes it (define output:format "JSON").
  const char* json = R"({ "head": { "link": [], "vars": ["a", "b"] },
  "results": { "distinct": false, "ordered": true, "bindings": [
    { "a": { "type": "uri", "value": "http://ex/s" }, "b": { "type": "literal", "xml:lang": "en-gb", "value": "h\u00e9" }},
    { "a": { "type": "bnode", "value": "nodeID://b10001" }, "b": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#gYear", "value": "2024" }},
    { "b": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#string", "value": "x" }},
    { "a": { "type": "literal", "value": "plain" } } ] } })";
  const QueryResult r = ParseVirtuosoSelectJson(json, {"a", "b"});
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0][0], Term::Iri("http://ex/s"));
  EXPECT_EQ(r.rows[0][1], Term::LangString("h\xc3\xa9", "en-gb"));
  EXPECT_EQ(r.rows[1][0], Term::Blank("b10001"));
  EXPECT_EQ(r.rows[1][1], Term::Typed("2024", std::string(kXsd) + "gYear"));
  EXPECT_FALSE(r.rows[2][0].has_value());
  EXPECT_EQ(r.rows[2][1], Term::Literal("x"));
  EXPECT_EQ(r.rows[3][0], Term::Literal("plain"));
  EXPECT_FALSE(r.rows[3][1].has_value());
}

TEST(ParseVirtuosoSelectJsonTest, NoRowsKeepsTheQuerysVariables) {
  // Virtuoso leaves "vars" empty when nothing matched.
  const QueryResult r = ParseVirtuosoSelectJson(
      R"({ "head": { "link": [], "vars": [] }, "results": { "bindings": [ ] } })", {"x", "y"});
  EXPECT_EQ(r.variables, (std::vector<std::string>{"x", "y"}));
  EXPECT_TRUE(r.rows.empty());
  EXPECT_THROW(ParseVirtuosoSelectJson("Error: no", {"x"}), QueryError);
}

TEST(ParseVirtuosoGraphJsonTest, RdfJsonBecomesTriplesEachOnce) {
  const char* json = R"({
  "http://ex/s" : { "http://ex/p" : [ { "type" : "literal", "value" : "x" }, { "type" : "literal", "value" : "x" } ] ,
    "http://ex/q" : [ { "type" : "uri", "value" : "http://ex/o" } ] } ,
  "_:vb10002" : { "http://ex/x" : [ { "type" : "literal", "value" : "a\"b" , "lang" : "en" } ] } })";
  std::vector<Triple> t = ParseVirtuosoGraphJson(json);
  std::sort(t.begin(), t.end());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0], (Triple{Term::Iri("http://ex/s"), Term::Iri("http://ex/p"), Term::Literal("x")}));
  EXPECT_EQ(t[1],
            (Triple{Term::Iri("http://ex/s"), Term::Iri("http://ex/q"), Term::Iri("http://ex/o")}));
  EXPECT_EQ(t[2], (Triple{Term::Blank("vb10002"), Term::Iri("http://ex/x"),
                          Term::LangString("a\"b", "en")}));
  EXPECT_THROW(ParseVirtuosoGraphJson("[1"), QueryError);
}

TEST(NTriplesTextTest, EscapesLiteralsAndDropsXsdString) {
  EXPECT_EQ(NTriplesText({{Term::Iri("http://s"), Term::Iri("http://p"),
                           Term::Typed("a\"\n\\b", std::string(kXsd) + "string")},
                          {Term::Blank("b1"), Term::Iri("http://p"), Term::LangString("x", "en")}}),
            "<http://s> <http://p> \"a\\\"\\n\\\\b\" .\n_:b1 <http://p> \"x\"@en .\n");
}

// ---------------------------------------------------------------- on a server

class VirtuosoServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!virtuoso_.Available()) GTEST_SKIP() << "no Virtuoso server (virtuoso_test.py runs these)";
  }
  VirtuosoTestStore virtuoso_;
};

const Term kS = Term::Iri("http://ex/s");
const Term kP = Term::Iri("http://ex/p");
constexpr std::string_view kG = "http://ex/vt/g1";

TEST_F(VirtuosoServerTest, TermsRoundTripExactly) {
  Store s = Store::Open(virtuoso_.Spec(), Store::Mode::kWrite);
  const std::vector<Triple> triples = {
      {kS, kP, Term::LangString("caf\xc3\xa9 \xe2\x80\x99quoted\xe2\x80\x99", "en-gb")},
      {kS, kP, Term::Typed("2024", std::string(kXsd) + "gYear")},
      {kS, kP, Term::Typed("2024-05-01", std::string(kXsd) + "date")},
      {kS, kP, Term::Literal("line\nbreak \"and\" tab\t")},
      {kS, kP, Term::Iri("http://ex/o?a=1&b=%20")}};
  s.ReplaceGraph(kG, triples);
  std::vector<Triple> got = s.GraphTriples(kG);
  std::vector<Triple> want = triples;
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
  EXPECT_EQ(s.Size(), triples.size());
  const QueryResult r =
      s.Query("SELECT ?o WHERE { <http://ex/s> <http://ex/p> ?o FILTER(lang(?o) = 'en-gb') }");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0], triples[0].object);
}

TEST_F(VirtuosoServerTest, BlankNodesLeaveTheUnionGraphWithTheirGraph) {
  Store s = Store::Open(virtuoso_.Spec(), Store::Mode::kWrite);
  s.AddTriples({{Term::Blank("x1"), kP, Term::Literal("1")}, {kS, kP, Term::Blank("x1")}}, kG);
  EXPECT_EQ(s.Size(), 2u);
  EXPECT_EQ(s.Query("SELECT ?v WHERE { <http://ex/s> <http://ex/p> ?b . ?b <http://ex/p> ?v }")
                .rows.size(),
            1u);
  s.RemoveGraph(kG);
  EXPECT_EQ(s.Size(), 0u);
  EXPECT_TRUE(s.Graphs().empty());
}

TEST_F(VirtuosoServerTest, AFailedBatchChangesNothing) {
  Store s = Store::Open(virtuoso_.Spec(), Store::Mode::kWrite);
  s.ReplaceGraph(kG, {{kS, kP, Term::Literal("old")}});
  // The second graph's IRI is refused after the first graph was rewritten
  // in the same transaction: the whole batch is rolled back.
  EXPECT_THROW(s.ReplaceGraphs({{std::string(kG), {{kS, kP, Term::Literal("new")}}},
                                {"http://ex/bad iri", {{kS, kP, Term::Literal("x")}}}}),
               StoreError);
  EXPECT_EQ(s.GraphTriples(kG), (std::vector<Triple>{{kS, kP, Term::Literal("old")}}));
  EXPECT_EQ(s.Objects(kS, kP), std::vector<Term>{Term::Literal("old")});
  EXPECT_EQ(s.Graphs(), std::vector<std::string>{std::string(kG)});
}

TEST_F(VirtuosoServerTest, QueriesRunOnVirtuosoWithTheStoresDataset) {
  Store s = Store::Open(virtuoso_.Spec(), Store::Mode::kWrite);
  s.AddTriples({{kS, kP, Term::Literal("x")}}, kG);
  s.AddTriples({{kS, kP, Term::Literal("x")}}, "http://ex/vt/g2");
  // The default graph holds the shared triple once; GRAPH sees both graphs
  // and none of Virtuoso's own (virtrdf#, ...) nor the union graph.
  EXPECT_EQ(s.Query("SELECT ?o WHERE { ?s <http://ex/p> ?o }").rows.size(), 1u);
  const QueryResult graphs =
      s.Query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
  ASSERT_EQ(graphs.rows.size(), 2u);
  EXPECT_EQ(graphs.rows[0][0], Term::Iri("http://ex/vt/g1"));
  EXPECT_EQ(graphs.rows[1][0], Term::Iri("http://ex/vt/g2"));
  // SPARQL 1.1 beyond what Rasqal had: paths, EXISTS, MINUS.
  EXPECT_EQ(s.Query("SELECT ?o WHERE { <http://ex/s> <http://ex/p>+ ?o }").rows.size(), 1u);
  EXPECT_TRUE(s.Query("ASK { ?s ?p ?o FILTER EXISTS { ?s <http://ex/p> 'x' } }").boolean);
  EXPECT_FALSE(s.Query("ASK { ?s <http://ex/p> 'nope' }").boolean);
  EXPECT_EQ(s.Query("SELECT ?s WHERE { ?s ?p ?o MINUS { ?s <http://ex/p> ?o } }").rows.size(), 0u);
  const QueryResult c = s.Query("CONSTRUCT { ?s <http://ex/q> ?o } WHERE { ?s <http://ex/p> ?o }");
  EXPECT_EQ(c.kind, QueryResult::Kind::kGraph);
  EXPECT_EQ(c.triples, (std::vector<Triple>{{kS, Term::Iri("http://ex/q"), Term::Literal("x")}}));
  // Virtuoso differs from SPARQL here: a literal subject in a CONSTRUCT
  // template is an error, not a skipped triple.
  EXPECT_THROW(s.Query("CONSTRUCT { ?o <http://ex/of> ?s } WHERE { ?s <http://ex/p> ?o }"),
               QueryError);
  // Refusals and errors end the request with the engine's usual errors.
  EXPECT_THROW(s.Query("SELECT ?x WHERE { ?x ?y }"), QuerySyntaxError);
  EXPECT_THROW(s.Query("INSERT DATA { <http://a> <http://b> <http://c> }"), QueryError);
  EXPECT_THROW(s.Query("SELECT (<bif:sprintf>('%d', 1) AS ?x) {}"), UnsupportedQueryError);
  EXPECT_THROW(s.Query("SELECT * { SERVICE <http://ex/sparql> { ?s ?p ?o } }"),
               UnsupportedQueryError);
}

TEST_F(VirtuosoServerTest, DeadlineAndRowCapStopAQuery) {
  Store s = Store::Open(virtuoso_.Spec(), Store::Mode::kWrite);
  std::vector<Triple> many;
  for (int i = 0; i < 300; ++i) {
    many.push_back({Term::Iri("http://ex/n" + std::to_string(i)), kP, Term::Literal("v")});
  }
  s.ReplaceGraph(kG, many);
  QueryControl capped;
  capped.max_rows = 100;
  EXPECT_THROW(s.Query("SELECT ?s WHERE { ?s ?p ?o }", capped), QueryStoppedError);
  QueryControl late;
  late.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(
      s.Query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", late),
      QueryStoppedError);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  // The store answers again after a timeout.
  EXPECT_EQ(s.Query("SELECT ?s WHERE { ?s ?p ?o }").rows.size(), 300u);
}

TEST_F(VirtuosoServerTest, AGraphTwiceInOneBatchEndsWithItsLastContent) {
  Store s = Store::Open(virtuoso_.Spec(), Store::Mode::kWrite);
  s.ReplaceGraph(kG, {{kS, kP, Term::Literal("old")}});
  s.ReplaceGraphs(
      {{std::string(kG), {{kS, kP, Term::Literal("first")}}},
       {"http://ex/vt/g2", {{kS, kP, Term::Literal("first")}, {kS, kP, Term::Literal("b")}}},
       {std::string(kG), {{kS, kP, Term::Literal("last")}}}});
  EXPECT_EQ(s.GraphTriples(kG), (std::vector<Triple>{{kS, kP, Term::Literal("last")}}));
  std::vector<Term> objects = s.Objects(kS, kP);
  std::sort(objects.begin(), objects.end());
  EXPECT_EQ(objects,
            (std::vector<Term>{Term::Literal("b"), Term::Literal("first"), Term::Literal("last")}));
  EXPECT_EQ(s.Size(), 3u);
}

TEST_F(VirtuosoServerTest, AGraphOverTheLoadersLimitIsSentInPieces) {
  // Over 8 MB of N-Quads: several TTLP calls (the driver refuses 10 MB).
  Store s = Store::Open(virtuoso_.Spec(), Store::Mode::kWrite);
  std::vector<Triple> big;
  const std::string padding(80, 'x');
  for (int i = 0; i < 90000; ++i) {
    big.push_back({Term::Iri("http://ex/big/" + std::to_string(i)), kP, Term::Literal(padding)});
  }
  s.ReplaceGraph(kG, big);
  EXPECT_EQ(s.Size(), big.size());
  EXPECT_EQ(s.GraphTriples(kG).size(), big.size());
  big.push_back({Term::Blank("b"), kP, Term::Literal("x")});
  EXPECT_THROW(s.ReplaceGraph(kG, big), StoreError);
  EXPECT_EQ(s.Size(), big.size() - 1);
}

TEST_F(VirtuosoServerTest, MissingStoreAndBadLoginNameTheStoreWithoutThePassword) {
  const std::string missing = virtuoso_.Spec() + "-missing";
  try {
    Store::Open(missing, Store::Mode::kRead);
    FAIL() << "opened a missing store";
  } catch (const StoreNotFoundError& e) {
    EXPECT_NE(std::string(e.what()).find("no store at virtuoso://"), std::string::npos);
  }
  const StoreSpec spec = ParseStoreSpec(virtuoso_.Spec());
  const std::string wrong = "virtuoso://" + spec.user + ":Wr0ngPassw0rd@" + spec.host + ":" +
                            std::to_string(spec.port) + "/" + spec.graph_base;
  try {
    Store::Open(wrong, Store::Mode::kRead);
    FAIL() << "a wrong password was accepted";
  } catch (const StoreError& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.find("Wr0ngPassw0rd"), std::string::npos) << message;
    EXPECT_NE(message.find(":***@"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace awardgraph::query
