#include "loaders/extract/person_finder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {

// ---------------------------------------------------------------- titles

namespace {
// Heads that say too little alone ("specialist", "consultant", "executive").
bool TitleWordIsGeneric(std::string_view lower) {
  static const std::set<std::string_view> kGeneric = {
      "specialist",   "consultant", "executive",     "associate",    "assistant",
      "professor",    "registrar",  "secretary",     "ambassador",   "developer",
      "architect",    "designer",   "champion",      "clinician",    "technician",
      "commissioner", "controller", "administrator", "co-ordinator", "coordinator"};
  return kGeneric.contains(lower);
}
}  // namespace

std::optional<TitleMatch> MatchTitle(const SentenceView& s, size_t i,
                                     const std::vector<Span>& taken) {
  const auto& t = s.tokens;
  if (i >= t.size() || !t[i].is_word || InAny(taken, i)) return std::nullopt;
  if (IsConnector(t[i].lower) || !IsTitleWord(t[i].lower)) return std::nullopt;
  bool capitalised = t[i].IsCapitalised() || t[i].IsAllCaps();
  // At the start of a sentence or quote the first capital says nothing:
  // "Chief executive Simon Whitcombe said".
  bool sentence_start =
      i == 0 || (!t[i - 1].is_word && t[i - 1].text != "," && t[i - 1].text != "'s");
  if (sentence_start && capitalised && i + 1 < t.size() && t[i + 1].is_word &&
      IsTitleWord(t[i + 1].lower) && !t[i + 1].IsCapitalised())
    capitalised = false;
  size_t e = i;
  size_t last_head = 0;
  while (e < t.size() && t[e].is_word && !InAny(taken, e)) {
    const std::string& w = t[e].lower;
    auto same_case = [&](size_t k) {
      return capitalised ? (t[k].IsCapitalised() || t[k].IsAllCaps()) : !t[k].IsCapitalised();
    };
    // A head noun within a few words ahead: "consultant child and adolescent
    // psychiatrist", "chief digital and information officer".
    auto head_ahead = [&](size_t from) {
      for (size_t k = from; k < t.size() && k < from + 4; ++k) {
        if (!t[k].is_word || InAny(taken, k) || !same_case(k)) {
          if (!(t[k].is_word && t[k].lower == "and")) return false;
        }
        if (t[k].is_word && IsTitleHead(t[k].lower) && same_case(k)) return true;
        if (t[k].is_word && IsConnector(t[k].lower) && t[k].lower != "and") return false;
      }
      return false;
    };
    if (w == "and" && last_head == 0 && e > i && head_ahead(e + 1)) {
      ++e;
      continue;
    }
    if (IsConnector(w)) {
      // "consultant in palliative medicine", "lecturer in nursing".
      bool in_topic =
          w == "in" && last_head > 0 &&
          (t[last_head - 1].lower == "consultant" || t[last_head - 1].lower == "lecturer" ||
           t[last_head - 1].lower == "specialist" || t[last_head - 1].lower == "professor");
      if (w == "and" || last_head == 0 || !(w == "of" || w == "for" || in_topic)) break;
      // After "Chief Executive", "Chair", "Chief Nursing Officer" an "of"
      // introduces the organisation, not a topic ("Director of Nursing").
      static const std::set<std::string_view> kNoTopic = {
          "executive",  "chair",   "chairman", "chairwoman", "chairperson", "president", "founder",
          "co-founder", "officer", "ceo",      "governor",   "chancellor",  "editor"};
      if (kNoTopic.contains(t[last_head - 1].lower)) break;
      // "Director of Nursing", "clinical lead for tissue viability",
      // "professor of biomechanics": the topic runs in the title's own case
      // up to a place or organisation ("at", "of the", a comma).
      size_t k = e + 1;
      // "executive director of Nursing": a lower-case title may take a
      // capitalised topic.
      bool topic_caps = capitalised || (s.Cap(k) && !InAny(taken, k));
      while (k < t.size() && t[k].is_word && !InAny(taken, k) && !IsConnector(t[k].lower) &&
             (topic_caps ? (t[k].IsCapitalised() || t[k].IsAllCaps()) : !t[k].IsCapitalised()) &&
             !IsTopicStop(t[k].lower))
        ++k;
      // "Clinical Lead for Maternity, Children and Young People": a list.
      while (topic_caps && k + 1 < t.size() && t[k].text == "," && s.Cap(k + 1) &&
             !InAny(taken, k + 1)) {
        size_t q = k + 1;
        while (q < t.size() && s.Cap(q) && !InAny(taken, q)) ++q;
        if (s.Lower(q) != "and" || !s.Cap(q + 1) || InAny(taken, q + 1)) break;
        q += 1;
        while (q < t.size() && s.Cap(q) && !InAny(taken, q)) ++q;
        k = q;
      }
      // "and" inside a topic: "director of nursing and quality".
      while (k + 1 < t.size() && (t[k].lower == "and" || t[k].lower == "&") && t[k + 1].is_word &&
             !InAny(taken, k + 1) &&
             (capitalised ? t[k + 1].IsCapitalised() : !t[k + 1].IsCapitalised()) &&
             !MatchTitle(s, k + 1, taken)) {
        k += 2;
        while (k < t.size() && t[k].is_word && !InAny(taken, k) && !IsConnector(t[k].lower) &&
               !IsTopicStop(t[k].lower) &&
               (capitalised ? t[k].IsCapitalised() : !t[k].IsCapitalised()))
          ++k;
      }
      if (k == e + 1) break;
      // "editor of Health Business": the publication is the organisation.
      if (t[last_head - 1].lower == "editor") break;
      last_head = k;
      e = k;
      break;
    }
    if (!IsTitleWord(w) && !(capitalised && t[e].IsCapitalised() && last_head > 0 && e > 0 &&
                             (t[e - 1].lower == "of" || t[e - 1].lower == "for"))) {
      if (e > i && same_case(e) && head_ahead(e + 1)) {
        ++e;
        continue;
      }
      break;
    }
    if (capitalised != (t[e].IsCapitalised() || t[e].IsAllCaps()) && e > i &&
        !(t[e - 1].lower == "of" || t[e - 1].lower == "for"))
      break;
    if (IsTitleHead(w) || (e > i && (t[e - 1].lower == "of" || t[e - 1].lower == "for")))
      last_head = e + 1;
    ++e;
  }
  if (last_head == 0) return std::nullopt;
  Span span{i, last_head};
  // A lone generic word is not a title ("lead", "head", "partner").
  if (span.end - span.begin == 1) {
    static const std::set<std::string_view> kAlone = {
        "chair",           "chairman",         "chairwoman",   "editor",     "ceo",
        "president",       "matron",           "founder",      "co-founder", "dean",
        "governor",        "director",         "chancellor",   "principal",  "paramedic",
        "pharmacist",      "dietitian",        "dietitians",   "surgeon",    "physician",
        "physiotherapist", "physiotherapists", "anaesthetist", "intensivist"};
    // Clinical professions: "radiographer", "gastroenterologist".
    bool profession =
        IsTitleHead(t[i].lower) && t[i].lower.size() >= 9 && !TitleWordIsGeneric(t[i].lower);
    if (!kAlone.contains(t[i].lower) && !profession) return std::nullopt;
  }
  return TitleMatch{span, s.Text(span)};
}

