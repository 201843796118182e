// partnership_rules.cc — Extractor rules for partnerships: organisations a
// sentence says work together, and those sharing a project (see extractor.h).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "loaders/extract/extractor.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders::internal {

// "The two trusts worked in partnership on ...": the organisations the
// previous sentence (within two) named, when that sentence named two or more.
std::vector<int> Extractor::PartnersReferredBack(const SentenceMentions& m) const {
  const SentenceView& v = *m.view;
  bool refers = false;
  static const std::set<std::string_view> kGroups = {
      "trusts", "organisations", "organizations", "partners", "teams", "boards", "bodies"};
  for (size_t k = 0; k + 1 < v.tokens.size(); ++k) {
    std::string_view w = v.Lower(k);
    if ((w == "two" || w == "three" || w == "both" || w == "all") &&
        kGroups.contains(v.Lower(k + 1)))
      refers = true;
    if (w == "the" && v.Lower(k + 1) == "partners") refers = true;
  }
  if (!refers) return {};
  size_t index = static_cast<size_t>(&m - mentions_.data());
  for (size_t back = 1; back <= 2 && back <= index; ++back) {
    const SentenceMentions& prev = mentions_[index - back];
    std::vector<int> ids;
    for (size_t k = 0; k < prev.orgs.size(); ++k) {
      int id = prev.org_ids[k];
      if (id >= 0 && facts_.orgs[id].kind != OrgKind::kPublisher &&
          std::find(ids.begin(), ids.end(), id) == ids.end())
        ids.push_back(id);
    }
    if (ids.size() >= 2) return ids;
  }
  return {};
}

void Extractor::ExtractCollaborations(SentenceMentions& m) {
  const SentenceView& v = *m.view;
  const auto& t = v.tokens;
  size_t cue = t.size();
  bool between = false;
  for (size_t k = 0; k + 1 < t.size(); ++k) {
    std::string_view w = t[k].lower, n = v.Lower(k + 1);
    if ((w == "partnership" || w == "collaboration" || w == "conjunction") && n == "with") cue = k;
    if ((w == "partnered" || w == "collaborated" || w == "collaborating" || w == "partnering" ||
         w == "teamed" || w == "working" || w == "worked" || w == "work" || w == "works" ||
         w == "developed" || w == "built" || w == "runs" || w == "run" || w == "delivered" ||
         w == "designed" || w == "created" || w == "co-produced" || w == "co-designed" ||
         w == "launched" || w == "jointly")) {
      size_t q = k + 1;
      if (v.Lower(q) == "up" || v.Lower(q) == "closely" || v.Lower(q) == "together") ++q;
      if (v.Lower(q) == "with" || v.Lower(q) == "alongside") cue = k;
      // "developed the system with Harbourline Software": a short object,
      // then "with" and an organisation at once.
      if (cue == t.size() && w != "run" && w != "runs" && v.Lower(q) == "the") {
        size_t with = q + 1;
        while (with < t.size() && with < q + 4 && t[with].is_word && !t[with].IsCapitalised() &&
               t[with].lower != "with")
          ++with;
        size_t org = with + 1 + (v.Lower(with + 1) == "the" ? 1 : 0);
        bool org_next = std::any_of(m.orgs.begin(), m.orgs.end(),
                                    [&](const OrgMention& o) { return o.span.begin == org; });
        if (v.Lower(with) == "with" && org_next) cue = with;
      }
    }
    if ((w == "partnership" || w == "collaboration") && n == "between") cue = k, between = true;
    if ((w == "together" && n == "with") || w == "alongside") cue = k;
    // "The two trusts worked in partnership on ...", "worked together".
    if ((w == "worked" || w == "work" || w == "working" || w == "works" || w == "collaborated" ||
         w == "partnered") &&
        (n == "together" ||
         (n == "in" && (v.Lower(k + 2) == "partnership" || v.Lower(k + 2) == "collaboration"))))
      cue = k;
    // "developed by UHBW with researchers at the University of Bristol".
    if (w == "with" && DevelopedBy(v, k)) cue = k;
    if (w == "jointly" || w == "co-developed" || w == "co-designed") cue = k, between = true;
    // "run by A and B, and supported by C": everyone listed works together.
    if ((w == "run" || w == "led" || w == "supported" || w == "delivered" || w == "developed") &&
        n == "by")
      cue = k, between = true;
    // "partner organisations including A, B and C".
    if ((w == "partners" || w == "organisations" || w == "partner") &&
        (n == "including" || n == "include" || n == "includes" || n == ":"))
      cue = k, between = true;
    if (cue != t.size()) break;
  }
  // "The partnership, which also involves X, ...": X joins the nominees of
  // the entry just named.
  bool involves = false;
  size_t index = static_cast<size_t>(&m - mentions_.data());
  if (cue == t.size() && RefersToEntry(v) && !last_nominees_.empty() &&
      index >= last_nominees_sentence_ && index - last_nominees_sentence_ <= 2)
    for (size_t k = 1; k + 1 < t.size() && k < 8; ++k)
      if (t[k].lower == "involves" || t[k].lower == "involved" || t[k].lower == "includes") {
        cue = k;
        involves = true;
        break;
      }
  if (cue == t.size()) return;
  std::vector<int> before, after;
  for (size_t k = 0; k < m.orgs.size(); ++k) {
    int id = m.org_ids[k];
    if (id < 0 || facts_.orgs[id].kind == OrgKind::kPublisher) continue;
    (m.orgs[k].span.begin < cue ? before : after).push_back(id);
  }
  std::vector<std::pair<int, int>> pairs;
  std::vector<int> group;
  if (involves && before.empty() && !after.empty()) {
    group = last_nominees_;
    for (int a : after)
      if (std::find(group.begin(), group.end(), a) == group.end()) group.push_back(a);
  }
  if (group.empty() && before.size() + after.size() < 2) group = PartnersReferredBack(m);
  if (!group.empty()) {
    for (size_t a = 0; a < group.size(); ++a)
      for (size_t b = a + 1; b < group.size(); ++b) pairs.emplace_back(group[a], group[b]);
  } else if (between) {
    for (size_t a = 0; a < after.size(); ++a)
      for (size_t b = a + 1; b < after.size(); ++b) pairs.emplace_back(after[a], after[b]);
    if (after.size() == 1 && !before.empty()) pairs.emplace_back(before.back(), after[0]);
  } else {
    // No partner named before the cue: "This is a collaboration with X"
    // means the one nominee of a sentence just before; otherwise the
    // article's main organisation.
    bool refers = v.Lower(0) == "this" || v.Lower(0) == "it" || RefersToEntry(v);
    if (before.empty() && refers && last_nominees_.size() == 1 &&
        index >= last_nominees_sentence_ && index - last_nominees_sentence_ <= 2)
      before.push_back(last_nominees_.front());
    if (before.empty() && main_org_ >= 0) before.push_back(main_org_);
    if (!before.empty())
      for (int b : after) pairs.emplace_back(before.back(), b);
    // "in partnership with A, B and C": the partners listed work with one
    // another too.
    for (size_t a = 0; a < after.size(); ++a)
      for (size_t b = a + 1; b < after.size(); ++b) pairs.emplace_back(after[a], after[b]);
  }
  int project = -1;
  for (const auto& p : m.projects) {
    project = AddProject(p);
    break;
  }
  if (project < 0) project = KnownProjectIn(v.text);
  for (auto [a, b] : pairs) {
    if (a == b) continue;
    facts_.collaborations.push_back({a, b, project, m.evidence});
    if (project >= 0) {
      facts_.projects[project].orgs.insert(a);
      facts_.projects[project].orgs.insert(b);
    }
  }
}

