// Tests for person_finder.h: job titles and people, on the news sentences of the genre it handles.
#include "loaders/extract/person_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/loaders/extract/mention_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

// ---------------------------------------------------------------- titles

TEST(MatchTitleTest, CapitalisedTitleStopsBeforeOrganisation) {
  SentenceView s(
      "Dr Jane Halpin, Chief Executive Officer of the Hertfordshire and West Essex Integrated "
      "Care Board, said:");
  auto title = MatchTitle(s, Tok(s, "Chief"), OrgSpans(s));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Chief Executive Officer");
  EXPECT_EQ(title->span.begin, 4u);
  EXPECT_EQ(title->span.end, 7u);
}

TEST(MatchTitleTest, LowerCaseTitleWithTopic) {
  SentenceView s("Sarah Mitchell, director of nursing at the trust, said the team deserved it.");
  auto title = MatchTitle(s, Tok(s, "director"));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "director of nursing");
}

TEST(MatchTitleTest, HeadOfTopic) {
  SentenceView s("Tom Reid, Head of Digital at the ICB, added his thanks.");
  auto title = MatchTitle(s, Tok(s, "Head"));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Head of Digital");
}

TEST(MatchTitleTest, TwoTitlesJoinedByAndAreSeparate) {
  SentenceView s("Ann Lee, Chief Nursing Officer and Deputy Chief Executive, said:");
  auto first = MatchTitle(s, Tok(s, "Chief"));
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->title, "Chief Nursing Officer");
  auto second = MatchTitle(s, Tok(s, "Deputy"));
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->title, "Deputy Chief Executive");
}

TEST(MatchTitleTest, TopicWithTwoPartsIsOneTitle) {
  SentenceView s("Raj Patel, Director of Finance and Estates, presented the cheque.");
  auto title = MatchTitle(s, Tok(s, "Director"));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Director of Finance and Estates");
}

TEST(MatchTitleTest, EditorAfterPublisher) {
  SentenceView s("HSJ editor Alastair McLellan adds:");
  auto title = MatchTitle(s, Tok(s, "editor"), OrgSpans(s));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "editor");
}

TEST(MatchTitleTest, ConsultantMidwife) {
  SentenceView s("Consultant Midwife Grace Adeyemi led the project.");
  auto title = MatchTitle(s, 0);
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Consultant Midwife");
}

TEST(MatchTitleTest, LoneGenericWordIsNotATitle) {
  SentenceView s("The project lead said the pilot will be extended.");
  EXPECT_FALSE(MatchTitle(s, Tok(s, "lead")).has_value());
}

TEST(MatchTitleTest, NoTitleAtNameOrPastEnd) {
  SentenceView s("Dr Jane Halpin said:");
  EXPECT_FALSE(MatchTitle(s, 0).has_value());
  EXPECT_FALSE(MatchTitle(s, 1).has_value());
  EXPECT_FALSE(MatchTitle(s, 99).has_value());
}

// ---------------------------------------------------------------- people

TEST(FindPeopleTest, HonorificThenNameBeforeTitle) {
  SentenceView s(
      "Dr Jane Halpin, Chief Executive Officer of the Hertfordshire and West Essex Integrated "
      "Care Board, said:");
  auto people = FindPeople(s, OrgSpans(s));
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Jane Halpin");
  EXPECT_EQ(people[0].honorifics, Strings{"Dr"});
  EXPECT_EQ(people[0].span.begin, 0u);
  EXPECT_EQ(people[0].span.end, 3u);
}

TEST(FindPeopleTest, NameAfterPublisherTitle) {
  SentenceView s("HSJ editor Alastair McLellan adds: \"The standard was exceptional.\"");
  auto people = FindPeople(s, OrgSpans(s));
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Alastair McLellan");
  EXPECT_TRUE(people[0].honorifics.empty());
}

TEST(FindPeopleTest, SeveralHonorificsAndPostNominals) {
  SentenceView s("Professor Sir Stephen Powis MBE presented the award.");
  auto people = FindPeople(s, {});
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Stephen Powis");
  EXPECT_EQ(people[0].honorifics, (Strings{"Professor", "Sir", "MBE"}));
}

TEST(FindPeopleTest, UnknownGivenNameAfterSaid) {
  SentenceView s("\"It means so much to the team,\" said Rhiannon Tudor-Price.");
  auto people = FindPeople(s, {});
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Rhiannon Tudor-Price");
}

TEST(FindPeopleTest, UnknownGivenNameBeforeLowerCaseTitle) {
  SentenceView s("Olusegun Bakare, chief pharmacist at the trust, said the tool saves hours.");
  auto people = FindPeople(s, OrgSpans(s));
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Olusegun Bakare");
}

TEST(FindPeopleTest, TitleBeforeNameIsNotPartOfName) {
  SentenceView s("Chief Executive Jane Smith thanked the judges.");
  auto people = FindPeople(s, {});
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Jane Smith");
}

TEST(FindPeopleTest, TrustAndCategoryAreNotPeople) {
  SentenceView s(
      "Mid Cheshire Foundation Trust also received a High Commendation in Medicines, Pharmacy "
      "and Prescribing Initiative of the Year.");
  EXPECT_TRUE(FindPeople(s, OrgSpans(s)).empty())
      << ::testing::PrintToString(Names(FindPeople(s, OrgSpans(s))));
}

TEST(FindPeopleTest, CeremonySentenceHasNoPeople) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  EXPECT_TRUE(FindPeople(s, {}).empty()) << ::testing::PrintToString(Names(FindPeople(s, {})));
}

TEST(FindPeopleTest, LoneGivenNameIsNotAPerson) {
  SentenceView s("Thanks to Sarah and the whole team for their hard work.");
  EXPECT_TRUE(FindPeople(s, {}).empty()) << ::testing::PrintToString(Names(FindPeople(s, {})));
}

TEST(FindPeopleTest, SpansInsideOrganisationsAreSkipped) {
  // "Alder Hey" would pass for a name without the organisation span.
  SentenceView s("Alder Hey Children's NHS Foundation Trust won the award.");
  EXPECT_TRUE(FindPeople(s, OrgSpans(s)).empty());
}

}  // namespace
}  // namespace awardgraph::loaders
