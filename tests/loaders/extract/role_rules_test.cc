// Tests for role_rules.cc: titles next to people and the organisation they hold them at (through
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

TEST(RoleRulesTest, ChiefExecutiveOfIcbRole) {
  auto f =
      Extract("",
              "NHS Hertfordshire and West Essex Integrated Care Board has won Integrated Care "
              "Partnership of the Year at the HSJ Awards 2023.\n\nDr Jane Halpin, Chief Executive "
              "Officer of the Hertfordshire and West Essex Integrated Care Board, said: \"This is "
              "recognition for every partner.\"");
  int icb = OrgByOds(f, "QM7");
  ASSERT_GE(icb, 0) << Describe(f);
  int p = PersonByName(f, "Jane Halpin");
  ASSERT_GE(p, 0) << Describe(f);
  ASSERT_EQ(f.roles.size(), 1u) << Describe(f);
  EXPECT_EQ(f.roles[0].person, p);
  EXPECT_EQ(f.roles[0].title, "Chief Executive Officer");
  EXPECT_EQ(f.roles[0].org, icb);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, icb);
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
}

TEST(RoleRulesTest, DirectorOfNursingAtNamedTrust) {
  auto f = Extract("",
                   "Sarah Mitchell, director of nursing at University Hospitals of Leicester "
                   "NHS Trust, said the team had transformed discharge planning.");
  int rwe = OrgByOds(f, "RWE");
  ASSERT_GE(rwe, 0) << Describe(f);
  ASSERT_EQ(f.roles.size(), 1u) << Describe(f);
  EXPECT_EQ(f.people[f.roles[0].person].name, "Sarah Mitchell");
  EXPECT_EQ(f.roles[0].title, "director of nursing");
  EXPECT_EQ(f.roles[0].org, rwe);
}

TEST(RoleRulesTest, TwoTitlesGiveTwoRoles) {
  auto f = Extract("",
                   "Ann Lee, Chief Nursing Officer and Deputy Chief Executive of Mersey Care NHS "
                   "Foundation Trust, presented the team with their certificates.");
  int rw4 = OrgByOds(f, "RW4");
  ASSERT_GE(rw4, 0) << Describe(f);
  ASSERT_EQ(f.roles.size(), 2u) << Describe(f);
  EXPECT_EQ(f.roles[0].title, "Chief Nursing Officer");
  EXPECT_EQ(f.roles[1].title, "Deputy Chief Executive");
  for (const auto& r : f.roles) EXPECT_EQ(r.org, rw4);
}

}  // namespace
}  // namespace awardgraph::loaders
