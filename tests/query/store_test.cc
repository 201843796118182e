// Tests for query/store.h: the two-model design, every backend that runs
// without a server, locking, loading and the SPARQL repairs and refusals.
#include "query/store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "store_fixture.h"
#include "virtuoso_fixture.h"

namespace awardgraph::query {
namespace {

using testing::StoreTest;
using testing::TempDir;
using testing::WriteFile;

const Term kOrg = Term::Iri("http://ex/org");
const Term kOther = Term::Iri("http://ex/other");
const Term kLabel = Term::Iri(vocab::kRdfsLabel);
constexpr std::string_view kG1 = "http://ex/article/1";
constexpr std::string_view kG2 = "http://ex/article/2";

const std::string kPrefixes =
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX ag: <https://w3id.org/awardgraph/ontology#>\n";

std::size_t Rows(const Store& s, const std::string& q) {
  return s.Query(kPrefixes + q).rows.size();
}

std::string Cell(const Store& s, const std::string& q) {
  const QueryResult r = s.Query(kPrefixes + q);
  if (r.rows.size() != 1 || !r.rows[0][0]) return "<no single value>";
  return r.rows[0][0]->value;
}

// ---------------------------------------------------------------- every backend

class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  std::string Spec() {
    if (GetParam() == "bdb") return dir_ / "store";
    if (GetParam() == "sqlite") return "sqlite:" + (dir_ / "store.db");
    if (GetParam() == "virtuoso") return virtuoso_.Spec();
    return "memory:";
  }
  void SetUp() override {
    if (GetParam() == "virtuoso" && !virtuoso_.Available()) {
      GTEST_SKIP() << "no Virtuoso server (tests/query/virtuoso_test.py runs these)";
    }
  }
  TempDir dir_;
  testing::VirtuosoTestStore virtuoso_;
};

TEST_P(BackendTest, SameTripleInTwoGraphsComesBackOnceAndSurvivesOneRemoval) {
  Store s = Store::Open(Spec(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}}, kG1);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}, {kOther, kLabel, Term::Literal("Y")}}, kG2);
  EXPECT_EQ(s.Size(), 2u);
  EXPECT_EQ(Rows(s, "SELECT ?s ?o WHERE { ?s rdfs:label ?o }"), 2u);
  EXPECT_EQ(Rows(s, "SELECT ?o WHERE { <http://ex/org> rdfs:label ?o }"), 1u);
  EXPECT_EQ(Cell(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "2");
  EXPECT_EQ(s.Graphs(), (std::vector<std::string>{std::string(kG1), std::string(kG2)}));
  EXPECT_EQ(Rows(s, "SELECT ?g WHERE { GRAPH ?g { <http://ex/org> ?p ?o } }"), 2u);

  s.RemoveGraph(kG1);
  EXPECT_EQ(Rows(s, "SELECT ?o WHERE { <http://ex/org> rdfs:label ?o }"), 1u);
  EXPECT_EQ(s.Size(), 2u);
  EXPECT_EQ(s.Graphs(), (std::vector<std::string>{std::string(kG2)}));

  s.RemoveGraph(kG2);
  EXPECT_EQ(Rows(s, "SELECT ?o WHERE { ?s rdfs:label ?o }"), 0u);
  EXPECT_EQ(s.Size(), 0u);
}

TEST_P(BackendTest, AddingTwiceToOneGraphStoresOnce) {
  Store s = Store::Open(Spec(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}}, kG1);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}, {kOrg, kLabel, Term::Literal("X")}}, kG1);
  EXPECT_EQ(s.GraphTriples(kG1).size(), 1u);
  EXPECT_EQ(Rows(s, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), 1u);
}

TEST_P(BackendTest, DefaultGraphTripleOutlivesANamedGraphSayingTheSame) {
  Store s = Store::Open(Spec(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}});
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}}, kG1);
  s.RemoveGraph(kG1);
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("X")});
}

