// html_extractor.cc — the heuristics that find the article body, headline and
// date in a page, on the tree that gumbo (Google's HTML5 parser, Debian's
// libgumbo-dev) builds from it.
//
// Gumbo's tree is copied into one vector; a node's children always come after
// it, so subtree totals are computed by a single backwards pass and no step
// recurses (deeply nested or hostile markup cannot exhaust the stack).
#include "loaders/read/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace awardgraph::loaders {
namespace {

// A candidate <article> or <main> must hold at least this share of the page's
// paragraph text to be taken as the body.
constexpr double kMinCandidateShare = 0.4;

// While descending towards the body, move into a child that holds at least
// this share of its parent's paragraph text.
constexpr double kDescendShare = 0.8;

// ---------------------------------------------------------------------------
// Small string helpers.

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ToLower(c);
  return out;
}

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ToLower(text[i]) != ToLower(prefix[i])) return false;
  }
  return true;
}

// Collapses every run of whitespace (including U+00A0) to one space and trims.
std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (IsHtmlSpace(text[i]) || text[i] == '\v') {
      pending_space = true;
      continue;
    }
    if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      pending_space = true;
      ++i;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
  }
  return out;
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view value) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

// ---------------------------------------------------------------------------
// The document tree, converted from gumbo's.

struct Attribute {
  std::string name;   // lowercase
  std::string value;  // entities decoded
};

struct Node {
  std::string name;  // lowercase tag name; empty for a text node
  std::string text;  // text nodes only
  std::vector<Attribute> attributes;
  int parent = -1;
  int first_child = -1;
  int last_child = -1;
  int next_sibling = -1;

  bool IsText() const { return name.empty(); }

  const std::string* Attr(std::string_view attribute) const {
    for (const Attribute& a : attributes) {
      if (a.name == attribute) return &a.value;
    }
    return nullptr;
  }
  std::string_view AttrOr(std::string_view attribute) const {
    const std::string* value = Attr(attribute);
    if (value == nullptr) return {};
    return *value;
  }
};

// ---------------------------------------------------------------------------
// A nesting cap in front of gumbo.
//
// Gumbo 0.10.1 has no limit on nesting, and for many tags its tree
// construction scans the whole stack of open elements, so its time grows with
// the square of the depth: 10,000 nested <div>s take about 0.3 s, 200,000
// would take hours. Browsers cap the depth instead (Chrome at 512). So does
// CapNesting(): it follows the tags well enough to know how deep the open
// elements are and drops start tags that would nest deeper than kMaxNesting;
// their content stays, one level up. Pages within the cap pass unchanged.

constexpr std::size_t kMaxNesting = 512;

// Elements that never deepen the nesting: void elements, and those a sibling
// or parent tag closes implicitly, so that unclosed ones do not pile up.
constexpr std::array<std::string_view, 39> kFlatElements = {
    "area",  "base",    "br",       "col",     "embed", "hr",   "img",    "input",
    "link",  "meta",    "param",    "source",  "track", "wbr",  "keygen", "basefont",
    "frame", "bgsound", "p",        "li",      "dt",    "dd",   "td",     "th",
    "tr",    "option",  "optgroup", "rb",      "rp",    "rt",   "rtc",    "tbody",
    "thead", "tfoot",   "colgroup", "caption", "html",  "head", "body"};

// Elements whose content is text up to their end tag.
constexpr std::array<std::string_view, 9> kRawTextElements = {
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea"};

// The position just after the '>' ending the tag whose name ends at `pos`
// (quoted attribute values may hold '>'), or npos when the input ends first.
std::size_t TagEnd(std::string_view html, std::size_t pos) {
  while (pos < html.size()) {
    const char c = html[pos++];
    if (c == '>') return pos;
    if (c != '=') continue;
    while (pos < html.size() && IsHtmlSpace(html[pos])) ++pos;
    if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
      pos = html.find(html[pos], pos + 1);
      if (pos == std::string_view::npos) return pos;
      ++pos;
    }
  }
  return std::string_view::npos;
}

// The position of "</name" (any case) at or after `pos`, or npos.
std::size_t FindEndTag(std::string_view html, std::string_view name, std::size_t pos) {
  for (pos = html.find("</", pos); pos != std::string_view::npos; pos = html.find("</", pos + 2)) {
    if (StartsWithIgnoreCase(html.substr(pos + 2), name)) return pos;
  }
  return pos;
}

