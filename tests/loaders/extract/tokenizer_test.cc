// Tests for tokenizer.h: word and punctuation tokens of one news sentence.
#include "loaders/extract/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace awardgraph::loaders {
namespace {

std::vector<std::string> Texts(std::string_view sentence) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(sentence)) out.push_back(t.text);
  return out;
}

TEST(TokenizeTest, ExampleFromHeader) {
  EXPECT_EQ(Texts("SSOT ICB's MedOptimise tool, said Dr Jones."),
            (std::vector<std::string>{"SSOT", "ICB", "'s", "MedOptimise", "tool", ",", "said", "Dr",
                                      "Jones", "."}));
}

TEST(TokenizeTest, CurlyPossessiveInTrustNameIsItsOwnToken) {
  auto toks = Tokenize("Liverpool Women\u2019s Foundation Trust won.");
  ASSERT_EQ(toks.size(), 7u);  // Liverpool Women 's Foundation Trust won .
  EXPECT_EQ(toks[1].text, "Women");
  EXPECT_EQ(toks[2].text, "'s");
  EXPECT_FALSE(toks[2].space_before);
  EXPECT_EQ(toks[3].text, "Foundation");
}

TEST(TokenizeTest, HyphenAndApostropheWordsStayWhole) {
  EXPECT_EQ(Texts("Dr Mark O'Neill of Stoke-on-Trent"),
            (std::vector<std::string>{"Dr", "Mark", "O'Neill", "of", "Stoke-on-Trent"}));
}

TEST(TokenizeTest, AandEAndNumericDatesStayWhole) {
  EXPECT_EQ(Texts("The A&E team was shortlisted on 22/11/24."),
            (std::vector<std::string>{"The", "A&E", "team", "was", "shortlisted", "on", "22/11/24",
                                      "."}));
}

TEST(TokenizeTest, AmpersandBetweenWordsIsPunctuation) {
  EXPECT_EQ(Texts("Health & Care Partnership"),
            (std::vector<std::string>{"Health", "&", "Care", "Partnership"}));
}

TEST(TokenizeTest, DecimalsStayWhole) {
  EXPECT_EQ(Texts("saving 1,500 hours and 2.5 beds"),
            (std::vector<std::string>{"saving", "1,500", "hours", "and", "2.5", "beds"}));
}

TEST(TokenizeTest, CurlyQuotesAndDashesArriveAsAscii) {
  EXPECT_EQ(Texts("\u201CWe are delighted\u201D \u2013 Ann"),
            (std::vector<std::string>{"\"", "We", "are", "delighted", "\"", "-", "Ann"}));
}

TEST(TokenizeTest, SpaceBeforeAndWordFlags) {
  auto toks = Tokenize("HSJ editor Alastair McLellan adds:");
  ASSERT_EQ(toks.size(), 6u);
  EXPECT_FALSE(toks[0].space_before);
  EXPECT_TRUE(toks[1].space_before);
  EXPECT_TRUE(toks[4].is_word);
  EXPECT_FALSE(toks[5].is_word);
  EXPECT_FALSE(toks[5].space_before);
  EXPECT_EQ(toks[3].lower, "mclellan");
}

TEST(TokenTest, CaseClasses) {
  auto toks = Tokenize("NHS Trust ICB trust A MySENSE 2024 22nd");
  ASSERT_EQ(toks.size(), 8u);
  EXPECT_TRUE(toks[0].IsAllCaps());
  EXPECT_TRUE(toks[0].IsCapitalised());
  EXPECT_FALSE(toks[1].IsAllCaps());
  EXPECT_TRUE(toks[1].IsCapitalised());
  EXPECT_TRUE(toks[2].IsAllCaps());
  EXPECT_FALSE(toks[3].IsCapitalised());
  EXPECT_FALSE(toks[4].IsAllCaps()) << "a single capital is not an acronym";
  EXPECT_FALSE(toks[5].IsAllCaps());
  EXPECT_TRUE(toks[6].IsNumber());
  EXPECT_FALSE(toks[6].IsCapitalised());
  EXPECT_FALSE(toks[7].IsNumber());
}

TEST(TokenTest, PunctuationIsNeverCapitalised) {
  auto toks = Tokenize("( ) , .");
  for (const auto& t : toks) {
    EXPECT_FALSE(t.is_word);
    EXPECT_FALSE(t.IsCapitalised());
  }
}

TEST(JoinTokensTest, RebuildsOriginalSpacing) {
  std::string s = "Dr Jane Halpin, Chief Executive Officer of the ICB, said: \"It's great.\"";
  auto toks = Tokenize(s);
  EXPECT_EQ(JoinTokens(toks, 0, toks.size()), s);
  EXPECT_EQ(JoinTokens(toks, 1, 3), "Jane Halpin");
  EXPECT_EQ(JoinTokens(toks, 4, 7), "Chief Executive Officer");
}

TEST(JoinTokensTest, KeepsPossessiveAttached) {
  auto toks = Tokenize("Liverpool Women's Foundation Trust");
  EXPECT_EQ(JoinTokens(toks, 0, toks.size()), "Liverpool Women's Foundation Trust");
}

TEST(JoinTokensTest, ClampsToTokenCount) {
  auto toks = Tokenize("Mid Cheshire");
  EXPECT_EQ(JoinTokens(toks, 0, 99), "Mid Cheshire");
  EXPECT_EQ(JoinTokens(toks, 2, 2), "");
}

TEST(TokenizeTest, EmptyAndBlank) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \t\n").empty());
}

}  // namespace
}  // namespace awardgraph::loaders
