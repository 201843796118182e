// mention_test_util.h — helpers shared by the mention finder tests
// (tests/loaders/extract/*_finder_test.cc): token lookup, the names of
// mentions, and the spans the extractor marks as taken before it looks for
// categories and projects, so each finder is tested as the extractor calls it.
//
// Example:
//   SentenceView s("Dr Ann Lee won.");
//   EXPECT_EQ(Names(FindPeople(s, OrgSpans(s))), Strings{"Ann Lee"});
#ifndef AWARDGRAPH_TESTS_LOADERS_EXTRACT_MENTION_TEST_UTIL_H_
#define AWARDGRAPH_TESTS_LOADERS_EXTRACT_MENTION_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/mention_finder.h"

namespace awardgraph::loaders::test_util {

inline const OdsGazetteer& Ods() { return OdsGazetteer::Default(); }

// Index of the first token with this text at or after `from` (tokens.size() if none).
inline size_t Tok(const SentenceView& s, std::string_view text, size_t from = 0) {
  for (size_t i = from; i < s.tokens.size(); ++i)
    if (s.tokens[i].text == text) return i;
  ADD_FAILURE() << "no token '" << text << "' in: " << s.text;
  return s.tokens.size();
}

inline std::vector<OrgMention> Orgs(const SentenceView& s, const AcronymMap& acronyms = {}) {
  return FindOrganisations(s, Ods(), acronyms);
}

inline std::vector<Span> OrgSpans(const SentenceView& s, const AcronymMap& acronyms = {}) {
  std::vector<Span> out;
  for (const auto& o : Orgs(s, acronyms)) out.push_back(o.span);
  return out;
}

inline std::vector<std::string> Names(const std::vector<OrgMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
inline std::vector<std::string> Names(const std::vector<PersonMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
inline std::vector<std::string> Names(const std::vector<ProgrammeMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
inline std::vector<std::string> Names(const std::vector<CategoryMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
inline std::vector<std::string> Names(const std::vector<ProjectMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}

using Strings = std::vector<std::string>;

// Everything the extractor marks as taken before categories and projects: organisations,
// programmes, people and status phrases.
inline std::vector<Span> TakenBeforeCategories(const SentenceView& s,
                                               const AcronymMap& acronyms = {}) {
  std::vector<Span> taken = OrgSpans(s, acronyms);
  for (const auto& p : FindProgrammes(s)) taken.push_back(p.span);
  for (const auto& p : FindPeople(s, taken)) taken.push_back(p.span);
  for (const auto& st : FindStatuses(s)) taken.push_back(st.span);
  return taken;
}

inline std::vector<Span> TakenBeforeProjects(const SentenceView& s, bool bullet = false,
                                             const AcronymMap& acronyms = {}) {
  std::vector<Span> taken = TakenBeforeCategories(s, acronyms);
  for (const auto& c : FindCategories(s, bullet, taken)) taken.push_back(c.span);
  return taken;
}

}  // namespace awardgraph::loaders::test_util

#endif  // AWARDGRAPH_TESTS_LOADERS_EXTRACT_MENTION_TEST_UTIL_H_
