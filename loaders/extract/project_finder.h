// project_finder.h — finds named projects ("the MySENSE project").
//
// Defines ProjectMention, FindProjects() and IsCoinedWord().
//
// Example:
//   SentenceView s("The trust won for its WardView portal.");
//   auto p = FindProjects(s, {});  // "WardView portal"
#ifndef AWARDGRAPH_LOADERS_PROJECT_FINDER_H_
#define AWARDGRAPH_LOADERS_PROJECT_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// A project mention.
struct ProjectMention {
  Span span;
  /// Name as it should be labelled ("MySENSE project").
  std::string name;
  /// Other form ("MySENSE"), or empty.
  std::string alias;
  /// Only described ("a virtual work experience programme"): no proper name.
  bool descriptive = false;
};

/// Finds project names: quoted names, "for its X portal", "the X
/// programme", and items of "projects include A, B and C".
std::vector<ProjectMention> FindProjects(const SentenceView& s, const std::vector<Span>& taken);

/// "WardView", "MySENSE", "SPOT-Kids", "PreCiSSIon": shapes common words
/// never have, so a strong sign of a product or project name.
bool IsCoinedWord(const Token& t);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_PROJECT_FINDER_H_
