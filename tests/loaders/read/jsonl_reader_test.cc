// Tests for jsonl_reader.h: strict JSON (nlohmann/json) with error positions,
// and JSON Lines records.
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
  const nlohmann::json& value = result.value;
  ASSERT_TRUE(value.is_object());
  EXPECT_EQ(value["s"], "x");
  EXPECT_DOUBLE_EQ(value["n"].get<double>(), -125.0);
  EXPECT_DOUBLE_EQ(value["z"].get<double>(), 0.0);
  EXPECT_EQ(value["t"], true);
  EXPECT_TRUE(value["f"].is_boolean());
  EXPECT_EQ(value["f"], false);
  EXPECT_TRUE(value["nul"].is_null());
  ASSERT_EQ(value["a"].size(), 3u);
  EXPECT_TRUE(value["a"][1].is_array());
  EXPECT_EQ(value["o"]["k"], "v");
  EXPECT_FALSE(value.contains("missing"));
}

TEST(ParseJsonTest, StringEscapes) {
  JsonParseResult result =
      ParseJson(R"("q\" b\\ s\/ \b\f\n\r\t \u00e9 \u2019 \ud83c\udfc6 \u0041")");
  ASSERT_TRUE(result.Ok()) << result.error;
  EXPECT_EQ(result.value, "q\" b\\ s/ \b\f\n\r\t \u00e9 \u2019 \U0001F3C6 A");
}

TEST(ParseJsonTest, RawUtf8InStrings) {
  JsonParseResult result = ParseJson("\"Women\u2019s \u00a35\"");
  ASSERT_TRUE(result.Ok());
  EXPECT_EQ(result.value, "Women\u2019s \u00a35");
}

TEST(ParseJsonTest, LastDuplicateKeyWins) {
  JsonParseResult result = ParseJson(R"({"a": 1, "a": 2})");
  ASSERT_TRUE(result.Ok());
  EXPECT_EQ(result.value["a"], 2);
  EXPECT_EQ(result.member_offsets.at("a"), 14u);  // the offset of the last one
}

TEST(ParseJsonTest, MemberOffsetsPointAtTopLevelValues) {
  const std::string json = R"( { "title" :  "x", "n": {"inner": 1}, "s":"y"} )";
  JsonParseResult result = ParseJson(json);
  ASSERT_TRUE(result.Ok()) << result.error;
  ASSERT_EQ(result.member_offsets.size(), 3u);  // nested keys are not recorded
  EXPECT_EQ(json.substr(result.member_offsets.at("title"), 3), "\"x\"");
  EXPECT_EQ(json.substr(result.member_offsets.at("n"), 9), "{\"inner\":");
  EXPECT_EQ(json.substr(result.member_offsets.at("s"), 3), "\"y\"");
}