TEST_P(BackendTest, ReplaceGraphKeepsWhatOthersStillAssert) {
  Store s = Store::Open(Spec(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}, {kOrg, kLabel, Term::Literal("old")}}, kG1);
  s.AddTriples({{kOrg, kLabel, Term::Literal("X")}}, kG2);
  s.ReplaceGraph(kG1, {{kOrg, kLabel, Term::Literal("new")}});
  std::vector<Term> labels = s.Objects(kOrg, kLabel);
  std::sort(labels.begin(), labels.end());
  EXPECT_EQ(labels, (std::vector<Term>{Term::Literal("X"), Term::Literal("new")}));
  EXPECT_EQ(s.GraphTriples(kG1), (std::vector<Triple>{{kOrg, kLabel, Term::Literal("new")}}));
  // Replacing with the same content changes nothing.
  s.ReplaceGraph(kG1, {{kOrg, kLabel, Term::Typed("new", vocab::kXsdString)}});
  EXPECT_EQ(s.Size(), 2u);
}

TEST_P(BackendTest, ReplaceGraphsReplacesEachGraphInOneCall) {
  Store s = Store::Open(Spec(), Store::Mode::kWrite);
  s.AddTriples({{kOrg, kLabel, Term::Literal("old")}}, kG1);
  s.ReplaceGraphs({{std::string(kG1), {{kOrg, kLabel, Term::Literal("X")}}},
                   {std::string(kG2),
                    {{kOrg, kLabel, Term::Literal("X")}, {kOther, kLabel, Term::Literal("Y")}}}});
  EXPECT_EQ(s.Graphs(), (std::vector<std::string>{std::string(kG1), std::string(kG2)}));
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("X")});
  EXPECT_EQ(s.Size(), 2u);
  EXPECT_EQ(Cell(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "2");
  // Emptying one graph keeps what the other still asserts.
  s.ReplaceGraphs({{std::string(kG2), {}}});
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("X")});
  EXPECT_TRUE(s.Objects(kOther, kLabel).empty());
}

TEST_P(BackendTest, PersistsAcrossReopenAndReadModeRefusesWrites) {
  if (GetParam() == "memory") GTEST_SKIP() << "memory: does not persist";
  {
    Store s = Store::Open(Spec(), Store::Mode::kWrite);
    s.AddTriples({{kOrg, kLabel, Term::LangString("Org", "en")}}, kG1);
  }
  Store r = Store::Open(Spec(), Store::Mode::kRead);
  EXPECT_EQ(r.Objects(kOrg, kLabel), std::vector<Term>{Term::LangString("Org", "en")});
  EXPECT_EQ(r.Graphs(), std::vector<std::string>{std::string(kG1)});
  EXPECT_THROW(r.AddTriples({{kOrg, kLabel, Term::Literal("Z")}}), StoreError);
}

TEST_P(BackendTest, FailedLoadKeepsEarlierData) {
  Store s = Store::Open(Spec(), Store::Mode::kWrite);
  WriteFile(dir_ / "good.ttl",
            "<http://ex/org> <http://www.w3.org/2000/01/rdf-schema#label> \"X\" .\n");
  WriteFile(dir_ / "bad.ttl",
            "<http://ex/a> <http://ex/p> \"1\" .\n<http://ex/a> <http://ex/p> .\n");
  EXPECT_EQ(s.LoadFile(dir_ / "good.ttl", RdfFormat::kTurtle), 1u);
  try {
    s.LoadFile(dir_ / "bad.ttl", RdfFormat::kTurtle);
    FAIL() << "bad Turtle loaded";
  } catch (const RdfParseError& e) {
    EXPECT_EQ(e.Line(), 2);
    EXPECT_NE(std::string(e.what()).find("bad.ttl:2"), std::string::npos) << e.what();
  }
  EXPECT_EQ(s.Size(), 1u);
  EXPECT_EQ(s.Objects(kOrg, kLabel), std::vector<Term>{Term::Literal("X")});
}

