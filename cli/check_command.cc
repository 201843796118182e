// check_command.cc — `awardgraph check`: is the store sound?
//
// Prints what query::CheckStore found (journal batches, whether the indexes
// match the journal, triples and graphs) and exits 0 when the store is
// sound, 1 when it is not (each problem on its own line, with what to do).
//
// Example:
//   awardgraph check --store news-store --full
#include <cstdlib>

#include "cli/commands.h"
#include "cli/options.h"
#include "query/store_repair.h"
#include "query/store_spec.h"

namespace awardgraph::cli {

namespace {

const char kCheckUsage[] =
    "Usage: awardgraph check [--store S] [--full]\n"
    "Says whether the store is sound without changing it. A directory store keeps every\n"
    "write batch in a checksummed journal before its indexes; check verifies the journal\n"
    "and that the indexes hold exactly it (a write cut short, a copy made mid-write).\n"
    "Exit code 0 when sound, 1 when not: `awardgraph repair` (or any open) rebuilds it.\n\n"
    "Options:\n"
    "  --full       also replay the journal and compare every graph (reads the whole store)\n";

int RunCheck(const std::vector<std::string>& args, CommandIo& io) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption, {"--full", false}});
  if (parsed.Has("--help")) {
    io.out << kCheckUsage << kStoreHelp;
    return 0;
  }
  if (!parsed.positional.empty()) {
    throw UsageError("unexpected argument '" + parsed.positional[0] + "'");
  }
  const std::string store = ResolveStore(parsed.Value("--store"), std::getenv("AWARDGRAPH_STORE"));
  const query::StoreHealth health = query::CheckStore(store, parsed.Has("--full"));
  io.out << "store: " << query::MaskPassword(store) << "\n";
  if (health.durable) {
    io.out << "journal: " << health.journal_records << " batches, " << health.journal_bytes
           << " bytes\n";
  } else {
    io.out << "journal: none\n";
  }
  if (health.Sound()) {
    io.out << "triples: " << health.triples << "\ngraphs: " << health.graphs << "\n"
           << "sound" << (parsed.Has("--full") ? " (every graph compared with the journal)" : "")
           << "\n";
    return 0;
  }
  for (const std::string& problem : health.problems) io.out << "problem: " << problem << "\n";
  io.out << "not sound: run `awardgraph repair --store " << store << "`\n";
  return 1;
}

const CommandRegistration kCheckRegistration({"check", "say whether the store is sound",
                                              &RunCheck});

}  // namespace

}  // namespace awardgraph::cli
