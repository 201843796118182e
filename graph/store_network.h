// store_network.h — networks built from the knowledge graph in a store.
//
// Defines the one adaptor between the store and the graph algorithms:
// BuildStoreNetwork runs the simplest SPARQL 1.1 there is, one query per
// predicate of the form `SELECT DISTINCT ?s ?o WHERE { ?s <p> ?o }`, and
// joins the rows in C++ into a CollaborationNetwork. Any engine behind
// query::Store answers that the same way (Rasqal 0.9.33 got joins with
// OPTIONAL wrong: `?s a C . ?s a ?t OPTIONAL {...}` returned other
// subjects' types). Three networks:
//   kOrganisations  organisations; an edge's weight counts their ties:
//                   shared projects (one per project that ag:involves both),
//                   partnerships (one per pair stated ag:collaboratesWith,
//                   either way round) and joint nominations (one per
//                   ag:Nomination naming both, as ag:nominee or as involved
//                   in its ag:project); each kind can be switched off
//   kEntities       every person, organisation, project, award category and
//                   ceremony, edges typed by relation (involves,
//                   collaboratesWith, withinIcb, role, category, ceremony,
//                   project), weight = number of statements
//   kPeople         people, linked (weight = shared organisations) when they
//                   hold roles at the same organisation
// Vertices are ordered by IRI and edges by their ends, so the network (and
// every seeded algorithm on it) does not depend on the engine's row order.
// Organisations enter when some article names them (prov:wasDerivedFrom) or
// when they have a tie. NetworkFilter keeps only organisations with a
// matching nomination and/or within one ICB footprint.
//
// Example:
//   query::Store store = query::Store::Open("./awardgraph-store", query::Store::Mode::kRead);
//   NetworkSpec spec;
//   spec.filter.status = "winner";
//   CollaborationNetwork network = BuildStoreNetwork(store, spec);
#ifndef AWARDGRAPH_GRAPH_STORE_NETWORK_H_
#define AWARDGRAPH_GRAPH_STORE_NETWORK_H_

#include <optional>
#include <string>
#include <string_view>

#include "graph/collaboration_network.h"
#include "query/store.h"

namespace awardgraph::graph {

/// Which network to build.
enum class NetworkKind { kOrganisations, kEntities, kPeople };

/// "organisations", "entities" or "people" as a NetworkKind; nullopt otherwise.
std::optional<NetworkKind> NetworkKindFromName(std::string_view name);

/// The ties that make up the organisations network (all on by default).
struct TieSelection {
  /// Shared projects (ag:involves), weight 1 per project.
  bool projects = true;
  /// Stated partnerships (ag:collaboratesWith), weight 1 per pair.
  bool partnerships = true;
  /// Joint nominations, weight 1 per nomination.
  bool nominations = true;
};

/// Parses "projects,partnerships,nominations" (any subset, any order).
/// Throws std::invalid_argument naming an unknown or missing tie.
TieSelection ParseTies(std::string_view list);

/// Which organisations to keep; empty fields do not filter.
struct NetworkFilter {
  /// An award programme: its IRI, or a case-insensitive part of its label.
  std::string programme;
  /// A ceremony year ("2024").
  std::string year;
  /// A nomination status: the local name or label, any case ("winner",
  /// "Highly commended").
  std::string status;
  /// An ICB: its IRI, ODS code, or a case-insensitive part of its label;
  /// keeps the ICB and the organisations ag:withinIcb it.
  std::string icb;

  /// True when nothing is filtered.
  bool Empty() const { return programme.empty() && year.empty() && status.empty() && icb.empty(); }
};

/// What to build.
struct NetworkSpec {
  NetworkKind kind = NetworkKind::kOrganisations;
  /// The ties of the organisations network (ignored by the others).
  TieSelection ties;
  /// Kept organisations. In the people network a tie counts only through a
  /// kept organisation; in the entities network the organisations failing it
  /// go, and so do the other entities left without a kept organisation.
  NetworkFilter filter;
};

/// Builds the network `spec` asks for from `store`. Throws
/// std::invalid_argument when the ICB or programme of the filter matches
/// nothing in the store, and whatever Store::Query throws.
CollaborationNetwork BuildStoreNetwork(const query::Store& store, const NetworkSpec& spec);

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_STORE_NETWORK_H_
