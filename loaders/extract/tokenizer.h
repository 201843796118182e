// tokenizer.h — splits one sentence into word and punctuation tokens.
//
// Defines Token and Tokenize(). Tokens are taken from the sentence after
// FoldPunctuation (so curly quotes and dashes arrive as ASCII); a possessive
// "'s" is its own token; hyphenated and apostrophe words stay whole
// ("Stoke-on-Trent", "O'Neill"), as do "A&E" and "22/11/24".
//
// Example:
//   auto toks = Tokenize("SSOT ICB's MedOptimise tool, said Dr Jones.");
//   // SSOT | ICB | 's | MedOptimise | tool | , | said | Dr | Jones | .
#ifndef AWARDGRAPH_LOADERS_TOKENIZER_H_
#define AWARDGRAPH_LOADERS_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

namespace awardgraph::loaders {

/// One token of a sentence.
struct Token {
  /// The token text (punctuation folded to ASCII).
  std::string text;
  /// Lower-case form of text, for matching.
  std::string lower;
  /// True when white space preceded the token in the sentence.
  bool space_before = false;
  /// True for a word (letters or digits), false for punctuation.
  bool is_word = false;

  /// Starts with an upper-case ASCII letter.
  bool IsCapitalised() const;
  /// Every letter is upper case and there are at least two ("NHS", "ICB").
  bool IsAllCaps() const;
  /// An initialism: starts upper case, mostly capitals ("NHS", "LSCft").
  bool IsAcronym() const;
  /// Only digits.
  bool IsNumber() const;
};

/// Splits a sentence into tokens.
std::vector<Token> Tokenize(std::string_view sentence);

/// Rebuilds the text of tokens [first, last) with their original spacing.
std::string JoinTokens(const std::vector<Token>& tokens, size_t first, size_t last);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_TOKENIZER_H_
