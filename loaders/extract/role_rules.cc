// role_rules.cc — Extractor rules for roles: titles next to people and the
// organisation they hold them at (see extractor.h).
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

int Extractor::OrgAt(const SentenceMentions& m, size_t pos) const {
  for (size_t k = 0; k < m.orgs.size(); ++k)
    if (m.orgs[k].span.begin == pos) return m.org_ids[k];
  return -2;
}

int Extractor::OrgEndingAt(const SentenceMentions& m, size_t end) const {
  for (size_t k = 0; k < m.orgs.size(); ++k)
    if (m.orgs[k].span.end == end) return m.org_ids[k];
  return -2;
}

// Finds the organisation after a title: "of the X", "at X", "for X".
int Extractor::OrgAfterTitle(const SentenceMentions& m, size_t e) const {
  const SentenceView& v = *m.view;
  std::string_view w = v.Lower(e);
  if (w != "of" && w != "at" && w != "for" && w != "," && w != "with" && w != "from" && w != "in")
    return -2;
  size_t k = e + 1;
  // "consultant clinical scientist, and ..., both from X".
  if (v.Lower(k) == "both" && (v.Lower(k + 1) == "from" || v.Lower(k + 1) == "at")) k += 2;
  if (v.Lower(k) == "the") ++k;
  return OrgAt(m, k);
}

// An organisation whose name starts with the place words of [b, e), e.g.
// "Staffordshire and Stoke-on-Trent" for the ICB of that name.
int Extractor::OrgByPlace(const SentenceView& v, size_t b, size_t e) const {
  if (e <= b) return -2;
  std::string place = NameKey(v.Text({b, e}));
  if (place.empty()) return -2;
  for (int i = 0; i < static_cast<int>(facts_.orgs.size()); ++i) {
    const auto& o = facts_.orgs[i];
    std::vector<std::string> names = {o.name};
    names.insert(names.end(), o.aliases.begin(), o.aliases.end());
    for (const auto& n : names) {
      std::string key = NameKey(n);
      if (key.rfind("nhs ", 0) == 0) key = key.substr(4);
      if (key.rfind(place + " ", 0) == 0) return i;
    }
  }
  return -2;
}

// "editor of Health Business", "chief executive of Aeris Health": an
// organisation no other rule found, named by the capitals after "of"/"at".
int Extractor::NamedAfterTitle(const SentenceMentions& m, size_t e, const std::string& title) {
  const SentenceView& v = *m.view;
  const auto& t = v.tokens;
  if (v.Lower(e) != "of" && v.Lower(e) != "at") return -2;
  size_t b = e + 1;
  size_t k = b;
  while (k < t.size() && k < b + 5 &&
         (v.Cap(k) || t[k].IsAcronym() || (v.Lower(k) == "and" && v.Cap(k + 1) && k > b)))
    ++k;
  if (k == b) return -2;
  for (const auto& p : m.people)
    if (p.span.Overlaps({b, k})) return -2;
  std::string name = v.Text({b, k});
  if (k == b + 1 && (IsCity(name) || IsNeverName(name))) return -2;
  OrgMention om;
  om.span = {b, k};
  om.surface = om.name = name;
  std::string lower = FoldForMatch(name);
  bool editor = FoldForMatch(title).find("editor") != std::string::npos;
  bool company = false;
  for (std::string_view w :
       {"health", "digital", "systems", "technologies", "solutions", "analytics", "diagnostics",
        "software", "ltd", "limited", "labs", "tech", "medical", "group"})
    if (lower.find(w) != std::string::npos && lower.find("nhs") == std::string::npos &&
        lower.find("university") == std::string::npos)
      company = true;
  om.kind = editor ? OrgKind::kPublisher : company ? OrgKind::kCompany : OrgKind::kOther;
  return AddOrg(om);
}

