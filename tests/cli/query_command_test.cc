// Tests for cli/query_command.h: parsing, format choice, and end to end,
// including JSON validity and a cross-check against rdflib.
#include "cli/query_command.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "analyst_fixture.h"
#include "cli/options.h"
#include "cli_runner.h"

namespace awardgraph::cli {
namespace {

using query::QueryResult;
using query::ResultFormat;
using testing::kAwardsTurtle;
using testing::kWinsQuery;
using testing::RunCli;
using testing::RunOutput;
using testing::RunProgram;
using testing::TempDir;
using testing::WriteFile;

TEST(ParseQueryConfigTest, QueryAsLastArgument) {
  const QueryConfig c = ParseQueryConfig({"--store", "S", "--format", "json", "ASK {}"}, nullptr);
  EXPECT_EQ(c.store, "S");
  EXPECT_EQ(c.format, ResultFormat::kJson);
  EXPECT_EQ(c.query_text, "ASK {}");
  EXPECT_EQ(c.query_file, "");
}

TEST(ParseQueryConfigTest, QueryFromFile) {
  const QueryConfig c = ParseQueryConfig({"--file", "q.rq"}, "env");
  EXPECT_EQ(c.store, "env");
  EXPECT_EQ(c.query_file, "q.rq");
  EXPECT_EQ(c.format, std::nullopt);
}

TEST(ParseQueryConfigTest, UsageErrors) {
  EXPECT_THROW(ParseQueryConfig({}, nullptr), UsageError);
  EXPECT_THROW(ParseQueryConfig({"--file", "q.rq", "ASK {}"}, nullptr), UsageError);
  EXPECT_THROW(ParseQueryConfig({"ASK", "{}"}, nullptr), UsageError);
  EXPECT_THROW(ParseQueryConfig({"--format", "yaml", "ASK {}"}, nullptr), UsageError);
  EXPECT_THROW(ParseQueryConfig({"--timeout", "soon", "ASK {}"}, nullptr), UsageError);
  EXPECT_THROW(ParseQueryConfig({"--timeout", "0", "ASK {}"}, nullptr), UsageError);
  EXPECT_THROW(ParseQueryConfig({"--max-rows", "-3", "ASK {}"}, nullptr), UsageError);
}

TEST(ParseQueryConfigTest, TimeoutAndRowLimit) {
  const QueryConfig c =
      ParseQueryConfig({"--timeout", "2.5", "--max-rows", "1000", "ASK {}"}, nullptr);
  EXPECT_DOUBLE_EQ(c.timeout_seconds, 2.5);
  EXPECT_EQ(c.max_rows, 1000u);
}

TEST(ChooseResultFormatTest, Defaults) {
  EXPECT_EQ(ChooseResultFormat(std::nullopt, QueryResult::Kind::kBindings, true),
            ResultFormat::kTable);
  EXPECT_EQ(ChooseResultFormat(std::nullopt, QueryResult::Kind::kBindings, false),
            ResultFormat::kJson);
  EXPECT_EQ(ChooseResultFormat(std::nullopt, QueryResult::Kind::kBoolean, false),
            ResultFormat::kJson);
  EXPECT_EQ(ChooseResultFormat(std::nullopt, QueryResult::Kind::kGraph, true),
            ResultFormat::kTurtle);
  EXPECT_EQ(ChooseResultFormat(ResultFormat::kXml, QueryResult::Kind::kBindings, true),
            ResultFormat::kXml);
}

// A loaded store shared by the end-to-end tests of this file.
class QueryEndToEndTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_ / "awards.ttl", kAwardsTurtle);
    const RunOutput load = RunCli({"load", "--store", store_, dir_ / "awards.ttl"});
    ASSERT_EQ(load.exit_code, 0) << Describe(load);
  }
  RunOutput Query(const std::string& format, const std::string& sparql) {
    return RunCli({"query", "--store", store_, "--format", format, sparql});
  }

  TempDir dir_;
  const std::string store_ = dir_ / "store";
};

