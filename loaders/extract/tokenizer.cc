#include "loaders/extract/tokenizer.h"

#include <cctype>

#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {
namespace {

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

bool Token::IsCapitalised() const { return is_word && StartsUpper(text); }

bool Token::IsAllCaps() const {
  int letters = 0;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

bool Token::IsAcronym() const {
  if (!is_word || text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return false;
  int upper = 0, lower = 0;
  for (char c : text) {
    if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    if (std::islower(static_cast<unsigned char>(c))) ++lower;
  }
  // "NHS", "LSCft", "NHSBT" yes; "McLellan", "MySENSE"-like words no.
  return upper >= 2 && lower < upper &&
         (lower == 0 || std::islower(static_cast<unsigned char>(text.back())));
}

bool Token::IsNumber() const {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::vector<Token> Tokenize(std::string_view sentence) {
  std::string s = FoldPunctuation(sentence);
  std::vector<Token> tokens;
  bool space = false;
  size_t i = 0;
  auto push = [&](size_t begin, size_t end, bool word) {
    Token t;
    t.text = s.substr(begin, end - begin);
    t.lower = FoldForMatch(t.text);
    t.space_before = space;
    t.is_word = word;
    tokens.push_back(std::move(t));
    space = false;
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    if (!IsWordByte(c)) {
      push(i, i + 1, false);
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < s.size()) {
      if (IsWordByte(s[i])) {
        ++i;
        continue;
      }
      // Joiners inside a word: hyphen, slash between digits, '&' between
      // capitals (A&E), apostrophe unless it starts a possessive "'s".
      char j = s[i];
      bool next_word = i + 1 < s.size() && IsWordByte(s[i + 1]);
      if (!next_word) break;
      if (j == '-') {
        ++i;
        continue;
      }
      if (j == '/' && std::isdigit(static_cast<unsigned char>(s[i - 1]))) {
        ++i;
        continue;
      }
      if (j == '&' && std::isupper(static_cast<unsigned char>(s[i - 1])) &&
          std::isupper(static_cast<unsigned char>(s[i + 1]))) {
        ++i;
        continue;
      }
      if (j == '\'') {
        bool possessive =
            (s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= s.size() || !IsWordByte(s[i + 2]));
        if (possessive) break;
        ++i;
        continue;
      }
      if ((j == '.' || j == ',') && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
          std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
        ++i;
        continue;
      }
      break;
    }
    push(begin, i, true);
    // A possessive "'s" (or a bare trailing apostrophe after plural "s").
    if (i < s.size() && s[i] == '\'') {
      bool possessive = i + 1 < s.size() && (s[i + 1] == 's' || s[i + 1] == 'S') &&
                        (i + 2 >= s.size() || !IsWordByte(s[i + 2]));
      if (possessive) {
        push(i, i + 2, false);
        tokens.back().text = "'s";
        tokens.back().lower = "'s";
        i += 2;
      }
    }
  }
  return tokens;
}

std::string JoinTokens(const std::vector<Token>& tokens, size_t first, size_t last) {
  std::string out;
  for (size_t i = first; i < last && i < tokens.size(); ++i) {
    if (i > first && tokens[i].space_before) out += ' ';
    out += tokens[i].text;
  }
  return out;
}

}  // namespace awardgraph::loaders