void Extractor::AddRole(int person, std::string title, int org, const std::string& evidence) {
  // "both learning disability community nurses", "Dietitians" shared by
  // two people: one post each, in the singular.
  if (title.rfind("both ", 0) == 0) title = title.substr(5);
  if (plural_title_ && title.size() > 3 && title.back() == 's' && title[title.size() - 2] != 's')
    title.pop_back();
  // "a former intensive care consultant" is no post held now.
  std::string lower = FoldForMatch(title);
  if (lower.rfind("former ", 0) == 0 || lower.rfind("ex-", 0) == 0) return;
  for (const auto& r : facts_.roles)
    if (r.person == person && NameKey(r.title) == NameKey(title)) return;
  if (org < 0 && FoldForMatch(title) != "editor") org = main_org_;
  facts_.roles.push_back({person, title, org, evidence});
}

void Extractor::ExtractRoles(const SentenceMentions& m) {
  const SentenceView& v = *m.view;
  const auto& t = v.tokens;
  for (size_t p = 0; p < m.people.size(); ++p) {
    const Span ps = m.people[p].span;
    int person = m.person_ids[p];
    bool found = false;
    // After: "Name, Title [and Title] of/at Org" / "Name, Org's Title" /
    // "Name, Place Title" / "Name, the trust's Title".
    size_t after = ps.end;
    // "Claire Gill and Sarah Sharp, Dietitians from X": the title after
    // the second name is the first one's too.
    plural_title_ = false;
    if (p + 1 < m.people.size() && v.Lower(after) == "and" &&
        m.people[p + 1].span.begin == after + 1 && v.Lower(m.people[p + 1].span.end) == ",") {
      after = m.people[p + 1].span.end;
      plural_title_ = true;
    }
    if (p > 0 && v.Lower(m.people[p - 1].span.end) == "and" &&
        m.people[p - 1].span.end + 1 == ps.begin && v.Lower(after) == ",")
      plural_title_ = true;
    // "Bernadette Quayle, 47, a ward sister with ...".
    if (after + 2 < t.size() && t[after].text == "," && t[after + 1].IsNumber() &&
        t[after + 2].text == ",")
      after += 2;
    if (after < t.size() && (t[after].text == "," || t[after].text == "(")) {  // "X (title, org)"
      size_t k = after + 1;
      if (v.Lower(k) == "who" && (v.Lower(k + 1) == "is" || v.Lower(k + 1) == "was")) k += 2;
      int org_before = -2;
      if (v.Lower(k) == "the" || v.Lower(k) == "our" || v.Lower(k) == "a" || v.Lower(k) == "an")
        ++k;
      // "Org's Title" / "the trust's Title".
      for (size_t o = 0; o < m.orgs.size(); ++o) {
        if (m.orgs[o].span.begin == k || (m.orgs[o].anaphor && m.orgs[o].span.begin + 1 == k) ||
            (m.orgs[o].span.begin + 1 == k && v.Lower(m.orgs[o].span.begin) == "the")) {
          size_t after = m.orgs[o].span.end;
          if (v.Lower(after) == "'s") ++after;
          org_before = m.org_ids[o];
          k = after;
        }
      }
      if (org_before == -2 && v.Lower(k) == "trust" && v.Lower(k + 1) == "'s") {
        org_before = RecentTrust(m);
        k += 2;
      }
      size_t place_begin = k;
      std::optional<TitleMatch> title = MatchTitle(v, k, m.org_spans);
      // "learning disability liaison nurse": lower-case words before a
      // title the lexicon knows.
      if (!title && k < t.size() && t[k].is_word && !t[k].IsCapitalised()) {
        for (size_t q = k + 1; q < t.size() && q <= k + 3; ++q) {
          if (!t[q - 1].is_word || t[q - 1].IsCapitalised()) break;
          if (auto inner = MatchTitle(v, q, m.org_spans); inner && !t[q].IsCapitalised()) {
            title = TitleMatch{{k, inner->span.end}, v.Text({k, inner->span.end})};
            break;
          }
          if (t[q].is_word && !t[q].IsCapitalised() && IsTitleHead(t[q].lower) &&
              (q + 1 >= t.size() || !t[q + 1].is_word)) {
            title = TitleMatch{{k, q + 1}, v.Text({k, q + 1})};
            break;
          }
        }
      }
      if (!title && org_before == -2) {
        // Skip place words: "Staffordshire and Stoke-on-Trent Chief Medical Officer".
        size_t q = k;
        while (q < t.size() && q < k + 8 && (v.Cap(q) || v.Lower(q) == "and") &&
               !MatchTitle(v, q, m.org_spans))
          ++q;
        if (q > k && q < t.size()) {
          title = MatchTitle(v, q, m.org_spans);
          if (title) org_before = OrgByPlace(v, place_begin, q);
        }
      }
      std::vector<std::string> titles;
      size_t e = 0;
      // "Jane Cummings, Nursing and Midwifery Council chief executive Jackie
      // Smith": the title is the next person's.
      if (title)
        for (const auto& other : m.people)
          if (other.span.begin == title->span.end) title.reset();
      if (title) {
        titles.push_back(title->title);
        e = title->span.end;
        while (v.Lower(e) == "and" || (v.Lower(e) == "," && MatchTitle(v, e + 1))) {
          auto more = MatchTitle(v, e + 1, m.org_spans);
          if (!more) break;
          titles.push_back(more->title);
          e = more->span.end;
        }
        int org = org_before;
        if (org == -2) org = OrgAfterTitle(m, e);
        if (org == -2 && v.Lower(e) == "of" && v.Lower(e + 1) == "the" && v.Lower(e + 2) == "trust")
          org = RecentTrust(m);
        if (org == -2) org = NamedAfterTitle(m, e, titles.back());
        for (const auto& ti : titles) AddRole(person, ti, org < 0 ? -1 : org, m.evidence);
        found = true;
      }
    }
    if (found) continue;
    // Before: "HSJ editor Name", "Trust chair Name", "Chief Executive of
    // the Trust, Name, said", "the trust's chief executive, Name".
    size_t end = ps.begin;
    if (end > 0 && t[end - 1].text == ",") --end;
    for (size_t b = end >= 14 ? end - 14 : 0; b < end; ++b) {
      auto title = MatchTitle(v, b, m.org_spans);
      if (!title) continue;
      // Far from the name only as "Title of/at Org, Name".
      if (end - b > 6 && title->span.end == end) continue;
      size_t te = title->span.end;
      int org = -2;
      if (te == end) {
        org = OrgEndingAt(m, b);
        if (org == -2 && b >= 1 && v.Lower(b - 1) == "'s") org = OrgEndingAt(m, b - 1);
        if (org == -2 && b >= 1 && v.Lower(b - 1) == "trust") org = RecentTrust(m);
        if (org == -2 && b >= 2 && v.Lower(b - 1) == "'s" && v.Lower(b - 2) == "trust")
          org = RecentTrust(m);
      } else {
        org = OrgAfterTitle(m, te);
        if (org == -2 && v.Lower(te) == "of" && v.Lower(te + 1) == "the" &&
            v.Lower(te + 2) == "trust")
          org = RecentTrust(m);
        // The organisation must end right before the person's comma.
        bool adjacent = false;
        for (size_t o = 0; o < m.orgs.size(); ++o)
          if (m.org_ids[o] == org && m.orgs[o].span.end == end) adjacent = true;
        if (org >= 0 && !adjacent && !(v.Lower(te + 2) == "trust" && te + 3 == end)) org = -2;
        if (org == -2) continue;
      }
      // "Deputy Chief Executive and Chief Medical Officer at LAS Dr X": two
      // posts; "Consultant obstetrician and gynaecologist at X": one.
      bool joined = false;
      for (size_t a = b >= 6 ? b - 6 : 0; a + 1 < b; ++a) {
        if (v.Lower(b - 1) != "and") break;
        auto first = MatchTitle(v, a, m.org_spans);
        if (first && first->span.end == b - 1) {
          if (title->span.end - title->span.begin == 1) {
            AddRole(person, first->title + " and " + title->title, org < 0 ? -1 : org, m.evidence);
            joined = true;
          } else {
            AddRole(person, first->title, org < 0 ? -1 : org, m.evidence);
          }
          break;
        }
      }
      if (!joined) AddRole(person, title->title, org < 0 ? -1 : org, m.evidence);
      break;
    }
  }
}

}  // namespace awardgraph::loaders::internal
