// results_list_rules.cc — Extractor rules for results written as lists:
// pipe tables, bullets under a status line, "X - Y" dash entries and lines
// that name a category with the results under it (see extractor.h).
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

std::string Extractor::CategoryHeading(const SentenceView& v) {
  const auto& t = v.tokens;
  if (t.size() < 2) return {};
  for (const auto& tok : t)
    if (tok.is_word && !tok.IsAllCaps() && !tok.IsNumber() && tok.lower != "of" &&
        tok.lower != "the" && tok.lower != "and")
      return {};
  std::string last = t.back().lower;
  bool of_year = t.size() >= 3 && last == "year" && t[t.size() - 2].lower == "the";
  if (!of_year && last != "award") return {};
  return TitleCaseOds(v.Text({0, t.size()}));
}

// Rows of a pipe table: "Category | Winner | Project" sets the columns,
// "Patient Involvement | Sheffield Children's NHS FT | Young Voices Panel"
// is one nomination. Returns true when the sentence was a table line.
bool Extractor::TableRow(SentenceMentions& m, size_t i) {
  const SentenceView& v = *m.view;
  std::vector<Span> cells;
  size_t b = 0;
  for (size_t k = 0; k <= v.tokens.size(); ++k) {
    if (k == v.tokens.size() || v.tokens[k].text == "|") {
      cells.push_back({b, k});
      b = k + 1;
    }
  }
  if (cells.size() < 2) return false;
  auto cell_text = [&](size_t c) { return FoldForMatch(v.Text(cells[c])); };
  // A header names its columns.
  int category = -1, nominee = -1, project = -1;
  std::optional<Status> status;
  for (size_t c = 0; c < cells.size(); ++c) {
    std::string h = cell_text(c);
    if (h == "category" || h == "award") category = static_cast<int>(c);
    if (h == "project" || h == "entry" || h == "initiative") project = static_cast<int>(c);
    if (h == "winner" || h == "organisation" || h == "nominee" || h == "trust" || h == "finalist" ||
        h == "highly commended" || h == "shortlisted") {
      nominee = static_cast<int>(c);
      if (h == "winner") status = Status::kWinner;
      if (h == "finalist" || h == "shortlisted") status = Status::kShortlisted;
      if (h == "highly commended") status = Status::kHighlyCommended;
    }
  }
  if (nominee >= 0 && (category >= 0 || project >= 0)) {
    table_ = Table{category, nominee, project, status.value_or(Status::kWinner)};
    table_paragraph_ = paragraphs_[i];
    return true;
  }
  if (!table_) return false;
  const Table& tb = *table_;
  if (static_cast<int>(cells.size()) <= std::max({tb.category, tb.nominee, tb.project}))
    return false;
  NominationFact n;
  n.status =
      paragraphs_[i] == table_paragraph_ || !list_context_ ? tb.status : list_context_->status;
  for (size_t k = 0; k < m.orgs.size(); ++k)
    if (m.org_ids[k] >= 0 && cells[tb.nominee].Contains(m.orgs[k].span.begin)) {
      n.nominee_org = m.org_ids[k];
      break;
    }
  if (n.nominee_org < 0) return true;
  std::string programme = ProgrammeNear(m, 0, i);
  if (programme.empty()) return true;
  n.ceremony = CeremonyFor(programme, YearNear(m, programme));
  n.evidence = m.evidence;
  if (tb.category >= 0) n.category = v.Text(cells[tb.category]);
  if (tb.project >= 0 && cells[tb.project].end > cells[tb.project].begin) {
    ProjectMention p;
    p.span = cells[tb.project];
    p.name = v.Text(p.span);
    n.project = AddProject(p);
  }
  facts_.nominations.push_back(n);
  return true;
}

// True when a "developed/run/led by X" phrase comes shortly before
// position `with`.
bool Extractor::DevelopedBy(const SentenceView& v, size_t with) {
  static const std::set<std::string_view> kVerbs = {
      "developed", "designed",    "created",     "built",    "delivered",   "run",
      "led",       "co-produced", "co-designed", "launched", "established", "set"};
  for (size_t k = with >= 20 ? with - 20 : 0; k + 1 < with; ++k)
    if (kVerbs.contains(v.Lower(k)) && (v.Lower(k + 1) == "by" || v.Lower(k + 1) == "up"))
      return true;
  return false;
}