INSTANTIATE_TEST_SUITE_P(AllLocalBackends, BackendTest,
                         ::testing::Values("memory", "bdb", "sqlite"),
                         [](const auto& info) { return info.param; });
// Against the server $AWARDGRAPH_TEST_VIRTUOSO names (virtuoso_test.py).
INSTANTIATE_TEST_SUITE_P(VirtuosoServer, BackendTest, ::testing::Values("virtuoso"),
                         [](const auto& info) { return info.param; });

// ---------------------------------------------------------------- opening

TEST(StoreOpenTest, MissingDirectoryStoreForReadingCreatesNothing) {
  TempDir dir;
  const std::string path = dir / "nope";
  try {
    Store::Open(path, Store::Mode::kRead);
    FAIL() << "opened a missing store";
  } catch (const StoreNotFoundError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("no store at " + path, 0), 0u) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(StoreOpenTest, MissingSqliteStoreForReadingCreatesNothing) {
  TempDir dir;
  EXPECT_THROW(Store::Open("sqlite:" + (dir / "x.db"), Store::Mode::kRead), StoreNotFoundError);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(StoreOpenTest, SecondWriterIsRefused) {
  TempDir dir;
  Store first = Store::Open(dir / "s", Store::Mode::kWrite);
  try {
    Store::Open(dir / "s", Store::Mode::kWrite);
    FAIL() << "second writer opened the store";
  } catch (const StoreInUseError& e) {
    EXPECT_NE(std::string(e.what()).find("in use by process " + std::to_string(getpid())),
              std::string::npos);
  }
  EXPECT_THROW(Store::Open(dir / "s", Store::Mode::kRead), StoreInUseError);
}

TEST(StoreOpenTest, RefusesToTurnAnUnrelatedDirectoryIntoAStore) {
  TempDir dir;
  WriteFile(dir / "notes.txt", "mine");
  EXPECT_THROW(Store::Open(dir.path().string(), Store::Mode::kWrite), StoreError);
}

TEST(StoreOpenTest, MovedStoreStillWorks) {
  Store a = Store::Open("memory:", Store::Mode::kWrite);
  a.AddTriples({{kOrg, kLabel, Term::Literal("X")}});
  Store b = std::move(a);
  EXPECT_EQ(b.Size(), 1u);
}

// ---------------------------------------------------------------- queries

constexpr char kData[] = R"(
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ag: <https://w3id.org/awardgraph/ontology#> .
<http://ex/t1> a ag:Trust , ag:Organisation ; rdfs:label "Trust One" .
<http://ex/t2> a ag:Trust , ag:Organisation ; rdfs:label "Trust Two"@en .
<http://ex/n1> a ag:Nomination ; ag:nominee <http://ex/t1> ; ag:status ag:Winner .
)";

TEST_F(StoreTest, AskConstructAndDescribe) {
  Store s = MakeStore(kData);
  EXPECT_TRUE(s.Query("ASK { ?s a <https://w3id.org/awardgraph/ontology#Trust> }").boolean);
  EXPECT_FALSE(s.Query("ASK { ?s a <http://ex/Nothing> }").boolean);
  const QueryResult c = s.Query(
      "CONSTRUCT { ?s <http://ex/named> ?l } WHERE { ?s "
      "<http://www.w3.org/2000/01/rdf-schema#label> ?l }");
  EXPECT_EQ(c.kind, QueryResult::Kind::kGraph);
  EXPECT_EQ(c.triples.size(), 2u);
  EXPECT_EQ(s.Query("DESCRIBE <http://ex/t1>").triples.size(), 3u);
  EXPECT_EQ(s.Query("PREFIX ag: <https://w3id.org/awardgraph/ontology#>\n"
                    "DESCRIBE ?n WHERE { ?n a ag:Nomination }")
                .triples.size(),
            3u);
}

TEST_F(StoreTest, AggregatesOverEmptyMatchesFollowTheSpec) {
  Store s = MakeStore(kData);
  EXPECT_EQ(Rows(s, "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?x <http://ex/none> ?c } GROUP BY ?c"),
            0u);
  EXPECT_EQ(Cell(s, "SELECT (COUNT(?x) AS ?n) WHERE { ?x <http://ex/none> ?c }"), "0");
  // Non-empty matches are untouched.
  EXPECT_EQ(Rows(s, "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c"), 3u);
  EXPECT_EQ(Cell(s, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c }"), "3");
}

TEST_F(StoreTest, SelectVariablesAreKnownEvenWithoutRows) {
  Store s = MakeStore(kData);
  const QueryResult r = s.Query("SELECT ?a ?b WHERE { ?a <http://ex/none> ?b }");
  EXPECT_EQ(r.variables, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(r.rows.empty());
}

TEST_F(StoreTest, OptionalLeavesUnboundCells) {
  Store s = MakeStore(kData);
  const QueryResult r = s.Query(
      "PREFIX ag: <https://w3id.org/awardgraph/ontology#>\n"
      "SELECT ?t ?n WHERE { ?t a ag:Trust OPTIONAL { ?n ag:nominee ?t } } ORDER BY ?t");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_TRUE(r.rows[0][1].has_value());
  EXPECT_FALSE(r.rows[1][1].has_value());
}

TEST_F(StoreTest, FilterInIsTheVALUESAlternative) {
  Store s = MakeStore(kData);
  EXPECT_EQ(Rows(s,
                 "SELECT ?s WHERE { ?s rdfs:label ?l FILTER (STR(?l) IN (\"Trust One\", \"Trust "
                 "Two\")) }"),
            2u);
}

TEST_F(StoreTest, SyntaxErrorSaysWhereAndWhat) {
  Store s = MakeStore(kData);
  try {
    s.Query("SELECT ?x WHERE {\n  ?x ?p ?o .\n  FILTER(?x = ) }");
    FAIL() << "no error";
  } catch (const QuerySyntaxError& e) {
    EXPECT_EQ(e.Line(), 3);
    EXPECT_EQ(e.Column(), 15);
    EXPECT_NE(std::string(e.what()).find("unexpected ')'"), std::string::npos) << e.what();
  }
  try {
    s.Query("SELECT * WHERE { ?s y:p ?o }");
    FAIL() << "no error";
  } catch (const QuerySyntaxError& e) {
    EXPECT_NE(std::string(e.what()).find("y:p"), std::string::npos) << e.what();
    EXPECT_EQ(e.Line(), 1);
  }
}

TEST_F(StoreTest, UpdateAndServiceAreRefusedWithAReason) {
  Store s = MakeStore(kData);
  const std::pair<const char*, const char*> cases[] = {
      {"INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }", "Update"},
      {"DELETE WHERE { ?s ?p ?o }", "Update"},
      {"SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"},
  };
  for (const auto& [query, word] : cases) {
    try {
      s.Query(query);
      ADD_FAILURE() << "accepted: " << query;
    } catch (const UnsupportedQueryError& e) {
      EXPECT_NE(std::string(e.what()).find(word), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(s.Size(), 9u);  // nothing was changed by the refused Update
}

TEST_F(StoreTest, ValuesMinusAndFromAreAnswered) {
  Store s = MakeStore(kData);
  EXPECT_EQ(Rows(s, "SELECT ?s WHERE { ?s rdfs:label ?l VALUES ?l { \"Trust One\" } }"), 1u);
  EXPECT_EQ(Rows(s, "SELECT ?s WHERE { ?s a ag:Trust MINUS { ?n ag:nominee ?s } }"), 1u);
  s.AddTriples({{Term::Iri("http://ex/t3"), Term::Iri(vocab::kRdfsLabel), Term::Literal("Three")}},
               "http://ex/g3");
  EXPECT_EQ(Rows(s, "SELECT ?s FROM <http://ex/g3> WHERE { ?s ?p ?o }"), 1u);
  EXPECT_EQ(Rows(s, "SELECT ?s FROM NAMED <http://ex/g3> WHERE { GRAPH ?g { ?s ?p ?o } }"), 1u);
  EXPECT_EQ(Rows(s, "SELECT ?s FROM <http://ex/nothing> WHERE { ?s ?p ?o }"), 0u);
}

TEST_F(StoreTest, DeadlineAndRowCapStopAQuery) {
  Store s = MakeStore(kData);
  QueryControl past;
  past.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  // A cross product big enough to pass the check interval.
  const char* big = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
  EXPECT_THROW(s.Query(big, past), QueryStoppedError);
  std::atomic<bool> cancel{true};
  QueryControl cancelled;
  cancelled.cancel = &cancel;
  EXPECT_THROW(s.Query(big, cancelled), QueryStoppedError);
  QueryControl capped;
  capped.max_rows = 50;
  try {
    s.Query(big, capped);
    ADD_FAILURE() << "no error";
  } catch (const QueryStoppedError& e) {
    EXPECT_NE(std::string(e.what()).find("50 rows"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace awardgraph::query

namespace awardgraph::query {
namespace {

TEST(StoreOpenTest, PostgresqlWithoutAServerSaysWhy) {
  // Port 1 on loopback: refused at once. (A real server is a later issue.)
  for (Store::Mode mode : {Store::Mode::kRead, Store::Mode::kWrite}) {
    try {
      Store::Open("postgresql://ag@127.0.0.1:1/graph", mode);
      ADD_FAILURE() << "opened a PostgreSQL store without a server";
    } catch (const StoreError& e) {
      EXPECT_NE(std::string(e.what()).find("127.0.0.1"), std::string::npos) << e.what();
    }
  }
}

// A directory store of the previous layout (format 2: every index of the
// graphs model) is read as it is, and rebuilt into the current layout from
// its journal on the first write, with the same content.
TEST(DirectoryStoreLayout, OlderFormatIsReadAndRebuiltOnFirstWrite) {
  TempDir dir;
  const std::string path = dir / "s";
  {
    Store s = Store::Open(path, Store::Mode::kWrite);
    s.ReplaceGraph(kG1, {{kOrg, kLabel, Term::Literal("Org")}});
    s.ReplaceGraph(kG2,
                   {{kOrg, kLabel, Term::Literal("Org")}, {kOther, kLabel, Term::Literal("O")}});
  }
  const std::filesystem::path marker = std::filesystem::path(path) / "awardgraph-store";
  std::ofstream(marker, std::ios::trunc) << "awardgraph store, format 2 (journal)\n";
  const auto journal_size = std::filesystem::file_size(std::filesystem::path(path) / "journal");
  {
    const Store read = Store::Open(path, Store::Mode::kRead);
    EXPECT_EQ(read.Size(), 2u);
    EXPECT_EQ(read.Query("SELECT ?g { GRAPH ?g { <http://ex/org> ?p ?o } }").rows.size(), 2u);
  }
  {
    Store write = Store::Open(path, Store::Mode::kWrite);  // rebuilds
    EXPECT_EQ(write.Size(), 2u);
    EXPECT_EQ(write.Graphs(), (std::vector<std::string>{std::string(kG1), std::string(kG2)}));
  }
  std::ifstream in(marker);
  std::string first_line;
  std::getline(in, first_line);
  EXPECT_NE(first_line.find("format 3"), std::string::npos) << first_line;
  EXPECT_EQ(std::filesystem::file_size(std::filesystem::path(path) / "journal"), journal_size);
}

}  // namespace
}  // namespace awardgraph::query