TEST_F(QueryEndToEndTest, ScorerInvocationGivesValidJson) {
  const RunOutput r = Query("json", kWinsQuery);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  WriteFile(dir_ / "out.json", r.out);
  const RunOutput check = RunProgram(
      {AWARDGRAPH_TEST_PYTHON, "-c",
       "import json,sys; d=json.load(sys.stdin); b=d['results']['bindings'];"
       "print(d['head']['vars'], [(x['name']['value'], x['wins']['value']) for x in b])"},
      dir_ / "out.json");
  ASSERT_EQ(check.exit_code, 0) << Describe(check);
  EXPECT_EQ(check.out,
            "['org', 'name', 'wins'] [(\"Liverpool Women's NHS Foundation Trust\", '2'), "
            "('Trust \"Two\", Ltd', '1')]\n");
}

TEST_F(QueryEndToEndTest, ResultsMatchRdflib) {
  const RunOutput ours = Query("json", kWinsQuery);
  ASSERT_EQ(ours.exit_code, 0) << Describe(ours);
  WriteFile(dir_ / "ours.json", ours.out);
  WriteFile(dir_ / "q.rq", kWinsQuery);
  const RunOutput check =
      RunProgram({AWARDGRAPH_TEST_PYTHON, "-c",
                  "import json, sys\n"
                  "try:\n"
                  "    import rdflib\n"
                  "except ImportError:\n"
                  "    sys.exit(77)\n"
                  "g = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')\n"
                  "theirs = [tuple(str(row[v]) for v in ('org', 'name', 'wins'))\n"
                  "          for row in g.query(open(sys.argv[2]).read())]\n"
                  "d = json.load(open(sys.argv[3]))\n"
                  "ours = [tuple(b[v]['value'] for v in ('org', 'name', 'wins'))\n"
                  "        for b in d['results']['bindings']]\n"
                  "print(ours == theirs, ours, theirs)\n"
                  "sys.exit(0 if ours == theirs else 1)\n",
                  dir_ / "awards.ttl", dir_ / "q.rq", dir_ / "ours.json"});
  if (check.exit_code == 77) GTEST_SKIP() << "python3-rdflib is not installed";
  EXPECT_EQ(check.exit_code, 0) << Describe(check);
}

TEST_F(QueryEndToEndTest, MalformedQueryExits2WithPosition) {
  const RunOutput r = Query("json", "SELECT ?x WHERE {\n  ?x ?p ?o .\n  FILTER(?x = ) }");
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("awardgraph: query syntax error at line 3, column 15"), std::string::npos)
      << r.err;
}

TEST_F(QueryEndToEndTest, UpdateAndServiceAreRefusedWithExit2) {
  RunOutput r = Query("json", "INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }");
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("SPARQL Update is not supported"), std::string::npos);
  r = Query("json", "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }");
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
}