// "the award", "this award", "the category" with no name of its own.
bool Extractor::RefersToAward(const SentenceView& v) {
  for (size_t k = 0; k + 1 < v.tokens.size(); ++k)
    if ((v.Lower(k) == "the" || v.Lower(k) == "this") &&
        (v.Lower(k + 1) == "award" || v.Lower(k + 1) == "category") && !v.Cap(k + 2))
      return true;
  return false;
}

bool Extractor::SameCategoryPhrase(const SentenceView& v) {
  for (size_t k = 0; k + 2 < v.tokens.size(); ++k)
    if (v.Lower(k) == "same" && (v.Lower(k + 1) == "category" || v.Lower(k + 1) == "award"))
      return true;
  return false;
}

// A bullet, or a line that opens with a category ("Hospital Innovation
// Award: Sheffield Teaching Hospitals ... for its Virtual Fracture Clinic").
bool Extractor::IsListItem(const SentenceMentions& m) const {
  if (m.bullet) return true;
  if (m.categories.empty() || m.categories[0].span.begin != 0) return false;
  std::string_view next = m.view->Lower(m.categories[0].span.end);
  return next == ":" || next == "-";
}

// The other half of a joint entry: "A and B were awarded", "awarded to A
// and home care provider B".
int Extractor::CoNominee(const SentenceMentions& m, int nominee, const StatusMention& st) const {
  size_t idx = m.orgs.size();
  for (size_t k = 0; k < m.orgs.size(); ++k)
    if (m.org_ids[k] == nominee && (st.nominee_after ? m.orgs[k].span.begin >= st.span.end
                                                     : m.orgs[k].span.end <= st.span.begin))
      idx = k;
  if (idx == m.orgs.size()) return -1;
  const SentenceView& v = *m.view;
  auto joined = [&](size_t from, size_t to) {
    // Only "and" and a short lower-case descriptor between the two names.
    if (to <= from || to - from > 6 || (v.Lower(from) != "and" && v.Lower(from) != "&"))
      return false;
    // ("the carers' charity X": a possessive mark is part of the descriptor.)
    for (size_t k = from + 1; k < to; ++k)
      if ((!v.tokens[k].is_word && v.tokens[k].text != "'" && v.tokens[k].text != "'s") ||
          v.tokens[k].IsCapitalised())
        return false;
    return true;
  };
  if (st.nominee_after) {
    if (idx + 1 < m.orgs.size() && joined(m.orgs[idx].span.end, m.orgs[idx + 1].span.begin))
      return m.org_ids[idx + 1];
  } else {
    if (idx > 0 && joined(m.orgs[idx - 1].span.end, m.orgs[idx].span.begin))
      return m.org_ids[idx - 1];
    // "Kelvara ... announce that its work with Mersey Care has been
    // shortlisted": the partner of the shortlisted work is a nominee too.
    if (idx + 1 < m.orgs.size() && m.orgs[idx + 1].span.end <= st.span.begin &&
        m.org_ids[idx + 1] >= 0) {
      size_t from = m.orgs[idx].span.end, to = m.orgs[idx + 1].span.begin;
      if (to > from && to - from <= 10 && v.Lower(to - 1) == "with") {
        bool work = false;
        for (size_t k = from; k < to; ++k) {
          std::string_view w = v.Lower(k);
          if (!v.tokens[k].is_word || v.tokens[k].IsCapitalised()) work = false;
          if (w == "work" || w == "partnership" || w == "collaboration") work = true;
        }
        // Only words between: a comma or a name means another clause.
        for (size_t k = from; k < to; ++k)
          if (!v.tokens[k].is_word || v.tokens[k].IsCapitalised()) work = false;
        if (work) return m.org_ids[idx + 1];
      }
    }
  }
  return -1;
}

