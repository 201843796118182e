#include "loaders/extract/sentence_splitter.h"

#include <cctype>
#include <string>

#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {
namespace {

// Lines that are page furniture wherever they stand (compared after folding
// and trimming, case-insensitively).
constexpr std::string_view kClutterLines[] = {"share this post",
                                              "share this article",
                                              "share this page",
                                              "share this story",
                                              "share",
                                              "share on facebook",
                                              "share on twitter",
                                              "share on linkedin",
                                              "share on x",
                                              "tweet",
                                              "leave a reply",
                                              "leave a comment",
                                              "post a comment",
                                              "skip to content",
                                              "skip to main content",
                                              "print",
                                              "email",
                                              "print this page",
                                              "back to top",
                                              "cookie settings",
                                              "accept cookies",
                                              "accept all cookies",
                                              "reject all",
                                              "manage cookies",
                                              "subscribe",
                                              "sign up",
                                              "read more",
                                              "click here",
                                              "cancel reply",
                                              "previous post",
                                              "next post",
                                              "menu",
                                              "search",
                                              "close",
                                              "advertisement",
                                              "related",
                                              "tags",
                                              "categories",
                                              "comments"};

// Headings after which the rest of the page is not the article.
constexpr std::string_view kEndHeadings[] = {"more to explore",
                                             "related posts",
                                             "related articles",
                                             "related news",
                                             "related stories",
                                             "you may also like",
                                             "you might also like",
                                             "more news",
                                             "latest news",
                                             "other news",
                                             "recent posts",
                                             "more stories",
                                             "read next",
                                             "further reading",
                                             "leave a reply",
                                             "comments",
                                             "about us",
                                             "contact us",
                                             "follow us",
                                             "connect with us",
                                             "share this post",
                                             "share this article",
                                             "newsletter",
                                             "share this story",
                                             "most read",
                                             "most popular",
                                             "trending",
                                             "top stories",
                                             "more from",
                                             "in other news",
                                             "you may be interested in",
                                             "recommended",
                                             "popular stories",
                                             "related content",
                                             "see also",
                                             "related links",
                                             "more on this story"};

// Words after which a full stop does not end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "dr",   "mr",  "mrs", "ms",  "prof", "st",   "rev", "revd", "cllr", "no",
    "co",   "ltd", "inc", "vs",  "etc",  "e.g",  "i.e", "jan",  "feb",  "mar",
    "apr",  "jun", "jul", "aug", "sep",  "sept", "oct", "nov",  "dec",  "approx",
    "dept", "est", "fig", "gov", "mt",   "nr",   "op",  "sr",   "jr"};

std::string Trimmed(std::string_view line) {
  std::string folded = FoldForMatch(line);
  size_t b = folded.find_first_not_of(" \t\r*-:|>");
  if (b == std::string::npos) return {};
  size_t e = folded.find_last_not_of(" \t\r:|.");
  return folded.substr(b, e - b + 1);
}

bool IsAbbreviation(std::string_view text, size_t dot) {
  size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.'))
    --b;
  std::string word(text.substr(b, dot - b));
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0])))
    return true;  // initial
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto a : kAbbreviations)
    if (word == a) return true;
  return false;
}

bool IsClosing(std::string_view text, size_t i, size_t* len) {
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\u201D", "\u2019"};
  for (auto c : kClosers) {
    if (text.substr(i, c.size()) == c) {
      *len = c.size();
      return true;
    }
  }
  return false;
}

