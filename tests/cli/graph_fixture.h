// graph_fixture.h — test data for the graph commands (clusters, centrality,
// components, export): a store with two groups of organisations and a
// planted-partition edge list.
//
// Example:
//   TempDir dir;
//   const std::string store = MakeGraphStore(dir);
//   RunCli({"clusters", "--store", store, "--format", "json"});
#ifndef AWARDGRAPH_TESTS_CLI_GRAPH_FIXTURE_H_
#define AWARDGRAPH_TESTS_CLI_GRAPH_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>

#include "cli_runner.h"

namespace awardgraph::cli::testing {

/// Two groups of four trusts (North n1..n4, South s1..s4) that share
/// projects inside each group, one project bridging n4 and s1, an ICB
/// footprint around the North group, a winning nomination for n1, and a
/// lone company.
inline constexpr char kGraphTurtle[] = R"(
@prefix ag: <https://w3id.org/awardgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/awardgraph/id/> .
id:a1 a ag:Article .
id:icb a ag:IntegratedCareBoard , ag:Organisation ; rdfs:label "NHS North ICB" .
id:n1 a ag:Trust , ag:Organisation ; rdfs:label "North One" ; prov:wasDerivedFrom id:a1 ; ag:withinIcb id:icb .
id:n2 a ag:Trust , ag:Organisation ; rdfs:label "North Two" ; prov:wasDerivedFrom id:a1 ; ag:withinIcb id:icb .
id:n3 a ag:Trust , ag:Organisation ; rdfs:label "North Three" ; prov:wasDerivedFrom id:a1 ; ag:withinIcb id:icb .
id:n4 a ag:Trust , ag:Organisation ; rdfs:label "North Four" ; prov:wasDerivedFrom id:a1 ; ag:withinIcb id:icb .
id:s1 a ag:Trust , ag:Organisation ; rdfs:label "South One" ; prov:wasDerivedFrom id:a1 .
id:s2 a ag:Trust , ag:Organisation ; rdfs:label "South Two" ; prov:wasDerivedFrom id:a1 .
id:s3 a ag:Trust , ag:Organisation ; rdfs:label "South Three" ; prov:wasDerivedFrom id:a1 .
id:s4 a ag:Trust , ag:Organisation ; rdfs:label "South Four" ; prov:wasDerivedFrom id:a1 .
id:co a ag:Company , ag:Organisation ; rdfs:label "Lone Ltd" ; prov:wasDerivedFrom id:a1 .
id:pn1 a ag:Project ; ag:involves id:n1 , id:n2 , id:n3 .
id:pn2 a ag:Project ; ag:involves id:n2 , id:n3 , id:n4 .
id:pn3 a ag:Project ; ag:involves id:n1 , id:n4 .
id:ps1 a ag:Project ; ag:involves id:s1 , id:s2 , id:s3 .
id:ps2 a ag:Project ; ag:involves id:s2 , id:s3 , id:s4 .
id:ps3 a ag:Project ; ag:involves id:s1 , id:s4 .
id:pb a ag:Project ; ag:involves id:n4 , id:s1 .
id:nom a ag:Nomination ; ag:nominee id:n1 ; ag:project id:pn1 ; ag:status ag:Winner .
)";

/// Loads kGraphTurtle into a new store under `dir`; returns the store path.
inline std::string MakeGraphStore(const TempDir& dir) {
  WriteFile(dir / "graph.ttl", kGraphTurtle);
  const std::string store = dir / "store";
  const RunOutput r = RunCli({"load", "--store", store, dir / "graph.ttl"});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  return store;
}

/// Three groups of five vertices, complete inside, joined in a ring by
/// single light edges: source,target,weight.
inline std::string PlantedEdgeCsv() {
  std::string csv = "source,target,weight\n";
  for (int group = 0; group < 3; ++group) {
    for (int i = 0; i < 5; ++i) {
      for (int j = i + 1; j < 5; ++j) {
        csv += "g" + std::to_string(group) + "v" + std::to_string(i) + ",g" +
               std::to_string(group) + "v" + std::to_string(j) + ",2\n";
      }
    }
    csv += "g" + std::to_string(group) + "v0,g" + std::to_string((group + 1) % 3) + "v4,0.5\n";
  }
  return csv;
}

}  // namespace awardgraph::cli::testing

#endif  // AWARDGRAPH_TESTS_CLI_GRAPH_FIXTURE_H_