// Returns `html` without the start tags that would open elements nested
// deeper than kMaxNesting, or an empty string when there are none.
std::string CapNesting(std::string_view html) {
  std::string capped;      // filled only once a tag is dropped
  std::size_t copied = 0;  // html[0, copied) is in `capped`
  std::vector<std::string> open;
  std::unordered_map<std::string, std::size_t> open_count;
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const std::string_view rest = html.substr(pos);
    if (rest.substr(0, 4) == "<!--") {
      pos = html.find("-->", pos + 4);
      if (pos == std::string_view::npos) break;
      pos += 3;
      continue;
    }
    const bool end_tag = rest.size() > 1 && rest[1] == '/';
    const std::size_t name_start = pos + (end_tag ? 2 : 1);
    if (name_start >= html.size() || !IsAsciiAlpha(html[name_start])) {
      ++pos;  // "<!doctype", "<?xml", a stray '<': gumbo's concern, not nesting
      continue;
    }
    std::size_t name_end = name_start;
    while (name_end < html.size() && !IsHtmlSpace(html[name_end]) && html[name_end] != '/' &&
           html[name_end] != '>') {
      ++name_end;
    }
    const std::string name = Lowercase(html.substr(name_start, name_end - name_start));
    const std::size_t tag_end = TagEnd(html, name_end);
    if (tag_end == std::string_view::npos) break;
    const std::size_t tag_start = pos;
    pos = tag_end;
    if (end_tag) {
      if (open_count[name] == 0) continue;  // stray end tag
      while (!open.empty()) {
        const std::string top = std::move(open.back());
        open.pop_back();
        --open_count[top];
        if (top == name) break;
      }
      continue;
    }
    if (Contains(kRawTextElements, name)) {
      pos = FindEndTag(html, name, pos);
      if (pos == std::string_view::npos) break;
      continue;
    }
    const bool in_foreign = open_count["svg"] > 0 || open_count["math"] > 0;
    if (Contains(kFlatElements, name) || (in_foreign && html[tag_end - 2] == '/')) continue;
    if (open.size() < kMaxNesting) {
      open.push_back(name);
      ++open_count[name];
      continue;
    }
    capped.append(html.substr(copied, tag_start - copied));
    copied = tag_end;
  }
  if (copied == 0) return "";
  capped.append(html.substr(copied));
  return capped;
}

// Gumbo's options: parse errors are not recorded (the page is read, not
// validated).
const GumboOptions& ParseOptions() {
  static const GumboOptions kOptions = [] {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    return o;
  }();
  return kOptions;
}

// Owns a gumbo parse tree.
struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&ParseOptions(), output); }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

GumboTree ParseHtml(std::string_view html, const GumboOptions& options) {
  return GumboTree(gumbo_parse_with_options(&options, html.data(), html.size()));
}

// The lowercase tag name of an element (as written for tags gumbo does not know).
std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name = Lowercase(std::string_view(piece.data, piece.length));
  return name.empty() ? "unknown" : name;
}

void Link(std::vector<Node>& nodes, int parent, int child) {
  nodes[child].parent = parent;
  if (nodes[parent].last_child < 0) {
    nodes[parent].first_child = child;
  } else {
    nodes[nodes[parent].last_child].next_sibling = child;
  }
  nodes[parent].last_child = child;
}

// Parses `html` with gumbo (the HTML5 parsing algorithm) and flattens the
// tree into a vector in document order: a node's children come after it and
// a subtree is contiguous. Comments are dropped; adjacent text is merged.
// The walk uses an explicit stack, so deep markup cannot exhaust the C stack.
std::vector<Node> BuildTree(std::string_view html) {
  const std::string capped = CapNesting(html);
  const GumboTree output = ParseHtml(capped.empty() ? html : capped, ParseOptions());
  std::vector<Node> nodes;
  nodes.reserve(html.size() / 32 + 16);
  nodes.emplace_back();
  nodes[0].name = "#document";

  struct Pending {
    const GumboNode* node;
    int parent;
  };
  std::vector<Pending> stack;
  const auto push_children = [&stack](const GumboVector& children, int parent) {
    for (unsigned int i = children.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), parent});
    }
  };
  push_children(output->document->v.document.children, 0);
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const int last = nodes[parent].last_child;
        if (last >= 0 && nodes[last].IsText()) {
          nodes[last].text += node->v.text.text;  // text split by a comment
          break;
        }
        const int index = static_cast<int>(nodes.size());
        nodes.emplace_back();
        nodes[index].text = node->v.text.text;
        Link(nodes, parent, index);
        break;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& element = node->v.element;
        const int index = static_cast<int>(nodes.size());
        nodes.emplace_back();
        nodes[index].name = TagName(element);
        nodes[index].attributes.reserve(element.attributes.length);
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
          const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
          nodes[index].attributes.push_back({attribute->name, attribute->value});
        }
        Link(nodes, parent, index);
        push_children(element.children, index);
        break;
      }
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_COMMENT:
        break;
    }
  }
  return nodes;
}

