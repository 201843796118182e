// document_reader.h — the input side of `awardgraph ingest`: files and
// folders in, Documents (and the reasons some inputs were skipped) out.
//
// Defines ReadOptions, ReadResult, ReadInputs() for paths on disk,
// InputReader (the same, one document at a time, so a large corpus is never
// held in memory) and ReadBuffer() for bytes already in memory (tests, stdin). Plain text (.txt),
// saved web pages (.html, .htm) and JSON Lines (.jsonl) are understood.
// Per-file problems are reported as SkippedInput values, never thrown.
//
// Example:
//   ReadResult result = ReadInputs({"news/", "extra/page.html"}, {});
//   for (const Document& doc : result.documents) Extract(doc);
//   for (const SkippedInput& skip : result.skipped)
//     std::cerr << skip.source << ": " << skip.reason << "\n";
#ifndef AWARDGRAPH_LOADERS_DOCUMENT_READER_H_
#define AWARDGRAPH_LOADERS_DOCUMENT_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/read/document.h"

namespace awardgraph::loaders {

/// How ReadInputs() treats files.
struct ReadOptions {
  /// Files larger than this many bytes are skipped (`--max-file-size`).
  std::uintmax_t max_file_size = std::uintmax_t{10} * 1024 * 1024;
};

/// Everything read from a set of inputs, in a deterministic order.
struct ReadResult {
  std::vector<Document> documents;
  std::vector<SkippedInput> skipped;
};

/// The kinds of input file the readers understand.
enum class InputFormat { kText, kHtml, kJsonl };

/// The format implied by a file name's extension (case-insensitive): .txt,
/// .html/.htm or .jsonl; std::nullopt for anything else.
std::optional<InputFormat> FormatFromPath(std::string_view path);

/// Guesses the format of unnamed bytes (stdin): markup is HTML, a first line
/// holding a JSON object is JSON Lines, anything else is plain text.
InputFormat SniffFormat(std::string_view bytes);

/// Reads every input in order. A directory is walked recursively, its files
/// sorted by path, hidden (dot) files and folders and files of unknown type
/// ignored. A file named explicitly with an unknown extension, a missing
/// path, or a file that is unreadable, over options.max_file_size, binary,
/// empty or not decodable is reported in `skipped`. A file reached twice is
/// read once.
ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options = {});

/// ReadInputs() one document at a time: files are listed when constructed
/// and read as Next() reaches them (a JSON Lines file at once), so memory
/// holds one file's documents, not the corpus. Same order, same skips.
///
/// Example:
///   InputReader reader({"news/"}, {});
///   while (std::optional<Document> doc = reader.Next()) Extract(*doc);
///   for (const SkippedInput& skip : reader.Skipped()) Report(skip);
class InputReader {
 public:
  /// Lists `inputs` (walking folders); reads nothing yet.
  InputReader(const std::vector<std::string>& inputs, const ReadOptions& options = {});
  InputReader(InputReader&&) noexcept;
  InputReader& operator=(InputReader&&) noexcept;
  ~InputReader();

  /// The next document, or std::nullopt when every input has been read.
  std::optional<Document> Next();

  /// The inputs skipped so far, in order.
  const std::vector<SkippedInput>& Skipped() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Reads one file's bytes already in memory. `name` is used as the source
/// and chooses the format by extension; with no known extension the format
/// is sniffed. Size limits are not applied here.
ReadResult ReadBuffer(std::string_view bytes, std::string_view name);

/// Like ReadBuffer(bytes, name) with the format given explicitly.
ReadResult ReadBuffer(std::string_view bytes, std::string_view name, InputFormat format);

/// Splits decoded plain text into title and body: the first non-blank line is
/// the title unless it reads as a body sentence (long and ending in '.', or
/// very long), in which case the title is empty and the line stays in the
/// body. The body is the rest verbatim, without surrounding blank lines.
Document ParsePlainText(std::string_view text, std::string_view source);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_DOCUMENT_READER_H_
