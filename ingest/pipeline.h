// pipeline.h — the ingest pipeline: articles into the knowledge graph.
//
// Defines IngestOptions, IngestReport and the two entry points that the CLI
// (`awardgraph ingest`) and the server (`POST /articles`) both call:
// IngestPaths() reads files and folders (loaders::ReadInputs),
// IngestDocuments() takes documents already read (for example from a request
// body through loaders::ReadBuffer). Either way facts are extracted on N
// worker threads (pure code, no librdf) while the calling thread, the only
// one that touches the store, replaces each article's named graph unless its
// content hash is unchanged. Articles go in batches (one journal record,
// transaction and flush each); files are read as the workers reach them and
// at most two batches are in flight, so memory stays flat on large inputs.
//
// Example:
//   query::Store store = query::Store::Open("news-store", query::Store::Mode::kWrite);
//   ingest::IngestReport r = ingest::IngestPaths({"news/"}, {.jobs = 2}, store, nullptr);
//   std::cout << r.written << " articles written\n";
#ifndef AWARDGRAPH_INGEST_PIPELINE_H_
#define AWARDGRAPH_INGEST_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "loaders/rdf/triple_builder.h"
#include "loaders/read/document.h"
#include "query/store.h"

namespace awardgraph::ingest {

/// How the pipeline runs.
struct IngestOptions {
  /// Extraction threads (>= 1).
  unsigned jobs = 1;
  /// Files larger than this are skipped (IngestPaths only).
  std::size_t max_file_size = std::size_t{10} * 1024 * 1024;
  /// Articles per store write (one journal record, transaction and flush);
  /// a crash loses at most the batch being written.
  std::size_t batch_articles = 256;
};

/// What an ingest run did.
struct IngestReport {
  /// Articles read.
  std::size_t articles = 0;
  /// Articles new to the store, or whose text changed.
  std::size_t written = 0;
  /// Articles already stored with the same content.
  std::size_t unchanged = 0;
  /// Triples in the store before and after.
  std::size_t triples_before = 0;
  std::size_t triples_after = 0;
  /// Facts extracted, summed over all articles read.
  loaders::FactCounts facts;
  /// Inputs that could not be used, each with its reason.
  std::vector<loaders::SkippedInput> skipped;
};

/// Called after articles are processed with (done, total); total is 0 when
/// not known in advance (IngestPaths reads files as it goes).
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

/// Reads `inputs` (files and folders, recursively) and ingests every article
/// into `store` (opened for writing). Unusable files land in `skipped`.
IngestReport IngestPaths(const std::vector<std::string>& inputs, const IngestOptions& options,
                         query::Store& store, const ProgressFn& progress);

/// Ingests documents already read into `store` (opened for writing).
IngestReport IngestDocuments(const std::vector<loaders::Document>& documents,
                             const IngestOptions& options, query::Store& store,
                             const ProgressFn& progress);

}  // namespace awardgraph::ingest

#endif  // AWARDGRAPH_INGEST_PIPELINE_H_
