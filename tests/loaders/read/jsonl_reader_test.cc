// Tests for jsonl_reader.h: the strict JSON parser and JSON Lines records.
#include "loaders/read/jsonl_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace awardgraph::loaders {
namespace {

std::string ErrorOf(std::string_view json) { return ParseJson(json).error; }

TEST(ParseJsonTest, ParsesAllValueKinds) {
  JsonParseResult result = ParseJson(
      R"( {"s": "x", "n": -12.5e1, "z": 0, "t": true, "f": false, "nul": null,
           "a": [1, [], {}], "o": {"k": "v"}} )");
  ASSERT_TRUE(result.Ok()) << result.error;
  const JsonValue& value = result.value;
  ASSERT_EQ(value.type, JsonValue::Type::kObject);
  EXPECT_EQ(value.Find("s")->string, "x");
  EXPECT_DOUBLE_EQ(value.Find("n")->number, -125.0);
  EXPECT_DOUBLE_EQ(value.Find("z")->number, 0.0);
  EXPECT_TRUE(value.Find("t")->boolean);
  EXPECT_EQ(value.Find("f")->type, JsonValue::Type::kBool);
  EXPECT_FALSE(value.Find("f")->boolean);
  EXPECT_EQ(value.Find("nul")->type, JsonValue::Type::kNull);
  ASSERT_EQ(value.Find("a")->array.size(), 3u);
  EXPECT_EQ(value.Find("a")->array[1].type, JsonValue::Type::kArray);
  EXPECT_EQ(value.Find("o")->Find("k")->string, "v");
  EXPECT_EQ(value.Find("missing"), nullptr);
}

TEST(ParseJsonTest, StringEscapes) {
  JsonParseResult result =
      ParseJson(R"("q\" b\\ s\/ \b\f\n\r\t \u00e9 \u2019 \ud83c\udfc6 \u0041")");
  ASSERT_TRUE(result.Ok()) << result.error;
  EXPECT_EQ(result.value.string, "q\" b\\ s/ \b\f\n\r\t \u00e9 \u2019 \U0001F3C6 A");
}

TEST(ParseJsonTest, RawUtf8InStrings) {
  JsonParseResult result = ParseJson("\"Women\u2019s \u00a35\"");
  ASSERT_TRUE(result.Ok());
  EXPECT_EQ(result.value.string, "Women\u2019s \u00a35");
}

TEST(ParseJsonTest, LastDuplicateKeyWins) {
  JsonParseResult result = ParseJson(R"({"a": 1, "a": 2})");
  ASSERT_TRUE(result.Ok());
  EXPECT_DOUBLE_EQ(result.value.Find("a")->number, 2.0);
}

TEST(ParseJsonTest, RejectsNonStrictJson) {
  EXPECT_EQ(ErrorOf(R"({"a": 1,})"), "trailing comma before '}'");
  EXPECT_EQ(ErrorOf("[1,]"), "trailing comma before ']'");
  EXPECT_EQ(ErrorOf("{'a': 1}"), "expected a double-quoted key but found '''");
  EXPECT_EQ(ErrorOf(R"({"a" 1})"), "expected ':' after object key but found '1'");
  EXPECT_EQ(ErrorOf(R"({"a": 01})"), "numbers must not have leading zeros");
  EXPECT_EQ(ErrorOf("1."), "expected a digit after '.' but found end of line");
  EXPECT_EQ(ErrorOf("-"), "expected a digit but found end of line");
  EXPECT_EQ(ErrorOf("1e"), "expected a digit in the exponent but found end of line");
  EXPECT_EQ(ErrorOf("NaN"), "expected a value but found 'N'");
  EXPECT_EQ(ErrorOf("tru"), "expected a value but found 't'");
  EXPECT_EQ(ErrorOf(R"("abc)"), "unterminated string");
  EXPECT_EQ(ErrorOf(R"("a\qb")"), "invalid escape '\\q' in string");
  EXPECT_EQ(ErrorOf(R"("\u12G4")"), "invalid \\u escape (expected four hex digits)");
  EXPECT_EQ(ErrorOf(R"("\ud83c")"), "unpaired high surrogate in \\u escape");
  EXPECT_EQ(ErrorOf(R"("\udfc6")"), "unpaired low surrogate in \\u escape");
  EXPECT_EQ(ErrorOf("\"a\tb\""), "control character U+0009 in string (escape it, e.g. \\n)");
  EXPECT_EQ(ErrorOf("{} x"), "unexpected 'x' after the JSON value");
  EXPECT_EQ(ErrorOf(""), "expected a value but found end of line");
  EXPECT_EQ(ErrorOf("[1 2]"), "expected ',' or ']' but found '2'");
  EXPECT_EQ(ErrorOf("{\"a\": 1"), "unterminated object (expected ',' or '}')");
  EXPECT_EQ(ErrorOf("\"\xC3\""), "invalid UTF-8");
}

TEST(ParseJsonTest, ReportsErrorOffset) {
  JsonParseResult result = ParseJson(R"({"a": [1, 2,, 3]})");
  EXPECT_FALSE(result.Ok());
  EXPECT_EQ(result.error_offset, 12u);
}

TEST(ParseJsonTest, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  EXPECT_EQ(ErrorOf(deep), "JSON nested too deeply");
  std::string ok(200, '[');
  ok += std::string(200, ']');
  EXPECT_TRUE(ParseJson(ok).Ok());
}

TEST(ParseJsonTest, HugeNumbersSaturate) {
  JsonParseResult result = ParseJson("[1e999, -1e999, 1e-999]");
  ASSERT_TRUE(result.Ok()) << result.error;
  EXPECT_GT(result.value.array[0].number, 1e308);
  EXPECT_LT(result.value.array[1].number, -1e308);
}

TEST(ColumnAtTest, CountsCharactersNotBytes) {
  EXPECT_EQ(ColumnAt("abc", 0), 1u);
  EXPECT_EQ(ColumnAt("abc", 2), 3u);
  EXPECT_EQ(ColumnAt("\u00e9\u2019x", 5), 3u);  // two multibyte characters before 'x'
}

TEST(ReadJsonlTest, TextRecordWithAllFields) {
  JsonlResult result = ReadJsonl(
      R"({"url": "https://nhs.uk/a", "title": " Win ", "date": "2024-11-22T10:00:00Z", "text": "Line one.\r\nLine two.", "extra": [1]})",
      "news.jsonl");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_TRUE(result.skipped.empty());
  const Document& document = result.documents[0];
  EXPECT_EQ(document.source, "https://nhs.uk/a");
  EXPECT_EQ(document.title, "Win");
  EXPECT_EQ(document.date, "2024-11-22");
  EXPECT_EQ(document.text, "Line one.\nLine two.");
}

TEST(ReadJsonlTest, SourceFallsBackToPathAndLine) {
  JsonlResult result =
      ReadJsonl("\n{\"text\": \"a\"}\n\n{\"text\": \"b\", \"url\": null}\n", "x.jsonl");
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_EQ(result.documents[0].source, "x.jsonl:2");
  EXPECT_EQ(result.documents[1].source, "x.jsonl:4");
  EXPECT_EQ(result.documents[1].title, "");
}

TEST(ReadJsonlTest, HtmlRecordGoesThroughExtractor) {
  JsonlResult result = ReadJsonl(
      R"({"html": "<title>Page title | Site</title><nav>Menu</nav><p>Body &amp; soul.</p><meta name=\"date\" content=\"2023-01-02\">"})",
      "p.jsonl");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].title, "Page title");
  EXPECT_EQ(result.documents[0].date, "2023-01-02");
  EXPECT_EQ(result.documents[0].text, "Body & soul.");
}

