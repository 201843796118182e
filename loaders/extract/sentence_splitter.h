// sentence_splitter.h — finds the sentences of an article body.
//
// Defines Sentence (a byte range of the body, so evidence stays verbatim) and
// SplitSentences(), which knows abbreviations ("Dr", "St", initials), quotes
// closing after a full stop, bullets and line breaks (a line never continues
// a sentence across a blank line). BodyLines() first drops page clutter that
// survives in saved text: share buttons, comment forms, "More To Explore" and
// related-post teasers (paragraphs ending in "[...]").
//
// Example:
//   auto s = SplitSentences("Dr Ann Lee said it. The Trust won.");
//   // s[0] covers "Dr Ann Lee said it.", s[1] "The Trust won."
#ifndef AWARDGRAPH_LOADERS_SENTENCE_SPLITTER_H_
#define AWARDGRAPH_LOADERS_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

namespace awardgraph::loaders {

/// A sentence: text.substr(begin, end - begin) of the text it came from.
struct Sentence {
  size_t begin = 0;
  size_t end = 0;
  /// Index of the paragraph (run of non-blank lines) it belongs to.
  size_t paragraph = 0;
  /// True when the line starts with a bullet ("•", "*", "-").
  bool bullet = false;
};

/// Splits text into sentences, skipping page clutter (see file comment).
std::vector<Sentence> SplitSentences(std::string_view text);

/// True when a whole line is page furniture rather than article text.
bool IsClutterLine(std::string_view line);

/// True when a clutter line also ends the article ("More To Explore").
bool EndsArticle(std::string_view line);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_SENTENCE_SPLITTER_H_
