// Tests for partnership_rules.cc: organisations that work together (through ExtractArticle, on
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

TEST(PartnershipRulesTest, WorkedWithGivesCollaboration) {
  auto f = Extract("",
                   "University Hospitals of Leicester NHS Trust worked with Health Innovation "
                   "East Midlands on the StepSense programme. The programme has been shortlisted "
                   "at the HSJ Digital Awards 2024.");
  int rwe = OrgByOds(f, "RWE");
  ASSERT_GE(rwe, 0) << Describe(f);
  ASSERT_FALSE(f.collaborations.empty()) << Describe(f);
  const auto& c = f.collaborations[0];
  int other = c.a == rwe ? c.b : c.a;
  EXPECT_TRUE(c.a == rwe || c.b == rwe) << Describe(f);
  ASSERT_GE(other, 0);
  EXPECT_EQ(f.orgs[other].kind, OrgKind::kHealthInnovationNetwork);
  EXPECT_EQ(f.orgs[other].name, "Health Innovation East Midlands");
}

// "developed by X with researchers at Y and company Z": all three work
// together on the project.
TEST(PartnershipRulesTest, DevelopedByWithNamesEveryPartner) {
  Document d{"t.txt", "Bristol service shortlisted", "",
             "BREATHE-Home was developed by University Hospitals Bristol and Weston NHS "
             "Foundation Trust (UHBW) with researchers at the University of Bristol and the "
             "Bristol-based technology company Kinetiq Health Ltd."};
  ArticleFacts f = ExtractArticle(d, OdsGazetteer::Default());
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& c : f.collaborations) {
    auto a = f.orgs[c.a].name, b = f.orgs[c.b].name;
    pairs.insert(std::minmax(a, b));
  }
  EXPECT_TRUE(pairs.count(
      {"University Hospitals Bristol and Weston NHS Foundation Trust", "University of Bristol"}));
  EXPECT_TRUE(pairs.count(
      {"Kinetiq Health Ltd", "University Hospitals Bristol and Weston NHS Foundation Trust"}));
  EXPECT_TRUE(pairs.count({"Kinetiq Health Ltd", "University of Bristol"}));
  ASSERT_EQ(f.projects.size(), 1u);
  EXPECT_EQ(f.projects[0].name, "BREATHE-Home");
  EXPECT_EQ(f.projects[0].orgs.size(), 3u);
}

// "The two trusts worked in partnership on ...": the organisations of the
// sentence before.
TEST(PartnershipRulesTest, TheTwoTrustsReferBackToThePreviousSentence) {
  Document d{"t.txt", "Two trusts commended", "",
             "Bradford Teaching Hospitals NHS Foundation Trust and Leeds Teaching Hospitals NHS "
             "Trust were highly commended at the HSJ Digital Awards 2024. The two trusts worked "
             "in partnership on the Shared Care Record."};
  ArticleFacts f = ExtractArticle(d, OdsGazetteer::Default());
  bool found = false;
  for (const auto& c : f.collaborations) {
    std::set<std::string> pair = {f.orgs[c.a].ods, f.orgs[c.b].ods};
    if (pair == std::set<std::string>{"RAE", "RR8"}) found = true;
  }
  EXPECT_TRUE(found);
  ASSERT_EQ(f.projects.size(), 1u);
  EXPECT_EQ(f.projects[0].name, "Shared Care Record");
  EXPECT_EQ(f.projects[0].orgs.size(), 2u);
}

}  // namespace
}  // namespace awardgraph::loaders