// The organisation behind a project named as the subject ("An 'Inclusion
// School' ... has been nominated"): the first one the sentence names, else
// the article's main organisation.
int Extractor::InferredOwner(const SentenceMentions& m) const {
  for (size_t k = 0; k < m.orgs.size(); ++k)
    if (m.org_ids[k] >= 0 && facts_.orgs[m.org_ids[k]].kind != OrgKind::kPublisher)
      return m.org_ids[k];
  return main_org_;
}

// One item of a list under a status line ("The winners were:"): its own
// organisation, else the nominee of the line that introduced the list.
void Extractor::ListItemNomination(SentenceMentions& m, size_t i, const ListContext& context) {
  NominationFact n;
  n.status = context.status;
  size_t org_at = m.view->tokens.size();
  for (size_t k = 0; k < m.orgs.size(); ++k)
    if (m.org_ids[k] >= 0 && facts_.orgs[m.org_ids[k]].kind != OrgKind::kPublisher) {
      n.nominee_org = m.org_ids[k];
      org_at = m.orgs[k].span.begin;
      break;
    }
  // "Nurse of the Year - Jane Doe, ward sister at X": the person first named.
  if (!m.people.empty() && m.people[0].span.begin < org_at) {
    n.nominee_person = m.person_ids[0];
    n.nominee_org = -1;
  }
  // "Award for X: A, B and C", "TriVice, Capri Healthcare and ...": every
  // organisation of the entry, and the entry's own name.
  Entry entry;
  std::string dash_category;
  if (n.nominee_person < 0) {
    const SentenceView& v = *m.view;
    const auto& t = v.tokens;
    size_t from = 0, to = t.size();
    if (!m.categories.empty() && m.categories[0].span.begin == 0) {
      from = m.categories[0].span.end;
      while (from < t.size() && !t[from].is_word) ++from;
    }
    size_t dash = t.size();
    for (size_t k = 1; k + 1 < t.size(); ++k)
      if (t[k].text == "-" && t[k].space_before) {
        dash = k;
        break;
      }
    if (dash < t.size() && IsDashEntry(m)) {
      if (auto c = DashCategory(v, dash + 1)) {
        // "Carers at Work Staff Network - Staff wellbeing initiative of the
        // year": the entry's name, then its category.
        dash_category = v.Text(*c);
        ProjectMention p;
        p.span = {0, dash};
        p.name = v.Text(p.span);
        entry.project = p;
        to = from;  // no organisations named: the context's nominee
      } else if (dash <= 2 && org_at_start(m) < 0) {
        from = dash + 1;  // "North - Zero Suicide Alliance at ...": a region first
      }
    }
    // "- Isle of Wight NHS Trust, Workforce Innovation of the Year": a
    // category closing the line is no part of the entry.
    for (const auto& c : m.categories)
      if (c.span.begin > from && c.span.end >= t.size() - 1) to = std::min(to, c.span.begin);
    if (to > from) {
      // Under a "Winner:" / "Highly commended:" line, an unknown name is
      // an organisation; elsewhere only known organisations count.
      entry = ParseEntry(m, from, to, pending_entry_sentence_ == i || colon_context_);
      if (!entry.orgs.empty()) n.nominee_org = entry.orgs.front();
    }
  }
  if (n.nominee_org < 0 && n.nominee_person < 0) {
    n.nominee_org = context.nominee_org;
    n.nominee_person = context.nominee_person;
    n.nominee_inferred = true;
  }
  if (n.nominee_org < 0 && n.nominee_person < 0) return;
  std::string programme = ProgrammeNear(m, 0, i);
  if (programme.empty()) return;
  n.evidence = m.evidence;
  n.ceremony = CeremonyFor(programme, YearNear(m, programme));
  if (!m.categories.empty()) n.category = m.categories.front().name;
  if (!dash_category.empty()) n.category = dash_category;
  if (n.category.empty()) n.category = LineCategoryFor(i);
  if (entry.project) {
    n.project = AddProject(*entry.project);
  } else if (!m.projects.empty()) {
    n.project = AddProject(m.projects.front());
  } else if (!m.categories.empty() && m.orgs.empty()) {
    // "Primary Care Innovation of the Year - Same Day Access Hubs": the
    // rest of the line names the entry.
    size_t b = m.categories[0].span.end + 1;
    const auto& t = m.view->tokens;
    size_t e = t.size();
    while (e > b && !t[e - 1].is_word) --e;
    if (e > b && m.view->Cap(b)) {
      ProjectMention p;
      p.span = {b, e};
      p.name = m.view->Text(p.span);
      n.project = AddProject(p);
    }
  }
  size_t first_new = facts_.nominations.size();
  // "RCN Nurse of the Year, and Leadership Award": one entry, two awards.
  size_t both = n.category.find(", and ");
  if (both != std::string::npos && dash_category.empty()) {
    NominationFact second = n;
    second.category = n.category.substr(both + 6);
    n.category.resize(both);
    facts_.nominations.push_back(n);
    facts_.nominations.push_back(second);
  } else {
    facts_.nominations.push_back(n);
  }
  if (entry.orgs.size() >= 2) AddEntryPartners(entry.orgs, n.project, first_new);
}

