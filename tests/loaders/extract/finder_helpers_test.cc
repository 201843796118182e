// Tests for finder_helpers.h: the small word tests the mention finders share.
#include "loaders/extract/finder_helpers.h"

#include <gtest/gtest.h>

namespace awardgraph::loaders {
namespace {

TEST(FinderHelpersTest, InAnyChecksHalfOpenSpans) {
  std::vector<Span> spans = {{2, 4}, {7, 8}};
  EXPECT_FALSE(InAny(spans, 1));
  EXPECT_TRUE(InAny(spans, 2));
  EXPECT_TRUE(InAny(spans, 3));
  EXPECT_FALSE(InAny(spans, 4));
  EXPECT_TRUE(InAny(spans, 7));
  EXPECT_FALSE(InAny({}, 0));
}

TEST(FinderHelpersTest, ConnectorsJoinNameWords) {
  EXPECT_TRUE(IsConnector("and"));
  EXPECT_TRUE(IsConnector("of"));
  EXPECT_TRUE(IsConnector("&"));
  EXPECT_FALSE(IsConnector("said"));
  EXPECT_FALSE(IsConnector("And"));  // callers pass lower case
}

TEST(FinderHelpersTest, YearsInRangeOnly) {
  SentenceView s("In 1989 and 1990, then 2039 and 2040, or 20245.");
  int year = 0;
  std::vector<int> found;
  for (const auto& t : s.tokens)
    if (IsYear(t, &year)) found.push_back(year);
  EXPECT_EQ(found, (std::vector<int>{1990, 2039}));
  EXPECT_FALSE(IsYear(s.tokens[0]));
}

TEST(FinderHelpersTest, QuotesTopicStopsAndFunctionWords) {
  SentenceView s("the \"Calm Streets\" project");
  EXPECT_TRUE(IsQuote(s.tokens[1]));
  EXPECT_FALSE(IsQuote(s.tokens[2]));
  EXPECT_TRUE(IsTopicStop("at"));
  EXPECT_FALSE(IsTopicStop("nursing"));
  EXPECT_TRUE(IsFunctionWordCap("Following"));
  EXPECT_FALSE(IsFunctionWordCap("Fernbrook"));
}

}  // namespace
}  // namespace awardgraph::loaders
