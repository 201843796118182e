// html_extractor.cc — a forgiving HTML tokenizer and tree builder, plus the
// heuristics that find the article body, headline and date in the tree.
//
// The tree lives in one vector; a node's children always come after it, so
// subtree totals are computed by a single backwards pass and no step recurses
// (deeply nested or hostile markup cannot exhaust the stack).
#include "loaders/read/html_extractor.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "loaders/read/text_decoding.h"

namespace awardgraph::loaders {
namespace {

// Open elements nested deeper than this are still created, but as leaves of
// the deepest open element (as browsers do); this bounds every stack scan.
constexpr std::size_t kMaxOpenDepth = 512;

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
// Character references.

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The references news pages actually use: markup escapes, spaces, quotes and
// dashes, currency, symbols and the Latin-1 letters.
constexpr NamedEntity kNamedEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},     {"ensp", 0x2002},   {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"hairsp", 0x200A}, {"zwnj", 0x200C},   {"zwj", 0x200D},
    {"lrm", 0x200E},    {"rlm", 0x200F},    {"shy", 0xAD},      {"ndash", 0x2013},
    {"mdash", 0x2014},  {"dash", 0x2010},   {"hyphen", 0x2010}, {"minus", 0x2212},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
    {"laquo", 0xAB},    {"raquo", 0xBB},    {"prime", 0x2032},  {"Prime", 0x2033},
    {"hellip", 0x2026}, {"bull", 0x2022},   {"middot", 0xB7},   {"dagger", 0x2020},
    {"Dagger", 0x2021}, {"permil", 0x2030}, {"pound", 0xA3},    {"euro", 0x20AC},
    {"cent", 0xA2},     {"yen", 0xA5},      {"curren", 0xA4},   {"dollar", '$'},
    {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},  {"deg", 0xB0},
    {"plusmn", 0xB1},   {"times", 0xD7},    {"divide", 0xF7},   {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},   {"sup1", 0xB9},     {"sup2", 0xB2},
    {"sup3", 0xB3},     {"micro", 0xB5},    {"para", 0xB6},     {"sect", 0xA7},
    {"iexcl", 0xA1},    {"iquest", 0xBF},   {"brvbar", 0xA6},   {"not", 0xAC},
    {"macr", 0xAF},     {"acute", 0xB4},    {"cedil", 0xB8},    {"uml", 0xA8},
    {"ordf", 0xAA},     {"ordm", 0xBA},     {"circ", 0x2C6},    {"tilde", 0x2DC},
    {"fnof", 0x192},    {"larr", 0x2190},   {"uarr", 0x2191},   {"rarr", 0x2192},
    {"darr", 0x2193},   {"harr", 0x2194},   {"check", 0x2713},  {"star", 0x2606},
    {"hearts", 0x2665}, {"num", '#'},       {"percnt", '%'},    {"commat", '@'},
    {"excl", '!'},      {"quest", '?'},     {"colon", ':'},     {"semi", ';'},
    {"comma", ','},     {"period", '.'},    {"sol", '/'},       {"bsol", '\\'},
    {"lpar", '('},      {"rpar", ')'},      {"lsqb", '['},      {"rsqb", ']'},
    {"lcub", '{'},      {"rcub", '}'},      {"ast", '*'},       {"plus", '+'},
    {"equals", '='},    {"lowbar", '_'},    {"grave", '`'},     {"vert", '|'},
    {"Agrave", 0xC0},   {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Atilde", 0xC3},
    {"Auml", 0xC4},     {"Aring", 0xC5},    {"AElig", 0xC6},    {"Ccedil", 0xC7},
    {"Egrave", 0xC8},   {"Eacute", 0xC9},   {"Ecirc", 0xCA},    {"Euml", 0xCB},
    {"Igrave", 0xCC},   {"Iacute", 0xCD},   {"Icirc", 0xCE},    {"Iuml", 0xCF},
    {"ETH", 0xD0},      {"Ntilde", 0xD1},   {"Ograve", 0xD2},   {"Oacute", 0xD3},
    {"Ocirc", 0xD4},    {"Otilde", 0xD5},   {"Ouml", 0xD6},     {"Oslash", 0xD8},
    {"Ugrave", 0xD9},   {"Uacute", 0xDA},   {"Ucirc", 0xDB},    {"Uuml", 0xDC},
    {"Yacute", 0xDD},   {"THORN", 0xDE},    {"szlig", 0xDF},    {"agrave", 0xE0},
    {"aacute", 0xE1},   {"acirc", 0xE2},    {"atilde", 0xE3},   {"auml", 0xE4},
    {"aring", 0xE5},    {"aelig", 0xE6},    {"ccedil", 0xE7},   {"egrave", 0xE8},
    {"eacute", 0xE9},   {"ecirc", 0xEA},    {"euml", 0xEB},     {"igrave", 0xEC},
    {"iacute", 0xED},   {"icirc", 0xEE},    {"iuml", 0xEF},     {"eth", 0xF0},
    {"ntilde", 0xF1},   {"ograve", 0xF2},   {"oacute", 0xF3},   {"ocirc", 0xF4},
    {"otilde", 0xF5},   {"ouml", 0xF6},     {"oslash", 0xF8},   {"ugrave", 0xF9},
    {"uacute", 0xFA},   {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yacute", 0xFD},
    {"thorn", 0xFE},    {"yuml", 0xFF},     {"OElig", 0x152},   {"oelig", 0x153},
    {"Scaron", 0x160},  {"scaron", 0x161},  {"Yuml", 0x178},    {"Zcaron", 0x17D},
    {"zcaron", 0x17E},  {"alpha", 0x3B1},   {"beta", 0x3B2},    {"gamma", 0x3B3},
    {"delta", 0x3B4},   {"mu", 0x3BC},      {"pi", 0x3C0},      {"sigma", 0x3C3},
    {"Omega", 0x3A9},
};

// References that browsers also recognise without the closing semicolon.
constexpr std::array<std::string_view, 7> kLegacyEntities = {"amp",  "lt",   "gt", "quot",
                                                             "nbsp", "copy", "reg"};

// Windows-1252 meanings of numeric references &#128; to &#159;, as the HTML
// standard maps them (0 leaves the code point as written).
constexpr char32_t kNumericCp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

const std::unordered_map<std::string_view, char32_t>& EntityTable() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, char32_t>();
    for (const NamedEntity& entity : kNamedEntities) map->emplace(entity.name, entity.code_point);
    return map;
  }();
  return *table;
}

