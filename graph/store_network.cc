// store_network.cc — SPARQL rows from the store into CollaborationNetworks.
#include "graph/store_network.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

#include "ontology/vocabulary.h"

namespace awardgraph::graph {

namespace {

// <iri> for a SPARQL query.
std::string Iri(std::string_view iri) { return "<" + std::string(iri) + ">"; }

std::string Lower(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Lower-case letters and digits only: "Highly commended" -> "highlycommended".
std::string Squash(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

std::string LocalName(std::string_view iri) {
  const std::size_t cut = iri.find_last_of("#/");
  return std::string(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return Lower(haystack).find(Lower(needle)) != std::string::npos;
}

// The value of column `i` of `row`, or "" when unbound.
std::string Value(const query::ResultRow& row, std::size_t i) {
  return i < row.size() && row[i] ? row[i]->value : std::string();
}

// The (subject, object) pairs of every triple with `predicate`, each once.
// Every query here is this one triple pattern: joins happen in C++, so the
// network cannot depend on how an engine plans joins or OPTIONALs (Rasqal
// 0.9.33 returned wrong rows for `?s a C . ?s a ?t OPTIONAL {...}`).
using Pairs = std::vector<std::pair<std::string, std::string>>;
Pairs SelectPairs(const query::Store& store, std::string_view predicate) {
  const query::QueryResult result =
      store.Query("SELECT DISTINCT ?s ?o WHERE { ?s " + Iri(predicate) + " ?o }");
  Pairs pairs;
  pairs.reserve(result.rows.size());
  for (const query::ResultRow& row : result.rows) {
    std::string subject = Value(row, 0), object = Value(row, 1);
    if (!subject.empty() && !object.empty()) pairs.emplace_back(std::move(subject), object);
  }
  return pairs;
}

// subject -> objects, for a predicate.
using Multimap = std::map<std::string, std::vector<std::string>>;
Multimap BySubject(const Pairs& pairs) {
  Multimap map;
  for (const auto& [s, o] : pairs) map[s].push_back(o);
  return map;
}

const std::vector<std::string>& Lookup(const Multimap& map, const std::string& key) {
  static const std::vector<std::string> kNone;
  const auto it = map.find(key);
  return it == map.end() ? kNone : it->second;
}

// Label and kind of a node.
struct NodeInfo {
  std::string label;
  std::string type;
  bool organisation = false;
  // Position of `type` in the preference order (lower wins).
  std::size_t kind_rank = static_cast<std::size_t>(-1);
};

// What the adaptor reads once: every node of the five entity classes with
// its kind and label.
struct Nodes {
  std::map<std::string, NodeInfo> info;

  bool Has(const std::string& iri) const { return info.count(iri) > 0; }
  bool IsOrganisation(const std::string& iri) const {
    const auto it = info.find(iri);
    return it != info.end() && it->second.organisation;
  }
  bool IsA(const std::string& iri, std::string_view type) const {
    const auto it = info.find(iri);
    return it != info.end() && it->second.type == LocalName(type);
  }
};

Nodes ReadNodes(const query::Store& store) {
  // Preference: organisation kinds first (most specific), then the other
  // entity classes, then ag:Organisation itself.
  std::vector<std::string_view> ranked(vocab::kOrganisationKinds.begin(),
                                       vocab::kOrganisationKinds.end());
  for (std::string_view other : {vocab::kPerson, vocab::kProject, vocab::kAwardCategory,
                                 vocab::kCeremony, vocab::kAwardProgramme, vocab::kOrganisation}) {
    ranked.push_back(other);
  }
  Nodes nodes;
  for (const auto& [s, type] : SelectPairs(store, vocab::kRdfType)) {
    const auto it = std::find(ranked.begin(), ranked.end(), type);
    if (it == ranked.end()) continue;
    NodeInfo& info = nodes.info[s];
    const std::size_t rank = static_cast<std::size_t>(it - ranked.begin());
    if (type == vocab::kOrganisation) info.organisation = true;
    if (rank < info.kind_rank) {
      info.kind_rank = rank;
      info.type = LocalName(type);
    }
  }
  for (const auto& [s, label] : SelectPairs(store, vocab::kRdfsLabel)) {
    const auto it = nodes.info.find(s);
    if (it == nodes.info.end()) continue;
    if (it->second.label.empty() || label < it->second.label) it->second.label = label;
  }
  return nodes;
}

// An undirected, relation-typed tie between two nodes, counted once per
// `reason` (a project, a nomination, a role...).
struct Tie {
  std::string a;
  std::string b;
  std::string relation;
  std::string reason;
  friend auto operator<=>(const Tie&, const Tie&) = default;
};

// Adds a tie with its ends ordered, so {a, b} and {b, a} are one.
void AddTie(std::set<Tie>& ties, std::string a, std::string b, std::string relation,
            std::string reason = {}) {
  if (a.empty() || b.empty() || a == b) return;
  if (b < a) std::swap(a, b);
  ties.insert({std::move(a), std::move(b), std::move(relation), std::move(reason)});
}

// The organisations each nomination names: its nominees and the
// organisations its project involves (nomination -> organisations).
Multimap NominatedOrganisations(const query::Store& store, const Nodes& nodes) {
  const Multimap involves = BySubject(SelectPairs(store, vocab::kInvolves));
  Multimap named;
  for (const auto& [n, o] : SelectPairs(store, vocab::kNominee)) {
    if (nodes.IsOrganisation(o)) named[n].push_back(o);
  }
  for (const auto& [n, project] : SelectPairs(store, vocab::kProjectProp)) {
    for (const std::string& o : Lookup(involves, project)) {
      if (nodes.IsOrganisation(o)) named[n].push_back(o);
    }
  }
  for (auto& [n, organisations] : named) {
    std::sort(organisations.begin(), organisations.end());
    organisations.erase(std::unique(organisations.begin(), organisations.end()),
                        organisations.end());
  }
  return named;
}

// The organisations `filter` keeps, or nullopt when it keeps all.
std::optional<std::set<std::string>> KeptOrganisations(const query::Store& store,
                                                       const Nodes& nodes,
                                                       const NetworkFilter& filter) {
  if (filter.Empty()) return std::nullopt;
  std::optional<std::set<std::string>> kept;
  if (!filter.programme.empty() || !filter.year.empty() || !filter.status.empty()) {
    std::set<std::string> programmes;
    if (!filter.programme.empty()) {
      for (const auto& [iri, info] : nodes.info) {
        if (!nodes.IsA(iri, vocab::kAwardProgramme)) continue;
        if (iri == filter.programme ||
            (!info.label.empty() && Contains(info.label, filter.programme))) {
          programmes.insert(iri);
        }
      }
      if (programmes.empty()) {
        throw std::invalid_argument("no award programme matches '" + filter.programme + "'");
      }
    }
    const Multimap status = BySubject(SelectPairs(store, vocab::kStatus));
    const Multimap ceremony = BySubject(SelectPairs(store, vocab::kCeremonyProp));
    const Multimap category = BySubject(SelectPairs(store, vocab::kCategory));
    const Multimap year = BySubject(SelectPairs(store, vocab::kYear));
    const Multimap programme = BySubject(SelectPairs(store, vocab::kProgramme));
    std::map<std::string, std::string> labels;  // status individuals
    for (const auto& [s, label] : SelectPairs(store, vocab::kRdfsLabel)) {
      if (s.starts_with(vocab::kAgNs)) labels[s] = label;
    }
    auto any = [](const std::vector<std::string>& values, auto predicate) {
      return std::any_of(values.begin(), values.end(), predicate);
    };
    for (const auto& [n, organisations] : NominatedOrganisations(store, nodes)) {
      if (!filter.status.empty()) {
        const std::string wanted = Squash(filter.status);
        if (!any(Lookup(status, n), [&](const std::string& s) {
              return Squash(LocalName(s)) == wanted ||
                     (labels.count(s) && Squash(labels.at(s)) == wanted);
            })) {
          continue;
        }
      }
      const std::vector<std::string>& ceremonies = Lookup(ceremony, n);
      if (!filter.year.empty() && !any(ceremonies, [&](const std::string& c) {
            return any(Lookup(year, c),
                       [&](const std::string& y) { return y.starts_with(filter.year); });
          })) {
        continue;
      }
      if (!filter.programme.empty()) {
        auto in_programme = [&](const std::string& x) {
          return any(Lookup(programme, x),
                     [&](const std::string& p) { return programmes.count(p) > 0; });
        };
        if (!any(ceremonies, in_programme) && !any(Lookup(category, n), in_programme)) continue;
      }
      if (!kept) kept.emplace();
      kept->insert(organisations.begin(), organisations.end());
    }
    if (!kept) kept.emplace();
  }
  if (!filter.icb.empty()) {
    std::set<std::string> icbs;
    const Multimap codes = BySubject(SelectPairs(store, vocab::kOdsCode));
    for (const auto& [iri, info] : nodes.info) {
      if (!nodes.IsA(iri, vocab::kIntegratedCareBoard)) continue;
      const bool code = any_of(Lookup(codes, iri).begin(), Lookup(codes, iri).end(),
                               [&](const std::string& c) { return Lower(c) == Lower(filter.icb); });
      if (iri == filter.icb || code || (!info.label.empty() && Contains(info.label, filter.icb))) {
        icbs.insert(iri);
      }
    }
    if (icbs.empty()) throw std::invalid_argument("no ICB matches '" + filter.icb + "'");
    std::set<std::string> within = icbs;
    for (const auto& [o, icb] : SelectPairs(store, vocab::kWithinIcb)) {
      if (icbs.count(icb)) within.insert(o);
    }
    if (kept) {
      std::set<std::string> both;
      std::set_intersection(kept->begin(), kept->end(), within.begin(), within.end(),
                            std::inserter(both, both.begin()));
      kept = std::move(both);
    } else {
      kept = std::move(within);
    }
  }
  return kept;
}

// Builds the network: vertices in IRI order, then the ties in order.
CollaborationNetwork Assemble(const Nodes& nodes, const std::set<std::string>& vertices,
                              const std::set<Tie>& ties) {
  CollaborationNetwork network;
  for (const std::string& iri : vertices) {
    const auto it = nodes.info.find(iri);
    network.AddVertex(iri, it == nodes.info.end() ? "" : it->second.label,
                      it == nodes.info.end() ? "" : it->second.type);
  }
  for (const Tie& tie : ties) {
    if (!vertices.count(tie.a) || !vertices.count(tie.b)) continue;
    CollaborationEdgeRow row;
    row.a_iri = tie.a;
    row.b_iri = tie.b;
    row.relation = tie.relation;
    row.weight = 1.0;
    network.AddRow(row);
  }
  return network;
}

// Adds a tie between every two members of each group (group -> members).
void AddGroupTies(std::set<Tie>& ties, const Multimap& groups, const std::string& relation) {
  for (const auto& [group, members] : groups) {
    for (std::size_t i = 0; i < members.size(); ++i) {
      for (std::size_t j = i + 1; j < members.size(); ++j) {
        AddTie(ties, members[i], members[j], relation, group);
      }
    }
  }
}

CollaborationNetwork OrganisationNetwork(const query::Store& store, const NetworkSpec& spec) {
  const Nodes nodes = ReadNodes(store);
  std::set<std::string> vertices;
  for (const auto& [o, article] : SelectPairs(store, vocab::kProvWasDerivedFrom)) {
    if (nodes.IsOrganisation(o)) vertices.insert(o);
  }
  std::set<Tie> ties;
  if (spec.ties.projects) {
    Multimap involved;
    for (const auto& [project, o] : SelectPairs(store, vocab::kInvolves)) {
      if (nodes.IsOrganisation(o)) involved[project].push_back(o);
    }
    AddGroupTies(ties, involved, "project");
  }
  if (spec.ties.partnerships) {
    for (const auto& [a, b] : SelectPairs(store, vocab::kCollaboratesWith)) {
      if (nodes.IsOrganisation(a) && nodes.IsOrganisation(b)) AddTie(ties, a, b, "partnership");
    }
  }
  if (spec.ties.nominations) {
    AddGroupTies(ties, NominatedOrganisations(store, nodes), "nomination");
  }
  for (const Tie& tie : ties) {
    vertices.insert(tie.a);
    vertices.insert(tie.b);
  }
  if (const auto kept = KeptOrganisations(store, nodes, spec.filter)) {
    std::set<std::string> both;
    std::set_intersection(vertices.begin(), vertices.end(), kept->begin(), kept->end(),
                          std::inserter(both, both.begin()));
    vertices = std::move(both);
  }
  return Assemble(nodes, vertices, ties);
}

// Role -> (holder, organisation), for roles with both.
std::vector<std::pair<std::string, std::string>> Roles(const query::Store& store,
                                                       Multimap& organisation_of) {
  organisation_of = BySubject(SelectPairs(store, vocab::kOrganisationProp));
  std::vector<std::pair<std::string, std::string>> roles;  // (role, holder)
  for (const auto& [role, holder] : SelectPairs(store, vocab::kHolder)) {
    roles.emplace_back(role, holder);
  }
  return roles;
}

CollaborationNetwork PeopleNetwork(const query::Store& store, const NetworkSpec& spec) {
  const Nodes nodes = ReadNodes(store);
  const auto kept = KeptOrganisations(store, nodes, spec.filter);
  Multimap organisation_of;
  Multimap people_at;
  std::set<std::string> vertices;
  for (const auto& [role, person] : Roles(store, organisation_of)) {
    if (!nodes.IsA(person, vocab::kPerson)) continue;
    for (const std::string& o : Lookup(organisation_of, role)) {
      if (kept && !kept->count(o)) continue;
      people_at[o].push_back(person);
      vertices.insert(person);
    }
  }
  for (auto& [o, people] : people_at) {
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
  }
  std::set<Tie> ties;
  AddGroupTies(ties, people_at, "role");
  return Assemble(nodes, vertices, ties);
}

CollaborationNetwork EntityNetwork(const query::Store& store, const NetworkSpec& spec) {
  const Nodes nodes = ReadNodes(store);
  std::set<std::string> vertices;
  for (const auto& [iri, info] : nodes.info) {
    if (info.organisation || nodes.IsA(iri, vocab::kPerson) || nodes.IsA(iri, vocab::kProject) ||
        nodes.IsA(iri, vocab::kAwardCategory) || nodes.IsA(iri, vocab::kCeremony)) {
      vertices.insert(iri);
    }
  }
  std::set<Tie> ties;
  for (const auto& [predicate, relation] : std::vector<std::pair<std::string_view, std::string>>{
           {vocab::kInvolves, "involves"},
           {vocab::kCollaboratesWith, "collaboratesWith"},
           {vocab::kWithinIcb, "withinIcb"}}) {
    for (const auto& [a, b] : SelectPairs(store, predicate)) AddTie(ties, a, b, relation);
  }
  Multimap organisation_of;
  for (const auto& [role, person] : Roles(store, organisation_of)) {
    for (const std::string& o : Lookup(organisation_of, role))
      AddTie(ties, person, o, "role", role);
  }
  const Multimap nominees = BySubject(SelectPairs(store, vocab::kNominee));
  for (const auto& [predicate, relation] :
       std::vector<std::pair<std::string_view, std::string>>{{vocab::kCategory, "category"},
                                                             {vocab::kCeremonyProp, "ceremony"},
                                                             {vocab::kProjectProp, "project"}}) {
    for (const auto& [n, target] : SelectPairs(store, predicate)) {
      for (const std::string& nominee : Lookup(nominees, n)) {
        AddTie(ties, nominee, target, relation, n);
      }
    }
  }
  if (const auto kept = KeptOrganisations(store, nodes, spec.filter)) {
    std::set<std::string> filtered;
    for (const std::string& iri : vertices) {
      if (nodes.IsOrganisation(iri) && kept->count(iri)) filtered.insert(iri);
    }
    for (const Tie& tie : ties) {
      for (const auto& [end, other] : {std::pair(tie.a, tie.b), std::pair(tie.b, tie.a)}) {
        if (vertices.count(end) && !nodes.IsOrganisation(end) && filtered.count(other)) {
          filtered.insert(end);
        }
      }
    }
    vertices = std::move(filtered);
  }
  return Assemble(nodes, vertices, ties);
}

}  // namespace

std::optional<NetworkKind> NetworkKindFromName(std::string_view name) {
  if (name == "organisations") return NetworkKind::kOrganisations;
  if (name == "entities") return NetworkKind::kEntities;
  if (name == "people") return NetworkKind::kPeople;
  return std::nullopt;
}

TieSelection ParseTies(std::string_view list) {
  TieSelection ties{false, false, false};
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string_view name = list.substr(start, comma - start);
    if (name == "projects") {
      ties.projects = true;
    } else if (name == "partnerships") {
      ties.partnerships = true;
    } else if (name == "nominations") {
      ties.nominations = true;
    } else {
      throw std::invalid_argument("unknown tie '" + std::string(name) +
                                  "'; use projects, partnerships, nominations");
    }
    start = comma + 1;
  }
  return ties;
}

CollaborationNetwork BuildStoreNetwork(const query::Store& store, const NetworkSpec& spec) {
  switch (spec.kind) {
    case NetworkKind::kEntities:
      return EntityNetwork(store, spec);
    case NetworkKind::kPeople:
      return PeopleNetwork(store, spec);
    case NetworkKind::kOrganisations:
      break;
  }
  return OrganisationNetwork(store, spec);
}

}  // namespace awardgraph::graph
