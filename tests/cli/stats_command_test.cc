// Tests for cli/stats_command.h.
#include "cli/stats_command.h"

#include <gtest/gtest.h>

#include <sstream>

#include "cli/options.h"
#include "cli_runner.h"
#include "ontology/vocabulary.h"

namespace awardgraph::cli {
namespace {

using testing::RunCli;
using testing::RunOutput;
using testing::TempDir;
using testing::WriteFile;

TEST(ParseStatsConfigTest, StoreAndErrors) {
  EXPECT_EQ(ParseStatsConfig({"--store", "x"}, "env").store, "x");
  EXPECT_EQ(ParseStatsConfig({}, "env").store, "env");
  EXPECT_THROW(ParseStatsConfig({"extra"}, nullptr), UsageError);
}

TEST(CollectStatsTest, EmptyStoreHasNoClassRows) {
  // Rasqal alone returns one bogus row here (GROUP BY over an empty match).
  const query::Store store = query::Store::Open("memory:", query::Store::Mode::kWrite);
  const StoreStats stats = CollectStats(store);
  EXPECT_EQ(stats.triples, 0u);
  EXPECT_EQ(stats.graphs, 0u);
  EXPECT_TRUE(stats.classes.rows.empty());
}

TEST(CollectStatsTest, CountsDistinctEntitiesPerClassAcrossGraphs) {
  query::Store store = query::Store::Open("memory:", query::Store::Mode::kWrite);
  const Term a = Term::Iri("http://ex/a");
  const Term b = Term::Iri("http://ex/b");
  const Term type = Term::Iri(vocab::kRdfType);
  store.AddTriples({{a, type, Term::Iri(vocab::kTrust)}}, "http://ex/g1");
  store.AddTriples({{a, type, Term::Iri(vocab::kTrust)},
                    {b, type, Term::Iri(vocab::kTrust)},
                    {b, type, Term::Iri(vocab::kPerson)}},
                   "http://ex/g2");
  std::ostringstream out;
  WriteStats(CollectStats(store), out);
  EXPECT_EQ(out.str(),
            "triples: 3\n"
            "graphs: 2\n\n"
            "class     | entities\n"
            "----------+---------\n"
            "ag:Trust  | 2\n"
            "ag:Person | 1\n"
            "(2 rows)\n");
}

TEST(StatsEndToEndTest, OnALoadedStore) {
  TempDir dir;
  WriteFile(dir / "a.ttl", testing::kAwardsTurtle);
  ASSERT_EQ(RunCli({"load", "--store", dir / "s", dir / "a.ttl"}).exit_code, 0);
  const RunOutput r = RunCli({"stats", "--store", dir / "s"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(r.out.rfind("triples: 18\ngraphs: 0\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("ag:Nomination   | 4\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace awardgraph::cli
