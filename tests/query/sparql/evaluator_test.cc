// Tests for query/sparql/evaluator.h over a MemoryTripleSource.
#include "query/sparql/evaluator.h"

#include <gtest/gtest.h>

#include "query/errors.h"
#include "query/sparql/parser.h"

namespace awardgraph::query::sparql {
namespace {

class EvaluatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto iri = [](const char* s) { return Term::Iri(std::string("http://ex/") + s); };
    // a -knows-> b -knows-> c -knows-> a (a cycle); names; ages.
    data_.Add({iri("a"), iri("knows"), iri("b")});
    data_.Add({iri("b"), iri("knows"), iri("c")});
    data_.Add({iri("c"), iri("knows"), iri("a")});
    data_.Add({iri("a"), iri("name"), Term::LangString("Ann", "en")});
    data_.Add({iri("b"), iri("name"), Term::Literal("Bob")});
    data_.Add(
        {iri("a"), iri("age"), Term::Typed("30", "http://www.w3.org/2001/XMLSchema#integer")});
    data_.Add(
        {iri("b"), iri("age"), Term::Typed("40", "http://www.w3.org/2001/XMLSchema#integer")});
    data_.Add({iri("d"), iri("name"), Term::Literal("Dee")}, "http://ex/g1");
  }
  QueryResult Run(const std::string& q, const QueryControl& control = {}) {
    return EvaluateQuery(ParseQuery("PREFIX : <http://ex/>\n" + q), data_, control);
  }
  std::string Cell(const std::string& q) {
    QueryResult r = Run(q);
    if (r.rows.size() != 1 || !r.rows[0][0]) return "<none>";
    return r.rows[0][0]->value;
  }
  MemoryTripleSource data_;
};

TEST_F(EvaluatorTest, OptionalKeepsPeopleWithoutAMatchAndPairsCorrectly) {
  const QueryResult r =
      Run("SELECT ?p ?n { ?p :knows ?x OPTIONAL { ?p :name ?n ; :age ?a } } ORDER BY ?p");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[0][1]->value, "Ann");
  EXPECT_EQ(r.rows[1][1]->value, "Bob");
  EXPECT_FALSE(r.rows[2][1]);
}

TEST_F(EvaluatorTest, AggregatesOverEmptyAndNonEmptyGroups) {
  EXPECT_EQ(Cell("SELECT (COUNT(?x) AS ?n) { ?x :none ?y }"), "0");
  EXPECT_EQ(Run("SELECT ?y (COUNT(?x) AS ?n) { ?x :none ?y } GROUP BY ?y").rows.size(), 0u);
  EXPECT_EQ(Cell("SELECT (COUNT(DISTINCT ?n) AS ?c) { ?p :knows ?x OPTIONAL { ?p :none ?n } }"),
            "0");
  EXPECT_EQ(Cell("SELECT (SUM(?a) AS ?s) { ?p :age ?a }"), "70");
  EXPECT_EQ(Cell("SELECT (AVG(?a) AS ?s) { ?p :age ?a }"), "35.0");
  EXPECT_EQ(Cell("SELECT (GROUP_CONCAT(?n; SEPARATOR=\"|\") AS ?s) { ?p :name ?n } "), "Ann|Bob");
}

TEST_F(EvaluatorTest, PathsFollowCycles) {
  EXPECT_EQ(Run("SELECT ?x { :a :knows+ ?x }").rows.size(), 3u);
  EXPECT_EQ(Run("SELECT ?x { :a :knows* ?x }").rows.size(), 3u);
  EXPECT_EQ(Run("SELECT ?x { ?x ^:knows/:knows :b }").rows.size(), 1u);
  EXPECT_EQ(Run("SELECT * { ?x !:name ?y }").rows.size(), 5u);
  EXPECT_EQ(Run("SELECT * { ?x (:knows|:name)? ?y }").rows.size(), 7u + 5u);  // 7 nodes, 5 edges
}

TEST_F(EvaluatorTest, NegationSubSelectValuesBind) {
  EXPECT_EQ(Run("SELECT ?p { ?p :knows ?x FILTER NOT EXISTS { ?p :name ?n } }").rows.size(), 1u);
  EXPECT_EQ(Run("SELECT ?p { ?p :knows ?x MINUS { ?p :age ?a } }").rows.size(), 1u);
  EXPECT_EQ(
      Run("SELECT ?p ?c { ?p :age ?a { SELECT (COUNT(*) AS ?c) { ?s :knows ?o } } }").rows.size(),
      2u);
  EXPECT_EQ(Cell("SELECT ?d { VALUES ?p { :a } ?p :age ?a BIND(?a * 2 AS ?d) }"), "60");
}

TEST_F(EvaluatorTest, NamedGraphsAndDataset) {
  EXPECT_EQ(Cell("SELECT ?n { GRAPH ?g { ?s :name ?n } }"), "Dee");
  EXPECT_EQ(Cell("SELECT ?n FROM <http://ex/g1> { ?s :name ?n }"), "Dee");
  EXPECT_EQ(Run("SELECT ?n FROM NAMED <http://ex/g1> { ?s :name ?n }").rows.size(), 0u);
}

