// extract_test_util.h — helpers shared by the whole-article extractor tests
// (article_extractor_test.cc and the *_rules_test.cc files): extract a small
// article, find an organisation or person, and describe all facts for a
// failure message.
//
// Example:
//   ArticleFacts f = Extract("", "Ann Lee, chief executive of ...");
//   ASSERT_GE(OrgByOds(f, "RWE"), 0) << Describe(f);
#ifndef AWARDGRAPH_TESTS_LOADERS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define AWARDGRAPH_TESTS_LOADERS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "loaders/extract/article_extractor.h"

namespace awardgraph::loaders::test_util {

inline ArticleFacts Extract(std::string title, std::string text, std::string date = "") {
  Document doc;
  doc.source = "news/test.txt";
  doc.title = std::move(title);
  doc.date = std::move(date);
  doc.text = std::move(text);
  return ExtractArticle(doc, OdsGazetteer::Default());
}

inline int OrgByOds(const ArticleFacts& f, std::string_view ods) {
  for (size_t i = 0; i < f.orgs.size(); ++i)
    if (f.orgs[i].ods == ods) return static_cast<int>(i);
  return -1;
}

inline int PersonByName(const ArticleFacts& f, std::string_view name) {
  for (size_t i = 0; i < f.people.size(); ++i)
    if (f.people[i].name == name) return static_cast<int>(i);
  return -1;
}

inline std::string Describe(const ArticleFacts& f) {
  std::string out;
  for (const auto& o : f.orgs) out += "org: " + o.name + " [" + o.ods + "]\n";
  for (const auto& p : f.people) out += "person: " + p.name + "\n";
  for (const auto& r : f.roles)
    out += "role: " + (r.person >= 0 ? f.people[r.person].name : "?") + " | " + r.title + " | " +
           (r.org >= 0 ? f.orgs[r.org].name : "-") + "\n";
  for (const auto& c : f.ceremonies)
    out += "ceremony: " + c.programme + " " + std::to_string(c.year) + " " + c.date + " " +
           c.location + "\n";
  for (const auto& n : f.nominations) {
    out += "nomination: ";
    out += n.nominee_org >= 0      ? f.orgs[n.nominee_org].name
           : n.nominee_person >= 0 ? f.people[n.nominee_person].name
                                   : "?";
    out += " | " + n.category + " | status " + std::to_string(static_cast<int>(n.status));
    if (n.project >= 0) out += " | project " + f.projects[n.project].name;
    if (n.ceremony >= 0) out += " | " + f.ceremonies[n.ceremony].programme;
    out += "\n";
  }
  for (const auto& c : f.collaborations)
    out += "collaboration: " + f.orgs[c.a].name + " + " + f.orgs[c.b].name + "\n";
  return out;
}

}  // namespace awardgraph::loaders::test_util

#endif  // AWARDGRAPH_TESTS_LOADERS_EXTRACT_EXTRACT_TEST_UTIL_H_