// A project named earlier in the article and mentioned again here.
int Extractor::KnownProjectIn(const std::string& sentence) const {
  std::string folded = FoldPunctuation(sentence);
  for (int p = 0; p < static_cast<int>(facts_.projects.size()); ++p) {
    std::vector<std::string> names = {facts_.projects[p].name};
    names.insert(names.end(), facts_.projects[p].aliases.begin(), facts_.projects[p].aliases.end());
    for (const auto& n : names) {
      if (n.size() < 4) continue;
      size_t pos = folded.find(FoldPunctuation(n));
      if (pos == std::string::npos) continue;
      size_t end = pos + n.size();
      bool whole = (pos == 0 || !std::isalnum(static_cast<unsigned char>(folded[pos - 1]))) &&
                   (end >= folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end])));
      if (whole) return p;
    }
  }
  return -1;
}

void Extractor::LinkProjectsAndPartners() {
  // Joint entries: "Auralis and MWL were awarded gold ... for TheatreFlow".
  for (const auto& [a, b, project] : joint_entries_) {
    if (a == b) continue;
    facts_.collaborations.push_back({a, b, project, ""});
    if (project >= 0) {
      facts_.projects[project].orgs.insert(a);
      facts_.projects[project].orgs.insert(b);
    }
  }
  for (const auto& n : facts_.nominations)
    if (n.project >= 0 && n.nominee_org >= 0) facts_.projects[n.project].orgs.insert(n.nominee_org);
  // A company named in the sentence of a nominated project works on it
  // ("the PreCiSSIon programme, which uses a digital solution, Cemplicity").
  for (const auto& n : facts_.nominations) {
    if (n.project < 0 || n.nominee_org < 0) continue;
    for (const auto& m : mentions_) {
      if (m.evidence != n.evidence) continue;
      for (size_t k = 0; k < m.orgs.size(); ++k) {
        int id = m.org_ids[k];
        if (id >= 0 && id != n.nominee_org && facts_.orgs[id].kind == OrgKind::kCompany) {
          facts_.projects[n.project].orgs.insert(id);
        }
      }
    }
  }
  // Organisations sharing a project collaborate.
  for (int p = 0; p < static_cast<int>(facts_.projects.size()); ++p) {
    std::vector<int> orgs(facts_.projects[p].orgs.begin(), facts_.projects[p].orgs.end());
    for (size_t a = 0; a < orgs.size(); ++a)
      for (size_t b = a + 1; b < orgs.size(); ++b) {
        bool known = false;
        for (const auto& c : facts_.collaborations)
          if ((c.a == orgs[a] && c.b == orgs[b]) || (c.a == orgs[b] && c.b == orgs[a]))
            known = true;
        if (!known) facts_.collaborations.push_back({orgs[a], orgs[b], p, ""});
      }
  }
}

}  // namespace awardgraph::loaders::internal
