// ingest_command.h — `awardgraph ingest`: articles into the knowledge graph.
//
// Defines IngestConfig with its pure parser, IngestReport, and Ingest(), the
// pipeline behind the command: read files (loaders::ReadInputs), extract
// facts on N worker threads (pure code, no librdf), then, on the calling
// thread only, replace each article's named graph in the store unless its
// content hash is unchanged. Articles are processed in batches so memory
// stays flat on large inputs.
//
// Example:
//   IngestConfig c = ParseIngestConfig({"--jobs", "2", "news/"}, nullptr);
//   query::Store store = query::Store::Open(c.store, query::Store::Mode::kWrite);
//   IngestReport r = Ingest(c, store, nullptr);
#ifndef AWARDGRAPH_CLI_INGEST_COMMAND_H_
#define AWARDGRAPH_CLI_INGEST_COMMAND_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "loaders/read/document.h"
#include "loaders/rdf/triple_builder.h"
#include "query/store.h"

namespace awardgraph::cli {

/// What `awardgraph ingest` was asked to do.
struct IngestConfig {
  bool help = false;
  std::string store;
  /// Extraction threads (>= 1).
  unsigned jobs = 1;
  bool progress = true;
  /// Files larger than this are skipped.
  std::size_t max_file_size = std::size_t{10} * 1024 * 1024;
  /// Files and folders to read.
  std::vector<std::string> inputs;
};

/// What an ingest run did.
struct IngestReport {
  std::size_t articles = 0;
  /// Articles new to the store, or whose text changed.
  std::size_t written = 0;
  /// Articles already stored with the same content.
  std::size_t unchanged = 0;
  /// Triples in the store before and after.
  std::size_t triples_before = 0;
  std::size_t triples_after = 0;
  loaders::FactCounts facts;
  std::vector<loaders::SkippedInput> skipped;
};

/// The usage text of `awardgraph ingest`.
extern const char kIngestUsage[];

/// Parses ingest's arguments; `store_env` is $AWARDGRAPH_STORE (may be null).
/// Throws UsageError.
IngestConfig ParseIngestConfig(const std::vector<std::string>& args, const char* store_env);

/// Called after each article with (done, total).
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

/// Runs the pipeline into `store` (opened for writing).
IngestReport Ingest(const IngestConfig& config, query::Store& store, const ProgressFn& progress);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_INGEST_COMMAND_H_
