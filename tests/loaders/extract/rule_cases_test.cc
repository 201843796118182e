// Data-driven rule tests for the extractor (article_extractor.h and the
// finders behind it): one file per rule family in
// tests/loaders/extract/rules/*.rules, each case a short text we wrote and
// the facts it must (and must not) give. A failing case prints its text and
// every fact the extractor found, so a new case is a few lines of data.
//
// File format (Kuzu's test_files are the model):
//   # comment
//   case: the rule in a few words
//   title: optional headline
//   text: a line of the article        (repeat for more lines)
//   expect: nomination: Acme NHS Trust | Team of the Year | winner
//   reject: org: Patient Safety
// A fact line matches when it equals the expected text or starts with it
// followed by " |" (so trailing fields may be left out). Fact lines:
//   org: NAME | KIND [| ODS]          person: NAME
//   role: PERSON | TITLE | ORG or -   project: NAME
//   nomination: NOMINEE | CATEGORY or - | STATUS | PROGRAMME YEAR | PROJECT or -
//   partners: A + B                   (names in alphabetical order)
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "loaders/extract/article_extractor.h"

namespace awardgraph::loaders {
namespace {

std::string KindName(OrgKind k) {
  switch (k) {
    case OrgKind::kIcb:
      return "ICB";
    case OrgKind::kIcs:
      return "ICS";
    case OrgKind::kTrust:
      return "Trust";
    case OrgKind::kHealthInnovationNetwork:
      return "HealthInnovationNetwork";
    case OrgKind::kCancerAlliance:
      return "CancerAlliance";
    case OrgKind::kCompany:
      return "Company";
    case OrgKind::kPublisher:
      return "Publisher";
    case OrgKind::kOther:
      return "Other";
  }
  return "?";
}

std::string StatusName(Status s) {
  switch (s) {
    case Status::kNominated:
      return "nominated";
    case Status::kShortlisted:
      return "shortlisted";
    case Status::kWinner:
      return "winner";
    case Status::kHighlyCommended:
      return "highly_commended";
    case Status::kBronze:
      return "bronze";
    case Status::kSilver:
      return "silver";
    case Status::kGold:
      return "gold";
  }
  return "?";
}

std::vector<std::string> FactLines(const ArticleFacts& f) {
  std::vector<std::string> out;
  auto org = [&](int i) { return i >= 0 ? f.orgs[i].name : std::string("-"); };
  for (const auto& o : f.orgs)
    out.push_back("org: " + o.name + " | " + KindName(o.kind) +
                  (o.ods.empty() ? "" : " | " + o.ods));
  for (const auto& p : f.people) out.push_back("person: " + p.name);
  for (const auto& r : f.roles)
    out.push_back("role: " + f.people[r.person].name + " | " + r.title + " | " + org(r.org));
  for (const auto& p : f.projects) out.push_back("project: " + p.name);
  for (const auto& n : f.nominations) {
    std::string who = n.nominee_person >= 0 ? f.people[n.nominee_person].name : org(n.nominee_org);
    std::string cer = "-";
    if (n.ceremony >= 0) {
      const auto& c = f.ceremonies[n.ceremony];
      cer = c.programme + (c.year ? " " + std::to_string(c.year) : "");
    }
    out.push_back("nomination: " + who + " | " + (n.category.empty() ? "-" : n.category) + " | " +
                  StatusName(n.status) + " | " + cer + " | " +
                  (n.project >= 0 ? f.projects[n.project].name : "-"));
  }
  for (const auto& c : f.collaborations) {
    std::string a = org(c.a), b = org(c.b);
    if (b < a) std::swap(a, b);
    out.push_back("partners: " + a + " + " + b);
  }
  return out;
}

bool Matches(const std::vector<std::string>& facts, const std::string& want) {
  return std::any_of(facts.begin(), facts.end(), [&](const std::string& f) {
    return f == want || f.rfind(want + " |", 0) == 0;
  });
}

struct RuleCase {
  std::string file;
  int line = 0;
  std::string name;
  std::string title;
  std::string text;
  std::vector<std::string> expect;
  std::vector<std::string> reject;
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  size_t b = s.find_first_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b);
}

std::vector<RuleCase> LoadCases() {
  std::vector<RuleCase> cases;
  std::filesystem::path dir =
      std::filesystem::path(AWARDGRAPH_TEST_DATA_DIR) / ".." / "loaders" / "extract" / "rules";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".rules") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string raw;
    int n = 0;
    while (std::getline(in, raw)) {
      ++n;
      std::string line = Trim(raw);
      if (line.empty() || line[0] == '#') continue;
      size_t colon = line.find(':');
      if (colon == std::string::npos) {
        ADD_FAILURE() << path.filename() << ":" << n << ": no 'key:' in line";
        continue;
      }
      std::string key = line.substr(0, colon), value = Trim(line.substr(colon + 1));
      if (key == "case") {
        cases.push_back({path.filename().string(), n, value, "", "", {}, {}});
        continue;
      }
      if (cases.empty() || cases.back().file != path.filename().string()) {
        ADD_FAILURE() << path.filename() << ":" << n << ": '" << key << "' before any 'case:'";
        continue;
      }
      RuleCase& c = cases.back();
      if (key == "title")
        c.title = value;
      else if (key == "text")
        c.text += (c.text.empty() ? "" : "\n") + value;
      else if (key == "expect")
        c.expect.push_back(value);
      else if (key == "reject")
        c.reject.push_back(value);
      else
        ADD_FAILURE() << path.filename() << ":" << n << ": unknown key '" << key << "'";
    }
  }
  return cases;
}

TEST(RuleCasesTest, EveryCaseGivesItsFacts) {
  auto cases = LoadCases();
  ASSERT_GT(cases.size(), 10u);
  for (const auto& c : cases) {
    Document doc;
    doc.source = "rules/" + c.file;
    doc.title = c.title;
    doc.text = c.text;
    auto facts = FactLines(ExtractArticle(doc, OdsGazetteer::Default()));
    std::string all;
    for (const auto& f : facts) all += "    " + f + "\n";
    EXPECT_FALSE(c.expect.empty() && c.reject.empty())
        << c.file << ":" << c.line << " (" << c.name << ") states no fact";
    for (const auto& want : c.expect)
      EXPECT_TRUE(Matches(facts, want))
          << c.file << ":" << c.line << " (" << c.name << ")\n  text: " << c.text
          << "\n  missing: " << want << "\n  found:\n"
          << all;
    for (const auto& bad : c.reject)
      EXPECT_FALSE(Matches(facts, bad))
          << c.file << ":" << c.line << " (" << c.name << ")\n  text: " << c.text
          << "\n  unwanted: " << bad << "\n  found:\n"
          << all;
  }
}

}  // namespace
}  // namespace awardgraph::loaders
