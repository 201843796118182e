// load_command.cc — `awardgraph load`.
#include "cli/load_command.h"

#include <cstdlib>

#include "cli/commands.h"
#include "cli/options.h"
#include "query/store.h"
#include "query/store_spec.h"

namespace awardgraph::cli {

const char kLoadUsage[] =
    "Usage: awardgraph load [--store S] [--format F] [--graph IRI] FILE...\n"
    "Loads RDF files into the store (creating it if needed). Each file is parsed whole\n"
    "before anything is stored: a file with a syntax error stores nothing.\n\n"
    "Options:\n"
    "  --format F   turtle, ntriples, rdfxml or trig (default: from each file's extension)\n"
    "  --graph IRI  load into this named graph (default: the default graph; TriG keeps\n"
    "               its own graph names)\n";

LoadConfig ParseLoadConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption, {"--format", true}, {"--graph", true}});
  LoadConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  config.store = ResolveStore(parsed.Value("--store"), store_env);
  config.graph = parsed.Value("--graph").value_or("");
  std::optional<query::RdfFormat> forced;
  if (const auto name = parsed.Value("--format")) {
    forced = query::RdfFormatFromName(*name);
    if (!forced) {
      throw UsageError("unknown --format '" + *name + "'; use turtle, ntriples, rdfxml or trig");
    }
  }
  if (parsed.positional.empty()) throw UsageError("no FILE to load");
  for (const std::string& path : parsed.positional) {
    std::optional<query::RdfFormat> format = forced ? forced : query::RdfFormatFromPath(path);
    if (!format) {
      throw UsageError("cannot tell the format of " + path + " from its extension; pass --format");
    }
    config.files.push_back({path, *format});
  }
  return config;
}

int RunLoad(const std::vector<std::string>& args, CommandIo& io) {
  const LoadConfig config = ParseLoadConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kLoadUsage << kStoreHelp;
    return 0;
  }
  query::Store store = query::Store::Open(config.store, query::Store::Mode::kWrite);
  for (const LoadConfig::File& file : config.files) {
    const std::size_t count = store.LoadFile(file.path, file.format, config.graph);
    io.err << file.path << ": " << count << " triples read\n";
  }
  io.err << query::MaskPassword(config.store) << ": " << store.Size() << " triples in the store\n";
  return 0;
}

namespace {
const CommandRegistration kLoadRegistration({"load", "load RDF files into the store", &RunLoad});
}  // namespace

}  // namespace awardgraph::cli
