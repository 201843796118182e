// person_finder.h — finds people and job titles.
//
// Defines PersonMention, FindPeople() (after an honorific, a common given
// name, or next to a job title) and TitleMatch, MatchTitle().
//
// Example:
//   SentenceView s("Dr Jane Halpin, Chief Executive Officer of the ICB, said.");
//   auto people = FindPeople(s, {});  // {"Jane Halpin", honorifics {"Dr"}}
//   auto title = MatchTitle(s, 5);    // "Chief Executive Officer", tokens 5..8
#ifndef AWARDGRAPH_LOADERS_PERSON_FINDER_H_
#define AWARDGRAPH_LOADERS_PERSON_FINDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// A person mention.
struct PersonMention {
  Span span;
  /// Name without honorifics.
  std::string name;
  std::vector<std::string> honorifics;
};

/// Finds people: after an honorific, a common given name, or next to a job
/// title ("said Sam Ng", "Sam Ng, chief executive"). Spans inside `taken`
/// (organisation mentions) are skipped.
std::vector<PersonMention> FindPeople(const SentenceView& s, const std::vector<Span>& taken);

/// A job title found at a token position.
struct TitleMatch {
  Span span;
  std::string title;
};

/// Matches a job title starting exactly at token i ("Chief Medical Officer",
/// "director of nursing", "Head of Digital"), stopping before an
/// organisation mention in `taken`.
std::optional<TitleMatch> MatchTitle(const SentenceView& s, size_t i,
                                     const std::vector<Span>& taken = {});

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_PERSON_FINDER_H_