// ---------------------------------------------------------------------------
// What is clutter.

// Tags never part of an article body, nor of the text used to find it.
constexpr std::array<std::string_view, 19> kExcludedTags = {
    "script", "style",  "noscript", "template", "nav",    "aside",  "footer",
    "header", "button", "svg",      "math",     "iframe", "select", "textarea",
    "head",   "title",  "dialog",   "object",   "canvas"};

// Tags also left out of the body once it is found. <form> is not in the list
// above because some sites (ASP.NET) wrap the whole page in one.
constexpr std::array<std::string_view, 6> kBodyExcludedTags = {"form",  "input", "embed",
                                                               "label", "audio", "video"};

// Class/id/aria-label words that mark clutter anywhere on the page.
constexpr std::array<std::string_view, 40> kStrongClutterWords = {
    "cookie",      "cookies",       "cookiebar",   "consent",     "gdpr",         "share",
    "sharing",     "sharedaddy",    "addtoany",    "sharethis",   "sharebar",     "socialmedia",
    "socialicons", "sociallinks",   "socialshare", "related",     "relatedposts", "newsletter",
    "subscribe",   "comment",       "comments",    "commentlist", "commentform",  "reply",
    "respond",     "breadcrumb",    "breadcrumbs", "skiplink",    "skiplinks",    "advert",
    "adverts",     "advertisement", "ad",          "ads",         "adsbygoogle",  "sponsored",
    "popup",       "promo",         "disqus",      "outbrain"};

// Words that make "social" (otherwise common in "health and social care")
// mean share or follow buttons when they come next to it.
constexpr std::array<std::string_view, 13> kSocialCompanions = {
    "share",   "sharing", "links",  "link",     "icons", "icon", "media",
    "buttons", "button",  "follow", "networks", "bar",   "list"};

// Words that mark clutter inside the article but are too common on page-wide
// wrappers ("has-sidebar", "nav-open") to judge the whole page by.
constexpr std::array<std::string_view, 16> kWeakClutterWords = {
    "banner",  "menu",     "nav",     "navbar",     "navigation", "footer", "sidebar", "widget",
    "widgets", "masthead", "toolbar", "pagination", "pager",      "tags",   "meta",    "print"};

// Class names that carry a page's categories and tags rather than its layout
// (WordPress adds "category-social-care", "tag-comments" and so on).
constexpr std::array<std::string_view, 10> kTaxonomyClassPrefixes = {
    "tag-",     "category-", "categories-", "post-", "postid-",
    "page-id-", "author-",   "format-",     "type-", "status-"};

// ARIA roles of page furniture.
constexpr std::array<std::string_view, 10> kClutterRoles = {
    "navigation", "banner",      "contentinfo", "complementary", "search",
    "dialog",     "alertdialog", "menu",        "menubar",       "toolbar"};

// Paragraphs made only of one of these phrases are page furniture.
constexpr std::array<std::string_view, 17> kClutterPhrases = {
    "share this post",      "share this article", "share this page",
    "share this story",     "share this",         "share",
    "leave a reply",        "leave a comment",    "skip to content",
    "skip to main content", "back to top",        "print this page",
    "more to explore",      "related posts",      "related articles",
    "related news",         "you may also like"};

// Headings after which the rest of an article is teasers or comments.
constexpr std::array<std::string_view, 8> kTailHeadings = {
    "more to explore",   "related posts", "related articles", "related news",
    "you may also like", "leave a reply", "leave a comment",  "comments"};

