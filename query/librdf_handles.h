// librdf_handles.h — owning handles for Redland librdf objects (internal).
//
// Defines unique_ptr aliases with the right librdf_free_* deleter for every
// librdf object the query module uses, the process-wide World (librdf is not
// thread-safe: one world per process, used from one thread), capture of
// librdf/Raptor/Rasqal log messages, and Term <-> librdf_node conversion.
// Only query/*.cc files include this header; no public header exposes a raw
// librdf pointer.
//
// Example:
//   World& world = World::Instance();
//   NodePtr node = MakeNode(world, Term::Iri(vocab::kTrust));
//   Term back = NodeToTerm(node.get());
#ifndef AWARDGRAPH_QUERY_LIBRDF_HANDLES_H_
#define AWARDGRAPH_QUERY_LIBRDF_HANDLES_H_

#include <redland.h>

#include <memory>
#include <string>
#include <vector>

#include "ontology/term.h"

namespace awardgraph::query::internal {

/// Calls `Free` on a non-null pointer; the deleter of every handle below.
template <typename T, void (*Free)(T*)>
struct FreeWith {
  void operator()(T* p) const {
    if (p != nullptr) Free(p);
  }
};

using WorldPtr = std::unique_ptr<librdf_world, FreeWith<librdf_world, librdf_free_world>>;
using StoragePtr = std::unique_ptr<librdf_storage, FreeWith<librdf_storage, librdf_free_storage>>;
using ModelPtr = std::unique_ptr<librdf_model, FreeWith<librdf_model, librdf_free_model>>;
using NodePtr = std::unique_ptr<librdf_node, FreeWith<librdf_node, librdf_free_node>>;
using StatementPtr =
    std::unique_ptr<librdf_statement, FreeWith<librdf_statement, librdf_free_statement>>;
using StreamPtr = std::unique_ptr<librdf_stream, FreeWith<librdf_stream, librdf_free_stream>>;
using IteratorPtr =
    std::unique_ptr<librdf_iterator, FreeWith<librdf_iterator, librdf_free_iterator>>;
using UriPtr = std::unique_ptr<librdf_uri, FreeWith<librdf_uri, librdf_free_uri>>;
using QueryPtr = std::unique_ptr<librdf_query, FreeWith<librdf_query, librdf_free_query>>;
using ResultsPtr = std::unique_ptr<librdf_query_results,
                                   FreeWith<librdf_query_results, librdf_free_query_results>>;
using ParserPtr = std::unique_ptr<librdf_parser, FreeWith<librdf_parser, librdf_free_parser>>;
using SerializerPtr =
    std::unique_ptr<librdf_serializer, FreeWith<librdf_serializer, librdf_free_serializer>>;
using RasqalQueryPtr = std::unique_ptr<rasqal_query, FreeWith<rasqal_query, rasqal_free_query>>;
using RaptorParserPtr = std::unique_ptr<raptor_parser, FreeWith<raptor_parser, raptor_free_parser>>;
using RaptorUriPtr = std::unique_ptr<raptor_uri, FreeWith<raptor_uri, raptor_free_uri>>;

/// One message logged by librdf, Raptor or Rasqal.
struct LogEntry {
  /// librdf_log_level (LIBRDF_LOG_WARN = 3, LIBRDF_LOG_ERROR = 4, ...).
  int level = 0;
  std::string message;
  /// 1-based line from the message's locator, 0 when absent.
  int line = 0;
  /// 1-based column from the message's locator, 0 when absent.
  int column = 0;
};

/// The process's one librdf world, with its log capture.
class World {
 public:
  /// The world, created and opened on first use.
  static World& Instance();

  World(const World&) = delete;
  World& operator=(const World&) = delete;

  /// The raw world, for librdf calls inside query/.
  librdf_world* Raw() const { return world_.get(); }
  /// Forgets captured messages; call before an operation whose errors you want.
  void ClearLog() { log_.clear(); }
  /// Messages of level error or worse captured since ClearLog().
  std::vector<LogEntry> Errors() const;
  /// The first captured error as "line N: message" text, or `fallback`.
  std::string FirstErrorOr(const std::string& fallback) const;

 private:
  World();
  static int OnLog(void* user_data, librdf_log_message* message);
  static void OnRaptorLog(void* user_data, raptor_log_message* message);
  static unsigned char* OnGenerateBlankId(void* user_data, unsigned char* user_bnodeid);

  WorldPtr world_;
  std::vector<LogEntry> log_;
};

/// A new librdf node for `term` (xsd:string literals become plain literals).
/// Throws StoreError when librdf refuses (for example an empty IRI).
NodePtr MakeNode(World& world, const Term& term);
/// A new librdf statement for `triple`.
StatementPtr MakeStatement(World& world, const Triple& triple);
/// The Term for a librdf node (plain literal for xsd:string).
Term NodeToTerm(librdf_node* node);
/// The Triple for a librdf statement.
Triple StatementToTriple(librdf_statement* statement);

}  // namespace awardgraph::query::internal

#endif  // AWARDGRAPH_QUERY_LIBRDF_HANDLES_H_
