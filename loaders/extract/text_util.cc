#include "loaders/extract/text_util.h"

#include <cctype>

namespace awardgraph::loaders {
namespace {

// Typographic characters (UTF-8) and their ASCII stand-ins.
struct Fold {
  std::string_view from;
  std::string_view to;
};
constexpr Fold kFolds[] = {
    {"\u2018", "'"},   {"\u2019", "'"},  {"\u201A", "'"}, {"\u2032", "'"}, {"\u201C", "\""},
    {"\u201D", "\""},  {"\u201E", "\""}, {"\u2013", "-"}, {"\u2014", "-"}, {"\u2012", "-"},
    {"\u2010", "-"},   {"\u2011", "-"},  {"\u00A0", " "}, {"\u2009", " "}, {"\u202F", " "},
    {"\u2026", "..."}, {"\u2022", "*"},
};

bool IsSmallWord(std::string_view w) {
  static constexpr std::string_view kSmall[] = {"and", "of", "the",  "on", "upon", "in",
                                                "for", "at", "with", "a",  "an",   "to"};
  for (auto s : kSmall)
    if (w == s) return true;
  return false;
}

}  // namespace

std::string FoldPunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      bool folded = false;
      for (const auto& f : kFolds) {
        if (text.substr(i, f.from.size()) == f.from) {
          out += f.to;
          i += f.from.size();
          folded = true;
          break;
        }
      }
      if (folded) continue;
    }
    out += text[i++];
  }
  return out;
}

std::string FoldForMatch(std::string_view text) {
  std::string out = FoldPunctuation(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string NameKey(std::string_view name) {
  std::string folded = FoldForMatch(name);
  std::string out;
  bool space = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (c == '&') {
      if (!out.empty()) out += ' ';
      out += "and";
      space = true;
      continue;
    }
    if (c == '\'') continue;  // "women's" and "womens" are one key
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    } else {
      space = true;
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string Slug(std::string_view name) {
  std::string key = NameKey(name);
  std::string out;
  for (char c : key) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += c;
    } else if (c == ' ' && !out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.size() > 80) out.resize(80);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "x" : out;
}

std::string TitleCaseOds(std::string_view upper) {
  std::string out;
  std::string word;
  auto flush = [&](bool first) {
    if (word.empty()) return;
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word == "NHS" || word == "ICB" || word == "UK") {
      out += word;
    } else if (!first && IsSmallWord(lower)) {
      out += lower;
    } else {
      // Capitalise after the start and after '-' unless the part is small
      // ("Stoke-on-Trent"); apostrophe suffixes stay lower ("Women's").
      bool cap_next = true;
      std::string part;
      for (size_t i = 0; i < lower.size(); ++i) {
        char c = lower[i];
        if (cap_next && std::isalpha(static_cast<unsigned char>(c))) {
          size_t end = lower.find('-', i);
          std::string_view piece(lower.data() + i,
                                 (end == std::string::npos ? lower.size() : end) - i);
          bool small = i > 0 && IsSmallWord(piece);
          out += small ? c : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          cap_next = false;
        } else {
          out += c;
          if (c == '-') cap_next = true;
        }
      }
    }
    word.clear();
  };
  bool first = true;
  for (char c : upper) {
    if (c == ' ') {
      bool had = !word.empty();
      flush(first);
      if (had) first = false;
      out += ' ';
    } else {
      word += c;
    }
  }
  flush(first);
  return out;
}

std::string SquashSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

bool StartsUpper(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

}  // namespace awardgraph::loaders
