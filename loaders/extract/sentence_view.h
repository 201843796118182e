// sentence_view.h — a tokenised sentence and token spans, the input of every
// mention finder.
//
// Defines Span (a half-open token range [begin, end)) and SentenceView (a
// sentence verbatim with its tokens).
//
// Example:
//   SentenceView s("Dr Jane Halpin said.");
//   std::string name = s.Text(Span{1, 3});  // "Jane Halpin"
#ifndef AWARDGRAPH_LOADERS_SENTENCE_VIEW_H_
#define AWARDGRAPH_LOADERS_SENTENCE_VIEW_H_

#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/tokenizer.h"

namespace awardgraph::loaders {

/// A half-open token range.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool Contains(size_t i) const { return i >= begin && i < end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
};

/// A sentence with its tokens.
struct SentenceView {
  explicit SentenceView(std::string_view text) : text(text), tokens(Tokenize(text)) {}
  /// The sentence verbatim.
  std::string text;
  std::vector<Token> tokens;
  /// Text of tokens [span.begin, span.end).
  std::string Text(Span span) const { return JoinTokens(tokens, span.begin, span.end); }
  /// Lower-case token i, or "" past either end.
  std::string_view Lower(size_t i) const {
    if (i >= tokens.size()) return {};
    return tokens[i].lower;
  }
  /// True when token i exists and is a capitalised word.
  bool Cap(size_t i) const { return i < tokens.size() && tokens[i].IsCapitalised(); }
};

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_SENTENCE_VIEW_H_