// A results line "X - Y" on its own, no full stop: "North - Zero Suicide
// Alliance at the Centre for Perfect Care", "Carers at Work Staff Network
// - Staff wellbeing initiative of the year".
bool Extractor::IsDashEntry(const SentenceMentions& m) const {
  const auto& t = m.view->tokens;
  if (t.size() < 3 || t.size() > 30 || t.back().text == "." || !m.statuses.empty()) return false;
  if (!t[0].IsCapitalised()) return false;
  for (const auto& tok : t)
    if (tok.text == "@") return false;
  // A short label first ("North - ..."), or a category after the dash, or
  // organisations and nothing else before it ("Royal Cornwall Hospitals NHS
  // Trust - Call 4 Concern").
  for (size_t k = 1; k + 1 < t.size() && k < 12; ++k)
    if (t[k].text == "-" && t[k].space_before)
      return k <= 3 || DashCategory(*m.view, k + 1) || OnlyOrgsBefore(m, k);
  return false;
}

bool Extractor::IsPersonOrgLine(const SentenceMentions& m) const {
  const auto& t = m.view->tokens;
  if (m.people.empty() || m.orgs.empty() || !m.statuses.empty() || t.size() > 20) return false;
  if (m.people[0].span.begin != 0 || t.back().text == ".") return false;
  size_t comma = m.people[0].span.end;
  if (comma >= t.size() || t[comma].text != ",") return false;
  const OrgMention& o = m.orgs.back();
  size_t end = t.size();
  while (end > 0 && !t[end - 1].is_word) --end;
  return o.span.begin == comma + 1 && o.span.end >= end && !o.anaphor;
}

bool Extractor::OnlyOrgsBefore(const SentenceMentions& m, size_t end) const {
  if (m.orgs.empty() || m.orgs[0].span.begin != 0) return false;
  const auto& t = m.view->tokens;
  for (size_t k = 0; k < end; ++k) {
    bool in_org = std::any_of(m.orgs.begin(), m.orgs.end(), [&](const OrgMention& o) {
      return o.span.Contains(k) && !o.anaphor;
    });
    if (!in_org && t[k].lower != "and" && t[k].text != "," && t[k].text != "&") return false;
  }
  return true;
}

// A category written after a results line's dash, in any case: "Staff
// wellbeing initiative of the year", "Best use of data award"; the span
// from `b` to the end, or empty.
std::optional<Span> Extractor::DashCategory(const SentenceView& v, size_t b) {
  const auto& t = v.tokens;
  size_t e = t.size();
  while (e > b && !t[e - 1].is_word) --e;
  if (e <= b + 1 || e - b > 12) return std::nullopt;
  for (size_t k = b; k < e; ++k)
    if (!t[k].is_word && t[k].text != "-" && t[k].text != "'s") return std::nullopt;
  std::string_view last = v.Lower(e - 1);
  bool year = last == "year" && e >= b + 3 && v.Lower(e - 2) == "the" && v.Lower(e - 3) == "of";
  if (!year && last != "award") return std::nullopt;
  return Span{b, e};
}

