// Tests for cli/graph_option_values.{h,cc}.
#include "cli/graph_option_values.h"

#include <gtest/gtest.h>

#include "cli/options.h"

namespace awardgraph::cli {
namespace {

TEST(GraphOptionValuesTest, Counts) {
  EXPECT_EQ(ParseCount("--top", "0"), 0u);
  EXPECT_EQ(ParseCount("--top", "25"), 25u);
  for (const char* bad : {"", "-1", "2.5", "1e3", " 3", "x"}) {
    EXPECT_THROW(ParseCount("--top", bad), UsageError) << bad;
  }
}

TEST(GraphOptionValuesTest, RealsSeedsAndFormats) {
  EXPECT_EQ(ParsePositiveReal("--resolution", "0.25"), 0.25);
  for (const char* bad : {"0", "-1", "nan", "inf", "", "1x"}) {
    EXPECT_THROW(ParsePositiveReal("--resolution", bad), UsageError) << bad;
  }
  EXPECT_EQ(ParseSeed("--seed", "4294967295"), 4294967295u);
  EXPECT_THROW(ParseSeed("--seed", "4294967296"), UsageError);
  EXPECT_EQ(ParseReportFormat("json"), graph::ReportFormat::kJson);
  EXPECT_THROW(ParseReportFormat("yaml"), UsageError);
  try {
    ParseCount("--min-size", "x");
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()), "--min-size needs a whole number, not 'x'");
  }
}

}  // namespace
}  // namespace awardgraph::cli
