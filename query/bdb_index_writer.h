// bdb_index_writer.h — writes journal batches straight into the Berkeley DB
// files of a directory store (internal to query/).
//
// Defines BdbIndexWriter. A directory store keeps its two librdf models
// (store.h) in Redland's `hashes` storage with `hash-type='bdb'`: seven
// B-tree files with unsorted duplicates (DB_DUP), "triples-{sp2o,po2s,so2p}"
// and "graphs-{sp2o,po2s,so2p,contexts}", whose keys and values are
// librdf's statement encoding ('x', then 's'/'p'/'o'/'c' + librdf_node_encode
// of each part). Writing through librdf costs one lookup per statement and
// one put per file per statement, in the order the statements come, and
// Berkeley DB without an environment has a 256 KB cache per file: most of
// ingest time went to reading and writing B-tree pages (measured, 1,000
// articles: 2.6 s of CPU; the same pairs put in key order: 0.6 s).
//
// The writer computes every key/value pair a batch adds or removes, sorts
// them per file and applies them in key order, so each B-tree page is
// visited once per batch, in librdf's own encoding (the files stay readable
// by librdf and by `rdfproc`), with the same semantics as Store's librdf
// write path: a graph's statements are replaced, removed or added to;
// "triples" gains a triple that is new to it and loses one that no graph
// asserts any more. Membership checks use the (subject, object) index,
// whose duplicates are the few predicates linking two nodes, never the
// (subject, predicate) one that hub entities fill with one value per
// article.
//
// Store layout format 3: of the "graphs" model only graphs-contexts (graph
// -> its statements: GRAPH <g>, Graphs(), GraphTriples()) and graphs-so2p
// ((subject, object) -> predicate and graph: which graphs assert a triple,
// GRAPH ?g) are written; graphs-sp2o and graphs-po2s stay empty, and
// queries never read them (StoreTripleSource answers GRAPH ?g patterns from
// "triples" and graphs-so2p). That is 2 puts per quad instead of 4.
//
// librdf must not have the files open while a writer does (each handle has
// its own cache): Store closes its models, writes, and reopens them.
//
// Example:
//   BdbIndexWriter writer("./awardgraph-store", default_graph_node);
//   writer.Apply(ops);   // any number of batches
//   writer.Close();      // flushes; the files are then complete
#ifndef AWARDGRAPH_QUERY_BDB_INDEX_WRITER_H_
#define AWARDGRAPH_QUERY_BDB_INDEX_WRITER_H_

#include <redland.h>

#include <memory>
#include <string>
#include <vector>

#include "query/store_journal.h"

namespace awardgraph::query::internal {

/// Applies batches of operations to a directory store's BDB files.
/// Not thread-safe; one writer per store at a time, with librdf's handles
/// on the same files closed.
class BdbIndexWriter {
 public:
  /// Opens (creating when missing) the five files it writes in `dir`.
  /// `default_graph` is the context recording triples added without a
  /// graph. Throws StoreError when a file cannot be opened.
  BdbIndexWriter(const std::string& dir, librdf_node* default_graph);
  BdbIndexWriter(const BdbIndexWriter&) = delete;
  BdbIndexWriter& operator=(const BdbIndexWriter&) = delete;
  /// Closes the files if Close() was not called (errors are then ignored).
  ~BdbIndexWriter();

  /// Applies one batch, in order, as Store's librdf path would. Throws
  /// StoreError on a Berkeley DB error (the files are then a partial write:
  /// the journal says so, and the next open rebuilds them).
  void Apply(const std::vector<JournalOp>& ops);

  /// Flushes and closes the files. Throws StoreError on failure.
  void Close();

 private:
  struct Files;
  std::unique_ptr<Files> files_;
  librdf_node* default_graph_;
};

}  // namespace awardgraph::query::internal

#endif  // AWARDGRAPH_QUERY_BDB_INDEX_WRITER_H_
