// Tests for nomination_rules.cc: nominations stated in running text (through ExtractArticle, on
// small articles we wrote).
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

TEST(NominationRulesTest, HopingToWinIsShortlistedNotWinner) {
  auto f = Extract(
      "Bristol safety team in the running",
      "North Bristol NHS Trust is hoping to win the Patient Safety Team of the Year award at "
      "the HSJ Patient Safety Awards 2024. The winners will be announced in Manchester on 23 "
      "September.");
  int rvj = OrgByOds(f, "RVJ");
  ASSERT_GE(rvj, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rvj);
  EXPECT_EQ(f.nominations[0].status, Status::kShortlisted);
  EXPECT_EQ(f.nominations[0].category, "Patient Safety Team of the Year");
}

TEST(NominationRulesTest, AnnouncementToComeYieldsNoNominee) {
  auto f = Extract("",
                   "The HSJ Awards 2024 shortlist was published this week. The winners will be "
                   "announced at a ceremony in Manchester on Thursday 22 June.");
  EXPECT_TRUE(f.nominations.empty()) << Describe(f);
  EXPECT_TRUE(f.orgs.empty()) << Describe(f);
  EXPECT_TRUE(f.people.empty()) << Describe(f);
}

TEST(NominationRulesTest, QuotedSpeakerIsNotTheNominee) {
  auto f = Extract(
      "",
      "Mersey Care NHS Foundation Trust has been shortlisted for Mental Health Innovation of "
      "the Year at the HSJ Awards 2024. \"We are thrilled to be shortlisted,\" said Sarah "
      "Wood, the trust's director of nursing.");
  int rw4 = OrgByOds(f, "RW4");
  ASSERT_GE(rw4, 0) << Describe(f);
  int p = PersonByName(f, "Sarah Wood");
  ASSERT_GE(p, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rw4);
  EXPECT_EQ(f.nominations[0].nominee_person, -1);
  EXPECT_EQ(f.nominations[0].category, "Mental Health Innovation of the Year");
}

TEST(NominationRulesTest, PresentedToNomineeAfterPhrase) {
  auto f = Extract("",
                   "The Digital Innovation award was presented to Alder Hey Children's NHS "
                   "Foundation Trust at the HSJ Digital Awards 2023.");
  int rbs = OrgByOds(f, "RBS");
  ASSERT_GE(rbs, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rbs);
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
  EXPECT_EQ(f.nominations[0].category, "Digital Innovation");
}

TEST(NominationRulesTest, CategoryNamingTrustIsNotASecondOrganisation) {
  auto f = Extract("",
                   "Royal Papworth Hospital NHS Foundation Trust was named Provider Trust of the "
                   "Year at the HSJ Awards 2023.");
  ASSERT_EQ(f.orgs.size(), 1u) << Describe(f);
  EXPECT_EQ(f.orgs[0].ods, "RGM");
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, 0);
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
  EXPECT_EQ(f.nominations[0].category, "Provider Trust of the Year");
}

TEST(NominationRulesTest, CallForNominationsYieldsNoNomination) {
  auto f = Extract("",
                   "Mersey Care NHS Foundation Trust won two HSJ Awards last year. Nominations "
                   "are now open for the HSJ Awards 2025.",
                   "2025-03-01");
  for (const auto& n : f.nominations) {
    EXPECT_NE(n.status, Status::kNominated) << Describe(f);
  }
}

}  // namespace
}  // namespace awardgraph::loaders
