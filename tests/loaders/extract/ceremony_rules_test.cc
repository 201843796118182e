// Tests for ceremony_rules.cc: which edition of which programme a sentence
// means, its year, date and city (through ExtractArticle, on small articles
// we wrote).
#include <gtest/gtest.h>

#include <string>

#include "loaders/extract/article_extractor.h"
#include "tests/loaders/extract/extract_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

TEST(CeremonyRulesTest, DateAndCityOfTheCeremonySentence) {
  auto f = Extract("",
                   "Fernbrook NHS Trust has been shortlisted at the HSJ Awards 2025.\n\n"
                   "The winners will be revealed at a ceremony in London on Wednesday 19 "
                   "November.");
  ASSERT_EQ(f.ceremonies.size(), 1u) << Describe(f);
  EXPECT_EQ(f.ceremonies[0].programme, "HSJ Awards");
  EXPECT_EQ(f.ceremonies[0].year, 2025);
  EXPECT_EQ(f.ceremonies[0].date, "2025-11-19");
  EXPECT_EQ(f.ceremonies[0].location, "London");
}

TEST(CeremonyRulesTest, YearFromTheHeadlineWhenTheBodyGivesNone) {
  auto f = Extract("Fernbrook team at the 2024 Nursing Times Awards",
                   "A ward team at Fernbrook NHS Trust has been named a finalist at the Nursing "
                   "Times Awards.");
  ASSERT_EQ(f.ceremonies.size(), 1u) << Describe(f);
  EXPECT_EQ(f.ceremonies[0].programme, "Nursing Times Awards");
  EXPECT_EQ(f.ceremonies[0].year, 2024);
}

TEST(CeremonyRulesTest, DateOfAnotherEventIsNotTheCeremonyDate) {
  auto f = Extract("",
                   "Fernbrook NHS Trust won Digital Team of the Year at the HSJ Digital Awards "
                   "2024.\n\nThe team first piloted the service on 3 March 2022.");
  ASSERT_EQ(f.ceremonies.size(), 1u) << Describe(f);
  EXPECT_EQ(f.ceremonies[0].date, "") << Describe(f);
}

}  // namespace
}  // namespace awardgraph::loaders
