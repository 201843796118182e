// Tests for query/postgresql_store.h, through Store on a real server (see
// postgresql_fixture.h: skipped unless tests/query/postgresql_test.py runs
// them): the two-model semantics of every backend, one transaction per
// batch, creation rules, several writers.
#include "query/postgresql_store.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "ontology/vocabulary.h"
#include "postgresql_fixture.h"
#include "query/errors.h"
#include "query/store.h"

namespace awardgraph::query {
namespace {

using testing::PostgresqlTest;

const Term kOrg = Term::Iri("http://ex/org");
const Term kOther = Term::Iri("http://ex/other");
const Term kLabel = Term::Iri(vocab::kRdfsLabel);
const std::string kG1 = "http://ex/article/1";
const std::string kG2 = "http://ex/article/2";

std::size_t Rows(const Store& s, const std::string& q) { return s.Query(q).rows.size(); }

std::vector<Term> Sorted(std::vector<Term> terms) {
  std::sort(terms.begin(), terms.end());
  return terms;
}

TEST_F(PostgresqlTest, ReadingAnEmptyDatabaseCreatesNothing) {
  EXPECT_THROW(Store::Open(StoreName(), Store::Mode::kRead), StoreNotFoundError);
  internal::PgConnection db = internal::PgConnection::Connect(ParseStoreSpec(StoreName()));
  EXPECT_EQ(db.Query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", {}).Value(0, 0),
            "0");
}

TEST_F(PostgresqlTest, SameTripleInTwoGraphsComesBackOnceAndSurvivesOneRemoval) {
  Store s = Store::Open(StoreName(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}}, kG1);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}, {kOther, kLabel, Term::Literal("Y")}}, kG2);
  EXPECT_EQ(s.Size(), 2u);
  EXPECT_EQ(Rows(s, "SELECT ?o WHERE { <http://ex/org> ?p ?o }"), 1u);
  EXPECT_EQ(s.Graphs(), (std::vector<std::string>{kG1, kG2}));
  EXPECT_EQ(Rows(s, "SELECT ?g WHERE { GRAPH ?g { <http://ex/org> ?p ?o } }"), 2u);
  s.RemoveGraph(kG1);
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("X")});
  EXPECT_EQ(s.Graphs(), (std::vector<std::string>{kG2}));
  s.RemoveGraph(kG2);
  EXPECT_EQ(s.Size(), 0u);
}

TEST_F(PostgresqlTest, DefaultGraphTripleOutlivesANamedGraphSayingTheSame) {
  Store s = Store::Open(StoreName(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}});
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}}, kG1);
  s.RemoveGraph(kG1);
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("X")});
  EXPECT_TRUE(s.Graphs().empty());  // the reserved default-graph context is hidden
}

TEST_F(PostgresqlTest, ReplaceGraphKeepsWhatOthersStillAssert) {
  Store s = Store::Open(StoreName(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}, {kOrg, kLabel, Term::Literal("old")}}, kG1);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}}, kG2);
  s.ReplaceGraph(kG1, {{kOrg, kLabel, Term::Literal("new")}});
  EXPECT_EQ(Sorted(s.Objects(kOrg, kLabel)),
            (std::vector<Term>{Term::Literal("X"), Term::Literal("new")}));
  EXPECT_EQ(s.GraphTriples(kG1), (std::vector<Triple>{{kOrg, kLabel, Term::Literal("new")}}));
  s.ReplaceGraph(kG1, {{kOrg, kLabel, Term::Typed("new", vocab::kXsdString)}});
  EXPECT_EQ(s.Size(), 2u);
}

TEST_F(PostgresqlTest, ABatchNamingAGraphTwiceEndsWithTheLastContent) {
  Store s = Store::Open(StoreName(), Store::Mode::kWrite);
  s.ReplaceGraphs({{kG1, {{kOrg, kLabel, Term::Literal("first")}}},
                   {kG2, {{kOther, kLabel, Term::Literal("Y")}}},
                   {kG1, {{kOrg, kLabel, Term::Literal("second")}}}});
  EXPECT_EQ(s.GraphTriples(kG1), (std::vector<Triple>{{kOrg, kLabel, Term::Literal("second")}}));
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("second")});
  EXPECT_EQ(s.Size(), 2u);
}

