// Tests for results_list_rules.cc: results written as lists, tables and dash entries (through
// ExtractArticle, on small articles we wrote).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "loaders/extract/article_extractor.h"
#include "tests/loaders/extract/extract_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

TEST(ResultsListRulesTest, BulletListAfterStatusLine) {
  auto f =
      Extract("",
              "Two Liverpool trusts were shortlisted at the HSJ Awards 2024:\n\n"
              "- Child Health Innovation of the Year: Alder Hey Children's NHS Foundation Trust\n"
              "- Maternity Service of the Year: Liverpool Women's NHS Foundation Trust\n");
  int rbs = OrgByOds(f, "RBS"), rep = OrgByOds(f, "REP");
  ASSERT_GE(rbs, 0) << Describe(f);
  ASSERT_GE(rep, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 2u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rbs);
  EXPECT_EQ(f.nominations[0].category, "Child Health Innovation of the Year");
  EXPECT_EQ(f.nominations[1].nominee_org, rep);
  EXPECT_EQ(f.nominations[1].category, "Maternity Service of the Year");
  for (const auto& n : f.nominations) EXPECT_EQ(n.status, Status::kShortlisted);
}

// Award-body lists: "Category – winner: Name (title, organisation)". The
// person is the nominee; the bracket gives the role; a former post is none.
TEST(ResultsListRulesTest, WinnerListsNamePeopleWithBracketedRoles) {
  Document d{"t.txt", "RCNi Nursing Awards 2025 winners", "",
             "The RCNi Nursing Awards 2025 were presented in London on 3 July.\n\n"
             "Learning Disability Practice Award \u2013 winner: Sunita Rehal (learning disability "
             "liaison nurse, Lincolnshire Partnership NHS Foundation Trust), for a hospital "
             "passport scheme.\n\n"
             "Dr Colette Ainsley, a former intensive care consultant, chairs the judges."};
  ArticleFacts f = ExtractArticle(d, OdsGazetteer::Default());
  ASSERT_EQ(f.nominations.size(), 1u);
  ASSERT_GE(f.nominations[0].nominee_person, 0);
  EXPECT_EQ(f.people[f.nominations[0].nominee_person].name, "Sunita Rehal");
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
  EXPECT_EQ(f.nominations[0].category, "Learning Disability Practice Award");
  ASSERT_EQ(f.roles.size(), 1u);
  EXPECT_EQ(f.roles[0].title, "learning disability liaison nurse");
  EXPECT_EQ(f.orgs[f.roles[0].org].ods, "RP7");  // Lincolnshire Partnership NHS FT
}

}  // namespace
}  // namespace awardgraph::loaders