// Each malformed input is rejected with nlohmann/json's reason, at the byte
// where the offending token ends.
TEST(ParseJsonTest, RejectsNonStrictJson) {
  struct Case {
    std::string json;
    std::string reason;  // a part of the message
    std::size_t offset;
  };
  const Case cases[] = {
      {R"({"a": 1,})", "trailing comma before '}'", 8},
      {"[1,\n ]", "trailing comma before ']'", 5},
      {"{,}", "unexpected ','", 1},
      {"{'a': 1}", "invalid literal", 1},
      {R"({"a" 1})", "expected ':'", 5},
      {R"({"a": 01})", "unexpected number literal; expected '}'", 7},  // leading zero
      {"1.", "expected digit after '.'", 2},
      {"-", "expected digit after '-'", 1},
      {"1e", "digit after exponent", 2},
      {"NaN", "invalid literal", 0},
      {"tru", "invalid literal", 3},
      {R"("abc)", "missing closing quote", 4},
      {R"("a\qb")", "forbidden character after backslash", 3},
      {R"("\u12G4")", "'\\u' must be followed by 4 hex digits", 5},
      {R"("\ud83c")", "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 7},
      {R"("\udfc6")", "surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF", 6},
      {"\"a\tb\"", "control character U+0009 (HT) must be escaped", 2},
      {"{} x", "expected end of input", 3},
      {"", "unexpected end of input", 0},
      {"[1 2]", "unexpected number literal; expected ']'", 3},
      {"{\"a\": 1", "unexpected end of input; expected '}'", 7},
      {"\"\xC3\"", "ill-formed UTF-8 byte", 2},
      {R"({"a": [1, 2,, 3]})", "unexpected ','", 12},
  };
  for (const Case& c : cases) {
    const JsonParseResult result = ParseJson(c.json);
    EXPECT_FALSE(result.Ok()) << c.json;
    EXPECT_NE(result.error.find(c.reason), std::string::npos) << c.json << ": " << result.error;
    EXPECT_EQ(result.error.find("json.exception"), std::string::npos) << result.error;
    EXPECT_EQ(result.error_offset, c.offset) << c.json << ": " << result.error;
    EXPECT_TRUE(result.value.is_null());
  }
}

TEST(ParseJsonTest, MessagesStayShortAndValidUtf8) {
  // An unterminated 1 MB string is quoted by its first 40 bytes only.
  const std::string long_string = "\"" + std::string(1000000, 'x');
  const std::string error = ErrorOf(long_string);
  EXPECT_NE(error.find("missing closing quote"), std::string::npos) << error;
  EXPECT_LT(error.size(), 200u);
  EXPECT_NE(error.find("x...'"), std::string::npos) << error;
  // An ill-formed byte is not copied into the message.
  EXPECT_EQ(ErrorOf("\"\xC3\""),
            "syntax error while parsing value - invalid string: "
            "ill-formed UTF-8 byte");
}

TEST(ParseJsonTest, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  const JsonParseResult result = ParseJson(deep);
  EXPECT_EQ(result.error, "JSON nested too deeply");
  EXPECT_EQ(result.error_offset, 256u);  // the 257th '['
  std::string ok(200, '[');
  ok += std::string(200, ']');
  EXPECT_TRUE(ParseJson(ok).Ok());
}

TEST(ParseJsonTest, HugeNumbersAreAnErrorAtTheirPlace) {
  // A double cannot hold 1e999; nlohmann/json refuses it rather than
  // saturating to infinity. Tiny numbers underflow to zero.
  JsonParseResult result = ParseJson("[1, 1e999]");
  EXPECT_EQ(result.error, "number overflow parsing '1e999'");
  EXPECT_EQ(result.error_offset, 8u);  // the last byte of 1e999
  result = ParseJson("[1e-999, 12345678901234567890123]");
  ASSERT_TRUE(result.Ok()) << result.error;
  EXPECT_EQ(result.value[0].get<double>(), 0.0);
  EXPECT_GT(result.value[1].get<double>(), 1e22);
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

TEST(ReadJsonlTest, FieldErrorsPointAtTheFieldAfterSpacesAndOtherFields) {
  JsonlResult result = ReadJsonl("  {\"title\": \"Caf\u00e9\", \"text\" :  7}", "f.jsonl");
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason, "\"text\" must be a string, not a number at column 31");
  result = ReadJsonl(" 42", "g.jsonl");
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason, "expected a JSON object but found a number at column 2");
}

TEST(ReadJsonlTest, ColumnCountsCharacters) {
  JsonlResult result = ReadJsonl("{\"title\": \"Caf\u00e9\", \"text\" \"x\"}", "c.jsonl");
  ASSERT_EQ(result.skipped.size(), 1u);
  // The unexpected token "x" ends at byte 28, character 28 (\u00e9 is two bytes).
  EXPECT_EQ(result.skipped[0].reason,
            "syntax error while parsing object separator - unexpected string literal; "
            "expected ':' at column 28");
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
  EXPECT_EQ(result.skipped[0].reason,
            "syntax error while parsing value - invalid string: missing closing quote; last "
            "read: '\"missing quote}' at column 51");
}

}  // namespace
}  // namespace awardgraph::loaders
