// ceremony_rules.cc — Extractor rules for ceremonies: which edition of which
// programme a sentence means, its year, date and city (see extractor.h).
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

int Extractor::DefaultYear() const {
  if (doc_.date.size() >= 4) return std::stoi(doc_.date.substr(0, 4));
  int best = 0, count = 0;
  for (auto [y, c] : year_counts_)
    if (c > count || (c == count && y > best)) best = y, count = c;
  return best;
}

void Extractor::ResolveCeremonyYears() {
  // Years from dated ceremony sentences ("announced on 6 June 2024").
  for (size_t i = 0; i < views_.size(); ++i) {
    const auto& m = mentions_[i];
    if (!MentionsCeremony(*m.view)) continue;
    for (const auto& d : FindDates(*m.view)) {
      if (d.year == 0) continue;
      std::string prog = ProgrammeNear(m, d.span.begin, i);
      if (!prog.empty() && !programme_years_.contains(prog)) programme_years_[prog] = d.year;
    }
  }
}

int Extractor::CeremonyFor(const std::string& programme, int explicit_year) {
  int year = explicit_year;
  // The year named with the programme most recently before this sentence
  // ("Awards 2020 postponed ... Shortlist for the Awards 2018 ...").
  if (year == 0)
    if (auto it = recent_years_.find(programme); it != recent_years_.end()) year = it->second;
  if (year == 0) {
    auto it = programme_years_.find(programme);
    year = it != programme_years_.end() ? it->second : DefaultYear();
  }
  std::string key = NameKey(programme) + "|" + std::to_string(year);
  auto it = ceremony_index_.find(key);
  if (it != ceremony_index_.end()) return it->second;
  int id = static_cast<int>(facts_.ceremonies.size());
  facts_.ceremonies.push_back({programme, year, "", ""});
  ceremony_index_[key] = id;
  return id;
}

// The programme a position in sentence i refers to: the first one after it
// in the sentence, else the nearest before, else the first programme of the
// latest sentence that named one.
std::string Extractor::ProgrammeNear(const SentenceMentions& m, size_t pos, size_t sentence) const {
  const ProgrammeMention* best = nullptr;
  for (const auto& p : m.programmes)
    if (p.span.begin >= pos) {
      best = &p;
      break;
    }
  if (!best)
    for (const auto& p : m.programmes)
      if (p.span.begin < pos) best = &p;
  if (best) return best->name;
  // A results list under a programme heading ("=== X AWARDS 2025 ==="),
  // else the sentence before, in the same paragraph, else the programme the
  // article speaks of most (the first named on a tie).
  for (size_t k = sentence; k-- > 1;) {
    if (mentions_[k].programmes.empty()) continue;
    if (IsHeading(*mentions_[k].view)) return mentions_[k].programmes.front().name;
    break;
  }
  if (sentence > 0 && !mentions_[sentence - 1].programmes.empty() &&
      paragraphs_[sentence - 1] == paragraphs_[sentence])
    return mentions_[sentence - 1].programmes.front().name;
  return MainProgramme();
}

// A heading line: no lower-case words but small ones.
bool Extractor::IsHeading(const SentenceView& v) {
  if (v.tokens.size() > 14) return false;
  for (const auto& t : v.tokens)
    if (t.is_word && !t.IsCapitalised() && !t.IsNumber() && t.lower != "and" && t.lower != "of" &&
        t.lower != "the" && t.lower != "for" && t.lower != "in")
      return false;
  return true;
}

std::string Extractor::MainProgramme() const {
  std::string best;
  int best_count = 0;
  std::set<std::string> seen;
  for (const auto& m : mentions_)
    for (const auto& p : m.programmes) {
      if (!seen.insert(p.name).second) continue;
      int count = programme_mentions_.at(p.name);
      if (count > best_count) best = p.name, best_count = count;
    }
  return best;
}

int Extractor::YearNear(const SentenceMentions& m, const std::string& programme) const {
  for (const auto& p : m.programmes)
    if (p.name == programme && p.year) return p.year;
  return 0;
}

void Extractor::ExtractCeremonyDetails(const SentenceMentions& m, size_t i) {
  if (!MentionsCeremony(*m.view)) return;
  for (const auto& d : FindDates(*m.view)) {
    std::string prog = ProgrammeNear(m, d.span.begin, i);
    if (prog.empty()) continue;
    // The programme mention nearest before the date wins over one after.
    for (const auto& p : m.programmes)
      if (p.span.end <= d.span.begin) prog = p.name;
    int c = CeremonyFor(prog, d.year ? d.year : YearNear(m, prog));
    auto& cer = facts_.ceremonies[c];
    int year = d.year ? d.year : cer.year;
    if (cer.date.empty() && year) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, d.month, d.day);
      cer.date = buf;
    }
  }
  std::vector<Span> taken = m.org_spans;
  for (const auto& p : m.programmes) taken.push_back(p.span);
  for (const auto& city : FindCities(*m.view, taken)) {
    std::string prog = ProgrammeNear(m, city.span.begin, i);
    for (const auto& p : m.programmes)
      if (p.span.end <= city.span.begin) prog = p.name;
    if (prog.empty()) continue;
    int c = CeremonyFor(prog, YearNear(m, prog));
    if (facts_.ceremonies[c].location.empty()) facts_.ceremonies[c].location = city.city;
  }
}

}  // namespace awardgraph::loaders::internal
