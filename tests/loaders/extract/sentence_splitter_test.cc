// Tests for sentence_splitter.h: sentences of article bodies and page-clutter lines.
#include "loaders/extract/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace awardgraph::loaders {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : SplitSentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SplitSentencesTest, ExampleFromHeader) {
  EXPECT_EQ(Texts("Dr Ann Lee said it. The Trust won."),
            (std::vector<std::string>{"Dr Ann Lee said it.", "The Trust won."}));
}

TEST(SplitSentencesTest, HonorificWithFullStopDoesNotEndSentence) {
  EXPECT_EQ(
      Texts("The award was collected by Dr. Priya Shah, consultant midwife. She thanked "
            "the team."),
      (std::vector<std::string>{"The award was collected by Dr. Priya Shah, consultant midwife.",
                                "She thanked the team."}));
}

TEST(SplitSentencesTest, InitialsDoNotEndSentence) {
  EXPECT_EQ(Texts("The project was led by Professor A. J. Okafor at St. Helens. Staff were "
                  "delighted."),
            (std::vector<std::string>{"The project was led by Professor A. J. Okafor at St. "
                                      "Helens.",
                                      "Staff were delighted."}));
}

TEST(SplitSentencesTest, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(Texts("She said: \"We are thrilled to be shortlisted.\" The winners will be "
                  "announced in June."),
            (std::vector<std::string>{"She said: \"We are thrilled to be shortlisted.\"",
                                      "The winners will be announced in June."}));
}

TEST(SplitSentencesTest, CurlyClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(Texts("\u201CThis is a proud moment.\u201D Chief executive Sam Ng added his "
                  "thanks."),
            (std::vector<std::string>{"\u201CThis is a proud moment.\u201D",
                                      "Chief executive Sam Ng added his thanks."}));
}

TEST(SplitSentencesTest, QuestionAndExclamationMarks) {
  EXPECT_EQ(
      Texts("What a night! The team won gold. Who will win next year?"),
      (std::vector<std::string>{"What a night!", "The team won gold.", "Who will win next year?"}));
}

TEST(SplitSentencesTest, YearBeforeFullStopEndsSentence) {
  EXPECT_EQ(
      Texts("The trust also won in 2023. It is now shortlisted again."),
      (std::vector<std::string>{"The trust also won in 2023.", "It is now shortlisted again."}));
}

TEST(SplitSentencesTest, LowerCaseAfterFullStopDoesNotSplit) {
  EXPECT_EQ(Texts("The scheme cut waits by approx. two weeks."),
            (std::vector<std::string>{"The scheme cut waits by approx. two weeks."}));
  EXPECT_EQ(Texts("Visit www.example.nhs.uk for details."),
            (std::vector<std::string>{"Visit www.example.nhs.uk for details."}));
}

TEST(SplitSentencesTest, RangesAreVerbatimSubstrings) {
  std::string text = "  Mid Cheshire Foundation Trust was highly commended.   It was a first.  ";
  auto s = SplitSentences(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(text.substr(s[0].begin, s[0].end - s[0].begin),
            "Mid Cheshire Foundation Trust was highly commended.");
  EXPECT_EQ(text.substr(s[1].begin, s[1].end - s[1].begin), "It was a first.");
}

TEST(SplitSentencesTest, ParagraphIndexCountsBlankLineRuns) {
  std::string text =
      "The ICB has been shortlisted.\n\n\nThe ceremony is in London. Tickets are sold out.\n"
      "\nDr Jane Halpin said it was great.";
  auto s = SplitSentences(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].paragraph, 0u);
  EXPECT_EQ(s[1].paragraph, 1u);
  EXPECT_EQ(s[2].paragraph, 1u);
  EXPECT_EQ(s[3].paragraph, 2u);
}

TEST(SplitSentencesTest, LineWithoutFullStopDoesNotRunIntoNextParagraph) {
  EXPECT_EQ(Texts("Trust shortlisted for national award\n\nThe trust has been shortlisted."),
            (std::vector<std::string>{"Trust shortlisted for national award",
                                      "The trust has been shortlisted."}));
}

TEST(SplitSentencesTest, HardWrappedSentenceContinuesOnNextLine) {
  // Only a blank line is a hard break (see header); a wrapped line is one sentence.
  std::string text =
      "Mid Cheshire Foundation Trust has been shortlisted\nfor two HSJ awards. The winners "
      "will be announced in November.";
  EXPECT_EQ(Texts(text),
            (std::vector<std::string>{
                "Mid Cheshire Foundation Trust has been shortlisted\nfor two HSJ awards.",
                "The winners will be announced in November."}));
}

