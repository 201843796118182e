// repair_command.cc — `awardgraph repair`: rebuild the store from its journal.
//
// Runs query::RepairStore, then query::CheckStore, and prints the result.
//
// Example:
//   awardgraph repair --store news-store
#include <cstdlib>

#include "cli/commands.h"
#include "cli/options.h"
#include "query/store_repair.h"

namespace awardgraph::cli {

namespace {

const char kRepairUsage[] =
    "Usage: awardgraph repair [--store S]\n"
    "Rebuilds a directory store's indexes from its journal: every complete write batch is\n"
    "kept, an incomplete last one is dropped. A store written before the journal existed\n"
    "gets one holding its current content. Opening a store after a crash already does\n"
    "this; repair is for indexes damaged some other way.\n\n"
    "Options:\n";

int RunRepair(const std::vector<std::string>& args, CommandIo& io) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption});
  if (parsed.Has("--help")) {
    io.out << kRepairUsage << kStoreHelp;
    return 0;
  }
  if (!parsed.positional.empty()) {
    throw UsageError("unexpected argument '" + parsed.positional[0] + "'");
  }
  const std::string store = ResolveStore(parsed.Value("--store"), std::getenv("AWARDGRAPH_STORE"));
  query::RepairStore(store);
  const query::StoreHealth health = query::CheckStore(store, /*full=*/false);
  io.out << "rebuilt " << store << " from " << health.journal_records
         << " journal batches: " << health.triples << " triples, " << health.graphs << " graphs\n";
  for (const std::string& problem : health.problems) io.out << "problem: " << problem << "\n";
  return health.Sound() ? 0 : 1;
}

const CommandRegistration kRepairRegistration({"repair",
                                               "rebuild the store's indexes from its journal",
                                               &RunRepair});

}  // namespace

}  // namespace awardgraph::cli
