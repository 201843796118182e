// Tests for text_decoding.h: encodings, BOMs, binary and empty input, newlines.
#include "loaders/read/text_decoding.h"

#include <gtest/gtest.h>

#include <string>

namespace awardgraph::loaders {
namespace {

using namespace std::string_literals;

TEST(DecodeTextTest, ValidUtf8PassesThroughUnchanged) {
  const std::string text = "Liverpool Women\u2019s won \u2013 \u00a35k, \U0001F3C6 trophy\n";
  DecodedText decoded = DecodeText(text);
  ASSERT_TRUE(decoded.Ok()) << decoded.error;
  EXPECT_EQ(decoded.text, text);
  EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(DecodeTextTest, StripsUtf8Bom) {
  DecodedText decoded = DecodeText("\xEF\xBB\xBFTrust wins award\n");
  ASSERT_TRUE(decoded.Ok());
  EXPECT_EQ(decoded.text, "Trust wins award\n");
}

TEST(DecodeTextTest, NormalisesCrlfAndCrToLf) {
  DecodedText decoded = DecodeText("one\r\ntwo\rthree\n\r\nfour");
  ASSERT_TRUE(decoded.Ok());
  EXPECT_EQ(decoded.text, "one\ntwo\nthree\n\nfour");
}

TEST(DecodeTextTest, ConvertsLatin1ToUtf8) {
  DecodedText decoded = DecodeText(
      "Caf\xE9 in S\xE3o Paulo, \xA3"
      "5 prize");
  ASSERT_TRUE(decoded.Ok()) << decoded.error;
  EXPECT_EQ(decoded.text, "Caf\u00e9 in S\u00e3o Paulo, \u00a35 prize");
  EXPECT_EQ(decoded.encoding, "Windows-1252");
}

TEST(DecodeTextTest, MapsWindows1252PunctuationRange) {
  // 0x80 euro, 0x91/0x92 single quotes, 0x93/0x94 double quotes, 0x96 en
  // dash, 0x97 em dash, 0x85 ellipsis.
  DecodedText decoded = DecodeText(
      "\x93Winner\x94 \x96 Women\x92s \x91team\x92 \x97 \x80"
      "10 prize\x85");
  ASSERT_TRUE(decoded.Ok()) << decoded.error;
  EXPECT_EQ(decoded.text,
            "\u201cWinner\u201d \u2013 Women\u2019s \u2018team\u2019 \u2014 \u20ac10 prize\u2026");
}

TEST(DecodeTextTest, KeepsUtf8SequencesInMixedFile) {
  // A UTF-8 file into which a Windows editor pasted a cp1252 apostrophe.
  DecodedText decoded = DecodeText("Caf\xC3\xA9 team\x92s award");
  ASSERT_TRUE(decoded.Ok()) << decoded.error;
  EXPECT_EQ(decoded.text, "Caf\u00e9 team\u2019s award");
  EXPECT_EQ(decoded.encoding, "UTF-8 with Windows-1252 bytes");
}

TEST(DecodeTextTest, RejectsOverlongAndSurrogateUtf8AsUtf8) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));          // truncated
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x8F\x86"));
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(DecodeTextTest, NulBytesMeanBinary) {
  DecodedText decoded = DecodeText("PK\x03\x04\0\0\x08\0text after"s);
  EXPECT_FALSE(decoded.Ok());
  EXPECT_EQ(decoded.error, "binary file");
  EXPECT_TRUE(decoded.text.empty());
}

TEST(DecodeTextTest, ManyControlCharactersMeanBinary) {
  std::string bytes = "abc";
  for (int i = 0; i < 10; ++i) bytes += "\x01\x02\x1B";
  EXPECT_EQ(DecodeText(bytes).error, "binary file");
}

TEST(DecodeTextTest, AFewControlCharactersAreTolerated) {
  std::string bytes(200, 'a');
  bytes[50] = '\x0C';  // form feed is whitespace
  bytes[60] = '\x1B';
  DecodedText decoded = DecodeText(bytes);
  ASSERT_TRUE(decoded.Ok());
  EXPECT_EQ(decoded.text, bytes);
}

TEST(DecodeTextTest, EmptyAndWhitespaceOnlyInput) {
  EXPECT_EQ(DecodeText("").error, "empty file");
  EXPECT_EQ(DecodeText(" \n\t\r\n  ").error, "empty file");
  EXPECT_EQ(DecodeText("\xEF\xBB\xBF").error, "empty file");
  EXPECT_EQ(DecodeText("\xC2\xA0\n").error, "empty file");
}

TEST(DecodeTextTest, DecodesUtf16WithBom) {
  DecodedText little = DecodeText(
      "\xFF\xFE"
      "A\0\x19\x20s\0"s);
  ASSERT_TRUE(little.Ok()) << little.error;
  EXPECT_EQ(little.text, "A\u2019s");
  EXPECT_EQ(little.encoding, "UTF-16LE");
  DecodedText big = DecodeText("\xFE\xFF\xD8\x3C\xDF\xC6\0\r\0\n\0x"s);
  ASSERT_TRUE(big.Ok()) << big.error;
  EXPECT_EQ(big.text, "\U0001F3C6\nx");
  EXPECT_EQ(DecodeText("\xFF\xFE\x00\xD8"s).error, "invalid UTF-16 text");
}

TEST(DecodeTextTest, RejectsUndefinedWindows1252Bytes) {
  DecodedText decoded = DecodeText("abc\x81 def");
  EXPECT_FALSE(decoded.Ok());
  EXPECT_NE(decoded.error.find("not UTF-8 or Windows-1252"), std::string::npos);
}

TEST(DecodeTextTest, RejectsTextDominatedByHighBytes) {
  // KOI8-R / cp1251 Cyrillic: nearly every byte is high.
  DecodedText decoded = DecodeText("\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0 \xE8 \xE4\xF0\xF3\xE3");
  EXPECT_FALSE(decoded.Ok());
  EXPECT_NE(decoded.error.find("mostly non-ASCII"), std::string::npos);
}

TEST(NormalizeNewlinesTest, LeavesOtherCharactersAlone) {
  EXPECT_EQ(NormalizeNewlines("a\r\r\nb\t\n"), "a\n\nb\t\n");
  EXPECT_EQ(NormalizeNewlines("\r"), "\n");
}

TEST(AppendUtf8Test, EncodesAllLengthsAndReplacesInvalid) {
  std::string out;
  AppendUtf8(U'A', out);
  AppendUtf8(0xE9, out);
  AppendUtf8(0x20AC, out);
  AppendUtf8(0x1F3C6, out);
  AppendUtf8(0xD800, out);
  AppendUtf8(0x110000, out);
  EXPECT_EQ(out, "A\u00e9\u20ac\U0001F3C6\uFFFD\uFFFD");
}

}  // namespace
}  // namespace awardgraph::loaders
