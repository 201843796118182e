// xml_text.h — text made safe for XML 1.0 documents.
//
// Defines SanitizeUtf8 (invalid UTF-8 byte sequences become U+FFFD) and
// EscapeXml (character data and attribute values). The SPARQL XML results
// writer and graph/'s GraphML export both use them, so every XML the tool
// writes is well-formed whatever the bytes of an article were.
//
// Example:
//   EscapeXml("A & B <C>")   // "A &amp; B &lt;C&gt;"
//   SanitizeUtf8("a\xFFb")   // "a\uFFFDb"
#ifndef AWARDGRAPH_QUERY_XML_TEXT_H_
#define AWARDGRAPH_QUERY_XML_TEXT_H_

#include <string>
#include <string_view>

namespace awardgraph::query {

/// `text` with every byte sequence that is not valid UTF-8 (stray
/// continuation bytes, truncated or overlong sequences, surrogates, code
/// points above U+10FFFF) replaced by U+FFFD, one per offending byte.
std::string SanitizeUtf8(std::string_view text);

/// `text` escaped for XML 1.0 character data and attribute values: & < > " '
/// as entities, CR as &#13;, invalid UTF-8 and the characters XML cannot carry
/// (controls other than tab and LF, U+FFFE, U+FFFF) as U+FFFD.
std::string EscapeXml(std::string_view text);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_XML_TEXT_H_
