// Tests for html_extractor.h: body selection, clutter removal, text layout,
// entities, title and date, malformed markup as browsers (and gumbo, the
// HTML5 parser underneath) read it, and large or deeply nested inputs.
#include "loaders/read/html_extractor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

namespace awardgraph::loaders {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(AWARDGRAPH_TEST_DATA_DIR) + "/readers/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string BodyOf(const std::string& html) { return ExtractHtmlArticle(html).text; }

// --- Entities ---------------------------------------------------------------

TEST(DecodeHtmlEntitiesTest, NamedEntities) {
  EXPECT_EQ(DecodeHtmlEntities("A&amp;E &lt;b&gt; &quot;x&quot; &apos;y&apos;"),
            "A&E <b> \"x\" 'y'");
  EXPECT_EQ(DecodeHtmlEntities("Women&rsquo;s &ndash; &mdash; &pound;5 &euro;3 &hellip;"),
            "Women\u2019s \u2013 \u2014 \u00a35 \u20ac3 \u2026");
  EXPECT_EQ(DecodeHtmlEntities("a&nbsp;b &ldquo;q&rdquo; &eacute;&Eacute; &copy;"),
            "a\u00a0b \u201cq\u201d \u00e9\u00c9 \u00a9");
}

TEST(DecodeHtmlEntitiesTest, NumericEntities) {
  EXPECT_EQ(DecodeHtmlEntities("&#8217;&#x2019;&#X2019;&#38;&#x1F3C6;"),
            "\u2019\u2019\u2019&\U0001F3C6");
  // &#150; and friends mean Windows-1252 characters, as browsers read them.
  EXPECT_EQ(DecodeHtmlEntities("&#150;&#146;&#128;"), "\u2013\u2019\u20ac");
  // NUL, surrogates and out-of-range values become U+FFFD.
  EXPECT_EQ(DecodeHtmlEntities("&#0;&#xD800;&#x110000;&#99999999999;"), "\uFFFD\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(DecodeHtmlEntities("&#38 x"), "& x");  // semicolon is optional
}

TEST(DecodeHtmlEntitiesTest, LeavesUnknownAndMalformedReferencesAlone) {
  EXPECT_EQ(DecodeHtmlEntities("R&D &foo; & &# &#x; &;"), "R&D &foo; & &# &#x; &;");
  EXPECT_EQ(DecodeHtmlEntities("Q&A&amp"), "Q&A&");   // legacy reference without ';'
  EXPECT_EQ(DecodeHtmlEntities("&rsquo"), "&rsquo");  // needs its ';'
  EXPECT_EQ(DecodeHtmlEntities("&"), "&");
}

// --- Dates ------------------------------------------------------------------

TEST(NormalizeDateTest, IsoAndWrittenForms) {
  EXPECT_EQ(NormalizeDate("2024-11-22"), "2024-11-22");
  EXPECT_EQ(NormalizeDate(" 2024-11-22T09:30:00+00:00 "), "2024-11-22");
  EXPECT_EQ(NormalizeDate("2024/1/5"), "2024-01-05");
  EXPECT_EQ(NormalizeDate("20240229"), "2024-02-29");
  EXPECT_EQ(NormalizeDate("Fri, 22 Nov 2024 09:30:00 GMT"), "2024-11-22");
  EXPECT_EQ(NormalizeDate("22 November 2024"), "2024-11-22");
  EXPECT_EQ(NormalizeDate("November 22nd, 2024"), "2024-11-22");
  EXPECT_EQ(NormalizeDate("3 Sept 2023"), "2023-09-03");
}

TEST(NormalizeDateTest, RejectsImpossibleDates) {
  EXPECT_EQ(NormalizeDate("2023-02-29"), "");
  EXPECT_EQ(NormalizeDate("2024-13-01"), "");
  EXPECT_EQ(NormalizeDate("2024-04-31"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("22/11/2024"), "");  // ambiguous day/month order
  EXPECT_EQ(NormalizeDate("November 2024"), "");
}

TEST(HtmlDateTest, PublishedTimeMetaComesFirst) {
  HtmlArticle page = ExtractHtmlArticle(
      "<meta name=\"date\" content=\"2020-01-01\">"
      "<meta property=\"article:published_time\" content=\"2024-11-22T09:00:00Z\">"
      "<p>Body.</p>");
  EXPECT_EQ(page.date, "2024-11-22");
}

TEST(HtmlDateTest, JsonLdDatePublished) {
  HtmlArticle page = ExtractHtmlArticle(
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"dateModified\":\"2024-12-01\",\"datePublished\": \"2024-11-21T18:00:00Z\"}</script>"
      "<p>Body.</p>");
  EXPECT_EQ(page.date, "2024-11-21");
}

TEST(HtmlDateTest, MetaNameDate) {
  EXPECT_EQ(ExtractHtmlArticle("<META NAME=Date CONTENT=2023-06-22><p>x</p>").date, "2023-06-22");
  EXPECT_EQ(
      ExtractHtmlArticle("<meta name=\"DC.date.issued\" content=\"2022-03-04\"><p>x</p>").date,
      "2022-03-04");
}

TEST(HtmlDateTest, TimeElementInArticleNotInRelatedPosts) {
  HtmlArticle page = ExtractHtmlArticle(
      "<article><header><h1>Win</h1><time datetime=\"2024-05-02T10:00\">2 May</time></header>"
      "<p>The team won a prize.</p></article>"
      "<div class=\"related-posts\"><article><time datetime=\"2024-01-01\">1 Jan</time>"
      "<p>x</p></article></div>");
  EXPECT_EQ(page.date, "2024-05-02");
  HtmlArticle teaser_only = ExtractHtmlArticle(
      "<article><p>The team won a prize at the ceremony.</p></article>"
      "<div class=\"related-posts\"><time datetime=\"2024-01-01\">1 Jan</time></div>");
  EXPECT_EQ(teaser_only.date, "");
}

TEST(HtmlDateTest, InvalidMetadataDateIsIgnored) {
  HtmlArticle page = ExtractHtmlArticle(
      "<meta property=\"article:published_time\" content=\"2024-02-30\">"
      "<meta name=\"date\" content=\"2024-02-28\"><p>Body.</p>");
  EXPECT_EQ(page.date, "2024-02-28");
}

// --- Titles -----------------------------------------------------------------

TEST(HtmlTitleTest, PrefersOgTitle) {
  HtmlArticle page = ExtractHtmlArticle(
      "<title>Page | Site</title><meta property=\"og:title\" content=\"Trust &amp; ICB win\">"
      "<article><h1>Heading</h1><p>Body.</p></article>");
  EXPECT_EQ(page.title, "Trust & ICB win");
}

TEST(HtmlTitleTest, MetaNameTitle) {
  HtmlArticle page = ExtractHtmlArticle(
      "<title>Page | Site</title><meta name=\"title\" content=\"  Meta   title \">"
      "<article><h1>Heading</h1><p>Body.</p></article>");
  EXPECT_EQ(page.title, "Meta title");
}

TEST(HtmlTitleTest, ArticleHeadingBeforeTitleElement) {
  HtmlArticle page = ExtractHtmlArticle(
      "<title>Page | Site</title><header><h1>Site logo</h1></header>"
      "<article><h1>Nurse of the <em>Year</em></h1><p>Body text here.</p></article>");
  EXPECT_EQ(page.title, "Nurse of the Year");
}

TEST(HtmlTitleTest, TitleElementWithoutSiteSuffix) {
  EXPECT_EQ(ExtractHtmlArticle("<title>Trust wins award | NHS Trust</title><p>x</p>").title,
            "Trust wins award");
  EXPECT_EQ(ExtractHtmlArticle("<title>A | B | Site</title><p>x</p>").title, "A | B");
  // A dash is only taken for a separator when what follows is the site name.
  EXPECT_EQ(ExtractHtmlArticle("<meta property=\"og:site_name\" content=\"NHS Kent\">"
                               "<title>Award win \u2013 NHS Kent</title><p>x</p>")
                .title,
            "Award win");
  EXPECT_EQ(ExtractHtmlArticle("<title>Award win - twice</title><p>x</p>").title,
            "Award win - twice");
  EXPECT_EQ(ExtractHtmlArticle("<title>R&amp;D &lt;wins&gt;</title><p>x</p>").title, "R&D <wins>");
}

// --- Body selection and clutter ----------------------------------------------

TEST(HtmlBodyTest, KeepsArticleDropsPageFurniture) {
  const std::string html =
      "<html><body>"
      "<a href=\"#main\" class=\"skip\">Skip to content</a>"
      "<header><nav><ul><li>Home</li><li>News</li></ul></nav></header>"
      "<div class=\"cookie-notice\"><p>We use cookies on this site to improve it.</p></div>"
      "<main><article><h1>Win</h1><p>First paragraph of the article.</p>"
      "<p>Second paragraph.</p></article></main>"
      "<aside><p>Popular stories from elsewhere on the site.</p></aside>"
      "<footer><p>Copyright 2024 Trust</p></footer>"
      "<script>var x = '<p>no</p>';</script><style>p{color:red}</style>"
      "<noscript><p>Enable JavaScript</p></noscript>"
      "</body></html>";
  // The <h1> is the title, so it is not repeated at the top of the text.
  EXPECT_EQ(ExtractHtmlArticle(html).title, "Win");
  EXPECT_EQ(BodyOf(html), "First paragraph of the article.\n\nSecond paragraph.");
}

TEST(HtmlBodyTest, DropsClutterByClassIdRoleAndAriaLabel) {
  const std::string html =
      "<article>"
      "<p>Kept paragraph one.</p>"
      "<div class=\"social-share\"><p>Share on Facebook</p></div>"
      "<div id=\"newsletter\"><p>Sign up to our newsletter</p></div>"
      "<div role=\"navigation\"><p>Previous post</p></div>"
      "<div aria-label=\"Breadcrumb\"><p>Home News</p></div>"
      "<div class=\"ad-slot\"><p>Advertisement</p></div>"
      "<div class=\"more-to-explore\"><p>Other news</p></div>"
      "<section class=\"comments\"><p>Great news! - Bob</p></section>"
      "<form><p>Leave your details</p></form>"
      "<button>Print</button>"
      "<svg><text>icon</text></svg>"
      "<!-- <p>commented out</p> -->"
      "<p>Kept paragraph two.</p>"
      "</article>";
  EXPECT_EQ(BodyOf(html), "Kept paragraph one.\n\nKept paragraph two.");
}

TEST(HtmlBodyTest, ClassWordsMatchWholeWordsOnly) {
  // "shared", "loader", "canvas-like" and "header-image" words are not clutter words.
  const std::string html =
      "<article><div class=\"shared-care-record\"><p>Shared care record text.</p></div>"
      "<div class=\"download-box\"><p>Download text.</p></div>"
      "<div class=\"navy-theme\"><p>Navy text.</p></div></article>";
  EXPECT_EQ(BodyOf(html), "Shared care record text.\n\nDownload text.\n\nNavy text.");
}

TEST(HtmlBodyTest, PageWideWrapperClassesDoNotHideTheArticle) {
  const std::string html =
      "<body class=\"has-sidebar nav-open\"><div class=\"layout with-sidebar\">"
      "<div class=\"content\"><p>The article paragraph that matters.</p>"
      "<p>And a second one.</p></div></div></body>";
  EXPECT_EQ(BodyOf(html), "The article paragraph that matters.\n\nAnd a second one.");
}

TEST(HtmlBodyTest, TaxonomyClassesAndSocialCareAreNotClutter) {
  const std::string html =
      "<body class=\"single tag-comments\"><article class=\"post type-post "
      "category-health-and-social-care tag-related-news\">"
      "<div class=\"social-care-update\"><p>The social care team won.</p></div>"
      "<ul class=\"social-links\"><li>Facebook</li></ul>"
      "<p>The ICB was shortlisted too.</p></article></body>";
  EXPECT_EQ(BodyOf(html), "The social care team won.\n\nThe ICB was shortlisted too.");
}

TEST(HtmlBodyTest, WeakClutterWrapperHoldingTheTextIsKept) {
  const std::string html =
      "<main><form id=\"aspnetForm\"><div class=\"content-sidebar-wrap\">"
      "<p>Paragraph one is long enough to count.</p><p>Paragraph two as well.</p>"
      "<div class=\"sidebar\"><p>Sidebar blurb.</p></div></div></form></main>";
  EXPECT_EQ(BodyOf(html), "Paragraph one is long enough to count.\n\nParagraph two as well.");
}

TEST(HtmlBodyTest, PicksElementWithMostParagraphTextWithoutArticleOrMain) {
  const std::string html =
      "<div id=\"top\"><p>Short promo.</p></div>"
      "<div id=\"story\"><div class=\"inner\">"
      "<p>The first long paragraph of the story, describing the award in detail.</p>"
      "<p>The second long paragraph of the story, quoting the chief executive.</p>"
      "</div></div>"
      "<div id=\"bottom\"><p>Another short bit.</p></div>";
  EXPECT_EQ(BodyOf(html),
            "The first long paragraph of the story, describing the award in detail.\n\n"
            "The second long paragraph of the story, quoting the chief executive.");
}

TEST(HtmlBodyTest, LargestArticleWinsOverTeasers) {
  const std::string html =
      "<article><p>Teaser one.</p></article>"
      "<article><p>The real article has much more paragraph text than any teaser.</p>"
      "<p>Indeed it has two paragraphs.</p></article>"
      "<article><p>Teaser two.</p></article>";
  EXPECT_EQ(BodyOf(html),
            "The real article has much more paragraph text than any teaser.\n\n"
            "Indeed it has two paragraphs.");
}

TEST(HtmlBodyTest, AspNetFormAroundWholePageIsNotClutter) {
  const std::string html =
      "<body><form id=\"aspnetForm\" action=\"/news.aspx\"><div class=\"page\">"
      "<div class=\"article-body\"><p>The ICB won the award for its digital work.</p></div>"
      "</div></form></body>";
  EXPECT_EQ(BodyOf(html), "The ICB won the award for its digital work.");
}

TEST(HtmlBodyTest, DropsSkipLinksAndFurnitureHeadings) {
  const std::string html =
      "<article><a href=\"#c\">Skip to main content</a>"
      "<p>Real text.</p><h3>Share this post</h3><p>More real text.</p>"
      "<h2>More To Explore</h2><p>Teaser without any class markers.</p></article>";
  EXPECT_EQ(BodyOf(html), "Real text.\n\nMore real text.");
}

TEST(HtmlBodyTest, FallsBackToBodyWithoutParagraphs) {
  EXPECT_EQ(BodyOf("<body><div>Only a div of text.</div><nav>menu</nav></body>"),
            "Only a div of text.");
  EXPECT_EQ(BodyOf("Just text, no tags at all."), "Just text, no tags at all.");
  EXPECT_EQ(BodyOf(""), "");
  EXPECT_EQ(BodyOf("<html><head><title>T</title></head><body></body></html>"), "");
}

// --- Text layout ------------------------------------------------------------

TEST(HtmlTextTest, BlockElementsBecomeParagraphs) {
  const std::string html =
      "<article><h2>Heading</h2><p>One</p><div>Two</div><blockquote>Three</blockquote>"
      "<ul><li>Item <b>one</b></li><li>Item two</li></ul>Line<br>break<br/>"
      "<table><tr><td>Cell A</td><td>Cell B</td></tr><tr><td>Cell C</td></tr></table>"
      "<section>Four</section></article>";
  EXPECT_EQ(BodyOf(html),
            "Heading\n\nOne\n\nTwo\n\nThree\n\nItem one\n\nItem two\n\nLine\n\nbreak\n\n"
            "Cell A Cell B\n\nCell C\n\nFour");
}

TEST(HtmlTextTest, CollapsesWhitespaceButNotAcrossInlineTags) {
  const std::string html =
      "<p>  The \n\t trust&nbsp;&nbsp;won   <b>gold</b>,\n <i>N</i>H<i>S</i> said.  </p>";
  EXPECT_EQ(BodyOf(html), "The trust won gold, NHS said.");
}

TEST(HtmlTextTest, KeepsUnicodeVerbatim) {
  EXPECT_EQ(BodyOf("<p>Women\u2019s \u201cScouse School\u201d \u2013 \u00a35k</p>"),
            "Women\u2019s \u201cScouse School\u201d \u2013 \u00a35k");
}

// --- Malformed markup ---------------------------------------------------------

TEST(HtmlMalformedTest, UnclosedParagraphsAndListItems) {
  EXPECT_EQ(BodyOf("<article><p>One<p>Two<ul><li>A<li>B</ul><p>Three</article>"),
            "One\n\nTwo\n\nA\n\nB\n\nThree");
}

TEST(HtmlMalformedTest, StrayLessThanAndUnquotedAttributes) {
  // "</ " opens a bogus comment in HTML5: browsers show nothing of "</ P>".
  EXPECT_EQ(BodyOf("<P CLASS=intro>Waits fell < 4 hours & 3<5 </ P>"),
            "Waits fell < 4 hours & 3<5");
  EXPECT_EQ(BodyOf("<DIV Class=Story><p id=x data-a=1>Upper case tags</P></DIV>"),
            "Upper case tags");
}

TEST(HtmlMalformedTest, CdataAndCommentsAndDoctype) {
  // Outside SVG and MathML, "<![CDATA[" opens a bogus comment that ends at
  // the first '>', as in browsers.
  EXPECT_EQ(BodyOf("<!DOCTYPE html><?xml version=\"1.0\"?><p>A<![CDATA[ & <b>B</b> ]]>C</p>"),
            "AB ]]>C");
  EXPECT_EQ(BodyOf("<p>Before</p><!-- never closed <p>after</p>"), "Before");
}

TEST(HtmlMalformedTest, UnterminatedTagsAndQuotes) {
  EXPECT_EQ(BodyOf("<p>Text</p><div class=\"x"), "Text");
  // An unterminated quoted value runs to the end of the file, and a tag cut
  // off by the end of the file is dropped: browsers show only "Text".
  EXPECT_EQ(BodyOf("<p>Text</p><a href=\"oops>Link text</a><p>More</p>"), "Text");
  EXPECT_EQ(BodyOf("<p>Text</p><script>never closed <p>hidden</p>"), "Text");
  EXPECT_EQ(BodyOf("<p>Text <"), "Text <");
}

TEST(HtmlMalformedTest, StrayEndTagsAreIgnored) {
  EXPECT_EQ(BodyOf("</div></span><p>One</b></i> two</p></article><p>Three</p>"),
            "One two\n\nThree");
}

TEST(HtmlMalformedTest, SelfClosingScriptSwallowsThePageAsInBrowsers) {
  // HTML ignores "/>" on non-void elements: the rest is script, not text.
  EXPECT_EQ(BodyOf("<script src=\"a.js\"/><p>Hidden</p>"), "");
  EXPECT_EQ(BodyOf("<script src=\"a.js\"></script><p>Visible</p>"), "Visible");
}

TEST(HtmlMalformedTest, DeepNestingDoesNotCrash) {
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "<div><span>";
  html += "<p>Deep text.</p>";
  HtmlArticle page = ExtractHtmlArticle(html);
  EXPECT_NE(page.text.find("Deep text."), std::string::npos);
}

TEST(HtmlMalformedTest, ManyUnmatchedEndTagsStayFast) {
  std::string html;
  for (int i = 0; i < 2000; ++i) html += "<div>";
  for (int i = 0; i < 200000; ++i) html += "</span><b>x";
  const auto start = std::chrono::steady_clock::now();
  ExtractHtmlArticle(html);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(HtmlMalformedTest, FiveMegabytePageIsFast) {
  std::string html = "<html><head><title>Big | Site</title></head><body>";
  const std::string block =
      "<div class=\"post\"><p>The trust&rsquo;s team won <a href=\"/x\">an award</a> for "
      "<b>care</b> &amp; innovation.</p><ul><li>Item</li></ul><span>x</span></div>\n";
  while (html.size() < std::size_t{5} * 1024 * 1024) html += block;
  html += "</body></html>";
  const auto start = std::chrono::steady_clock::now();
  HtmlArticle page = ExtractHtmlArticle(html);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(page.title, "Big");
  EXPECT_GT(page.text.size(), 1000000u);
  EXPECT_LT(elapsed, std::chrono::seconds(10));
}

TEST(HtmlMalformedTest, GarbageBytesNeverCrash) {
  std::string html;
  unsigned state = 12345;
  const std::string alphabet = "<>/=\"' !-[]&#;abcpdivx\n";
  for (int i = 0; i < 200000; ++i) {
    state = state * 1103515245 + 12345;
    html.push_back(alphabet[(state >> 16) % alphabet.size()]);
  }
  ExtractHtmlArticle(html);  // must return
  SUCCEED();
}

// --- What browsers tolerate ---------------------------------------------------

TEST(HtmlBrowserToleranceTest, UnclosedTags) {
  const std::string html =
      "<html><head><title>Unclosed | Site</title><body><article><p>First with <b>bold"
      "<p>Second <i>italic<ul><li>One<li>Two</ul><div>A div never closed";
  EXPECT_EQ(ExtractHtmlArticle(html).title, "Unclosed");
  EXPECT_EQ(BodyOf(html), "First with bold\n\nSecond italic\n\nOne\n\nTwo\n\nA div never closed");
}

TEST(HtmlBrowserToleranceTest, MisnestedInlineElements) {
  // HTML5's adoption agency algorithm repairs the nesting; the words stay in
  // order and in their paragraphs.
  EXPECT_EQ(BodyOf("<article><p>The <b>trust <i>won</b> the award</i> today.</p>"
                   "<p>A <a href=x>link <b>bold</a> tail</b> end.</p></article>"),
            "The trust won the award today.\n\nA link bold tail end.");
  EXPECT_EQ(BodyOf("<p>1<b>2<p>3</b>4</p>"), "12\n\n34");
}

TEST(HtmlBrowserToleranceTest, ScriptAndStyleHoldingEndTags) {
  EXPECT_EQ(BodyOf("<article><script>var s = '</p><p>not content</p>';</script>"
                   "<style>p::after { content: '</p>' }</style>"
                   "<p>Real one.</p><p>Real two.</p></article>"),
            "Real one.\n\nReal two.");
  HtmlArticle page = ExtractHtmlArticle(
      "<script type=\"application/ld+json\">{\"headline\": \"</p>\", "
      "\"datePublished\": \"2024-05-01\"}</script><p>Body.</p>");
  EXPECT_EQ(page.date, "2024-05-01");
  EXPECT_EQ(page.text, "Body.");
}

TEST(HtmlBrowserToleranceTest, EntitiesWithoutSemicolons) {
  // The HTML5 rules: the legacy names work without ';' in text ...
  EXPECT_EQ(BodyOf("<p>A&amp B &copy 2024 &pound5 caf&eacute &lt3 &notit; R&D Q&A &#38 &#x41</p>"),
            "A& B \u00a9 2024 \u00a35 caf\u00e9 <3 \u00acit; R&D Q&A & A");
  // ... the others need it, and in attributes a legacy name followed by an
  // alphanumeric or '=' stays as written (query strings).
  EXPECT_EQ(BodyOf("<p>&rsquo &rsquo;</p>"), "&rsquo \u2019");
  HtmlArticle page = ExtractHtmlArticle(
      "<meta property=\"og:title\" content=\"Q&amp;A: ?a=1&copy=2 &copy x\"><p>Body.</p>");
  EXPECT_EQ(page.title, "Q&A: ?a=1&copy=2 \u00a9 x");
}

TEST(HtmlBrowserToleranceTest, NulBytesAreDropped) {
  // Browsers drop U+0000 from text and turn it into U+FFFD in attributes.
  // (Files holding NUL bytes do not get this far: DecodeText calls them
  // binary.)
  constexpr char kHtml[] = "<meta name=\"title\" content=\"A\0B\"><p>Before\0after.</p>";
  const std::string html(kHtml, sizeof(kHtml) - 1);
  HtmlArticle page = ExtractHtmlArticle(html);
  EXPECT_EQ(page.title, "A\uFFFDB");
  EXPECT_EQ(page.text, "Beforeafter.");
}

TEST(HtmlBrowserToleranceTest, TenThousandLevelsOfNesting) {
  const std::string paragraph = "<p>Deep paragraph text.</p>";
  for (const std::string& tag : {"div", "span", "b", "table", "section"}) {
    std::string html = "<title>Deep</title><body>";
    for (int i = 0; i < 10000; ++i) html += "<" + tag + ">";
    html += paragraph;
    for (int i = 0; i < 10000; ++i) html += "</" + tag + ">";
    html += "<p>After the nesting.</p>";
    HtmlArticle page = ExtractHtmlArticle(html);
    EXPECT_EQ(page.title, "Deep") << tag;
    EXPECT_NE(page.text.find("Deep paragraph text."), std::string::npos) << tag;
    EXPECT_NE(page.text.find("After the nesting."), std::string::npos) << tag;
  }
}

TEST(HtmlBrowserToleranceTest, NestingBeyondTheCapKeepsItsText) {
  // "<div/>" opens a <div> in HTML; 100,000 of them would nest 100,000 deep.
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div class=x/>";
  html += "<p>Deep text.</p>";
  EXPECT_EQ(BodyOf(html), "Deep text.");
  // Self-closed SVG elements do not nest, and do not cost the page its
  // structure after them.
  html = "<article><svg>";
  for (int i = 0; i < 2000; ++i) html += "<path d='M0 0'/>";
  html += "</svg><p>One</p><p>Two</p></article>";
  EXPECT_EQ(BodyOf(html), "One\n\nTwo");
}

TEST(HtmlBrowserToleranceTest, FiftyMegabytePage) {
  const std::string paragraph =
      "<p>Northfield Teaching Hospitals NHS Foundation Trust won the Patient Safety Award at "
      "the HSJ awards &ndash; again.</p>\n";
  std::string html = "<title>Big page | Site</title><body><article>";
  std::size_t paragraphs = 0;
  while (html.size() < std::size_t{50} * 1024 * 1024) {
    html += paragraph;
    ++paragraphs;
  }
  html += "</article><footer><p>Footer</p></footer></body>";
  HtmlArticle page = ExtractHtmlArticle(html);
  EXPECT_EQ(page.title, "Big page");
  const std::string expected =
      "Northfield Teaching Hospitals NHS Foundation Trust won the Patient Safety Award at the HSJ "
      "awards \u2013 again.";
  EXPECT_EQ(page.text.size(), paragraphs * expected.size() + (paragraphs - 1) * 2);
  EXPECT_EQ(page.text.substr(0, expected.size()), expected);
  EXPECT_EQ(page.text.substr(page.text.size() - expected.size()), expected);
}

TEST(HtmlExtractorTest, HeaderExample) {
  HtmlArticle page = ExtractHtmlArticle(
      "<title>Trust wins | NHS</title><nav>Home</nav>"
      "<article><p>The trust won&nbsp;gold.</p><p>Staff cheered.</p></article>");
  EXPECT_EQ(page.title, "Trust wins");
  EXPECT_EQ(page.date, "");
  EXPECT_EQ(page.text, "The trust won gold.\n\nStaff cheered.");
}

// --- A realistic saved page -------------------------------------------------

TEST(HtmlFixtureTest, SavedNewsPageYieldsExactlyTheArticle) {
  HtmlArticle page = ExtractHtmlArticle(ReadFixture("news_page.html"));
  EXPECT_EQ(page.title, "Northfield trust wins HSJ Patient Safety Award");
  EXPECT_EQ(page.date, "2024-09-27");
  EXPECT_EQ(page.text,
            "Northfield Teaching Hospitals NHS Foundation Trust has won the Sepsis Prevention "
            "Initiative of the Year award at the HSJ Patient Safety Awards 2024.\n\n"
            "The trust\u2019s \u201cSpot Sepsis Sooner\u201d programme, run with Northfield and "
            "District ICB, cut the time to first antibiotics by 38% across its two emergency "
            "departments.\n\n"
            "Dr Amira Patel, Deputy Medical Director, said: \u201cThis award belongs to every "
            "nurse, doctor and healthcare assistant who made the new screening tool part of their "
            "day \u2013 thank you.\u201d\n\n"
            "What the judges said\n\n"
            "Judges praised the project\u2019s use of real-time data and its focus on patients "
            "over 75. The prize includes \u00a35,000 for staff training.\n\n"
            "Time to antibiotics fell from 94 to 58 minutes.\n\n"
            "Screening rates rose to 96%.");
}

}  // namespace
}  // namespace awardgraph::loaders
