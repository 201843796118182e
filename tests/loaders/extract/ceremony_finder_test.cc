// Tests for ceremony_finder.h: dates, cities, ceremony sentences and years, on the news sentences
// of the genre it handles.
#include "loaders/extract/ceremony_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/loaders/extract/mention_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

// ---------------------------------------------------------------- dates

TEST(FindDatesTest, WeekdayDayMonth) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 22);
  EXPECT_EQ(d[0].month, 6);
  EXPECT_EQ(d[0].year, 0);
  EXPECT_EQ(s.Text(d[0].span), "22 June");
}

TEST(FindDatesTest, DayMonthYear) {
  SentenceView s("Winners will be revealed on 6 June 2024 at a London ceremony.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 6);
  EXPECT_EQ(d[0].month, 6);
  EXPECT_EQ(d[0].year, 2024);
  EXPECT_EQ(s.Text(d[0].span), "6 June 2024");
}

TEST(FindDatesTest, MonthOrdinalDayCommaYear) {
  SentenceView s("The awards evening takes place on September 18th, 2025 in Birmingham.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 18);
  EXPECT_EQ(d[0].month, 9);
  EXPECT_EQ(d[0].year, 2025);
}

TEST(FindDatesTest, AbbreviatedMonth) {
  SentenceView s("Ceremony: Wed 20 Nov, Grosvenor House.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 20);
  EXPECT_EQ(d[0].month, 11);
}

TEST(FindDatesTest, OrdinalDayOfMonth) {
  SentenceView s("The ceremony takes place on the 22nd of June at Manchester Central.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 22);
  EXPECT_EQ(d[0].month, 6);
}

TEST(FindDatesTest, MayAsVerbAndMonthWithoutDay) {
  EXPECT_TRUE(FindDates(SentenceView("The trust may be shortlisted again.")).empty());
  EXPECT_TRUE(FindDates(SentenceView("The May 2024 shortlist named 12 teams.")).empty());
  EXPECT_TRUE(FindDates(SentenceView("The service saw 40 patients in its first week.")).empty());
}

TEST(FindDatesTest, ImpossibleDayIsNotADate) {
  EXPECT_TRUE(FindDates(SentenceView("Around 45 June entries were judged.")).empty());
}

// ---------------------------------------------------------------- cities

TEST(FindCitiesTest, InCity) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto c = FindCities(s, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].city, "Manchester");
}

TEST(FindCitiesTest, CityBeforeEvent) {
  SentenceView s("Staff travelled to the London event on Wednesday.");
  auto c = FindCities(s, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].city, "London");
}

TEST(FindCitiesTest, TwoWordCity) {
  SentenceView s("The ceremony was held in Milton Keynes last night.");
  auto c = FindCities(s, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].city, "Milton Keynes");
}

TEST(FindCitiesTest, CityInsideTrustNameIsNotAPlace) {
  SentenceView s(
      "Liverpool Women's Foundation Trust and University Hospitals of Leicester NHS Trust were "
      "commended.");
  EXPECT_TRUE(FindCities(s, OrgSpans(s)).empty());
}

TEST(FindCitiesTest, CityPartOfLongerPlaceName) {
  SentenceView s("The service covers patients in North West London.");
  EXPECT_TRUE(FindCities(s, {}).empty());
}

// ---------------------------------------------------------------- ceremony, years

TEST(MentionsCeremonyTest, CeremonySentences) {
  EXPECT_TRUE(MentionsCeremony(SentenceView(
      "The winners will be announced at a ceremony in Manchester on Thursday 22 June.")));
  EXPECT_TRUE(MentionsCeremony(SentenceView("The gala dinner took place in London.")));
}

TEST(MentionsCeremonyTest, OtherSentences) {
  EXPECT_FALSE(MentionsCeremony(
      SentenceView("The virtual ward has cut readmissions by 20 per cent since 12 May.")));
}

TEST(FindYearsTest, FourDigitYearsInRange) {
  SentenceView s(
      "Shortlisted in 2024 after winning in 2019, the team has 1500 staff and a 2045 "
      "plan.");
  auto y = FindYears(s);
  ASSERT_EQ(y.size(), 2u);
  EXPECT_EQ(y[0].second, 2024);
  EXPECT_EQ(s.tokens[y[0].first].text, "2024");
  EXPECT_EQ(y[1].second, 2019);
}

}  // namespace
}  // namespace awardgraph::loaders