TEST_F(QueryEndToEndTest, RowLimitStopsAQueryWithExit2) {
  const RunOutput r = RunCli({"query", "--store", store_, "--max-rows", "5", "--format", "json",
                              "SELECT * { ?a ?b ?c . ?d ?e ?f }"});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("more than 5 rows"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(QueryEndToEndTest, MismatchedFormatIsAUsageErrorWithEmptyStdout) {
  const RunOutput r = Query("turtle", "SELECT * { ?s ?p ?o }");
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_EQ(r.out, "");
}

TEST_F(QueryEndToEndTest, DefaultFormatOffATerminalIsJsonAndConstructIsTurtle) {
  RunOutput r = RunCli({"query", "--store", store_, "ASK { ?s ?p ?o }"});
  EXPECT_EQ(r.out, "{\"head\":{},\"boolean\":true}\n") << Describe(r);
  r = RunCli({"query", "--store", store_,
              "CONSTRUCT { ?n <http://ex/won> ?o } WHERE { ?n "
              "<https://w3id.org/awardgraph/ontology#nominee> ?o } "});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("<http://ex/won>"), std::string::npos) << r.out;
}

TEST_F(QueryEndToEndTest, QueryFromFileAndStdin) {
  WriteFile(dir_ / "q.rq", "ASK { <http://ex/t1> ?p ?o }");
  RunOutput r = RunCli({"query", "--store", store_, "--format", "csv", "--file", dir_ / "q.rq"});
  EXPECT_EQ(r.out, "true\r\n") << Describe(r);
  r = RunCli({"query", "--store", store_, "--format", "tsv", "--file", "-"}, dir_ / "q.rq");
  EXPECT_EQ(r.out, "true\n") << Describe(r);
}

// Every analyst query runs, returns rows, and returns exactly rdflib's rows
// (as a multiset) on the same data.
TEST(AnalystQueriesTest, MatchRdflib) {
  TempDir dir;
  WriteFile(dir / "g.ttl", testing::kAnalystTurtle);
  ASSERT_EQ(RunCli({"load", "--store", dir / "s", dir / "g.ttl"}).exit_code, 0);
  for (int i = 1; i <= 7; ++i) {
    const std::string query_file =
        std::string(AWARDGRAPH_QUERIES_DIR) + "/q" + std::to_string(i) + ".rq";
    if (!std::filesystem::exists(query_file)) GTEST_SKIP() << "no " << query_file;
    const RunOutput ours =
        RunCli({"query", "--store", dir / "s", "--format", "json", "--file", query_file});
    ASSERT_EQ(ours.exit_code, 0) << query_file << "\n" << Describe(ours);
    WriteFile(dir / "ours.json", ours.out);
    const RunOutput check = RunProgram(
        {AWARDGRAPH_TEST_PYTHON, "-c",
         "import collections, json, sys\n"
         "try:\n"
         "    import rdflib\n"
         "except ImportError:\n"
         "    sys.exit(77)\n"
         "g = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')\n"
         "res = g.query(open(sys.argv[2]).read())\n"
         "names = [str(v) for v in res.vars]\n"
         "theirs = collections.Counter(tuple(None if r[v] is None else str(r[v]) for v in names)\n"
         "                             for r in res)\n"
         "d = json.load(open(sys.argv[3]))\n"
         "ours = collections.Counter(tuple(b[v]['value'] if v in b else None for v in names)\n"
         "                           for b in d['results']['bindings'])\n"
         "print(sorted(ours.items(), key=str), sorted(theirs.items(), key=str))\n"
         "sys.exit(0 if ours == theirs and ours else 1)\n",
         dir / "g.ttl", query_file, dir / "ours.json"});
    if (check.exit_code == 77) GTEST_SKIP() << "python3-rdflib is not installed";
    EXPECT_EQ(check.exit_code, 0) << query_file << "\n" << Describe(check);
  }
}

// Two graphs asserting the same triple: one row, and it survives as long as
// one graph does (through the command line, with TriG).
TEST(DuplicatesAcrossGraphsTest, OneRowFromTheCommandLine) {
  TempDir dir;
  WriteFile(
      dir / "a.trig",
      "<http://ex/g1> { <http://ex/org> <http://www.w3.org/2000/01/rdf-schema#label> \"X\" . }\n"
      "<http://ex/g2> { <http://ex/org> <http://www.w3.org/2000/01/rdf-schema#label> \"X\" . }\n");
  ASSERT_EQ(RunCli({"load", "--store", dir / "s", dir / "a.trig"}).exit_code, 0);
  RunOutput r = RunCli({"query", "--store", dir / "s", "--format", "csv",
                        "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"});
  EXPECT_EQ(r.out, "l\r\nX\r\n") << Describe(r);
  r = RunCli({"query", "--store", dir / "s", "--format", "csv",
              "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"});
  EXPECT_EQ(r.out, "g\r\nhttp://ex/g1\r\nhttp://ex/g2\r\n") << Describe(r);
}

TEST(QueryMissingStoreTest, Exits1AndCreatesNothing) {
  TempDir dir;
  const RunOutput r = RunCli({"query", "--store", dir / "absent", "--format", "json", "ASK {}"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_EQ(r.err.rfind("awardgraph: no store at " + (dir / "absent"), 0), 0u) << r.err;
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace awardgraph::cli
