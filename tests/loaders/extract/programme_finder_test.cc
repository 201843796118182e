// Tests for programme_finder.h: award programme names and years, on the news sentences of the genre
// it handles.
#include "loaders/extract/programme_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/loaders/extract/mention_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

// ---------------------------------------------------------------- programmes

TEST(FindProgrammesTest, ProgrammeWithYearAfter) {
  SentenceView s("The trust has been shortlisted in the HSJ Digital Awards 2023.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "HSJ Digital Awards");
  EXPECT_EQ(p[0].year, 2023);
}

TEST(FindProgrammesTest, ProgrammeWithYearBefore) {
  SentenceView s("Two teams are finalists at the 2024 HSJ Patient Safety Awards.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "HSJ Patient Safety Awards");
  EXPECT_EQ(p[0].year, 2024);
}

TEST(FindProgrammesTest, BracketedPublisherNameIsCanonicalised) {
  SentenceView s(
      "The ICB was shortlisted in the Health Service Journal (HSJ) Partnership awards this "
      "year.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "HSJ Partnership Awards");
  EXPECT_EQ(p[0].year, 0);
}

TEST(FindProgrammesTest, NonHsjProgramme) {
  SentenceView s("The ward won at the Nursing Times Awards on Wednesday night.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "Nursing Times Awards");
}

TEST(FindProgrammesTest, LowerCaseHsjAwardsProgrammeIsNotAProgrammeName) {
  SentenceView s("Now in its 43rd year, the HSJ awards programme celebrates NHS staff.");
  EXPECT_TRUE(FindProgrammes(s).empty()) << ::testing::PrintToString(Names(FindProgrammes(s)));
}

TEST(FindProgrammesTest, StaffAwardsInLowerCaseAreNotAProgramme) {
  SentenceView s("The trust's annual staff awards were held last week.");
  EXPECT_TRUE(FindProgrammes(s).empty()) << ::testing::PrintToString(Names(FindProgrammes(s)));
}

TEST(FindProgrammesTest, SingularAwardOnlyWhenProgrammeIsKnown) {
  SentenceView s("The team received a Make a Difference Award from the ICB.");
  EXPECT_TRUE(FindProgrammes(s).empty());
  auto p = FindProgrammes(s, {"Make a Difference Awards"});
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "Make a Difference Awards");
}

TEST(FindProgrammesTest, CategoryAwardIsNotAProgramme) {
  SentenceView s("North Bristol NHS Trust won the Patient Safety Pilot Project Award.");
  EXPECT_TRUE(FindProgrammes(s).empty()) << ::testing::PrintToString(Names(FindProgrammes(s)));
}

}  // namespace
}  // namespace awardgraph::loaders