// Reads tokens [b, e) of a results line as an entry: items separated by
// commas, semicolons, "and" and "by"; an item that is a known organisation
// is one; a quoted item, or a first item followed by others, is the entry's
// name; other capitalised items are organisations no list knows
// ("Kingsway", "Esri UK", "eConsult").
Extractor::Entry Extractor::ParseEntry(SentenceMentions& m, size_t b, size_t e, bool create_orgs) {
  Entry out;
  const SentenceView& v = *m.view;
  const auto& t = v.tokens;
  // A person's entry is another rule's business.
  for (const auto& p : m.people)
    if (p.span.begin >= b && p.span.begin < e) return out;
  // "... for BedFinder at the HSJ Partnership Awards 2026": the programme
  // ends the entry.
  for (const auto& p : m.programmes)
    if (p.span.begin > b && p.span.begin < e) {
      e = p.span.begin;
      while (e > b && (v.Lower(e - 1) == "the" || v.Lower(e - 1) == "at" || v.Lower(e - 1) == "in"))
        --e;
      break;
    }
  auto org_at = [&](size_t k) -> int {
    for (size_t o = 0; o < m.orgs.size(); ++o)
      if (m.orgs[o].span.Contains(k)) return static_cast<int>(o);
    return -1;
  };
  // "Barts Health Trust and North East London FT - Development of a ...",
  // "The Royal London Hospital, Barts Health NHS Trust: Prediction, ...":
  // organisations, then a colon or dash, then the entry's name whole.
  for (size_t k = b; k < e; ++k) {
    if (org_at(k) >= 0) continue;
    bool dash = (t[k].text == "-" || t[k].text == "\u2013") && t[k].space_before;
    if (t[k].text != ":" && !dash) {
      std::string_view w = t[k].lower;
      if (t[k].text == "," || w == "and" || w == "&" || w == "the" || w == "'s") continue;
      break;
    }
    if (k == b || k + 1 >= e) break;
    Entry head = ParseEntry(m, b, k, create_orgs);
    if (head.orgs.empty() || head.project) break;
    size_t pb = k + 1, pe = e;
    while (pb < pe && !t[pb].is_word) ++pb;
    while (pe > pb && !t[pe - 1].is_word) --pe;
    if (pe > pb) {
      ProjectMention p;
      p.span = {pb, pe};
      p.name = v.Text(p.span);
      // "\"Call 4 Concern\" family escalation": the quoted name, and the
      // whole as its other form.
      if (pb > k + 1 && IsQuoteToken(t[pb - 1]))
        for (size_t q = pb + 1; q < pe; ++q)
          if (IsQuoteToken(t[q])) {
            p.name = v.Text({pb, q});
            if (q + 1 < pe) p.alias = p.name + " " + v.Text({q + 1, pe});
            break;
          }
      head.project = p;
    }
    return head;
  }
  std::vector<Span> items;
  std::vector<bool> quoted;
  std::vector<bool> after_and;  // the item follows a bare "and"
  std::vector<bool> after_for;  // the item follows "for" after an organisation
  size_t start = b;
  bool in_quote = false;
  bool pending_and = false;
  bool pending_for = false;
  bool seen_for = false;
  auto flush = [&](size_t end, bool q) {
    size_t s0 = start, e0 = end;
    while (s0 < e0 && !t[s0].is_word && !IsQuoteToken(t[s0])) ++s0;
    while (e0 > s0 && !t[e0 - 1].is_word && !IsQuoteToken(t[e0 - 1])) --e0;
    if (e0 > s0) {
      items.push_back({s0, e0});
      quoted.push_back(q);
      after_and.push_back(pending_and);
      after_for.push_back(pending_for);
    }
  };
  int paren = 0;
  for (size_t k = b; k < e; ++k) {
    // "East Cheshire NHS Trust (Estates and Facilities Team)": a bracket
    // says more about the item before it.
    if (t[k].text == "(") {
      if (paren++ == 0) flush(k, false);
      continue;
    }
    if (t[k].text == ")") {
      if (paren > 0 && --paren == 0) start = k + 1;
      continue;
    }
    if (paren > 0) continue;
    if (IsQuoteToken(t[k]) &&
        (in_quote || k == start || (k > b && !t[k - 1].is_word && !IsQuoteToken(t[k - 1])))) {
      if (!in_quote) {
        flush(k, false);
        start = k + 1;
        in_quote = true;
      } else {
        flush(k, true);
        start = k + 1;
        in_quote = false;
        // "'Think which service' winter campaign,": the rest of the item.
        while (start < e && t[start].is_word && !t[start].IsCapitalised()) ++start;
      }
      continue;
    }
    if (in_quote || org_at(k) >= 0) continue;
    std::string_view w = t[k].lower;
    // "Project at the Centre for X": "at" before an organisation.
    size_t after_at = k + 1 + (v.Lower(k + 1) == "the" ? 1 : 0);
    bool at_org = w == "at" && k > b && org_at(after_at) >= 0;
    // ("Improving RAAC management at X Hospital" is one name.)
    for (size_t q = start; q < k && at_org; ++q)
      if (t[q].is_word && !t[q].IsCapitalised() && !t[q].IsAllCaps() && t[q].lower != "and" &&
          t[q].lower != "of" && t[q].lower != "for" && t[q].lower != "the")
        at_org = false;
    // "Oxford ... Trust with Pellucid Analytics for CardioWatch": "with"
    // before an organisation, "for" after one.
    // (After the entry's name, "the platform it developed with X" is no
    // co-nominee.)
    bool with_org = w == "with" && k > b && org_at(after_at) >= 0 && !seen_for;
    bool org_for = w == "for" && k > b && org_at(k - 1) >= 0;
    bool sep = t[k].text == "," || t[k].text == ";" || w == "and" || w == "&" ||
               (w == "by" && k > b) || t[k].text == ":" || (w == "-" && t[k].space_before) ||
               at_org || with_org || org_for;
    if (!sep) continue;
    flush(k, false);
    pending_and = w == "and" || w == "&";
    pending_for = org_for;
    seen_for |= org_for;
    start = k + 1;
  }
  flush(e, in_quote);
  if (items.empty()) return out;
  // "Health and Wellbeing Project": two unknown items joined by "and" are
  // one name.
  for (size_t n = items.size(); n-- > 1;) {
    bool org_a = org_at(items[n - 1].begin) >= 0, org_b = org_at(items[n].begin) >= 0;
    if (after_and[n] && !org_a && !org_b && !quoted[n] && !quoted[n - 1]) {
      items[n - 1].end = items[n].end;
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(n));
      quoted.erase(quoted.begin() + static_cast<std::ptrdiff_t>(n));
      after_and.erase(after_and.begin() + static_cast<std::ptrdiff_t>(n));
      after_for.erase(after_for.begin() + static_cast<std::ptrdiff_t>(n));
    }
  }
  // The first name an entry gives is its project.
  auto name_entry = [&](Span span) {
    if (out.project) return;
    ProjectMention p;
    p.span = span;
    p.name = v.Text(span);
    out.project = p;
  };
  for (size_t n = 0; n < items.size(); ++n) {
    Span it = items[n];
    if (v.Lower(it.begin) == "the" && it.end > it.begin + 1) ++it.begin;
    int o = org_at(it.begin);
    // "the Centre for Perfect Care in Merseyside": a place after the name.
    bool place_after = o >= 0 && m.orgs[o].span.end < it.end &&
                       v.Lower(m.orgs[o].span.end) == "in" && m.orgs[o].span.end + 3 >= it.end;
    bool whole_org = o >= 0 && (m.orgs[o].span.end >= it.end || place_after) && m.org_ids[o] >= 0;
    if (quoted[n] || (after_for[n] && !whole_org && v.Cap(it.begin))) {
      name_entry(it);
      continue;
    }
    if (whole_org) {
      if (facts_.orgs[m.org_ids[o]].kind != OrgKind::kPublisher) out.orgs.push_back(m.org_ids[o]);
      continue;
    }
    // The entry's name: the first item when others follow ("The ESBT
    // partners:" names the entry "ESBT").
    if (n == 0 && items.size() > 1 && !out.project) {
      while (it.end > it.begin + 1 &&
             (v.Lower(it.end - 1) == "partners" || v.Lower(it.end - 1) == "partnership"))
        --it.end;
      if (v.Cap(it.begin) || IsCoinedWordToken(t[it.begin])) name_entry(it);
      continue;
    }
    // An organisation no rule knows: capitalised words, an initialism or
    // a coined name, at most five words, nothing lower case but links.
    bool name_like = it.end - it.begin <= 5;
    bool any_cap = false;
    for (size_t k = it.begin; k < it.end && name_like; ++k) {
      if (!t[k].is_word) {
        name_like = t[k].text == "'s" || t[k].text == "-" || t[k].text == "'";
        continue;
      }
      bool cap = t[k].IsCapitalised() || t[k].IsAllCaps() || IsCoinedWordToken(t[k]);
      any_cap |= cap;
      if (!cap && !(t[k].lower == "of" || t[k].lower == "for" || (k > it.begin && k + 1 < it.end)))
        name_like = false;
      if (IsCity(t[k].text) && it.end - it.begin == 1) name_like = false;
      if (MonthNumber(t[k].text) != 0) name_like = false;
    }
    if (!name_like || !any_cap || o >= 0 || !create_orgs) continue;
    // "Winner: Serenity Integrated Mentoring" where the article speaks of
    // "the Serenity Integrated Mentoring (SIM) project": a project.
    if (CalledAProject(v.Text(it))) {
      name_entry(it);
      continue;
    }
    OrgMention om;
    om.span = it;
    om.surface = om.name = v.Text(it);
    om.kind = CompanyLike(om.name) ? OrgKind::kCompany : OrgKind::kOther;
    int id = AddOrg(om);
    m.orgs.push_back(om);
    m.org_ids.push_back(id);
    m.org_spans.push_back(it);
    out.orgs.push_back(id);
  }
  // "The Royal London Hospital, Barts Health NHS Trust": the trust enters.
  bool any_body = std::any_of(out.orgs.begin(), out.orgs.end(),
                              [&](int o) { return !IsHospitalName(facts_.orgs[o]); });
  if (any_body) std::erase_if(out.orgs, [&](int o) { return IsHospitalName(facts_.orgs[o]); });
  // No organisation at all: the lone item is not a name either.
  if (out.orgs.empty()) out.project.reset();
  return out;
}