// ---------------------------------------------------------------- people

std::vector<PersonMention> FindPeople(const SentenceView& s, const std::vector<Span>& taken) {
  std::vector<PersonMention> out;
  const auto& t = s.tokens;
  auto name_token = [&](size_t k) {
    return k < t.size() && t[k].IsCapitalised() && !InAny(taken, k) && !IsNeverName(t[k].text) &&
           !IsFunctionWordCap(t[k].text) && !IsPostNominal(t[k].text) &&
           MonthNumber(t[k].text) == 0 && !IsTitleHead(t[k].lower) && t[k].lower != "chief" &&
           !t[k].IsAllCaps();
  };
  auto post_nominals = [&](size_t e, std::vector<std::string>* hon) {
    while (e < t.size()) {
      if (t[e].is_word && IsPostNominal(t[e].text)) {
        hon->push_back(t[e].text);
        ++e;
      } else if (t[e].text == "," && e + 1 < t.size() && IsPostNominal(t[e + 1].text)) {
        ++e;
      } else {
        break;
      }
    }
    return e;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (InAny(taken, i)) continue;
    PersonMention m;
    size_t b = i;
    while (b < t.size() && t[b].is_word && IsHonorific(t[b].text) && name_token(b + 1)) {
      m.honorifics.push_back(t[b].text);
      ++b;
      if (b < t.size() && t[b].text == ".") ++b;
    }
    bool cue = !m.honorifics.empty() || IsGivenName(t[i].text);
    if (!cue) {
      // Context cues: "said Sam Ng", "Sam Ng, chief executive", "editor Sam Ng".
      bool before = i > 0 && (t[i - 1].lower == "said" || t[i - 1].lower == "says" ||
                              t[i - 1].lower == "added" || t[i - 1].lower == "adds" ||
                              (IsTitleHead(t[i - 1].lower) && !t[i - 1].IsCapitalised()));
      size_t e = i;
      while (name_token(e) && e - i < 3) ++e;
      // "Nia Poole, a specialist physiotherapist": a title within a few
      // lower-case words after "a"/"an".
      auto title_soon = [&](size_t from) {
        for (size_t k = from; k < t.size() && k < from + 4; ++k) {
          if (!t[k].is_word || t[k].IsCapitalised()) return false;
          if (IsTitleHead(t[k].lower)) return true;
        }
        return false;
      };
      bool after =
          e - i >= 2 && e + 1 < t.size() && t[e].text == "," &&
          (MatchTitle(s, e + 1).has_value() || (s.Lower(e + 1) == "the" && e + 2 < t.size()) ||
           ((s.Lower(e + 1) == "a" || s.Lower(e + 1) == "an") && title_soon(e + 2)) ||
           // "Sheena Cumiskey, Cheshire and Wirral Partnership NHS Foundation Trust"
           // (but not "Professor of Respiratory Medicine, University of X").
           (InAny(taken, e + 1) && !(i > 0 && (t[i - 1].lower == "of" || t[i - 1].lower == "for" ||
                                               t[i - 1].lower == "in" || t[i - 1].lower == "at"))));
      // "Ffion Pryce and Tamsin Clay, both learning disability nurses": a
      // pair sharing a title in the plural.
      auto plural_title_soon = [&](size_t from) {
        for (size_t k = from; k < t.size() && k < from + 4; ++k) {
          if (!t[k].is_word || t[k].IsCapitalised()) return false;
          std::string_view w = t[k].lower;
          if (IsTitleHead(w) ||
              (w.size() > 3 && w.back() == 's' && IsTitleHead(w.substr(0, w.size() - 1))))
            return true;
        }
        return false;
      };
      bool both = e - i >= 2 && e + 2 < t.size() && t[e].text == "," && s.Lower(e + 1) == "both" &&
                  plural_title_soon(e + 2);
      if (e - i >= 2 && s.Lower(e) == "and") {
        size_t e2 = e + 1;
        while (name_token(e2) && e2 - (e + 1) < 3) ++e2;
        if (e2 - (e + 1) >= 2 && e2 + 2 < t.size() && t[e2].text == "," &&
            s.Lower(e2 + 1) == "both" && plural_title_soon(e2 + 2))
          both = true;
      }
      after = after || both;
      bool after_title_said =
          e - i >= 2 && e < t.size() && (t[e].lower == "said" || t[e].lower == "says");
      // "Bernadette Quayle, 47, a ward sister ...".
      bool age =
          e + 2 < t.size() && t[e].text == "," && t[e + 1].IsNumber() && t[e + 2].text == ",";
      after = after || age;
      cue = (before || after || after_title_said) && e - i >= 2;
      if (!cue) continue;
    }
    size_t e = b;
    while (name_token(e) && e - b < 3) ++e;
    // "Mark O'Neill-Smith" is one token; a single given name alone is not a
    // person mention (needs a surname) unless an honorific precedes it.
    if (e == b || (e - b < 2 && m.honorifics.empty())) continue;
    // "James Cook University Hospital" is a place, not a person.
    static const std::set<std::string_view> kPlaceHeads = {
        "University", "Hospital",   "Centre",   "Center",   "Institute", "College",
        "School",     "House",      "Building", "Road",     "Street",    "Ward",
        "Unit",       "Clinic",     "Hall",     "Park",     "Trust",     "Foundation",
        "Health",     "Healthcare", "Medical",  "Memorial", "Hospice"};
    if ((e < t.size() && kPlaceHeads.contains(t[e].text)) || kPlaceHeads.contains(t[e - 1].text) ||
        t[e - 1].text == "Park") {
      i = e;
      continue;
    }
    if (e - b < 2 && !m.honorifics.empty() && IsGivenName(t[b].text)) continue;
    // "the Andrew Parker Student Nurse Award": a name inside a longer proper
    // noun (a capitalised word after it that starts no title) is no person.
    if (m.honorifics.empty() && e < t.size() && t[e].is_word && t[e].IsCapitalised() &&
        !InAny(taken, e) && !IsPostNominal(t[e].text) && !MatchTitle(s, e, taken)) {
      i = e;
      continue;
    }
    m.name = s.Text({b, e});
    size_t end = post_nominals(e, &m.honorifics);
    m.span = {i, end};
    out.push_back(std::move(m));
    i = end - 1;
  }
  return out;
}

}  // namespace awardgraph::loaders
