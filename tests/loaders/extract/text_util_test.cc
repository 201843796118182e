// Tests for text_util.h: punctuation folding, name keys, slugs and ODS title casing.
#include "loaders/extract/text_util.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace awardgraph::loaders {
namespace {

TEST(FoldPunctuationTest, CurlyApostropheInTrustNameBecomesAscii) {
  EXPECT_EQ(FoldPunctuation("Liverpool Women\u2019s NHS Foundation Trust"),
            "Liverpool Women's NHS Foundation Trust");
}

TEST(FoldPunctuationTest, CurlyQuotesAroundCategoryBecomeAscii) {
  EXPECT_EQ(FoldPunctuation("shortlisted for \u201CDigital Team of the Year\u201D"),
            "shortlisted for \"Digital Team of the Year\"");
  EXPECT_EQ(FoldPunctuation("its \u2018Scouse School\u2019 initiative"),
            "its 'Scouse School' initiative");
}

TEST(FoldPunctuationTest, DashesAndNoBreakSpacesBecomeAscii) {
  EXPECT_EQ(FoldPunctuation("Winner \u2013 Mid\u00A0Cheshire \u2014 2024"),
            "Winner - Mid Cheshire - 2024");
}

TEST(FoldPunctuationTest, KeepsOtherUtf8Unchanged) {
  EXPECT_EQ(FoldPunctuation("Caf\u00E9 \u00A31.5m"), "Caf\u00E9 \u00A31.5m");
  EXPECT_EQ(FoldPunctuation(""), "");
}

TEST(FoldForMatchTest, FoldsAndLowerCases) {
  EXPECT_EQ(FoldForMatch("Women\u2019s"), "women's");
  EXPECT_EQ(FoldForMatch("HSJ Digital Awards"), "hsj digital awards");
}

TEST(NameKeyTest, ApostropheVariantsShareOneKey) {
  EXPECT_EQ(NameKey("Liverpool Women's"), "liverpool womens");
  EXPECT_EQ(NameKey("Liverpool Women\u2019s"), NameKey("Liverpool Womens"));
}

TEST(NameKeyTest, AmpersandReadsAsAnd) {
  EXPECT_EQ(NameKey("Cheshire & Merseyside Health & Care Partnership"),
            NameKey("Cheshire and Merseyside Health and Care Partnership"));
}

TEST(NameKeyTest, PunctuationRunsBecomeOneSpace) {
  EXPECT_EQ(NameKey("Leicester, Leicestershire and Rutland"),
            "leicester leicestershire and rutland");
  EXPECT_EQ(NameKey("  Stoke-on-Trent  "), "stoke on trent");
}

TEST(NameKeyTest, DropsLeadingTheOnly) {
  EXPECT_EQ(NameKey("The Christie NHS Foundation Trust"), "christie nhs foundation trust");
  EXPECT_EQ(NameKey("the Royal Marsden"), "royal marsden");
  // "Theatre" starts with "the" but is not the article.
  EXPECT_EQ(NameKey("Theatre Team of the Year"), "theatre team of the year");
}

TEST(SlugTest, ExampleFromHeader) { EXPECT_EQ(Slug("Liverpool Women's"), "liverpool-womens"); }

TEST(SlugTest, JoinsWordsWithSingleHyphens) {
  EXPECT_EQ(Slug("Medicines, Pharmacy and Prescribing Initiative of the Year"),
            "medicines-pharmacy-and-prescribing-initiative-of-the-year");
  EXPECT_EQ(Slug("HSJ Digital Awards -- 2024!"), "hsj-digital-awards-2024");
}

TEST(SlugTest, NeverEmpty) {
  EXPECT_EQ(Slug(""), "x");
  EXPECT_EQ(Slug("!!! ???"), "x");
}

TEST(SlugTest, OnlyLowerCaseAsciiLettersDigitsAndHyphens) {
  for (std::string_view name : {"Caf\u00E9 Nero Ltd", "A&E Team \u2013 Royal Papworth",
                                "\u201CMySENSE\u201D project", "St George's"}) {
    std::string slug = Slug(name);
    for (char c : slug)
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
          << "slug " << slug << " of " << name;
    EXPECT_NE(slug.front(), '-') << slug;
    EXPECT_NE(slug.back(), '-') << slug;
  }
}

TEST(SlugTest, LongNamesAreCutWithoutTrailingHyphen) {
  // 79 letters, then a second word: the cut at 80 falls on the joining hyphen.
  std::string name = std::string(79, 'a') + " team";
  std::string slug = Slug(name);
  EXPECT_LE(slug.size(), 80u);
  EXPECT_NE(slug.back(), '-') << slug;
}

TEST(TitleCaseOdsTest, ExampleFromHeader) {
  EXPECT_EQ(TitleCaseOds("LIVERPOOL WOMEN'S NHS FOUNDATION TRUST"),
            "Liverpool Women's NHS Foundation Trust");
}

TEST(TitleCaseOdsTest, SmallWordsStayLowerInsideTheName) {
  EXPECT_EQ(TitleCaseOds("UNIVERSITY HOSPITALS OF LEICESTER NHS TRUST"),
            "University Hospitals of Leicester NHS Trust");
  EXPECT_EQ(TitleCaseOds("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST"),
            "Guy's and St Thomas' NHS Foundation Trust");
}

TEST(TitleCaseOdsTest, LeadingSmallWordIsCapitalised) {
  EXPECT_EQ(TitleCaseOds("THE ROYAL MARSDEN NHS FOUNDATION TRUST"),
            "The Royal Marsden NHS Foundation Trust");
}

TEST(TitleCaseOdsTest, HyphenatedPlaceKeepsSmallPartsLower) {
  EXPECT_EQ(TitleCaseOds("NHS STAFFORDSHIRE AND STOKE-ON-TRENT INTEGRATED CARE BOARD"),
            "NHS Staffordshire and Stoke-on-Trent Integrated Care Board");
}

TEST(TitleCaseOdsTest, CommaInsidePlaceList) {
  EXPECT_EQ(TitleCaseOds("NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD"),
            "NHS Leicester, Leicestershire and Rutland Integrated Care Board");
}

TEST(SquashSpacesTest, CollapsesAndTrims) {
  EXPECT_EQ(SquashSpaces("  HSJ \t Digital\n\nAwards  "), "HSJ Digital Awards");
  EXPECT_EQ(SquashSpaces(" \n "), "");
}

TEST(SplitWordsTest, SplitsOnAnyWhiteSpace) {
  EXPECT_EQ(SplitWords(" Mid\tCheshire \nTrust "),
            (std::vector<std::string>{"Mid", "Cheshire", "Trust"}));
  EXPECT_TRUE(SplitWords("   ").empty());
}

TEST(StartsUpperTest, AsciiCapitals) {
  EXPECT_TRUE(StartsUpper("Trust"));
  EXPECT_TRUE(StartsUpper("NHS"));
  EXPECT_FALSE(StartsUpper("trust"));
  EXPECT_FALSE(StartsUpper("2024"));
  EXPECT_FALSE(StartsUpper(""));
}

}  // namespace
}  // namespace awardgraph::loaders