// True when the article writes `name` followed by a project head
// ("programme", "project", "scheme"), perhaps after a bracketed acronym.
bool Extractor::CalledAProject(const std::string& name) const {
  const std::string& text = doc_.text;
  for (size_t pos = text.find(name); pos != std::string::npos; pos = text.find(name, pos + 1)) {
    auto toks = Tokenize(std::string_view(text).substr(pos + name.size(), 40));
    size_t k = 0;
    if (k < toks.size() && toks[k].text == "(") {
      while (k < toks.size() && toks[k].text != ")") ++k;
      ++k;
    }
    if (k < toks.size() && toks[k].is_word && IsProjectHead(toks[k].lower)) return true;
  }
  return false;
}

// The organisation a sentence opens with, or -1.
int Extractor::org_at_start(const SentenceMentions& m) {
  for (size_t k = 0; k < m.orgs.size(); ++k)
    if (m.orgs[k].span.begin == 0) return m.org_ids[k];
  return -1;
}

bool Extractor::IsQuoteToken(const Token& t) {
  return !t.is_word && (t.text == "'" || t.text == "\"");
}

// "eConsult", "TriVice": a mixed-case word no dictionary has.
bool Extractor::IsCoinedWordToken(const Token& t) {
  if (!t.is_word || t.text.size() < 3) return false;
  int upper = 0;
  for (size_t k = 1; k < t.text.size(); ++k)
    if (std::isupper(static_cast<unsigned char>(t.text[k]))) ++upper;
  return upper > 0 && std::islower(static_cast<unsigned char>(t.text[1]));
}