TEST_F(EvaluatorTest, ConstructAskDescribe) {
  EXPECT_TRUE(Run("ASK { :a :knows :b }").boolean);
  EXPECT_EQ(Run("CONSTRUCT { ?s :friendOf [ :is ?o ] } { ?s :knows ?o }").triples.size(), 6u);
  EXPECT_EQ(Run("DESCRIBE :a").triples.size(), 3u);
}

TEST_F(EvaluatorTest, ServiceIsRefusedAndLimitsStop) {
  EXPECT_THROW(Run("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"), UnsupportedQueryError);
  QueryControl control;
  control.max_rows = 10;
  EXPECT_THROW(Run("SELECT * { ?a ?b ?c . ?d ?e ?f }", control), QueryStoppedError);
}

// A MemoryTripleSource that counts the lookups the evaluator makes.
class CountingSource : public TripleSource {
 public:
  explicit CountingSource(const MemoryTripleSource& data) : data_(data) {}
  void Find(const Term* s, const Term* p, const Term* o, const Term* graph,
            const TripleSink& sink) const override {
    ++finds;
    data_.Find(s, p, o, graph, sink);
  }
  void FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                         const QuadSink& sink) const override {
    ++finds;
    data_.FindInNamedGraphs(s, p, o, sink);
  }
  std::vector<Term> NamedGraphs() const override { return data_.NamedGraphs(); }
  mutable int finds = 0;

 private:
  const MemoryTripleSource& data_;
};

// 400 nominations of 4 organisations, every 4th a win; organisation 3 never wins.
class PlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto iri = [](const std::string& s) { return Term::Iri("http://ex/" + s); };
    for (int i = 0; i < 400; ++i) {
      const Term n = iri("n" + std::to_string(i));
      const int org = (i / 4) % 4;
      data_.Add({n, iri("type"), iri("Nomination")});
      data_.Add({n, iri("nominee"), iri("org" + std::to_string(org))});
      data_.Add({n, iri("status"), iri(i % 4 == 0 && org != 3 ? "Winner" : "Shortlisted")});
    }
    for (int org = 0; org < 4; ++org) {
      data_.Add({iri("org" + std::to_string(org)), iri("label"),
                 Term::Literal("Org " + std::to_string(org))});
    }
  }
  QueryResult Run(const std::string& q, const QueryControl& control = {}) {
    return EvaluateQuery(ParseQuery("PREFIX : <http://ex/>\n" + q), source_, control);
  }
  MemoryTripleSource data_;
  CountingSource source_{data_};
};

TEST_F(PlanTest, SelectivePatternFirstAndHashJoinedInsteadOfOneLookupPerRow) {
  const QueryResult r = Run(
      "SELECT ?name (COUNT(?n) AS ?wins) { ?n :type :Nomination ; :nominee ?o ; :status :Winner . "
      "?o :label ?name } GROUP BY ?name ORDER BY ?name");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[0][0]->value, "Org 0");
  EXPECT_EQ(r.rows[0][1]->value, "25");
  EXPECT_EQ(r.rows[2][0]->value, "Org 2");
  // Index nested loops from ?n :type :Nomination made 400 lookups per
  // pattern; now: the two constant lookups, one nominee lookup per win
  // (75), one label lookup per organisation.
  EXPECT_LE(source_.finds, 2 + 75 + 4);
}

TEST_F(PlanTest, OptionalNotBoundIsAnAntiJoin) {
  // Joining each of the 325 shortlisted nominations with every win of its
  // organisation first would make 3 x 75 x 25 rows; the anti-join never
  // holds more than the left side's 325, so a cap of 1,000 rows suffices.
  QueryControl control;
  control.max_rows = 1000;
  const std::string where =
      "{ ?n :nominee ?o ; :status :Shortlisted . ?o :label ?name "
      "OPTIONAL { ?w :nominee ?o ; :status :Winner } FILTER(!BOUND(?w)) }";
  const QueryResult r = Run("SELECT ?name (COUNT(?n) AS ?c) " + where + " GROUP BY ?name", control);
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0]->value, "Org 3");
  EXPECT_EQ(r.rows[0][1]->value, "100");
  // Another conjunct stays a filter; a variable the left side binds is no anti-join.
  EXPECT_EQ(Run("SELECT ?n { ?n :nominee ?o ; :status :Shortlisted "
                "OPTIONAL { ?w :nominee ?o ; :status :Winner } "
                "FILTER(!BOUND(?w) && ?o != :org3) }",
                control)
                .rows.size(),
            0u);
  EXPECT_EQ(Run("SELECT ?n { ?n :nominee ?o ; :status ?s OPTIONAL { ?n :status :Winner } "
                "FILTER(!BOUND(?s)) }")
                .rows.size(),
            0u);
  // The same answer through FILTER NOT EXISTS; the plain OPTIONAL keeps
  // every win of the other organisations (75 shortlisted x 25 wins each).
  EXPECT_EQ(Run("SELECT ?n { ?n :nominee ?o ; :status :Shortlisted "
                "FILTER NOT EXISTS { ?w :nominee ?o ; :status :Winner } }",
                control)
                .rows.size(),
            100u);
  EXPECT_EQ(Run("SELECT ?n ?w { ?n :nominee ?o ; :status :Shortlisted "
                "OPTIONAL { ?w :nominee ?o ; :status :Winner } }")
                .rows.size(),
            3u * 75 * 25 + 100);
}

}  // namespace
}  // namespace awardgraph::query::sparql
