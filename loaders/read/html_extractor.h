// html_extractor.h — the article inside a saved news web page.
//
// Defines HtmlArticle and ExtractHtmlArticle(), which parses a page with gumbo
// (the HTML5 parsing algorithm, so malformed markup reads as browsers read it)
// and returns its headline, publication date and the article body as plain
// text: navigation, cookie banners, share buttons, related posts, comment
// forms, footers and scripts are left out. Also exposes an entity decoder and
// the date normaliser it uses.
//
// Example:
//   HtmlArticle page = ExtractHtmlArticle(
//       "<title>Trust wins | NHS</title><nav>Home</nav>"
//       "<article><p>The trust won&nbsp;gold.</p><p>Staff cheered.</p></article>");
//   // page.title == "Trust wins", page.date == "",
//   // page.text == "The trust won gold.\n\nStaff cheered."
#ifndef AWARDGRAPH_LOADERS_HTML_EXTRACTOR_H_
#define AWARDGRAPH_LOADERS_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>

namespace awardgraph::loaders {

/// What ExtractHtmlArticle() finds in a page. Any field may be empty.
struct HtmlArticle {
  /// The headline: og:title or <meta name="title">, else the article's <h1>,
  /// else <title> without a trailing " | Site name".
  std::string title;
  /// Publication date "YYYY-MM-DD" from the page's metadata, or empty.
  std::string date;
  /// The article body: paragraphs separated by "\n\n", whitespace inside a
  /// paragraph collapsed to single spaces, entities decoded.
  std::string text;
};

/// Extracts title, date and body text from an HTML page given as UTF-8.
/// Never throws on bad markup and runs in time roughly linear in its input:
/// elements nested deeper than 512 levels are opened one level up instead
/// (as Chrome does), which keeps their text.
HtmlArticle ExtractHtmlArticle(std::string_view html);

/// Replaces HTML character references (named ones such as &amp; &nbsp;
/// &rsquo; &pound;, decimal &#8217; and hex &#x2019;) with their UTF-8
/// characters, by the HTML5 rules (gumbo reads `text` as the content of a
/// <textarea>): the legacy names such as &amp and &copy also work without
/// their ';'. Unknown or malformed references are left as written.
std::string DecodeHtmlEntities(std::string_view text);

/// Turns a date as found in page metadata ("2024-11-22T09:30:00+00:00",
/// "2024/11/22", "Fri, 22 Nov 2024 09:30:00 GMT", "22 November 2024",
/// "November 22, 2024") into "YYYY-MM-DD". Returns "" for anything that is
/// not a valid calendar date.
std::string NormalizeDate(std::string_view value);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_HTML_EXTRACTOR_H_