TEST(SplitSentencesTest, BulletsAreMarkedAndMarkerDropped) {
  std::string text =
      "Winners included:\n\u2022 Patient Safety Team of the Year - North Bristol NHS Trust\n"
      "- Digital Innovation - Alder Hey Children's NHS Foundation Trust\n"
      "* Nurse of the Year - Ann Lee";
  auto s = SplitSentences(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_FALSE(s[0].bullet);
  for (size_t i = 1; i < 4; ++i) EXPECT_TRUE(s[i].bullet) << i;
  EXPECT_EQ(text.substr(s[1].begin, s[1].end - s[1].begin),
            "Patient Safety Team of the Year - North Bristol NHS Trust");
  EXPECT_EQ(text.substr(s[2].begin, s[2].end - s[2].begin),
            "Digital Innovation - Alder Hey Children's NHS Foundation Trust");
  EXPECT_EQ(text.substr(s[3].begin, s[3].end - s[3].begin), "Nurse of the Year - Ann Lee");
}

TEST(SplitSentencesTest, HyphenatedWordAtLineStartIsNotABullet) {
  auto s = SplitSentences("-Based in Leeds, the team won.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_FALSE(s[0].bullet);
}

TEST(SplitSentencesTest, ShareButtonsAndCommentFormAreSkipped) {
  std::string text =
      "Share This Post\nShare on LinkedIn\n\nThe LLR ICB has been shortlisted.\n\nLeave a "
      "Reply\nYour email address will not be published. Required fields are marked *";
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"The LLR ICB has been shortlisted."}));
}

TEST(SplitSentencesTest, MoreToExploreEndsTheArticle) {
  std::string text =
      "North Bristol NHS Trust has won the Patient Safety Team of the Year award.\n\n"
      "The team was praised by the judges for its work.\n\nMore To Explore\n\n"
      "Trust opens new community diagnostic centre. The centre will offer scans.\n";
  EXPECT_EQ(Texts(text), (std::vector<std::string>{
                             "North Bristol NHS Trust has won the Patient Safety Team of the "
                             "Year award.",
                             "The team was praised by the judges for its work."}));
}

TEST(SplitSentencesTest, RelatedPostTeasersAreSkipped) {
  std::string text =
      "The ICB won the award.\n\nHospital celebrates volunteers at annual event where staff "
      "[...]\n\nThe ceremony was held in London.";
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"The ICB won the award.",
                                                   "The ceremony was held in London."}));
}

TEST(SplitSentencesTest, EmptyText) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("\n\n  \n").empty());
}

TEST(IsClutterLineTest, ShareAndCookieFurniture) {
  EXPECT_TRUE(IsClutterLine("Share This Post"));
  EXPECT_TRUE(IsClutterLine("  share on linkedin  "));
  EXPECT_TRUE(IsClutterLine("Leave a Reply"));
  EXPECT_TRUE(IsClutterLine("Skip to content"));
  EXPECT_TRUE(IsClutterLine("We use cookies to improve your experience on our website."));
  EXPECT_TRUE(IsClutterLine("Your email address will not be published."));
}

TEST(IsClutterLineTest, TeaserEndingInElision) {
  EXPECT_TRUE(IsClutterLine("Trust celebrates nursing staff at annual awards evening [...]"));
  EXPECT_TRUE(IsClutterLine("Trust celebrates nursing staff at annual awards evening [\u2026]"));
}

TEST(IsClutterLineTest, ArticleTextIsNotClutter) {
  EXPECT_FALSE(IsClutterLine("Share your story with the communications team."));
  EXPECT_FALSE(IsClutterLine("The team will share the prize money with local charities."));
  EXPECT_FALSE(IsClutterLine("Read more about the shortlisted projects below."));
  EXPECT_FALSE(IsClutterLine(""));
}

TEST(EndsArticleTest, EndHeadings) {
  EXPECT_TRUE(EndsArticle("More To Explore"));
  EXPECT_TRUE(EndsArticle("Related posts:"));
  EXPECT_TRUE(EndsArticle("  YOU MAY ALSO LIKE "));
  EXPECT_FALSE(EndsArticle("More than 300 entries were received this year."));
  EXPECT_FALSE(EndsArticle("Share your story"));
}

}  // namespace
}  // namespace awardgraph::loaders

namespace awardgraph::loaders {
namespace {

// Page furniture from local news sites: sharing rows, copyright lines, and a
// "Share this story" heading followed by other stories.
TEST(SplitSentencesTest, NewsSiteFurnitureIsDropped) {
  EXPECT_TRUE(IsClutterLine("Facebook | Twitter | Email"));
  EXPECT_TRUE(
      IsClutterLine("Humber Echo is part of Northern Counties Media Ltd. \u00a9 2024. All "
                    "rights reserved."));
  EXPECT_FALSE(IsClutterLine("The trust won two awards | and a commendation."));
  const std::string text =
      "Hull trust wins award.\n\nThe trust won the award in London on 21 November.\n\n"
      "It was the third award this year.\n\nShare this story\n\nFacebook | Twitter | Email\n\n"
      "A&E warning as flu cases rise at Northern Lincolnshire and Goole NHS Foundation Trust.\n";
  std::vector<std::string> kept;
  for (const auto& s : SplitSentences(text)) kept.push_back(text.substr(s.begin, s.end - s.begin));
  EXPECT_EQ(kept, (std::vector<std::string>{"Hull trust wins award.",
                                            "The trust won the award in London on 21 November.",
                                            "It was the third award this year."}));
}

}  // namespace
}  // namespace awardgraph::loaders
