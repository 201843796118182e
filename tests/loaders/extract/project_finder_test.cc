// Tests for project_finder.h: project names, on the news sentences of the genre it handles.
#include "loaders/extract/project_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/loaders/extract/mention_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

// ---------------------------------------------------------------- projects

TEST(FindProjectsTest, TwoProjectsAfterForIts) {
  AcronymMap acr = {{"MPFT", "Midlands Partnership University NHS Foundation Trust"}};
  SentenceView s(
      "MPFT is shortlisted for its MySENSE project and Sandbox digital mental health platform");
  auto p = FindProjects(s, TakenBeforeProjects(s, false, acr));
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "MySENSE project");
  EXPECT_EQ(p[0].alias, "MySENSE");
  EXPECT_FALSE(p[0].descriptive);
  EXPECT_EQ(p[1].name, "Sandbox digital mental health platform");
  EXPECT_EQ(p[1].alias, "Sandbox");
}

TEST(FindProjectsTest, QuotedProjectName) {
  SentenceView s("The trust's 'Scouse School' initiative has been shortlisted.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "Scouse School");
}

TEST(FindProjectsTest, CapitalisedNameBeforeLowerCaseHead) {
  SentenceView s(
      "The PreCiSSIon programme, which uses a digital solution, Cemplicity, improves cancer "
      "care.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "PreCiSSIon programme");
  EXPECT_EQ(p[0].alias, "PreCiSSIon");
}

TEST(FindProjectsTest, ListOfDescribedAndNamedProjects) {
  SentenceView s(
      "LCHS's shortlisted projects include a virtual work experience programme, a cloud-based "
      "MedOptimise tool and a falls prevention app.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  ASSERT_EQ(p.size(), 3u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "virtual work experience programme");
  EXPECT_TRUE(p[0].descriptive);
  EXPECT_EQ(p[1].name, "MedOptimise tool");
  EXPECT_EQ(p[1].alias, "MedOptimise");
  EXPECT_FALSE(p[1].descriptive);
  EXPECT_EQ(p[2].name, "falls prevention app");
  EXPECT_TRUE(p[2].descriptive);
}

TEST(FindProjectsTest, HsjAwardsProgrammeIsNotAProject) {
  SentenceView s("Entries to the HSJ Awards programme have risen again this year.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

TEST(FindProjectsTest, CategoryAfterForTheIsNotAProject) {
  SentenceView s(
      "North Bristol NHS Trust is shortlisted for the Patient Safety Team of the Year award.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

TEST(FindProjectsTest, ForTheTrustIsNotAProject) {
  SentenceView s("Thank you to everyone who voted for the Trust.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

TEST(FindProjectsTest, CeremonySentenceHasNoProject) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

}  // namespace
}  // namespace awardgraph::loaders
