// document.h — one article as the readers hand it to the extractor.
//
// Defines Document (text plus metadata) and SkippedInput (a file that could
// not be used, with the reason). Readers fill these; nothing here does I/O.
//
// Example:
//   Document doc{.source = "news/a.txt", .title = "Trust wins award",
//                .date = "2024-11-22", .text = "Body text..."};
#ifndef AWARDGRAPH_LOADERS_DOCUMENT_H_
#define AWARDGRAPH_LOADERS_DOCUMENT_H_

#include <string>

namespace awardgraph::loaders {

/// One article, decoded to UTF-8.
struct Document {
  /// Where it came from: a file path, a URL, or "path:LINE" for a JSON Lines
  /// record without a URL. Stable across runs: it keys the article's graph.
  std::string source;
  /// The headline (first line of a .txt file, <title>/og:title of a page).
  std::string title;
  /// Publication date as ISO 8601 "YYYY-MM-DD", or empty when unknown.
  std::string date;
  /// The article body, UTF-8, paragraphs separated by blank lines. Evidence
  /// sentences are substrings of this text, so readers must not rewrite words.
  std::string text;
};

/// A file (or JSON Lines record) that was not ingested.
struct SkippedInput {
  /// The file path, or "path:LINE" for one JSON Lines record.
  std::string source;
  /// Why, in words a user can act on ("binary file", "over 10485760 bytes").
  std::string reason;
};

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_DOCUMENT_H_
