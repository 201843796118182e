// Tests for query/xml_text.h: UTF-8 repair and XML escaping.
#include "query/xml_text.h"

#include <gtest/gtest.h>

#include <string>

namespace awardgraph::query {
namespace {

TEST(XmlTextTest, SanitizeUtf8KeepsValidTextAndReplacesBadBytes) {
  EXPECT_EQ(SanitizeUtf8("plain"), "plain");
  EXPECT_EQ(SanitizeUtf8("Sjögren Ω 🏥"), "Sjögren Ω 🏥");
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(SanitizeUtf8("a\xFF"
                         "b"),
            "a" + fffd + "b");                                             // never valid
  EXPECT_EQ(SanitizeUtf8("a\xC3"), "a" + fffd);                            // truncated
  EXPECT_EQ(SanitizeUtf8("\xC0\xAF"), fffd + fffd);                        // overlong '/'
  EXPECT_EQ(SanitizeUtf8("\xE0\x80\xAF"), fffd + fffd + fffd);             // overlong
  EXPECT_EQ(SanitizeUtf8("\xED\xA0\x80"), fffd + fffd + fffd);             // surrogate
  EXPECT_EQ(SanitizeUtf8("\xF4\x90\x80\x80"), fffd + fffd + fffd + fffd);  // > U+10FFFF
  EXPECT_EQ(SanitizeUtf8("\x80x"), fffd + "x");                            // stray continuation
}

TEST(XmlTextTest, EscapeXml) {
  EXPECT_EQ(EscapeXml(R"(a & b <c> "d" 'e')"), "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  EXPECT_EQ(EscapeXml("Sjögren — Ω 🏥"), "Sjögren — Ω 🏥");
  EXPECT_EQ(EscapeXml("tab\tline\ncr\r"), "tab\tline\ncr&#13;");
  EXPECT_EQ(EscapeXml(std::string("nul\0bel\x07", 8)),
            "nul\xEF\xBF\xBD"
            "bel\xEF\xBF\xBD");
  EXPECT_EQ(EscapeXml("\xEF\xBF\xBF"), "\xEF\xBF\xBD");  // U+FFFF
  EXPECT_EQ(EscapeXml("\xEF\xBF\xBD"), "\xEF\xBF\xBD");  // U+FFFD itself stays
  EXPECT_EQ(EscapeXml("&amp;"), "&amp;amp;");            // no double-unescaping
}

}  // namespace
}  // namespace awardgraph::query
