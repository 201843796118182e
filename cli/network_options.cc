// network_options.cc — shared options of the graph commands.
#include "cli/network_options.h"

#include <fstream>
#include <stdexcept>

#include "graph/edge_list.h"
#include "query/store.h"

namespace awardgraph::cli {

const std::string_view kNetworkHelp =
    "Network (default: organisations from the store):\n"
    "  --network N    organisations (weight = ties between two organisations), entities\n"
    "                 (people, organisations, projects, categories, ceremonies and their\n"
    "                 relations), people (linked by roles at the same organisation)\n"
    "  --ties LIST    organisations network: which ties count, any of\n"
    "                 projects,partnerships,nominations (default all three; weight 1 per\n"
    "                 shared project, per stated partnership, per joint nomination)\n"
    "  --programme P  keep organisations with a nomination in programme P (IRI or part\n"
    "                 of its label)\n"
    "  --year Y       ... with a nomination at a ceremony of year Y\n"
    "  --status S     ... with a nomination of status S (winner, shortlisted, ...)\n"
    "  --icb I        keep the ICB I (IRI, ODS code or part of its label) and the\n"
    "                 organisations within its footprint\n"
    "  --edges F.csv  use the network in F.csv (header source,target[,weight]) instead\n"
    "                 of the store\n";

std::vector<OptionSpec> WithNetworkOptions(std::vector<OptionSpec> extra) {
  for (const OptionSpec& spec :
       {kStoreOption, OptionSpec{"--network", true}, OptionSpec{"--ties", true},
        OptionSpec{"--programme", true}, OptionSpec{"--year", true}, OptionSpec{"--status", true},
        OptionSpec{"--icb", true}, OptionSpec{"--edges", true}}) {
    extra.push_back(spec);
  }
  return extra;
}

NetworkSource ParseNetworkSource(const ParsedArgs& parsed, const char* store_env) {
  NetworkSource source;
  source.store = ResolveStore(parsed.Value("--store"), store_env);
  source.edges_file = parsed.Value("--edges").value_or("");
  if (parsed.Value("--edges") && source.edges_file.empty()) {
    throw UsageError("--edges needs a file name");
  }
  if (const auto name = parsed.Value("--network")) {
    const auto kind = graph::NetworkKindFromName(*name);
    if (!kind) {
      throw UsageError("unknown --network '" + *name + "'; use organisations, entities, people");
    }
    source.spec.kind = *kind;
  }
  if (const auto ties = parsed.Value("--ties")) {
    try {
      source.spec.ties = graph::ParseTies(*ties);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--ties: ") + e.what());
    }
  }
  graph::NetworkFilter& filter = source.spec.filter;
  filter.programme = parsed.Value("--programme").value_or("");
  filter.year = parsed.Value("--year").value_or("");
  filter.status = parsed.Value("--status").value_or("");
  filter.icb = parsed.Value("--icb").value_or("");
  if (!source.edges_file.empty()) {
    for (const char* option :
         {"--store", "--network", "--ties", "--programme", "--year", "--status", "--icb"}) {
      if (parsed.Value(option)) {
        throw UsageError(std::string(option) + " applies to the store's networks, not to --edges");
      }
    }
  }
  return source;
}

graph::CollaborationNetwork LoadNetwork(const NetworkSource& source) {
  if (!source.edges_file.empty()) {
    std::ifstream in(source.edges_file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read edge list " + source.edges_file);
    return graph::ReadEdgeListCsv(in, source.edges_file);
  }
  const query::Store store = query::Store::Open(source.store, query::Store::Mode::kRead);
  try {
    return graph::BuildStoreNetwork(store, source.spec);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

}  // namespace awardgraph::cli
