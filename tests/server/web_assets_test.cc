// web_assets_test.cc — the query page and the analyst queries are embedded.
#include "server/web_assets.h"

#include <gtest/gtest.h>

namespace awardgraph::server {
namespace {

TEST(FindWebAsset, FindsThePagesWithTheirTypes) {
  const auto index = FindWebAsset("index.html");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  EXPECT_NE(index->body.find("<textarea id=\"query\""), std::string_view::npos);
  ASSERT_TRUE(FindWebAsset("app.js"));
  EXPECT_EQ(FindWebAsset("app.js")->content_type, "text/javascript; charset=utf-8");
  ASSERT_TRUE(FindWebAsset("resource.html"));
  EXPECT_FALSE(FindWebAsset("../CMakeLists.txt"));
  EXPECT_FALSE(FindWebAsset("missing.js"));
}

TEST(ExampleQueries, AreTheAnalystQueriesInOrder) {
  const std::vector<WebAsset> queries = ExampleQueries();
  ASSERT_GE(queries.size(), 7u);
  EXPECT_EQ(queries[0].name, "q1.rq");
  EXPECT_NE(queries[0].body.find("SELECT"), std::string_view::npos);
}

}  // namespace
}  // namespace awardgraph::server
