// ingest_command.h — `awardgraph ingest`: articles into the knowledge graph.
//
// Defines IngestConfig with its pure parser. The pipeline itself lives in
// ingest/pipeline.h (shared with the server); this file only parses options,
// runs it and prints its report.
//
// Example:
//   IngestConfig c = ParseIngestConfig({"--jobs", "2", "news/"}, nullptr);
//   query::Store store = query::Store::Open(c.store, query::Store::Mode::kWrite);
//   ingest::IngestReport r = ingest::IngestPaths(c.inputs, c.options, store, nullptr);
#ifndef AWARDGRAPH_CLI_INGEST_COMMAND_H_
#define AWARDGRAPH_CLI_INGEST_COMMAND_H_

#include <string>
#include <vector>

#include "ingest/pipeline.h"

namespace awardgraph::cli {

/// What `awardgraph ingest` was asked to do.
struct IngestConfig {
  bool help = false;
  std::string store;
  /// Extraction threads and the file size limit.
  ingest::IngestOptions options;
  bool progress = true;
  /// Files and folders to read.
  std::vector<std::string> inputs;
};

/// The usage text of `awardgraph ingest`.
extern const char kIngestUsage[];

/// Parses ingest's arguments; `store_env` is $AWARDGRAPH_STORE (may be null).
/// Throws UsageError.
IngestConfig ParseIngestConfig(const std::vector<std::string>& args, const char* store_env);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_INGEST_COMMAND_H_