bool Extractor::CompanyLike(std::string_view name) {
  std::string lower = FoldForMatch(name);
  for (std::string_view w :
       {" ltd", " limited", " plc", " llp", " uk", " group", " consult", " design", " architects",
        " healthcare", " technologies", " solutions", " systems", " software", " digital"})
    if (lower.size() > w.size() && lower.compare(lower.size() - w.size(), w.size(), w) == 0)
      return true;
  return false;
}

// The co-nominees of one entry: each is a nominee of the nominations just
// added (from `first_new`), works with every other, and on its project.
void Extractor::AddEntryPartners(const std::vector<int>& orgs, int project, size_t first_new) {
  size_t count = facts_.nominations.size();
  for (size_t k = first_new; k < count; ++k)
    for (size_t o = 1; o < orgs.size(); ++o) {
      if (orgs[o] == orgs[0]) continue;
      NominationFact other = facts_.nominations[k];
      other.nominee_org = orgs[o];
      facts_.nominations.push_back(other);
    }
  for (size_t a = 0; a < orgs.size(); ++a) {
    if (project >= 0) facts_.projects[project].orgs.insert(orgs[a]);
    for (size_t b = a + 1; b < orgs.size(); ++b)
      if (orgs[a] != orgs[b]) facts_.collaborations.push_back({orgs[a], orgs[b], project, ""});
  }
}

