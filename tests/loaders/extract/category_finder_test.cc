// Tests for category_finder.h: category names, on the news sentences of the genre it handles.
#include "loaders/extract/category_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/loaders/extract/mention_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

// ---------------------------------------------------------------- categories

TEST(FindCategoriesTest, CommaSetOffAfterInTheCategory) {
  SentenceView s(
      "The LLR Integrated Care Board (LLR ICB) has been shortlisted in the category, Patient "
      "Safety Pilot Project of the Year, for its virtual ward.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Patient Safety Pilot Project of the Year");
}

TEST(FindCategoriesTest, CommaListInsideOfTheYearCategory) {
  SentenceView s(
      "Mid Cheshire Foundation Trust also received a High Commendation in Medicines, Pharmacy "
      "and Prescribing Initiative of the Year");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Medicines, Pharmacy and Prescribing Initiative of the Year");
}

TEST(FindCategoriesTest, QuotedCategoryBeforeAward) {
  SentenceView s(
      "The pharmacy team was named winner of the 'Digital Innovation of the Year' award on "
      "Friday.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Digital Innovation of the Year");
}

TEST(FindCategoriesTest, TheXCategory) {
  SentenceView s("The scheme is a finalist in the Staff Wellbeing category.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Staff Wellbeing");
}

TEST(FindCategoriesTest, WonTheXAward) {
  SentenceView s("The frailty team won the Innovation in Mental Health Award last night.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Innovation in Mental Health Award");
}

TEST(FindCategoriesTest, CategoryStopsBeforeForItsProject) {
  SentenceView s(
      "The ICB is shortlisted in Digital Pathways of the Year for its Shared Care Record.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Digital Pathways of the Year");
}

TEST(FindCategoriesTest, BulletLeadingCategory) {
  SentenceView s("Workforce Initiative of the Year - awarded to Mersey Care NHS Foundation Trust");
  auto c = FindCategories(s, true, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Workforce Initiative of the Year");
}

TEST(FindCategoriesTest, CeremonySentenceHasNoCategory) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  EXPECT_TRUE(c.empty()) << ::testing::PrintToString(Names(c));
}

TEST(FindCategoriesTest, CountOfAwardsIsNotACategory) {
  SentenceView s("The Trust has been shortlisted for two HSJ awards.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  EXPECT_TRUE(c.empty()) << ::testing::PrintToString(Names(c));
}

}  // namespace
}  // namespace awardgraph::loaders