// Decodes the reference starting at text[pos] == '&'. On success appends the
// character to `out` and returns the number of bytes consumed; else 0.
std::size_t DecodeOneEntity(std::string_view text, std::size_t pos, std::string& out) {
  std::size_t i = pos + 1;
  if (i < text.size() && text[i] == '#') {
    ++i;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_start = i;
    std::uint32_t value = 0;
    bool overflow = false;
    while (i < text.size()) {
      const char c = text[i];
      int digit;
      if (IsAsciiDigit(c)) {
        digit = c - '0';
      } else if (hex && ToLower(c) >= 'a' && ToLower(c) <= 'f') {
        digit = ToLower(c) - 'a' + 10;
      } else {
        break;
      }
      if (value > 0x10FFFF) overflow = true;
      if (!overflow) value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      ++i;
    }
    if (i == digits_start) return 0;
    if (i < text.size() && text[i] == ';') ++i;
    char32_t code_point = overflow ? 0xFFFD : value;
    if (code_point == 0 || code_point > 0x10FFFF) code_point = 0xFFFD;
    if (code_point >= 0x80 && code_point <= 0x9F && kNumericCp1252[code_point - 0x80] != 0) {
      code_point = kNumericCp1252[code_point - 0x80];
    }
    AppendUtf8(code_point, out);  // writes U+FFFD for surrogates
    return i - pos;
  }
  while (i < text.size() && i - pos <= 32 && IsAsciiAlnum(text[i])) ++i;
  const std::string_view name = text.substr(pos + 1, i - pos - 1);
  if (name.empty()) return 0;
  const bool has_semicolon = i < text.size() && text[i] == ';';
  if (!has_semicolon && !Contains(kLegacyEntities, name)) return 0;
  const auto& table = EntityTable();
  const auto found = table.find(name);
  if (found == table.end()) return 0;
  AppendUtf8(found->second, out);
  return i - pos + (has_semicolon ? 1 : 0);
}