// A line of its own that names a category with results under it: "Best
// Technology Innovation", "Award for Patient Safety", "Working in
// partnership award", "The Excellence in Mental Health Care Award,
// sponsored by Wesleyan". Empty when sentence i is no such line.
std::string Extractor::LineCategory(size_t i) const {
  const SentenceMentions& m = mentions_[i];
  const SentenceView& v = *m.view;
  const auto& t = v.tokens;
  if (t.empty() || t.size() > 18 || !m.statuses.empty() || !m.people.empty() || m.bullet) return {};
  if (!t.back().is_word && t.back().text != ")") return {};
  // ", sponsored by X" ends the name.
  size_t e = t.size();
  for (size_t k = 1; k + 1 < t.size(); ++k)
    if (t[k].text == "," && (t[k + 1].lower == "sponsored" || t[k + 1].lower == "supported")) {
      e = k;
      break;
    }
  for (size_t k = 0; k < e; ++k)
    if (t[k].lower == "said" || t[k].lower == "is" || t[k].lower == "are" || t[k].lower == "was" ||
        t[k].lower == "were" || t[k].lower == "has")
      return {};
  for (const auto& o : m.orgs)
    if (o.span.begin < e) return {};
  if (!t[0].IsCapitalised() && !t[0].IsAllCaps()) return {};
  // "Carers at Work Staff Network - Staff wellbeing initiative of the
  // year" is an entry, not a heading.
  for (size_t k = 1; k < e; ++k)
    if (t[k].text == "-" && t[k].space_before) return {};
  size_t last = e;
  while (last > 0 && !t[last - 1].is_word) --last;
  if (last == 0) return {};
  // Skip a trailing bracket: "Best Healthcare Software (process, ...)".
  size_t word_end = e;
  for (size_t k = 0; k < e; ++k)
    if (t[k].text == "(") {
      word_end = k;
      break;
    }
  std::string_view first = t[0].lower, end_word = v.Lower(word_end - 1);
  bool award_end = end_word == "award";
  bool year_end = end_word == "year" && word_end >= 3 && v.Lower(word_end - 2) == "the" &&
                  v.Lower(word_end - 3) == "of";
  bool award_for = t[0].text == "Award" && v.Lower(1) == "for";
  bool best = first == "best" || first == "most" || first == "excellence";
  if (!award_end && !year_end && !award_for && !best) return {};
  if (word_end < 2) return {};
  // Results must follow: a status line or a list within four sentences.
  bool results = false;
  for (size_t k = i + 1; k < mentions_.size() && k <= i + 4 && !results; ++k) {
    const auto& next = mentions_[k];
    if (!next.statuses.empty() && next.statuses[0].span.begin <= 1) results = true;
    if (next.bullet || IsDashEntry(next) || IsPersonOrgLine(next)) results = true;
  }
  if (!results) return {};
  return v.Text({0, e});
}

// The line category in force at sentence i: the last one within twelve
// sentences before it.
std::string Extractor::LineCategoryFor(size_t i) const {
  if (line_category_.empty() || i <= line_category_sentence_ || i > line_category_sentence_ + 12)
    return {};
  return line_category_;
}

}  // namespace awardgraph::loaders::internal