TEST(ReadJsonlTest, RecordFieldsOverrideHtmlMetadata) {
  JsonlResult result = ReadJsonl(
      R"({"title": "Mine", "date": "2020-05-06", "html": "<title>Theirs</title><p>x</p>"})",
      "p.jsonl");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].title, "Mine");
  EXPECT_EQ(result.documents[0].date, "2020-05-06");
}

TEST(ReadJsonlTest, BadLinesAreSkippedWithLineAndColumn) {
  JsonlResult result = ReadJsonl(
      "{\"text\": \"good one\"}\n"
      "{\"text\": \"oops\",}\n"
      "[\"not an object\"]\n"
      "{\"title\": \"no body\"}\n"
      "{\"text\": 42}\n"
      "{\"text\": \"  \", \"html\": \"\"}\n"
      "{\"html\": \"<nav>only a menu</nav>\"}\n"
      "{\"text\": \"good two\"}\r\n",
      "feed.jsonl");
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_EQ(result.documents[0].text, "good one");
  EXPECT_EQ(result.documents[1].text, "good two");
  ASSERT_EQ(result.skipped.size(), 6u);
  EXPECT_EQ(result.skipped[0].source, "feed.jsonl:2");
  EXPECT_EQ(result.skipped[0].reason, "trailing comma before '}' at column 17");
  EXPECT_EQ(result.skipped[1].source, "feed.jsonl:3");
  EXPECT_EQ(result.skipped[1].reason, "expected a JSON object but found an array at column 1");
  EXPECT_EQ(result.skipped[2].reason, "no \"text\" or \"html\" field at column 1");
  EXPECT_EQ(result.skipped[3].reason, "\"text\" must be a string, not a number at column 10");
  EXPECT_EQ(result.skipped[4].reason, "\"text\" and \"html\" are empty at column 1");
  EXPECT_EQ(result.skipped[5].source, "feed.jsonl:7");
  EXPECT_EQ(result.skipped[5].reason, "no article text found in \"html\" at column 10");
}

TEST(ReadJsonlTest, ColumnCountsCharacters) {
  JsonlResult result = ReadJsonl("{\"title\": \"Caf\u00e9\", \"text\" \"x\"}", "c.jsonl");
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason, "expected ':' after object key but found '\"' at column 26");
}

TEST(ReadJsonlTest, InvalidDateIsDropped) {
  JsonlResult result = ReadJsonl(R"({"text": "x", "date": "sometime"})", "d.jsonl");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].date, "");
}

TEST(ReadJsonlTest, FixtureWithOneBadLine) {
  std::ifstream in(std::string(AWARDGRAPH_TEST_DATA_DIR) + "/readers/articles.jsonl");
  std::stringstream buffer;
  buffer << in.rdbuf();
  JsonlResult result = ReadJsonl(buffer.str(), "articles.jsonl");
  ASSERT_EQ(result.documents.size(), 3u);
  EXPECT_EQ(result.documents[0].source, "https://example.nhs.uk/news/1");
  EXPECT_EQ(result.documents[0].text, "Liverpool Women\u2019s won.\nSecond paragraph.");
  EXPECT_EQ(result.documents[1].source, "articles.jsonl:3");
  EXPECT_EQ(result.documents[1].title, "Page record");
  EXPECT_EQ(result.documents[1].date, "2023-06-22");
  EXPECT_EQ(result.documents[1].text, "The ICB was shortlisted.");
  EXPECT_EQ(result.documents[2].source, "articles.jsonl:5");
  EXPECT_EQ(result.documents[2].text, "A record without url or title. \U0001F3C6");
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].source, "articles.jsonl:4");
  EXPECT_EQ(result.skipped[0].reason, "unterminated string at column 36");
}

}  // namespace
}  // namespace awardgraph::loaders