// Splits a class, id or label into lowercase words at any non-alphanumeric
// character.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (IsAsciiAlnum(c)) {
      word.push_back(ToLower(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool HasSequence(const std::vector<std::string>& words,
                 std::initializer_list<std::string_view> sequence) {
  if (words.size() < sequence.size()) return false;
  for (std::size_t i = 0; i + sequence.size() <= words.size(); ++i) {
    if (std::equal(sequence.begin(), sequence.end(), words.begin() + static_cast<long>(i))) {
      return true;
    }
  }
  return false;
}

// How strongly an element's class/id/role/aria-label marks it as clutter.
enum class Clutter { kNone, kWeak, kStrong };

Clutter ClassifyAttributes(const Node& node) {
  // The page-wide containers are judged by what they hold, not their class.
  if (node.name == "html" || node.name == "body" || node.name == "main") return Clutter::kNone;
  const std::string_view role = node.AttrOr("role");
  if (!role.empty() && Contains(kClutterRoles, Lowercase(role))) return Clutter::kWeak;
  Clutter result = Clutter::kNone;
  for (std::string_view attribute : {"class", "id", "aria-label"}) {
    std::string value(node.AttrOr(attribute));
    if (attribute == "class") {
      // Blank out taxonomy class names before splitting into words.
      std::size_t start = 0;
      while (start < value.size()) {
        std::size_t end = value.find_first_of(" \t\n\r\f", start);
        if (end == std::string::npos) end = value.size();
        const std::string_view name = std::string_view{value}.substr(start, end - start);
        for (std::string_view prefix : kTaxonomyClassPrefixes) {
          if (StartsWithIgnoreCase(name, prefix)) {
            std::fill(value.begin() + static_cast<long>(start),
                      value.begin() + static_cast<long>(end), ' ');
            break;
          }
        }
        start = end + 1;
      }
    }
    const std::vector<std::string> words = Words(value);
    if (words.empty()) continue;
    if (HasSequence(words, {"more", "to", "explore"}) || HasSequence(words, {"skip", "link"}) ||
        HasSequence(words, {"skip", "to"}) || HasSequence(words, {"read", "more"})) {
      return Clutter::kStrong;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& word = words[i];
      if (Contains(kStrongClutterWords, word)) return Clutter::kStrong;
      if (word == "social" &&
          ((i + 1 < words.size() && Contains(kSocialCompanions, words[i + 1])) ||
           (i > 0 && Contains(kSocialCompanions, words[i - 1])))) {
        return Clutter::kStrong;
      }
      if (Contains(kWeakClutterWords, word)) result = Clutter::kWeak;
    }
  }
  return result;
}

bool IsHeading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Elements that start and end a paragraph of output text.
constexpr std::array<std::string_view, 44> kBlockElements = {
    "address", "article", "aside",  "blockquote", "body", "center",  "caption",  "dd",
    "details", "dialog",  "dir",    "div",        "dl",   "dt",      "fieldset", "figcaption",
    "figure",  "footer",  "form",   "h1",         "h2",   "h3",      "h4",       "h5",
    "h6",      "header",  "hgroup", "hr",         "html", "legend",  "li",       "main",
    "menu",    "nav",     "ol",     "p",          "pre",  "section", "summary",  "table",
    "tbody",   "tr",      "ul",     "option"};

// ---------------------------------------------------------------------------
// The page: tree plus the measures used to pick the body.

class Page {
 public:
  explicit Page(std::string_view html) : nodes_(BuildTree(html)) { Measure(); }

  HtmlArticle Extract() const {
    HtmlArticle article;
    const int body = FindBody();
    article.text = RenderText(body);
    article.title = FindTitle(body);
    article.date = FindDate(body);
    // The headline is returned as the title; drop it from the top of the text.
    if (!article.title.empty() && article.text.rfind(article.title, 0) == 0) {
      if (article.text.size() == article.title.size()) {
        article.text.clear();
      } else if (article.text.compare(article.title.size(), 2, "\n\n") == 0) {
        article.text.erase(0, article.title.size() + 2);
      }
    }
    return article;
  }

 private:
  // Computes clutter flags (top-down) and paragraph-text totals (bottom-up).
  void Measure() {
    const std::size_t n = nodes_.size();
    clutter_.assign(n, Clutter::kNone);
    excluded_.assign(n, false);
    paragraph_text_.assign(n, 0);
    subtree_end_.assign(n, 0);
    for (std::size_t i = 1; i < n; ++i) {
      const Node& node = nodes_[i];
      if (node.IsText()) continue;
      clutter_[i] = ClassifyAttributes(node);
      const bool self_excluded =
          Contains(kExcludedTags, node.name) || clutter_[i] == Clutter::kStrong;
      excluded_[i] = self_excluded || (node.parent > 0 && excluded_[node.parent]);
    }
    // Children come after parents, so one backwards pass sums subtrees.
    std::vector<std::size_t> text_length(n, 0);
    for (std::size_t i = n; i-- > 0;) {
      const Node& node = nodes_[i];
      subtree_end_[i] = std::max(subtree_end_[i], i + 1);
      if (i == 0) break;
      subtree_end_[node.parent] = std::max(subtree_end_[node.parent], subtree_end_[i]);
      if (node.IsText()) {
        text_length[i] = CollapseWhitespace(node.text).size();
      } else if (node.name == "p") {
        paragraph_text_[i] = text_length[i];
      }
      if (excluded_[i] && !node.IsText()) continue;
      text_length[node.parent] += text_length[i];
      paragraph_text_[node.parent] += paragraph_text_[i];
    }
  }

  // Picks the element holding the article body: the <article> (or <main>,
  // or [itemprop=articleBody]) with the most paragraph text, if it has a fair
  // share of the page's; else the smallest element holding most of it.
  int FindBody() const {
    const std::size_t total = paragraph_text_[0];
    int best_article = -1, best_main = -1;
    for (std::size_t i = 1; i < nodes_.size(); ++i) {
      const Node& node = nodes_[i];
      if (node.IsText() || excluded_[i]) continue;
      const bool is_article = node.name == "article" || node.AttrOr("itemprop") == "articleBody";
      const bool is_main = node.name == "main" || Lowercase(node.AttrOr("role")) == "main";
      if (is_article && (best_article < 0 || paragraph_text_[i] > paragraph_text_[best_article])) {
        best_article = static_cast<int>(i);
      }
      if (is_main && (best_main < 0 || paragraph_text_[i] > paragraph_text_[best_main])) {
        best_main = static_cast<int>(i);
      }
    }
    for (int candidate : {best_article, best_main}) {
      if (candidate >= 0 && paragraph_text_[candidate] > 0 &&
          static_cast<double>(paragraph_text_[candidate]) >=
              kMinCandidateShare * static_cast<double>(total)) {
        return candidate;
      }
    }
    int current = 0;
    while (paragraph_text_[current] > 0) {
      int next = -1;
      for (int child = nodes_[current].first_child; child >= 0;
           child = nodes_[child].next_sibling) {
        if (nodes_[child].IsText() || excluded_[child]) continue;
        if (static_cast<double>(paragraph_text_[child]) >=
            kDescendShare * static_cast<double>(paragraph_text_[current])) {
          next = child;
          break;
        }
      }
      if (next < 0) break;
      current = next;
    }
    if (paragraph_text_[current] == 0) {
      // No paragraphs at all: fall back to <body> (or the whole document).
      for (std::size_t i = 1; i < nodes_.size(); ++i) {
        if (nodes_[i].name == "body") return static_cast<int>(i);
      }
      return 0;
    }
    return current;
  }

  // True when a node inside the body is left out of the text.
  bool SkipInBody(int index, int body) const {
    const Node& node = nodes_[index];
    if (index == body || node.IsText()) return false;
    if (Contains(kExcludedTags, node.name)) return true;
    if (clutter_[index] == Clutter::kStrong) return true;
    if (clutter_[index] == Clutter::kWeak || Contains(kBodyExcludedTags, node.name)) {
      // A "sidebar" or <form> holding most of the body's paragraphs is a
      // layout wrapper (ASP.NET pages put everything in one form).
      return paragraph_text_[index] * 2 <= paragraph_text_[body];
    }
    if (node.name == "a" || node.name == "li") {
      const std::string text = Lowercase(CollapseWhitespace(SubtreeText(index, 64, 64)));
      if (text.rfind("skip to ", 0) == 0 || text == "skip navigation") return true;
    }
    return false;
  }

  // The raw text under a node (no clutter filtering); stops early after
  // `max_bytes` of text or `max_nodes` nodes.
  std::string SubtreeText(int index, std::size_t max_bytes = std::string::npos,
                          std::size_t max_nodes = std::string::npos) const {
    std::string text;
    std::vector<int> stack = {index};
    std::size_t visited = 0;
    while (!stack.empty() && ++visited <= max_nodes) {
      const int current = stack.back();
      stack.pop_back();
      const Node& node = nodes_[current];
      if (node.IsText()) {
        text += node.text;
        if (text.size() > max_bytes) break;
        continue;
      }
      if (node.name == "script" || node.name == "style") continue;
      const std::size_t mark = stack.size();
      for (int child = node.first_child; child >= 0; child = nodes_[child].next_sibling) {
        stack.push_back(child);
      }
      std::reverse(stack.begin() + static_cast<long>(mark), stack.end());
    }
    return text;
  }

  // Renders the body as paragraphs of text.
  std::string RenderText(int body) const {
    struct Paragraph {
      std::string text;
      bool heading;
    };
    std::vector<Paragraph> paragraphs;
    std::string current;
    bool current_heading = false;
    bool pending_space = false;
    const auto flush = [&] {
      if (!current.empty()) paragraphs.push_back({std::move(current), current_heading});
      current.clear();
      current_heading = false;
      pending_space = false;
    };
    const auto append = [&](std::string_view text) {
      for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (IsHtmlSpace(c) || c == '\v') {
          pending_space = true;
        } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
          pending_space = true;
          ++i;
        } else {
          if (pending_space && !current.empty()) current.push_back(' ');
          pending_space = false;
          current.push_back(c);
        }
      }
    };

    // Depth-first walk with an explicit stack; negative entries mark the
    // end of an element (~index).
    std::vector<int> stack = {body};
    while (!stack.empty()) {
      const int entry = stack.back();
      stack.pop_back();
      if (entry < 0) {
        const Node& node = nodes_[~entry];
        if (Contains(kBlockElements, node.name)) {
          if (IsHeading(node.name) && !current.empty()) current_heading = true;
          flush();
        } else if (node.name == "td" || node.name == "th") {
          pending_space = true;
        }
        continue;
      }
      const Node& node = nodes_[entry];
      if (node.IsText()) {
        append(node.text);
        continue;
      }
      if (SkipInBody(entry, body)) {
        // A skipped block still separates the text around it.
        if (Contains(kBlockElements, node.name)) flush();
        continue;
      }
      if (node.name == "br") {
        flush();
        continue;
      }
      if (node.name == "img" || node.name == "hr") continue;
      if (Contains(kBlockElements, node.name)) flush();
      if (node.name == "td" || node.name == "th") pending_space = true;
      stack.push_back(~entry);
      const std::size_t mark = stack.size();
      for (int child = node.first_child; child >= 0; child = nodes_[child].next_sibling) {
        stack.push_back(child);
      }
      std::reverse(stack.begin() + static_cast<long>(mark), stack.end());
    }
    flush();

    std::string text;
    bool seen_content = false;
    for (const Paragraph& paragraph : paragraphs) {
      std::string key = Lowercase(paragraph.text);
      while (!key.empty() && (key.back() == ':' || key.back() == '.')) key.pop_back();
      if (paragraph.heading && seen_content && Contains(kTailHeadings, key)) break;
      if (Contains(kClutterPhrases, key)) continue;
      if (!text.empty()) text += "\n\n";
      text += paragraph.text;
      if (!paragraph.heading) seen_content = true;
    }
    return text;
  }

  // The value of the first <meta> whose property/name/itemprop is `key`.
  std::string Meta(std::string_view key) const {
    for (const Node& node : nodes_) {
      if (node.name != "meta") continue;
      for (std::string_view attribute : {"property", "name", "itemprop"}) {
        if (Lowercase(node.AttrOr(attribute)) == key) {
          const std::string* content = node.Attr("content");
          if (content != nullptr) return CollapseWhitespace(*content);
        }
      }
    }
    return "";
  }

  // The first element named `name` inside `root` that is not clutter.
  int FindElement(int root, std::string_view name) const { return NextElement(root, root, name); }

  // The next such element after index `after` (subtrees are contiguous).
  int NextElement(int after, int root, std::string_view name) const {
    for (std::size_t i = static_cast<std::size_t>(after) + 1; i < subtree_end_[root]; ++i) {
      if (nodes_[i].name == name && !InStrongClutter(static_cast<int>(i), root)) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  // True when `index` lies under a strongly cluttered element or an aside,
  // nav or footer below `root`.
  bool InStrongClutter(int index, int root) const {
    for (int current = index; current > 0 && current != root; current = nodes_[current].parent) {
      const std::string& name = nodes_[current].name;
      if (clutter_[current] == Clutter::kStrong || name == "aside" || name == "nav" ||
          name == "footer") {
        return true;
      }
    }
    return false;
  }

  std::string FindTitle(int body) const {
    const std::string site_name = Meta("og:site_name");
    for (std::string_view key : {"og:title", "title", "twitter:title", "dc.title"}) {
      std::string title = Meta(key);
      if (!title.empty()) return StripSiteName(title, site_name, /*strip_any_bar=*/false);
    }
    // The article's own <h1>, else the page's only <h1>.
    int heading = FindElement(body, "h1");
    if (heading < 0) heading = OnlyElement("h1");
    if (heading >= 0) {
      std::string title = CollapseWhitespace(SubtreeText(heading));
      if (!title.empty()) return title;
    }
    const int title_element = FindElement(0, "title");
    if (title_element >= 0) {
      return StripSiteName(CollapseWhitespace(SubtreeText(title_element)), site_name,
                           /*strip_any_bar=*/true);
    }
    return "";
  }

  int OnlyElement(std::string_view name) const {
    int found = -1;
    for (std::size_t i = 1; i < nodes_.size(); ++i) {
      if (nodes_[i].name != name || excluded_[i]) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(i);
    }
    return found;
  }

  // Removes a trailing " | Site" (any site, when strip_any_bar) or
  // " - Site" / " – Site" naming the site given in og:site_name.
  static std::string StripSiteName(std::string title, std::string_view site_name,
                                   bool strip_any_bar) {
    for (std::string_view separator : {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
      const std::size_t at = title.rfind(separator);
      if (at == std::string::npos || at == 0) continue;
      const std::string_view suffix = std::string_view{title}.substr(at + separator.size());
      const bool names_site = !site_name.empty() && Lowercase(suffix) == Lowercase(site_name);
      if (names_site || (strip_any_bar && separator == " | ")) {
        title.erase(at);
        return title;
      }
    }
    return title;
  }

  std::string FindDate(int body) const {
    std::string date = NormalizeDate(Meta("article:published_time"));
    if (!date.empty()) return date;
    date = JsonLdDatePublished();
    if (!date.empty()) return date;
    for (std::string_view key :
         {"datepublished", "og:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date",
          "dcterms.issued", "dcterms.created", "pubdate", "publishdate", "publish-date",
          "publish_date", "publication_date", "sailthru.date", "parsely-pub-date",
          "citation_publication_date"}) {
      date = NormalizeDate(Meta(key));
      if (!date.empty()) return date;
    }
    // An element marked itemprop="datePublished", then the first <time>
    // in or near the article.
    for (std::size_t i = 1; i < nodes_.size(); ++i) {
      const Node& node = nodes_[i];
      if (node.IsText() || node.AttrOr("itemprop") != "datePublished") continue;
      for (std::string_view attribute : {"datetime", "content"}) {
        date = NormalizeDate(node.AttrOr(attribute));
        if (!date.empty()) return date;
      }
      date = NormalizeDate(CollapseWhitespace(SubtreeText(static_cast<int>(i))));
      if (!date.empty()) return date;
    }
    for (int root : {body, 0}) {
      for (int time = FindElement(root, "time"); time >= 0;
           time = NextElement(time, root, "time")) {
        date = NormalizeDate(nodes_[time].AttrOr("datetime"));
        if (!date.empty()) return date;
      }
    }
    return "";
  }

  // The first "datePublished" value in a JSON-LD script. Read by scanning
  // rather than parsing: JSON-LD in the wild is often not strict JSON.
  std::string JsonLdDatePublished() const {
    for (std::size_t i = 1; i < nodes_.size(); ++i) {
      const Node& node = nodes_[i];
      if (node.name != "script" || node.first_child < 0) continue;
      if (Lowercase(node.AttrOr("type")).find("ld+json") == std::string::npos) continue;
      const std::string_view json = nodes_[node.first_child].text;
      for (std::size_t at = json.find("\"datePublished\""); at != std::string_view::npos;
           at = json.find("\"datePublished\"", at + 1)) {
        std::size_t j = at + 15;
        while (j < json.size() && IsHtmlSpace(json[j])) ++j;
        if (j >= json.size() || json[j] != ':') continue;
        ++j;
        while (j < json.size() && IsHtmlSpace(json[j])) ++j;
        if (j >= json.size() || json[j] != '"') continue;
        const std::size_t end = json.find('"', j + 1);
        if (end == std::string_view::npos) break;
        std::string date = NormalizeDate(json.substr(j + 1, end - j - 1));
        if (!date.empty()) return date;
      }
    }
    return "";
  }

  std::vector<Node> nodes_;
  std::vector<Clutter> clutter_;             // by class/id/role/aria-label
  std::vector<bool> excluded_;               // element or an ancestor is never content
  std::vector<std::size_t> paragraph_text_;  // bytes of <p> text in the subtree
  std::vector<std::size_t> subtree_end_;     // one past the last index in the subtree
};

// ---------------------------------------------------------------------------
// Dates.

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

int MonthFromName(std::string_view word) {
  if (word.size() < 3) return 0;
  const std::string lower = Lowercase(word);
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    const std::string_view month = kMonthNames[i];
    if (lower == month || lower == month.substr(0, 3) || (lower == "sept" && i == 8)) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::string FormatDate(int year, int month, int day) {
  static constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return "";
  const int days = kDaysInMonth[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  if (day > days) return "";
  std::string date = "0000-00-00";
  for (int i = 3, value = year; i >= 0; --i, value /= 10)
    date[i] = static_cast<char>('0' + value % 10);
  date[5] = static_cast<char>('0' + month / 10);
  date[6] = static_cast<char>('0' + month % 10);
  date[8] = static_cast<char>('0' + day / 10);
  date[9] = static_cast<char>('0' + day % 10);
  return date;
}

int ParseNumber(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::string DecodeHtmlEntities(std::string_view text) {
  // Parsed as the content of a <textarea> (where character references are
  // decoded and tags are not recognised), the text comes back as text nodes.
  static const GumboOptions kTextareaOptions = [] {
    GumboOptions o = ParseOptions();
    o.fragment_context = GUMBO_TAG_TEXTAREA;
    return o;
  }();
  const GumboTree output = ParseHtml(text, kTextareaOptions);
  std::string out;
  out.reserve(text.size());
  std::vector<const GumboNode*> stack = {output->root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      out += node->v.text.text;
    } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& children = node->v.element.children;
      for (unsigned int i = children.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i]));
      }
    }
  }
  return out;
}

std::string NormalizeDate(std::string_view value) {
  // Split into runs of digits and runs of letters.
  std::vector<std::string_view> tokens;
  for (std::size_t i = 0; i < value.size();) {
    std::size_t j = i;
    if (IsAsciiDigit(value[i])) {
      while (j < value.size() && IsAsciiDigit(value[j])) ++j;
    } else if (IsAsciiAlpha(value[i])) {
      while (j < value.size() && IsAsciiAlpha(value[j])) ++j;
    } else {
      ++i;
      continue;
    }
    tokens.push_back(value.substr(i, j - i));
    i = j;
  }
  if (tokens.empty()) return "";
  const auto is_number = [](std::string_view token, std::size_t min, std::size_t max) {
    return IsAsciiDigit(token[0]) && token.size() >= min && token.size() <= max;
  };
  // ISO 8601 and relatives: 2024-11-22, 2024/11/22, 2024-11-22T09:30:00Z, 20241122.
  if (is_number(tokens[0], 8, 8) && tokens.size() == 1) {
    return FormatDate(ParseNumber(tokens[0].substr(0, 4)), ParseNumber(tokens[0].substr(4, 2)),
                      ParseNumber(tokens[0].substr(6, 2)));
  }
  if (is_number(tokens[0], 4, 4)) {
    if (tokens.size() >= 3 && is_number(tokens[1], 1, 2) && is_number(tokens[2], 1, 2)) {
      return FormatDate(ParseNumber(tokens[0]), ParseNumber(tokens[1]), ParseNumber(tokens[2]));
    }
    return "";
  }
  // Written dates: "Fri, 22 Nov 2024 09:30 GMT", "22 November 2024",
  // "November 22nd, 2024".
  for (std::size_t m = 0; m < tokens.size(); ++m) {
    const int month = MonthFromName(tokens[m]);
    if (month == 0) continue;
    int day = 0;
    if (m > 0 && is_number(tokens[m - 1], 1, 2)) {
      day = ParseNumber(tokens[m - 1]);
    } else if (m + 1 < tokens.size() && is_number(tokens[m + 1], 1, 2)) {
      day = ParseNumber(tokens[m + 1]);
    }
    for (std::size_t y = m + 1; y < tokens.size(); ++y) {
      if (is_number(tokens[y], 4, 4)) return FormatDate(ParseNumber(tokens[y]), month, day);
    }
    return "";
  }
  return "";
}

HtmlArticle ExtractHtmlArticle(std::string_view html) { return Page(html).Extract(); }

}  // namespace awardgraph::loaders
