// nomination_rules.cc — Extractor rules for nominations stated in running
// text: a status phrase with its nominee, category, project and ceremony, and
// the merging of vague nominations into specific ones (see extractor.h).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "loaders/extract/extractor.h"
#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders::internal {
namespace {

bool IsIndividualCategory(std::string_view category) {
  static constexpr std::string_view kWords[] = {
      "nurse",           "paramedic",  "leader",     "manager",  "midwife",
      "doctor",          "student",    "volunteer",  "champion", "clinician",
      "practitioner",    "consultant", "pharmacist", "lifetime", "rising star",
      "unsung hero",     "apprentice", "mentor",     "educator", "researcher",
      "chief executive", "director",   "chair",      "person",   "individual",
      "therapist",       "hero"};
  std::string lower = FoldForMatch(category);
  for (auto w : kWords)
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

// Statuses that one summary may stand for: "nominated" and "shortlisted";
// "won two medals" and gold, silver, bronze.
bool SameStatusClass(Status a, Status b) {
  auto cls = [](Status s) {
    switch (s) {
      case Status::kNominated:
        return Status::kShortlisted;
      case Status::kGold:
      case Status::kSilver:
      case Status::kBronze:
        return Status::kWinner;
      default:
        return s;
    }
  };
  return cls(a) == cls(b);
}

}  // namespace

// A subject that refers back to an entry named before: "The entry is up
// for ...", "The joint project won ...", "Their app won ...".
bool RefersToEntry(const SentenceView& v) {
  static const std::set<std::string_view> kNouns = {
      "entry",      "project",   "scheme", "service", "partnership", "collaboration",
      "initiative", "programme", "work",   "app",     "tool",        "team",
      "pilot",      "platform",  "model",  "bid",     "teams",       "partners"};
  std::string_view first = v.Lower(0);
  if (first == "their" || first == "they") return true;
  if (first != "the" && first != "this") return false;
  for (size_t k = 1; k <= 2 && k < v.tokens.size(); ++k) {
    if (kNouns.contains(v.Lower(k))) return true;
    if (!v.tokens[k].is_word || v.tokens[k].IsCapitalised()) return false;
  }
  return false;
}

int Extractor::NomineeBefore(const SentenceMentions& m, size_t pos, bool* is_person) const {
  int best_org = -1;
  size_t best_org_pos = 0;
  bool have = false;
  bool best_is_hospital = false;
  for (size_t k = 0; k < m.orgs.size(); ++k) {
    if (m.orgs[k].span.end > pos || m.org_ids[k] < 0) continue;
    if (facts_.orgs[m.org_ids[k]].kind == OrgKind::kPublisher) continue;
    // "Its work with Mersey Care was shortlisted": the partner after
    // "work with" is not the subject (CoNominee may add it); after "along
    // with" or ", with" it is.
    size_t before = m.orgs[k].span.begin;
    if (before > 0 && m.view->Lower(before - 1) == "the") --before;
    if (before > 1 && m.view->Lower(before - 1) == "with") {
      std::string_view w = m.view->Lower(before - 2);
      if (w == "work" || w == "working" || w == "worked" || w == "partnership" ||
          w == "collaboration")
        continue;
    }
    // "the team at Scarborough Hospital, part of York and Scarborough
    // Teaching Hospitals NHS Foundation Trust": the trust is the nominee.
    bool hospital = IsHospitalName(facts_.orgs[m.org_ids[k]]);
    if (hospital && have && !best_is_hospital) continue;
    best_org = m.org_ids[k];
    best_org_pos = m.orgs[k].span.begin;
    best_is_hospital = hospital;
    have = true;
  }
  // "X won the A Award, while Sergeant Y won the B Award": the person
  // opening the clause just before the phrase.
  for (size_t k = 0; k < m.people.size(); ++k) {
    const Span& p = m.people[k].span;
    if (p.end != pos || p.begin == 0) continue;
    std::string_view w = m.view->Lower(p.begin - 1);
    if (w == "while" || w == "whilst" || w == "whereas" || w == ";") {
      *is_person = true;
      return m.person_ids[k];
    }
  }
  // A person who is the subject ("Jane Doe, a ward sister at X, won ...").
  for (size_t k = 0; k < m.people.size(); ++k) {
    if (m.people[k].span.end > pos) continue;
    // ("A and B, nurses at X, won ...": the pair opens the sentence.)
    bool pair_first = k + 1 < m.people.size() && m.view->Lower(m.people[k].span.end) == "and" &&
                      m.people[k + 1].span.begin == m.people[k].span.end + 1 &&
                      m.view->Lower(m.people[k + 1].span.end) == ",";
    bool subject = !have || (m.people[k].span.begin <= 3 && m.people[k].span.begin < best_org_pos &&
                             (m.view->Lower(m.people[k].span.end) == "," || pair_first));
    bool quoted_speaker = false;
    for (const auto& tok : m.view->tokens)
      if (tok.lower == "said" || tok.lower == "says" || tok.lower == "added" || tok.lower == "adds")
        quoted_speaker = true;
    if (subject && !quoted_speaker) {
      *is_person = true;
      return m.person_ids[k];
    }
  }
  return have ? best_org : -1;
}

// A hospital or centre a trust runs: "Velindre Cancer Centre",
// "Cheltenham General Hospital".
bool Extractor::IsHospitalName(const OrgFact& o) {
  if (o.kind != OrgKind::kOther) return false;
  for (std::string_view end : {" Hospital", " Centre", " Infirmary"})
    if (o.name.size() > end.size() &&
        o.name.compare(o.name.size() - end.size(), end.size(), end) == 0)
      return true;
  return false;
}

void Extractor::ExtractNominations(size_t i) {
  SentenceMentions& m = mentions_[i];
  const SentenceView& v = *m.view;
  if (TableRow(m, i)) return;
  if (m.statuses.empty()) {
    // "SUSTAINABILITY PROJECT OF THE YEAR": a category heading for the
    // "WINNER: ..." lines under it.
    if (std::string heading = CategoryHeading(v); !heading.empty()) {
      heading_category_ = heading;
      heading_paragraph_ = paragraphs_[i];
      return;
    }
    // "Best Technology Innovation" on a line of its own, with results
    // lines after it: the category of those results.
    if (std::string line = LineCategory(i); !line.empty()) {
      line_category_ = line;
      line_category_sentence_ = i;
      return;
    }
    if ((IsListItem(m) || pending_entry_sentence_ == i || IsDashEntry(m) ||
         (IsPersonOrgLine(m) && !LineCategoryFor(i).empty())) &&
        list_context_) {
      ListItemNomination(m, i, *list_context_);
      return;
    }
    // Category lines with "Org - entry" lines under them and no status word
    // anywhere before: a results list, whose entries won.
    if (!list_context_ && IsDashEntry(m) && !LineCategoryFor(i).empty() &&
        facts_.nominations.empty()) {
      list_context_ = ListContext{Status::kWinner, -1, -1, ""};
      ListItemNomination(m, i, *list_context_);
      return;
    }
    EntryInCategory(i);
    return;
  }
  for (size_t si = 0; si < m.statuses.size(); ++si) {
    const auto& st = m.statuses[si];
    size_t category_floor_override = 0;
    size_t next = si + 1 < m.statuses.size() ? m.statuses[si + 1].span.begin : v.tokens.size();
    NominationFact n;
    n.status = st.status;
    n.evidence = m.evidence;
    bool is_person = false;
    std::vector<int> entry_partners;   // every organisation of a results line
    std::vector<int> listed_nominees;  // "the shortlist ... were A, B and C"
    std::optional<ProjectMention> entry_project;
    if (st.nominee_after) {
      // "awarded to X"; after "winner:" the team may come first ("winner:
      // the paediatric sepsis nursing team at Alder Hey ...").
      size_t reach = v.Lower(st.span.end - 1) == ":" ? 10 : 2;
      size_t org_at = v.tokens.size();
      for (size_t k = 0; k < m.orgs.size(); ++k)
        if (m.orgs[k].span.begin >= st.span.end && m.orgs[k].span.begin <= st.span.end + reach &&
            m.org_ids[k] >= 0) {
          n.nominee_org = m.org_ids[k];
          org_at = m.orgs[k].span.begin;
          break;
        }
      // "Highly commended: Callum Reddy, a nurse at Pennine Care": the person
      // named first is the nominee.
      for (size_t k = 0; k < m.people.size(); ++k)
        if (m.people[k].span.begin >= st.span.end && m.people[k].span.begin < org_at &&
            m.people[k].span.begin <= st.span.end + 2) {
          n.nominee_person = m.person_ids[k];
          n.nominee_org = -1;
          break;
        }
      if (n.nominee_org < 0)
        for (size_t k = 0; k < m.people.size(); ++k)
          if (m.people[k].span.begin >= st.span.end && m.people[k].span.begin <= st.span.end + 2)
            n.nominee_person = m.person_ids[k];
      // "went to the Inpatient Smoking Cessation Pathway at Bolton Council":
      // a named entry, then its organisation after "at" or "from".
      if (n.nominee_org < 0 && n.nominee_person < 0 && v.Lower(st.span.end - 1) == "to") {
        size_t b = st.span.end + (v.Lower(st.span.end) == "the" ? 1 : 0);
        size_t k = b;
        while (k < v.tokens.size() && k < b + 8 && v.Cap(k) && !InAny(m.org_spans, k)) ++k;
        std::string_view link = v.Lower(k);
        size_t o = k + 1 + (v.Lower(k + 1) == "the" ? 1 : 0);
        if (k >= b + 2 && (link == "at" || link == "from"))
          for (size_t q = 0; q < m.orgs.size(); ++q)
            if (m.orgs[q].span.begin == o && m.org_ids[q] >= 0) {
              n.nominee_org = m.org_ids[q];
              ProjectMention p;
              p.span = {b, k};
              p.name = v.Text(p.span);
              entry_project = p;
              break;
            }
      }
      // "Winner:" alone on its line: the entry is on the next line.
      if (st.span.end >= v.tokens.size() && v.Lower(st.span.end - 1) == ":") {
        pending_entry_sentence_ = i + 1;
        colon_context_ = true;
      }
      // "Winner: TriVice, Capri Healthcare and Birmingham Women's ...": a
      // results line names the entry and every organisation behind it.
      if (n.nominee_person < 0 && st.span.begin <= 1 && v.Lower(st.span.end - 1) == ":" &&
          si + 1 == m.statuses.size()) {
        Entry entry = ParseEntry(m, st.span.end, v.tokens.size(), /*create_orgs=*/true);
        if (!entry.orgs.empty()) {
          n.nominee_org = entry.orgs.front();
          entry_partners = entry.orgs;
          if (entry.project) entry_project = entry.project;
        }
      }
    } else {
      int who = NomineeBefore(m, st.span.begin, &is_person);
      if (is_person)
        n.nominee_person = who;
      else
        n.nominee_org = who;
      // "She was given the X Award": the person the sentence before
      // started with.
      std::string_view first = v.Lower(0);
      if (who < 0 && (first == "she" || first == "he") && i > 0 &&
          mentions_[i - 1].people.size() == 1)
        n.nominee_person = mentions_[i - 1].person_ids[0];
      // "In the shortlist for the award were A, B, C and D": every
      // organisation listed after "were" is a nominee.
      if (who < 0 && n.nominee_person < 0) {
        size_t k = st.span.end;
        while (k < v.tokens.size() && k < st.span.end + 6 && v.Lower(k) != "were" &&
               v.Lower(k) != "are" && v.Lower(k) != "included" && v.Lower(k) != "include")
          ++k;
        if (k < v.tokens.size() && k < st.span.end + 6) {
          std::vector<int> listed;
          for (size_t o = 0; o < m.orgs.size(); ++o)
            if (m.orgs[o].span.begin > k && m.org_ids[o] >= 0 &&
                facts_.orgs[m.org_ids[o]].kind != OrgKind::kPublisher)
              listed.push_back(m.org_ids[o]);
          if (!listed.empty()) {
            n.nominee_org = listed.front();
            listed_nominees = listed;
          }
        }
      }
    }
    // "An escalation programme at Cheltenham General Hospital has been
    // shortlisted": a hospital of the article's trust stands for the trust.
    if (n.nominee_org >= 0 && !st.nominee_after && IsHospitalName(facts_.orgs[n.nominee_org]) &&
        main_trust_ >= 0) {
      n.nominee_org = main_trust_;
      n.nominee_inferred = true;
    }
    // Category: the first after the phrase (before the next phrase), else
    // the nearest before it.
    const CategoryMention* cat = nullptr;
    for (const auto& c : m.categories)
      if (c.span.begin >= st.span.begin && c.span.begin < next) {
        cat = &c;
        break;
      }
    // A category after the previous status phrase is that phrase's ("won
    // the X award ... also in the running at Y" gives Y no category).
    if (si > 0) {
      const StatusMention& prev = m.statuses[si - 1];
      for (const auto& c : m.categories)
        if (c.span.begin >= prev.span.end && c.span.end <= st.span.begin)
          category_floor_override = c.span.end;
    }
    // Before the phrase, only within its own clause (after the previous
    // status phrase): "won X ... also in the running at Y" gives Y no X.
    size_t category_floor = si > 0 ? m.statuses[si - 1].span.end : 0;
    category_floor = std::max(category_floor, category_floor_override);
    if (!cat)
      for (const auto& c : m.categories)
        if (c.span.end <= st.span.begin && c.span.begin >= category_floor) cat = &c;
    if (cat) n.category = cat->name;
    // "Bronze in the same category was awarded to ...".
    if (!cat && SameCategoryPhrase(v) && !facts_.nominations.empty())
      n.category = facts_.nominations.back().category;
    if (!cat && !heading_category_.empty() && heading_paragraph_ == paragraphs_[i])
      n.category = heading_category_;
    if (!cat && n.category.empty()) n.category = LineCategoryFor(i);
    if (!cat && n.category.empty()) n.category = ColonCategory(i);
    // "the award", "this category": the category the previous sentences named.
    // The fullest name of the last two sentences ("Acute or Specialist Trust
    // of the Year" before a later "Trust of the Year").
    if (!cat && n.category.empty() && RefersToAward(v) && i > 0)
      for (size_t back = 1; back <= 2 && back <= i; ++back)
        for (const auto& c : mentions_[i - back].categories)
          if (c.span.end - c.span.begin > SplitWords(n.category).size()) n.category = c.name;
    // "a finalist in both the A and the B categories", "in two
    // categories: A, and the B Award": one nomination per category.
    std::vector<std::string> more_categories;
    if (cat && cat->span.begin >= st.span.begin) {
      size_t end = cat->span.end;
      for (const auto& c : m.categories) {
        if (c.span.begin <= cat->span.begin || c.span.begin >= next) continue;
        bool joined = true;
        for (size_t k = end; k < c.span.begin; ++k) {
          std::string_view w = v.Lower(k);
          if (!(w == "and" || w == "," || w == "the" || w == "'" || w == "\"" || w == "or" ||
                w == "category" || w == "award" || w == ";" || w == ":" || w == "-"))
            joined = false;
        }
        if (!joined) break;
        more_categories.push_back(c.name);
        end = c.span.end;
      }
    }
    // An individual award goes to the person, not their employer.
    if (n.nominee_person < 0 && cat && IsIndividualCategory(cat->name)) {
      for (size_t k = 0; k < m.people.size(); ++k)
        if (m.people[k].span.end <= st.span.begin) n.nominee_person = m.person_ids[k];
      if (n.nominee_person >= 0) n.nominee_org = -1;
    }
    // Projects after the phrase (one nomination each), else the subject.
    std::vector<const ProjectMention*> projects;
    for (const auto& p : m.projects)
      if (p.span.begin >= st.span.end && p.span.begin < next) projects.push_back(&p);
    // The subject of this clause only: a project before an earlier status
    // phrase belongs to that one ("X has been nominated ..., along with
    // Y's programme shortlisted ...").
    size_t clause_begin = si > 0 ? m.statuses[si - 1].span.end : 0;
    const ProjectMention* subject_project = nullptr;
    for (const auto& p : m.projects)
      if (p.span.end <= st.span.begin && p.span.begin >= clause_begin) subject_project = &p;
    if (projects.empty() && subject_project) projects.push_back(subject_project);
    // A name read as an organisation of the entry is no project too.
    std::erase_if(projects, [&](const ProjectMention* p) {
      return std::any_of(m.org_spans.begin(), m.org_spans.end(),
                         [&](const Span& o) { return o.Overlaps(p->span); });
    });
    if (entry_project) projects = {&*entry_project};
    // "A and B have been shortlisted ... The entry is up for X": a subject
    // that refers back to a joint entry is every nominee of it.
    if (n.nominee_org < 0 && n.nominee_person < 0 && last_nominees_.size() >= 2 &&
        i - last_nominees_sentence_ <= 3 && RefersToEntry(v)) {
      n.nominee_org = last_nominees_.front();
      n.nominee_inferred = true;
      listed_nominees = last_nominees_;
    }
    // "Its critical care outreach team is up for 'Patient Safety Team of the
    // Year'": a team or pronoun subject is the organisation last named.
    if (n.nominee_org < 0 && n.nominee_person < 0 && cat && !IsIndividualCategory(cat->name) &&
        !subject_project) {
      int last =
          list_context_ && list_context_->nominee_org >= 0 ? list_context_->nominee_org : main_org_;
      if (last >= 0) {
        n.nominee_org = last;
        n.nominee_inferred = true;
      }
    }
    if (n.nominee_org < 0 && n.nominee_person < 0) {
      if (!subject_project && !(m.bullet && !m.orgs.empty())) {
        // A status with no nominee ("Winners included:", "has been crowned
        // Nurse of the Year") sets the status, and category, of the list
        // items or the sentence that follow.
        list_context_ = ListContext{st.status, -1, -1, cat ? cat->name : ""};
        colon_context_ = st.span.end >= v.tokens.size() && v.Lower(st.span.end - 1) == ":";
        continue;
      }
      if (m.bullet && !m.orgs.empty() && m.org_ids[0] >= 0) {
        n.nominee_org = m.org_ids[0];
      } else {
        n.nominee_org = InferredOwner(m);
        n.nominee_inferred = true;
      }
      if (n.nominee_org < 0) continue;
    }
    std::string programme = ProgrammeNear(m, st.span.begin, i);
    if (programme.empty()) continue;
    n.ceremony = CeremonyFor(programme, YearNear(m, programme));
    if (n.category.empty() && list_context_ && !list_context_->category.empty() &&
        list_context_->nominee_org < 0 && list_context_->nominee_person < 0 &&
        SameStatusClass(list_context_->status, n.status) == true) {
      n.category = list_context_->category;
    }
    if (n.category.empty() && list_context_ && !list_context_->category.empty() &&
        list_context_->nominee_org < 0 && list_context_->nominee_person < 0 &&
        n.nominee_person >= 0)
      n.category = list_context_->category;
    list_context_ = ListContext{n.status, n.nominee_org, n.nominee_person, ""};
    colon_context_ = false;
    int partner = n.nominee_org >= 0 ? CoNominee(m, n.nominee_org, st) : -1;
    if (partner >= 0 && IsHospitalName(facts_.orgs[partner])) partner = -1;
    if (entry_partners.size() >= 2) partner = -1;
    size_t first_new = facts_.nominations.size();
    std::vector<std::string> categories = {n.category};
    categories.insert(categories.end(), more_categories.begin(), more_categories.end());
    for (const auto& category : categories) {
      n.category = category;
      if (projects.empty()) {
        facts_.nominations.push_back(n);
      } else {
        for (const auto* p : projects) {
          NominationFact each = n;
          each.project = AddProject(*p);
          facts_.nominations.push_back(each);
        }
      }
    }
    if (entry_partners.size() >= 2)
      AddEntryPartners(entry_partners, projects.empty() ? -1 : AddProject(*projects.front()),
                       first_new);
    // Separate nominees in one category: a nomination each, no partnership.
    if (listed_nominees.size() >= 2) {
      size_t count = facts_.nominations.size();
      for (size_t k = first_new; k < count; ++k)
        for (size_t o = 1; o < listed_nominees.size(); ++o) {
          NominationFact other = facts_.nominations[k];
          other.nominee_org = listed_nominees[o];
          facts_.nominations.push_back(other);
        }
    }
    // "A and B, both learning disability nurses, are finalists": each
    // person of the pair.
    if (n.nominee_person >= 0)
      for (size_t k = 0; k + 1 < m.people.size(); ++k)
        if (m.person_ids[k] == n.nominee_person && m.people[k + 1].span.end <= st.span.begin &&
            v.Lower(m.people[k].span.end) == "and" &&
            m.people[k + 1].span.begin == m.people[k].span.end + 1) {
          size_t count = facts_.nominations.size();
          for (size_t q = first_new; q < count; ++q) {
            NominationFact other = facts_.nominations[q];
            other.nominee_person = m.person_ids[k + 1];
            facts_.nominations.push_back(other);
          }
          break;
        }
    if (partner >= 0) {
      int project = projects.empty() ? -1 : AddProject(*projects.front());
      joint_entries_.emplace_back(n.nominee_org, partner, project);
      // Each partner of a joint entry is a nominee of it.
      size_t count = facts_.nominations.size();
      for (size_t k = first_new; k < count; ++k) {
        NominationFact other = facts_.nominations[k];
        other.nominee_org = partner;
        facts_.nominations.push_back(other);
      }
    }
  }
}

void Extractor::EntryInCategory(size_t i) {
  SentenceMentions& m = mentions_[i];
  const SentenceView& v = *m.view;
  if (m.categories.empty() || facts_.nominations.empty() || m.bullet) return;
  bool cue = false;
  for (const auto& t : v.tokens)
    if (t.lower == "entry" || t.lower == "entries" || t.lower == "recognised" ||
        t.lower == "recognized")
      cue = true;
  if (!cue) return;
  // The category must be written as one: "in the X category".
  const CategoryMention& cat = m.categories.front();
  if (v.Lower(cat.span.end) != "category" || IsIndividualCategory(cat.name)) return;
  const NominationFact& last = facts_.nominations.back();
  if (last.ceremony < 0) return;
  NominationFact n;
  n.status = last.status;
  n.evidence = m.evidence;
  bool is_person = false;
  n.nominee_org = NomineeBefore(m, cat.span.begin, &is_person);
  if (is_person) return;
  if (n.nominee_org < 0) {
    // "The second entry, in the X category, ...": the article's nominee.
    n.nominee_org = last.nominee_org >= 0 ? last.nominee_org : main_org_;
    n.nominee_inferred = true;
  }
  if (n.nominee_org < 0) return;
  std::string programme = ProgrammeNear(m, cat.span.begin, i);
  if (programme.empty()) return;
  n.ceremony = CeremonyFor(programme, YearNear(m, programme));
  // Another edition or programme than the entries before: no status known.
  if (n.ceremony != last.ceremony) return;
  n.category = cat.name;
  facts_.nominations.push_back(n);
}

std::string Extractor::ColonCategory(size_t i) const {
  const SentenceMentions& m = mentions_[i];
  const SentenceView& v = *m.view;
  const auto& t = v.tokens;
  size_t c = 0;
  while (c < t.size() && c < 12 && t[c].is_word &&
         (t[c].IsCapitalised() || IsConnector(t[c].lower)) && !InAny(m.org_spans, c))
    ++c;
  if (c < 2 || c >= t.size() || t[c].text != ":" || !t[0].IsCapitalised()) return {};
  // An organisation right after the colon, and a line before announcing
  // the categories ("The shortlisted entries and their categories are:").
  if (!InAny(m.org_spans, c + 1) && !(v.Lower(c + 1) == "the" && InAny(m.org_spans, c + 2)))
    return {};
  for (size_t back = 1; back <= 8 && back <= i; ++back) {
    const SentenceView& p = *mentions_[i - back].view;
    if (p.tokens.empty() || p.tokens.back().text != ":") continue;
    for (const auto& tok : p.tokens)
      if (tok.lower == "categories" || tok.lower == "category") return v.Text({0, c});
  }
  return {};
}

// Drops a vague nomination when a specific one says the same and more.
void Extractor::MergeNominations() {
  auto& noms = facts_.nominations;
  std::vector<bool> drop(noms.size(), false);
  for (size_t a = 0; a < noms.size(); ++a) {
    for (size_t b = 0; b < noms.size(); ++b) {
      if (a == b || drop[b] || drop[a]) continue;
      NominationFact& x = noms[a];
      NominationFact& y = noms[b];
      if (x.ceremony != y.ceremony || !SameStatusClass(x.status, y.status)) continue;
      bool same_nominee = x.nominee_org == y.nominee_org && x.nominee_person == y.nominee_person;
      // An inferred nominee gives way to a named one in the same category
      // or for the same project.
      if (x.nominee_inferred && !y.nominee_inferred && !same_nominee &&
          ((!x.category.empty() && NameKey(x.category) == NameKey(y.category)) ||
           (x.project >= 0 && x.project == y.project))) {
        if (y.project < 0) y.project = x.project;
        if (y.category.empty()) y.category = x.category;
        drop[a] = true;
        continue;
      }
      if (!same_nominee) continue;
      // "won Acute Innovation of the Year" + "collected the award ... for
      // SPOT-Kids": one entry told in two sentences.
      if (x.status == y.status && x.category.empty() && x.project >= 0 && !y.category.empty() &&
          y.project < 0) {
        y.project = x.project;
        drop[a] = true;
        continue;
      }
      bool x_vague = x.category.empty() && x.project < 0;
      bool y_more = !y.category.empty() || y.project >= 0;
      // A summary before the details ("X is up for four awards"), or the
      // same status again later, says nothing new; a vague entry after a
      // specific one with another status is another entry ("along with").
      if (x_vague && y_more && (a < b || x.status == y.status)) {
        // "has taken gold ... The service won the X category": the medal.
        if (y.status == Status::kWinner &&
            (x.status == Status::kGold || x.status == Status::kSilver ||
             x.status == Status::kBronze))
          y.status = x.status;
        drop[a] = true;
        continue;
      }
      // Same facts twice (two sentences about one entry).
      bool same = NameKey(x.category) == NameKey(y.category) && x.project == y.project;
      bool x_sub = (x.category.empty() || NameKey(x.category) == NameKey(y.category)) &&
                   (x.project < 0 || x.project == y.project);
      if ((same && a > b) || (!same && x_sub && x.status == y.status)) drop[a] = true;
    }
  }
  std::vector<NominationFact> kept;
  for (size_t k = 0; k < noms.size(); ++k)
    if (!drop[k]) kept.push_back(noms[k]);
  noms = std::move(kept);
}

}  // namespace awardgraph::loaders::internal
