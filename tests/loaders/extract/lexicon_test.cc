// Tests for lexicon.h: the word lists the extraction rules consult.
#include "loaders/extract/lexicon.h"

#include <gtest/gtest.h>

namespace awardgraph::loaders {
namespace {

TEST(IsHonorificTest, CapitalisedHonorifics) {
  for (auto w : {"Dr", "Professor", "Prof", "Mrs", "Sir", "Dame", "Cllr"})
    EXPECT_TRUE(IsHonorific(w)) << w;
  EXPECT_TRUE(IsHonorific("Dr.")) << "trailing full stop";
}

TEST(IsHonorificTest, CaseSensitiveAndNotOtherWords) {
  EXPECT_FALSE(IsHonorific("dr"));
  EXPECT_FALSE(IsHonorific("Chief"));
  EXPECT_FALSE(IsHonorific("Jane"));
  EXPECT_FALSE(IsHonorific(""));
}

TEST(IsPostNominalTest, HonoursAndQualifications) {
  for (auto w : {"MBE", "OBE", "CBE", "FRCP", "PhD", "RN"}) EXPECT_TRUE(IsPostNominal(w)) << w;
  EXPECT_FALSE(IsPostNominal("mbe"));
  EXPECT_FALSE(IsPostNominal("NHS"));
  EXPECT_FALSE(IsPostNominal("ICB"));
}

TEST(IsTitleHeadTest, WordsThatEndJobTitles) {
  for (auto w : {"officer", "director", "chair", "editor", "nurse", "lead", "ceo"})
    EXPECT_TRUE(IsTitleHead(w)) << w;
  EXPECT_FALSE(IsTitleHead("Officer")) << "takes lower case";
  EXPECT_FALSE(IsTitleHead("chief"));
  EXPECT_FALSE(IsTitleHead("trust"));
}

TEST(IsTitleWordTest, WordsInsideJobTitles) {
  for (auto w : {"chief", "executive", "medical", "deputy", "nursing", "digital", "officer"})
    EXPECT_TRUE(IsTitleWord(w)) << w;
  EXPECT_FALSE(IsTitleWord("shortlisted"));
  EXPECT_FALSE(IsTitleWord("manchester"));
}

TEST(IsGivenNameTest, CommonGivenNames) {
  for (auto w : {"Jane", "Alastair", "Sarah", "Mohammed", "Siobhan"})
    EXPECT_TRUE(IsGivenName(w)) << w;
  EXPECT_FALSE(IsGivenName("jane"));
  EXPECT_FALSE(IsGivenName("Trust"));
  EXPECT_FALSE(IsGivenName("Manchester"));
}

TEST(IsCityTest, CeremonyCities) {
  for (auto w :
       {"Manchester", "London", "Birmingham", "Harrogate", "Milton Keynes", "Stoke-on-Trent"})
    EXPECT_TRUE(IsCity(w)) << w;
  EXPECT_FALSE(IsCity("manchester"));
  EXPECT_FALSE(IsCity("Cheshire")) << "a county, not a city";
  EXPECT_FALSE(IsCity("Trust"));
}

TEST(IsProjectHeadTest, HeadNounsOfProjectNames) {
  for (auto w : {"programme", "portal", "app", "platform", "project", "tool"})
    EXPECT_TRUE(IsProjectHead(w)) << w;
  EXPECT_FALSE(IsProjectHead("awards"));
  EXPECT_FALSE(IsProjectHead("year"));
  EXPECT_FALSE(IsProjectHead("Programme")) << "takes lower case";
}

TEST(IsNeverNameTest, WordsThatAreNeverPartOfAPersonsName) {
  for (auto w : {"Trust", "NHS", "Awards", "June", "Thursday", "Integrated", "Board", "HSJ"})
    EXPECT_TRUE(IsNeverName(w)) << w;
  EXPECT_FALSE(IsNeverName("Halpin"));
  EXPECT_FALSE(IsNeverName("Jane"));
}

TEST(MonthNumberTest, FullNamesAndAbbreviations) {
  EXPECT_EQ(MonthNumber("January"), 1);
  EXPECT_EQ(MonthNumber("June"), 6);
  EXPECT_EQ(MonthNumber("september"), 9);
  EXPECT_EQ(MonthNumber("Sept"), 9);
  EXPECT_EQ(MonthNumber("Sep"), 9);
  EXPECT_EQ(MonthNumber("Nov."), 11);
  EXPECT_EQ(MonthNumber("DEC"), 12);
}

TEST(MonthNumberTest, OtherWordsAreZero) {
  EXPECT_EQ(MonthNumber("Mayor"), 0);
  EXPECT_EQ(MonthNumber("Marsden"), 0);
  EXPECT_EQ(MonthNumber("Thursday"), 0);
  EXPECT_EQ(MonthNumber(""), 0);
  EXPECT_EQ(MonthNumber("."), 0);
}

}  // namespace
}  // namespace awardgraph::loaders
