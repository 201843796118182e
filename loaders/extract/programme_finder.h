// programme_finder.h — finds award programmes ("HSJ Digital Awards 2023").
//
// Defines ProgrammeMention and FindProgrammes().
//
// Example:
//   SentenceView s("shortlisted at the HSJ Digital Awards 2023");
//   auto p = FindProgrammes(s);  // {"HSJ Digital Awards", year 2023}
#ifndef AWARDGRAPH_LOADERS_PROGRAMME_FINDER_H_
#define AWARDGRAPH_LOADERS_PROGRAMME_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// An award programme mention ("HSJ Digital Awards 2023").
struct ProgrammeMention {
  Span span;
  /// Canonical name ("HSJ Partnership Awards" for "Health Service Journal
  /// (HSJ) Partnership awards").
  std::string name;
  /// Year written next to it, or 0.
  int year = 0;
};

/// Finds award programme mentions. `known` lists programmes already seen in
/// the article, so that "a Make a Difference Award" is recognised too.
std::vector<ProgrammeMention> FindProgrammes(const SentenceView& s,
                                             const std::vector<std::string>& known = {});

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_PROGRAMME_FINDER_H_
