// load_command.h — `awardgraph load`: RDF files into the store.
//
// Defines LoadConfig and ParseLoadConfig (pure: arguments to config, with
// each file's format decided from --format or its extension).
//
// Example:
//   LoadConfig c = ParseLoadConfig({"--store", "s", "a.ttl", "b.nt"}, nullptr);
//   // c.files[1].format == query::RdfFormat::kNtriples
#ifndef AWARDGRAPH_CLI_LOAD_COMMAND_H_
#define AWARDGRAPH_CLI_LOAD_COMMAND_H_

#include <string>
#include <vector>

#include "query/rdf_format.h"

namespace awardgraph::cli {

/// What `awardgraph load` was asked to do.
struct LoadConfig {
  /// One file to load and its syntax.
  struct File {
    std::string path;
    query::RdfFormat format = query::RdfFormat::kTurtle;
  };
  bool help = false;
  std::string store;
  /// Named graph to load into; empty for the default graph.
  std::string graph;
  std::vector<File> files;
};

/// The usage text of `awardgraph load`.
extern const char kLoadUsage[];

/// Parses load's arguments; `store_env` is $AWARDGRAPH_STORE (may be null).
/// Throws UsageError.
LoadConfig ParseLoadConfig(const std::vector<std::string>& args, const char* store_env);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_LOAD_COMMAND_H_