bool StartsSentence(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(') return true;
  // Opening curly quotes and bullets (multi-byte).
  for (std::string_view open : {"\u201C", "\u2018", "\u2022"})
    if (text.substr(i, open.size()) == open) return true;
  return false;
}

size_t BulletLength(std::string_view line) {
  for (std::string_view b : {"\u2022", "\u25CF", "\u25AA", "\u00B7", "*", "-", "\u2013"}) {
    if (line.substr(0, b.size()) == b && line.size() > b.size() &&
        (line[b.size()] == ' ' || line[b.size()] == '\t'))
      return b.size();
  }
  return 0;
}

void SplitLine(std::string_view text, size_t line_begin, size_t line_end, size_t paragraph,
               std::vector<Sentence>* out) {
  size_t b = line_begin;
  while (b < line_end && (text[b] == ' ' || text[b] == '\t')) ++b;
  bool bullet = false;
  if (size_t n = BulletLength(text.substr(b, line_end - b)); n > 0) {
    bullet = true;
    b += n;
    while (b < line_end && (text[b] == ' ' || text[b] == '\t')) ++b;
  }
  size_t start = b;
  auto emit = [&](size_t end) {
    size_t e = end;
    while (e > start && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > start) out->push_back({start, e, paragraph, bullet});
  };
  for (size_t i = b; i < line_end; ++i) {
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    if (c == '.' && IsAbbreviation(text, i)) continue;
    size_t j = i + 1;
    while (j < line_end && text[j] == '.') ++j;  // ellipsis
    size_t len = 0;
    while (j < line_end && IsClosing(text, j, &len)) j += len;
    if (j < line_end && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') continue;
    size_t k = j;
    while (k < line_end &&
           (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'))
      ++k;
    if (k >= line_end) break;
    if (!StartsSentence(text, k)) continue;
    emit(j);
    start = k;
    i = k - 1;
  }
  emit(line_end);
}

}  // namespace

bool IsClutterLine(std::string_view line) {
  std::string t = Trimmed(line);
  if (t.empty()) return false;
  for (auto c : kClutterLines)
    if (t == c) return true;
  if (t.find("your email address will not be published") != std::string::npos) return true;
  if (t.find("required fields are marked") != std::string::npos) return true;
  if (t.find("we use cookies") != std::string::npos) return true;
  if (t.find("this website uses cookies") != std::string::npos) return true;
  if (t.find("sign up to our newsletter") != std::string::npos) return true;
  if (t.find("all rights reserved") != std::string::npos) return true;
  if (t.rfind("\u00a9", 0) == 0 || t.rfind("(c) ", 0) == 0 || t.rfind("copyright ", 0) == 0)
    return true;
  // "Facebook | Twitter | Email": a row of sharing links.
  {
    static constexpr std::string_view kSocial[] = {"facebook",  "twitter",  "x",         "email",
                                                   "linkedin",  "whatsapp", "instagram", "print",
                                                   "copy link", "share"};
    bool all_social = true;
    size_t parts = 0;
    size_t start = 0;
    while (start <= t.size()) {
      size_t bar = t.find('|', start);
      std::string part(t.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
      size_t b = part.find_first_not_of(' ');
      size_t e = part.find_last_not_of(' ');
      part = b == std::string::npos ? "" : part.substr(b, e - b + 1);
      if (!part.empty()) {
        ++parts;
        bool known = false;
        for (auto w : kSocial) known |= part == w;
        all_social &= known;
      }
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
    if (parts >= 2 && all_social) return true;
  }
  // Related-post teasers end in an elided "[...]".
  if (t.size() > 5 && t.compare(t.size() - 5, 5, "[...]") == 0) return true;
  return false;
}

bool EndsArticle(std::string_view line) {
  std::string t = Trimmed(line);
  for (auto h : kEndHeadings)
    if (t == h) return true;
  return false;
}

std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> out;
  size_t paragraph = 0;
  bool in_paragraph = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (blank) {
      if (in_paragraph) ++paragraph;
      in_paragraph = false;
    } else if (EndsArticle(line) && pos > text.size() / 3) {
      break;
    } else if (!IsClutterLine(line)) {
      // A hard-wrapped sentence goes on when the line stops mid-sentence and
      // the next one starts in lower case.
      while (end < text.size()) {
        size_t last = text.find_last_not_of(" \t\r", end - 1);
        char c = last == std::string_view::npos || last < pos ? '.' : text[last];
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' ||
            static_cast<unsigned char>(c) >= 0x80)
          break;
        size_t next_begin = end + 1;
        size_t first = text.find_first_not_of(" \t", next_begin);
        if (first == std::string_view::npos ||
            !std::islower(static_cast<unsigned char>(text[first])))
          break;
        size_t next_nl = text.find('\n', next_begin);
        nl = next_nl;
        end = next_nl == std::string_view::npos ? text.size() : next_nl;
      }
      SplitLine(text, pos, end, paragraph, &out);
      in_paragraph = true;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

}  // namespace awardgraph::loaders
