// Tests for status_finder.h: nomination status phrases, on the news sentences of the genre it
// handles.
#include "loaders/extract/status_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/loaders/extract/mention_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

// ---------------------------------------------------------------- statuses

std::vector<Status> StatusesOf(std::string_view sentence) {
  std::vector<Status> out;
  for (const auto& m : FindStatuses(SentenceView(sentence))) out.push_back(m.status);
  return out;
}

TEST(FindStatusesTest, Shortlisted) {
  EXPECT_EQ(StatusesOf("The LLR ICB has been shortlisted in the category, Patient Safety Pilot "
                       "Project of the Year,"),
            std::vector<Status>{Status::kShortlisted});
}

TEST(FindStatusesTest, HighCommendationIsOnePhrase) {
  SentenceView s(
      "Mid Cheshire Foundation Trust also received a High Commendation in Medicines, Pharmacy "
      "and Prescribing Initiative of the Year");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].status, Status::kHighlyCommended);
  EXPECT_EQ(s.Text(st[0].span), "High Commendation");
}

TEST(FindStatusesTest, HighlyCommended) {
  EXPECT_EQ(StatusesOf("The maternity team was highly commended by the judges."),
            std::vector<Status>{Status::kHighlyCommended});
}

TEST(FindStatusesTest, WonTheAward) {
  EXPECT_EQ(StatusesOf("Liverpool Women's Foundation Trust won the Maternity Team of the Year "
                       "award."),
            std::vector<Status>{Status::kWinner});
}

TEST(FindStatusesTest, AwardedToNomineeAfter) {
  SentenceView s("The Digital Innovation award was presented to Alder Hey for its app.");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].status, Status::kWinner);
  EXPECT_TRUE(st[0].nominee_after);
}

TEST(FindStatusesTest, WonByNomineeAfter) {
  SentenceView s("The Patient Safety Team of the Year award was won by North Bristol NHS Trust.");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].status, Status::kWinner);
  EXPECT_TRUE(st[0].nominee_after);
}

TEST(FindStatusesTest, MedalStatuses) {
  EXPECT_EQ(StatusesOf("The pharmacy team scooped bronze in the Partnership category."),
            std::vector<Status>{Status::kBronze});
  EXPECT_EQ(StatusesOf("The trust was awarded a Gold Award for staff wellbeing."),
            std::vector<Status>{Status::kGold});
  EXPECT_EQ(StatusesOf("The ICB picked up silver at the Partnership Awards."),
            std::vector<Status>{Status::kSilver});
}

TEST(FindStatusesTest, UpForAndFinalist) {
  EXPECT_EQ(StatusesOf("Mersey Care is up for four awards this year."),
            std::vector<Status>{Status::kShortlisted});
  EXPECT_EQ(StatusesOf("The team is a finalist in the Nursing Times Awards."),
            std::vector<Status>{Status::kShortlisted});
  EXPECT_EQ(StatusesOf("The ward was runner-up in the same category."),
            std::vector<Status>{Status::kShortlisted});
}

TEST(FindStatusesTest, Nominated) {
  EXPECT_EQ(StatusesOf("Matron Ann Lee has been nominated for a Nursing Times Award."),
            std::vector<Status>{Status::kNominated});
}

TEST(FindStatusesTest, HopingToWinIsShortlistedNotWinner) {
  EXPECT_EQ(StatusesOf("North Bristol NHS Trust is hoping to win the Patient Safety Team of the "
                       "Year award."),
            std::vector<Status>{Status::kShortlisted});
  EXPECT_EQ(StatusesOf("The team could win the top prize in June."),
            std::vector<Status>{Status::kShortlisted});
}

TEST(FindStatusesTest, WinnersWillBeAnnouncedStatesNoStatus) {
  auto st = StatusesOf(
      "The winners will be announced at a ceremony in Manchester on Thursday "
      "22 June.");
  EXPECT_TRUE(std::find(st.begin(), st.end(), Status::kWinner) == st.end())
      << "an announcement to come names no winner";
}

TEST(FindStatusesTest, CallForNominationsStatesNoStatus) {
  EXPECT_TRUE(StatusesOf("Nominations are now open for the HSJ Awards 2025.").empty());
}

TEST(FindStatusesTest, ReceivedFundingIsNoStatus) {
  EXPECT_TRUE(StatusesOf("The trust received funding from NHS England for the pilot.").empty());
  EXPECT_TRUE(StatusesOf("The award-winning team reduced waits by a third.").empty());
}

std::vector<Status> StatusList(const char* sentence) {
  std::vector<Status> out;
  for (const auto& st : FindStatuses(SentenceView(sentence))) out.push_back(st.status);
  return out;
}

TEST(FindStatusesTest, MedalsTrophiesAndTitles) {
  EXPECT_EQ(StatusList("WoundWatch took silver for Digital Pathway Innovation."),
            std::vector<Status>{Status::kSilver});
  EXPECT_EQ(StatusList("Dr Castell collected the Chief Executive of the Year title."),
            std::vector<Status>{Status::kWinner});
  EXPECT_EQ(StatusList("A second trophy came in the Pharmacy Initiative of the Year category."),
            std::vector<Status>{Status::kWinner});
  // A trophy hoped for is no win.
  EXPECT_EQ(StatusList("The team hopes to lift a trophy in June."), std::vector<Status>{});
}

TEST(FindStatusesTest, TookSilverCoversTheMedalSoTheCategoryFollows) {
  SentenceView s("WoundWatch took silver for Digital Pathway Innovation.");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  auto cat = CategoryAfterStatus(s, st[0].span.end, {});
  ASSERT_TRUE(cat.has_value());
  EXPECT_EQ(cat->name, "Digital Pathway Innovation");
}

}  // namespace
}  // namespace awardgraph::loaders