// ---------------------------------------------------------------------------
// The document tree.

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

constexpr std::array<std::string_view, 16> kVoidElements = {
    "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
    "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont"};

// Elements whose content is not markup; the tokenizer reads it up to the
// matching end tag. Entities are decoded in "title" and "textarea" only.
constexpr std::array<std::string_view, 9> kRawTextElements = {
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea"};

// Start tags that close an open <p> (the HTML standard's list, trimmed).
constexpr std::array<std::string_view, 33> kClosesParagraph = {
    "address", "article",  "aside",      "blockquote", "center", "details", "dialog", "dir",  "div",
    "dl",      "fieldset", "figcaption", "figure",     "footer", "form",    "h1",     "h2",   "h3",
    "h4",      "h5",       "h6",         "header",     "hgroup", "hr",      "main",   "menu", "nav",
    "ol",      "p",        "pre",        "section",    "table",  "ul"};

// Elements that stop the search for an open element to close implicitly.
constexpr std::array<std::string_view, 9> kScopeBoundaries = {
    "html", "table", "td", "th", "caption", "button", "object", "marquee", "template"};

class TreeBuilder {
 public:
  explicit TreeBuilder(std::string_view html) : html_(html) {
    nodes_.reserve(html.size() / 32 + 16);
    nodes_.emplace_back();
    nodes_[0].name = "#document";
    open_.push_back(0);
  }

  std::vector<Node> Build() {
    std::size_t pos = 0;
    while (pos < html_.size()) {
      const std::size_t lt = html_.find('<', pos);
      if (lt == std::string_view::npos) {
        AddText(html_.substr(pos), /*decode=*/true);
        break;
      }
      if (lt > pos) AddText(html_.substr(pos, lt - pos), /*decode=*/true);
      pos = ParseMarkup(lt);
    }
    return std::move(nodes_);
  }

 private:
  // Parses whatever starts at html_[lt] == '<' and returns the position after it.
  std::size_t ParseMarkup(std::size_t lt) {
    const std::string_view rest = html_.substr(lt);
    if (rest.substr(0, 4) == "<!--") {
      const std::size_t end = html_.find("-->", lt + 4);
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    if (rest.substr(0, 9) == "<![CDATA[") {
      const std::size_t end = html_.find("]]>", lt + 9);
      const std::size_t stop = end == std::string_view::npos ? html_.size() : end;
      AddText(html_.substr(lt + 9, stop - lt - 9), /*decode=*/false);
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    if (rest.size() >= 2 && (rest[1] == '!' || rest[1] == '?')) {
      // Doctype, processing instruction or bogus comment: skip to '>'.
      const std::size_t end = html_.find('>', lt + 2);
      return end == std::string_view::npos ? html_.size() : end + 1;
    }
    if (rest.size() >= 3 && rest[1] == '/' && IsAsciiAlpha(rest[2])) {
      std::size_t i = lt + 2;
      while (i < html_.size() && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') ++i;
      const std::string name = Lowercase(html_.substr(lt + 2, i - lt - 2));
      const std::size_t end = html_.find('>', i);
      EndTag(name);
      return end == std::string_view::npos ? html_.size() : end + 1;
    }
    if (rest.size() >= 2 && IsAsciiAlpha(rest[1])) return ParseStartTag(lt);
    // A stray '<' (as in "a < b" or "</ >") is text.
    AddText("<", /*decode=*/false);
    return lt + 1;
  }

  std::size_t ParseStartTag(std::size_t lt) {
    std::size_t i = lt + 1;
    while (i < html_.size() && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') ++i;
    std::string name = Lowercase(html_.substr(lt + 1, i - lt - 1));
    std::vector<Attribute> attributes;
    bool self_closing = false;
    while (true) {
      while (i < html_.size() && (IsHtmlSpace(html_[i]) || html_[i] == '/')) {
        self_closing = html_[i] == '/';
        ++i;
      }
      if (i >= html_.size()) return html_.size();  // tag cut off by end of file: dropped
      if (html_[i] == '>') {
        ++i;
        break;
      }
      self_closing = false;
      const std::size_t name_start = i;
      ++i;  // an attribute name may start with '='
      while (i < html_.size() && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>' &&
             html_[i] != '=') {
        ++i;
      }
      Attribute attribute;
      attribute.name = Lowercase(html_.substr(name_start, i - name_start));
      std::size_t j = i;
      while (j < html_.size() && IsHtmlSpace(html_[j])) ++j;
      if (j < html_.size() && html_[j] == '=') {
        ++j;
        while (j < html_.size() && IsHtmlSpace(html_[j])) ++j;
        std::size_t value_start = j, value_end;
        if (j < html_.size() && (html_[j] == '"' || html_[j] == '\'')) {
          ++value_start;
          value_end = html_.find(html_[j], value_start);
          if (value_end == std::string_view::npos) {
            // Unterminated quote: end the value at the next '>' rather than
            // swallowing the rest of the page.
            value_end = html_.find('>', value_start);
            if (value_end == std::string_view::npos) value_end = html_.size();
            j = value_end;
          } else {
            j = value_end + 1;
          }
        } else {
          while (j < html_.size() && !IsHtmlSpace(html_[j]) && html_[j] != '>') ++j;
          value_end = j;
        }
        attribute.value = DecodeHtmlEntities(html_.substr(value_start, value_end - value_start));
        i = j;
      }
      const bool duplicate =
          std::any_of(attributes.begin(), attributes.end(),
                      [&](const Attribute& a) { return a.name == attribute.name; });
      if (!duplicate) attributes.push_back(std::move(attribute));
    }
    return StartTag(std::move(name), std::move(attributes), self_closing, i);
  }

  // Opens an element; `pos` is just after its start tag. Returns where
  // parsing continues (after the content of a raw text element).
  std::size_t StartTag(std::string name, std::vector<Attribute> attributes, bool self_closing,
                       std::size_t pos) {
    if ((name == "html" || name == "body") && open_count_[name] > 0) return pos;
    CloseImplicitly(name);
    const int index = AppendNode(std::move(name));
    Node& node = nodes_[index];
    node.attributes = std::move(attributes);
    const std::string& tag = node.name;
    if (Contains(kVoidElements, tag) || self_closing) return pos;
    if (Contains(kRawTextElements, tag)) {
      const std::size_t end = FindEndTag(tag, pos);
      const std::string_view content = html_.substr(pos, end - pos);
      const bool decode = tag == "title" || tag == "textarea";
      const std::string text = decode ? DecodeHtmlEntities(content) : std::string(content);
      if (!text.empty()) {
        const int text_index = AppendNode("");
        nodes_[text_index].parent = index;
        nodes_[text_index].text = text;
        Link(index, text_index);
      }
      if (end >= html_.size()) return html_.size();
      const std::size_t close = html_.find('>', end);
      return close == std::string_view::npos ? html_.size() : close + 1;
    }
    if (open_.size() < kMaxOpenDepth) {
      open_.push_back(index);
      ++open_count_[tag];
    }
    return pos;
  }

  // Returns the position of "</tag" (case-insensitive) at or after `pos`, or
  // the end of the input.
  std::size_t FindEndTag(std::string_view tag, std::size_t pos) const {
    while (true) {
      pos = html_.find("</", pos);
      if (pos == std::string_view::npos) return html_.size();
      const std::size_t after = pos + 2 + tag.size();
      if (StartsWithIgnoreCase(html_.substr(pos + 2), tag) &&
          (after >= html_.size() || IsHtmlSpace(html_[after]) || html_[after] == '/' ||
           html_[after] == '>')) {
        return pos;
      }
      pos += 2;
    }
  }

  void EndTag(const std::string& name) {
    if (name == "br") {  // "</br>" is read as "<br>"
      StartTag("br", {}, true, 0);
      return;
    }
    if (name == "html" || name == "body") return;  // content after them stays in the body
    const auto count = open_count_.find(name);
    if (count == open_count_.end() || count->second == 0) return;  // stray end tag
    while (open_.size() > 1) {
      const int top = open_.back();
      Pop();
      if (nodes_[top].name == name) return;
    }
  }

  // Closes elements that the start tag `name` implicitly ends.
  void CloseImplicitly(std::string_view name) {
    if (Contains(kClosesParagraph, name) || name == "li" || name == "dd" || name == "dt") {
      CloseInScope("p", {});
    }
    if (name == "li") CloseInScope("li", {"ul", "ol"});
    if (name == "dd" || name == "dt") {
      CloseInScope("dd", {"dl"});
      CloseInScope("dt", {"dl"});
    }
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
      const std::string& top = nodes_[open_.back()].name;
      if (top.size() == 2 && top[0] == 'h' && top[1] >= '1' && top[1] <= '6') Pop();
    }
    if (name == "option") CloseInScope("option", {"select", "datalist"});
    if (name == "tr") {
      CloseInScope("td", {"tr"});
      CloseInScope("th", {"tr"});
      CloseInScope("tr", {"tbody", "thead", "tfoot"});
    }
    if (name == "td" || name == "th") {
      CloseInScope("td", {"tr"});
      CloseInScope("th", {"tr"});
    }
    if (name == "thead" || name == "tbody" || name == "tfoot") {
      CloseInScope("tr", {"table"});
      CloseInScope("thead", {"table"});
      CloseInScope("tbody", {"table"});
      CloseInScope("tfoot", {"table"});
    }
    if (name == "a") CloseInScope("a", {});
  }

  // Pops up to and including the innermost open `name`, unless a scope
  // boundary (or one of `stops`) comes first.
  void CloseInScope(std::string_view name, std::initializer_list<std::string_view> stops) {
    const auto count = open_count_.find(std::string(name));
    if (count == open_count_.end() || count->second == 0) return;
    for (std::size_t i = open_.size(); i-- > 1;) {
      const std::string& open_name = nodes_[open_[i]].name;
      if (open_name == name) {
        while (open_.size() > i) Pop();
        return;
      }
      if (Contains(kScopeBoundaries, open_name) ||
          std::find(stops.begin(), stops.end(), open_name) != stops.end()) {
        return;
      }
    }
  }

  void Pop() {
    --open_count_[nodes_[open_.back()].name];
    open_.pop_back();
  }

  int AppendNode(std::string name) {
    const int index = static_cast<int>(nodes_.size());
    nodes_.emplace_back();
    nodes_[index].name = std::move(name);
    if (!nodes_[index].name.empty()) Link(open_.back(), index);
    return index;
  }

  void Link(int parent, int child) {
    nodes_[child].parent = parent;
    if (nodes_[parent].last_child < 0) {
      nodes_[parent].first_child = child;
    } else {
      nodes_[nodes_[parent].last_child].next_sibling = child;
    }
    nodes_[parent].last_child = child;
  }

  void AddText(std::string_view raw, bool decode) {
    if (raw.empty()) return;
    const int parent = open_.back();
    const int last = nodes_[parent].last_child;
    std::string text = decode ? DecodeHtmlEntities(raw) : std::string(raw);
    if (last >= 0 && nodes_[last].IsText()) {
      nodes_[last].text += text;  // e.g. text split by a stray '<'
      return;
    }
    const int index = AppendNode("");
    nodes_[index].text = std::move(text);
    Link(parent, index);
  }

  std::string_view html_;
  std::vector<Node> nodes_;
  std::vector<int> open_;  // indices of open elements; [0] is the document
  std::unordered_map<std::string, int> open_count_;
};

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
  explicit Page(std::string_view html) : nodes_(TreeBuilder(html).Build()) { Measure(); }

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
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, amp - pos));
    const std::size_t consumed = DecodeOneEntity(text, amp, out);
    if (consumed == 0) {
      out.push_back('&');
      pos = amp + 1;
    } else {
      pos = amp + consumed;
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