TEST_F(PostgresqlTest, AFailingBatchStoresNothingOfIt) {
  Store s = Store::Open(StoreName(), Store::Mode::kWrite);
  s.ReplaceGraphs({{kG1, {{kOrg, kLabel, Term::Literal("kept")}}}});
  // The second graph holds a literal PostgreSQL cannot store (a NUL byte).
  EXPECT_THROW(s.ReplaceGraphs({{kG1, {{kOrg, kLabel, Term::Literal("lost")}}},
                                {kG2, {{kOther, kLabel, Term::Literal(std::string("a\0b", 3))}}}}),
               StoreError);
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("kept")});
  EXPECT_EQ(s.Graphs(), (std::vector<std::string>{kG1}));
  // The server refuses invalid UTF-8 in the middle of the batch's COPY: rolled back.
  EXPECT_THROW(s.ReplaceGraphs({{kG1, {{kOrg, kLabel, Term::Literal("lost")}}},
                                {kG2, {{kOther, kLabel, Term::Literal("bad \xff byte")}}}}),
               StoreError);
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("kept")});
  EXPECT_EQ(s.Graphs(), (std::vector<std::string>{kG1}));
  // The connection is still usable.
  s.ReplaceGraphs({{kG2, {{kOther, kLabel, Term::Literal("Y")}}}});
  EXPECT_EQ(s.Size(), 2u);
}

TEST_F(PostgresqlTest, TermsRoundTripExactly) {
  const std::vector<Term> objects = {
      Term::Literal(""),
      Term::Literal("quote \" backslash \\ tab \t newline \n return \r"),
      Term::Literal("Santé — 🏥"),
      Term::LangString("Winner", "en-GB"),
      Term::Typed("2024", "http://www.w3.org/2001/XMLSchema#gYear"),
      Term::Iri("http://ex/b?x=1&y='2'"),
      Term::Blank("article1-n1"),
  };
  {
    Store s = Store::Open(StoreName(), Store::Mode::kWrite);
    std::vector<Triple> triples;
    for (const Term& o : objects) triples.push_back({kOrg, Term::Iri("http://ex/p"), o});
    triples.push_back({Term::Blank("article1-n1"), kLabel, Term::Literal("blank subject")});
    s.ReplaceGraph(kG1, triples);
  }
  Store r = Store::Open(StoreName(), Store::Mode::kRead);
  EXPECT_EQ(Sorted(r.Objects(kOrg, Term::Iri("http://ex/p"))), Sorted(objects));
  EXPECT_EQ(r.Objects(Term::Blank("article1-n1"), kLabel),
            std::vector<Term>{Term::Literal("blank subject")});
  EXPECT_THROW(r.AddTriples({{kOrg, kLabel, Term::Literal("Z")}}), StoreError);
}

TEST_F(PostgresqlTest, TwoWritersTakeTurnsWithoutWaitingForEver) {
  Store a = Store::Open(StoreName(), Store::Mode::kWrite);
  Store b = Store::Open(StoreName(), Store::Mode::kWrite);
  for (int i = 0; i < 5; ++i) {
    a.ReplaceGraph(kG1, {{kOrg, kLabel, Term::Literal("a" + std::to_string(i))}});
    b.ReplaceGraph(kG2, {{kOrg, kLabel, Term::Literal("b" + std::to_string(i))}});
  }
  EXPECT_EQ(Sorted(a.Objects(kOrg, kLabel)),
            (std::vector<Term>{Term::Literal("a4"), Term::Literal("b4")}));
}

TEST_F(PostgresqlTest, EachQuerySeesTheWritesBeforeIt) {
  Store s = Store::Open(StoreName(), Store::Mode::kWrite);
  s.ReplaceGraph(kG1, {{kOrg, kLabel, Term::Literal("X")}});
  EXPECT_EQ(Rows(s, "SELECT * { ?s ?p ?o }"), 1u);
  s.ReplaceGraph(kG2, {{kOther, kLabel, Term::Literal("Y")}});
  EXPECT_EQ(Rows(s, "SELECT * { ?s ?p ?o }"), 2u);
  EXPECT_EQ(Rows(s, "SELECT ?g { GRAPH ?g { } }"), 2u);
}

}  // namespace
}  // namespace awardgraph::query
