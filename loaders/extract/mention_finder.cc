#include "loaders/extract/mention_finder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {
namespace {

// ---------------------------------------------------------------- helpers

bool InAny(const std::vector<Span>& spans, size_t i) {
  return std::any_of(spans.begin(), spans.end(), [i](const Span& s) { return s.Contains(i); });
}

bool IsConnector(std::string_view lower) {
  return lower == "and" || lower == "of" || lower == "&" || lower == "upon" || lower == "on" ||
         lower == "for" || lower == "the" || lower == "in" || lower == "through" || lower == "to" ||
         lower == "with" || lower == "a" || lower == "an" || lower == "or";
}

bool IsYear(const Token& t, int* year = nullptr) {
  if (t.text.size() != 4 || !t.IsNumber()) return false;
  int y = std::stoi(t.text);
  if (y < 1990 || y > 2039) return false;
  if (year) *year = y;
  return true;
}

bool IsCoinedWord(const Token& t);

bool IsQuote(const Token& t) { return !t.is_word && (t.text == "'" || t.text == "\""); }

// Words that end the topic of a title ("director of nursing at ...").
bool IsTopicStop(std::string_view w) {
  static const std::set<std::string_view> kStops = {
      "at",  "from", "who",  "which", "said",      "says",      "added", "adds",  "is", "was",
      "has", "had",  "will", "told",  "explained", "commented", "led",   "leads", "and"};
  return kStops.contains(w);
}

// Words that start a sentence or clause but never a name.
bool IsFunctionWordCap(std::string_view word) {
  static const std::set<std::string_view> kWords = {
      "The",        "A",         "An",          "This",      "That",
      "These",      "Those",     "Our",         "Its",       "Their",
      "His",        "Her",       "We",          "It",        "In",
      "At",         "On",        "For",         "And",       "But",
      "With",       "From",      "By",          "After",     "Before",
      "When",       "While",     "Following",   "As",        "Other",
      "Both",       "All",       "Each",        "Every",     "Congratulations",
      "Well",       "Also",      "Meanwhile",   "Last",      "Next",
      "Now",        "Today",     "Yesterday",   "Earlier",   "Later",
      "Winners",    "Finalists", "Shortlisted", "Highly",    "Speaking",
      "Commenting", "According", "Staff",       "Teams",     "Colleagues",
      "Here",       "There",     "Among",       "Including", "Included",
      "Partners",   "Local",     "National",    "Regional",  "New",
      "Read",       "Find",      "Visit",       "See",       "Click",
      "Full",       "More",      "Award",       "Awards",    "Category",
      "Winner",     "If",        "Nurses",      "Patients",  "People",
      "She",        "He",        "They",        "You",       "I",
      "My",         "Your",      "Not",         "No",        "So",
      "Then",       "Once",      "Since",       "Until",     "Although",
      "Despite",    "Why",       "What",        "How",       "Who",
      "Where"};
  return kWords.contains(word);
}

// ---------------------------------------------------------------- organisations

struct OrgHead {
  std::vector<std::string_view> words;  // lower case
  OrgKind kind;
};

const std::vector<OrgHead>& OrgHeads() {
  static const std::vector<OrgHead> kHeads = {
      {{"nhs", "foundation", "trust"}, OrgKind::kTrust},
      {{"nhs", "ft"}, OrgKind::kTrust},
      {{"foundation", "trust"}, OrgKind::kTrust},
      {{"nhs", "trust"}, OrgKind::kTrust},
      {{"trust"}, OrgKind::kTrust},
      {{"integrated", "care", "board"}, OrgKind::kIcb},
      {{"icb"}, OrgKind::kIcb},
      {{"integrated", "care", "system"}, OrgKind::kIcs},
      {{"integrated", "care", "partnership"}, OrgKind::kIcs},
      {{"health", "and", "care", "partnership"}, OrgKind::kIcs},
      {{"health", "&", "care", "partnership"}, OrgKind::kIcs},
      {{"ics"}, OrgKind::kIcs},
      {{"cancer", "alliance"}, OrgKind::kCancerAlliance},
      {{"ambulance", "service"}, OrgKind::kTrust},
      {{"academic", "health", "science", "network"}, OrgKind::kHealthInnovationNetwork},
      {{"ahsn"}, OrgKind::kHealthInnovationNetwork},
      {{"health", "innovation", "network"}, OrgKind::kHealthInnovationNetwork},
      {{"council"}, OrgKind::kOther},
      // Bodies outside the ODS trust and ICB lists: commissioners, health
      // boards, hospitals, medical schools, police, fire services, networks
      // of partners.
      {{"clinical", "commissioning", "groups"}, OrgKind::kOther},
      {{"clinical", "commissioning", "group"}, OrgKind::kOther},
      {{"ccg"}, OrgKind::kOther},
      {{"commissioning", "support", "unit"}, OrgKind::kOther},
      {{"csu"}, OrgKind::kOther},
      {{"university", "health", "board"}, OrgKind::kOther},
      {{"health", "board"}, OrgKind::kOther},
      {{"health", "and", "social", "care", "trust"}, OrgKind::kTrust},
      {{"university", "hospital"}, OrgKind::kOther},
      {{"hospital"}, OrgKind::kOther},
      {{"medical", "school"}, OrgKind::kOther},
      {{"constabulary"}, OrgKind::kOther},
      {{"police"}, OrgKind::kOther},
      {{"fire", "and", "rescue", "service"}, OrgKind::kOther},
      {{"healthwatch"}, OrgKind::kOther},
      {{"institute"}, OrgKind::kOther},
      {{"centre"}, OrgKind::kOther},
      {{"alliance"}, OrgKind::kOther},
      {{"partners"}, OrgKind::kOther},
      {{"health", "group"}, OrgKind::kOther},
      {{"university"}, OrgKind::kOther},
      {{"college"}, OrgKind::kOther},
      {{"hospice"}, OrgKind::kOther},
      {{"charity"}, OrgKind::kOther},
      {{"federation"}, OrgKind::kOther},
      {{"primary", "care", "network"}, OrgKind::kOther},
      {{"ltd"}, OrgKind::kCompany},
      {{"limited"}, OrgKind::kCompany},
      {{"plc"}, OrgKind::kCompany},
      {{"technologies"}, OrgKind::kCompany},
      {{"solutions"}, OrgKind::kCompany},
      {{"systems"}, OrgKind::kCompany},
      {{"analytics"}, OrgKind::kCompany},
      {{"diagnostics"}, OrgKind::kCompany},
      {{"labs"}, OrgKind::kCompany},
      {{"group"}, OrgKind::kCompany},
      {{"consult"}, OrgKind::kCompany},
      {{"consulting"}, OrgKind::kCompany},
      {{"architects"}, OrgKind::kCompany},
      {{"design"}, OrgKind::kCompany},
      {{"healthcare"}, OrgKind::kCompany},
      {{"professionals"}, OrgKind::kCompany},
      {{"communications"}, OrgKind::kCompany},
  };
  return kHeads;
}

// Capitalised words that end a leftward name scan.
bool StopsOrgName(const Token& t) {
  if (IsFunctionWordCap(t.text)) return true;
  if (t.lower == "chief" || t.lower == "deputy" || IsTitleHead(t.lower)) return true;
  if (IsHonorific(t.text) || MonthNumber(t.text) != 0) return true;
  return false;
}

// Extends a name leftwards from token `head_begin` over capitalised words,
// "'s" inside names, and connectors between capitalised words.
size_t ScanNameLeft(const SentenceView& s, size_t head_begin, bool place_list = true) {
  size_t b = head_begin;
  while (b > 0) {
    const Token& t = s.tokens[b - 1];
    if (t.is_word && (t.IsCapitalised() || t.IsAllCaps()) && !StopsOrgName(t)) {
      --b;
      continue;
    }
    if (t.text == "'s" && b >= 2 && s.Cap(b - 2) && b < s.tokens.size() &&
        (s.Cap(b) || s.Lower(b) == "and" || s.Lower(b) == ",")) {
      --b;
      continue;
    }
    // "St Thomas' NHS Foundation Trust": a plural possessive's apostrophe.
    // (An apostrophe closing a quote opened earlier is no possessive.)
    int open_quotes = 0;
    for (size_t k = 0; k + 1 < b; ++k)
      if (s.tokens[k].text == "'") open_quotes += s.tokens[k].space_before || k == 0 ? 1 : -1;
    if (t.text == "'" && !t.space_before && b >= 2 && s.Cap(b - 2) &&
        s.tokens[b - 2].lower.back() == 's' && b < s.tokens.size() && s.Cap(b) &&
        open_quotes <= 0) {
      --b;
      continue;
    }
    // "Women's and Children's": a possessive counts as the capitalised word.
    bool cap_before = b >= 2 && ((s.Cap(b - 2) && !StopsOrgName(s.tokens[b - 2])) ||
                                 (s.tokens[b - 2].text == "'s" && b >= 3 && s.Cap(b - 3)));
    bool between_caps = cap_before && s.Cap(b);
    // Not across a person: "Karen Doyle of Devon and Somerset Fire and
    // Rescue Service", "Jane Cummings, Nursing and Midwifery Council".
    bool person_before = b >= 3 && s.Cap(b - 2) && IsGivenName(s.tokens[b - 3].text);
    // Nor across "and" after an initialism: "Esri UK and BIS Consult".
    bool acronym_before = (t.lower == "and" || t.lower == "&") && b >= 2 &&
                          s.tokens[b - 2].IsAllCaps() && s.tokens[b - 2].text != "NHS";
    if (between_caps && !person_before && !acronym_before &&
        (t.lower == "and" || t.lower == "&" || t.lower == "of" || t.lower == "upon" ||
         t.lower == "for")) {
      --b;
      continue;
    }
    // "Leicester, Leicestershire and Rutland": a comma inside a place list,
    // but not after a person ("Jane Cummings, Nursing and Midwifery Council").
    // ("Targeted Lung Health Check Programme, Nottingham and ...": a project
    // before the comma; companies and other bodies have no place lists.)
    if (t.text == "," && between_caps && !person_before && place_list &&
        !IsProjectHead(s.tokens[b - 2].lower)) {
      bool and_follows = false;
      for (size_t k = b; k < head_begin; ++k)
        if (s.tokens[k].lower == "and") and_follows = true;
      if (and_follows) {
        --b;
        continue;
      }
    }
    break;
  }
  // Never start on a connector or comma.
  while (b < head_begin && !s.tokens[b].is_word) ++b;
  while (b < head_begin && IsConnector(s.tokens[b].lower)) ++b;
  return b;
}

size_t MatchWords(const SentenceView& s, size_t i, const std::vector<std::string_view>& words) {
  for (size_t k = 0; k < words.size(); ++k)
    if (s.Lower(i + k) != words[k]) return 0;
  return words.size();
}

std::string ExpandAcronyms(const std::string& text, const AcronymMap& acronyms) {
  std::string out;
  for (auto& w : SplitWords(text)) {
    auto it = acronyms.find(w);
    out += (out.empty() ? "" : " ") + (it == acronyms.end() ? w : it->second);
  }
  return out;
}

// Resolves a candidate organisation name: links it to ODS when it can.
OrgMention Resolve(const SentenceView& s, Span span, OrgKind kind, Span head,
                   const OdsGazetteer& ods, const AcronymMap& acronyms) {
  OrgMention m;
  m.span = span;
  m.surface = s.Text(span);
  m.kind = kind;
  m.name = m.surface;
  std::string place = s.Text({span.begin, head.begin});
  // "SSOT ICB" defined as "Staffordshire and Stoke-on-Trent Integrated Care
  // Board (SSOT ICB)": resolve the definition instead.
  if (auto it = acronyms.find(m.surface); it != acronyms.end()) {
    SentenceView full(it->second);
    AcronymMap rest = acronyms;  // without this entry, so it cannot recurse
    rest.erase(m.surface);
    auto inner = FindOrganisations(full, ods, rest);
    if (inner.size() == 1 && inner[0].span.end - inner[0].span.begin == full.tokens.size()) {
      m.name = inner[0].name;
      m.ods = inner[0].ods;
      m.kind = inner[0].kind;
      return m;
    }
  }
  if (kind == OrgKind::kIcb) {
    std::string expanded = ExpandAcronyms(place, acronyms);
    if (const OdsOrg* o = ods.LinkIcb(expanded)) {
      m.name = o->name;
      m.ods = o->code;
    } else {
      m.name =
          expanded + (s.Lower(head.begin) == "icb" ? " Integrated Care Board" : " " + s.Text(head));
    }
  } else if (kind == OrgKind::kIcs) {
    std::string expanded = ExpandAcronyms(place, acronyms);
    if (s.Lower(head.begin) == "ics")
      m.name = expanded + " Integrated Care System";
    else
      m.name = expanded + " " + s.Text(head);
  } else if (kind == OrgKind::kTrust) {
    bool trust_head = FoldForMatch(s.Text(head)).find("trust") != std::string::npos;
    if (!trust_head) m.kind = OrgKind::kOther;  // "Scottish Ambulance Service" unless linked
    // Try the whole span, then without leading words ("Staff at" never
    // reaches here, but "Winners Mid Cheshire Foundation Trust" could).
    for (size_t b = span.begin; b < head.begin; ++b) {
      // "Taunton and Somerset Foundation Trust" is not "Somerset ...": never
      // drop words up to a connector or a comma.
      // (A partner's name may go: "Auralis and Portsmouth Hospitals ...".)
      if (b > span.begin && (IsConnector(s.Lower(b - 1)) || s.Lower(b - 1) == ",") &&
          IsCity(s.tokens[span.begin].text))
        continue;
      if (const OdsOrg* o = ods.LinkTrust(s.Text({b, span.end}))) {
        m.name = o->name;
        m.ods = o->code;
        m.kind = OrgKind::kTrust;
        m.span.begin = b;
        m.surface = s.Text(m.span);
        break;
      }
    }
  }
  return m;
}

}  // namespace

// ---------------------------------------------------------------- acronyms

void FindAcronymDefinitions(const SentenceView& s, AcronymMap* acronyms) {
  const auto& t = s.tokens;
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i].text != "(") continue;
    size_t close = i + 1;
    while (close < t.size() && t[close].text != ")" && close < i + 8) ++close;
    if (close >= t.size() || t[close].text != ")") continue;
    Span inner{i + 1, close};
    bool all_caps_inner = inner.end - inner.begin <= 3 &&
                          std::all_of(t.begin() + static_cast<std::ptrdiff_t>(inner.begin),
                                      t.begin() + static_cast<std::ptrdiff_t>(inner.end),
                                      [](const Token& x) { return x.IsAllCaps(); });
    if (all_caps_inner && i > 0) {
      // "Full Name (ACR)": the capitalised run before the bracket.
      size_t b = ScanNameLeft(s, i);
      // "Auralis and Mersey and West Lancashire Teaching Hospitals (MWL)":
      // the name starts at the word with the acronym's first letter.
      const char first = t[inner.begin].text[0];
      while (b + 2 < i && t[b].text[0] != first) ++b;
      while (b < i && !t[b].is_word) ++b;
      while (b < i && IsConnector(t[b].lower)) ++b;
      if (b < i && i - b >= 2) {
        std::string acr = s.Text(inner);
        std::string full = s.Text({b, i});
        // "LLR Integrated Care Board (LLR ICB)": the acronym's first word is
        // itself an acronym of the name's first words.
        if (!acronyms->contains(acr)) (*acronyms)[acr] = full;
      }
    } else if (i > 0 && t[i - 1].IsAllCaps() && inner.end - inner.begin >= 2 &&
               std::all_of(t.begin() + static_cast<std::ptrdiff_t>(inner.begin),
                           t.begin() + static_cast<std::ptrdiff_t>(inner.end), [](const Token& x) {
                             return x.IsCapitalised() || x.lower == "and" || x.lower == "of";
                           })) {
      // "HSJ (Health Service Journal)".
      if (!acronyms->contains(t[i - 1].text)) (*acronyms)[t[i - 1].text] = s.Text(inner);
    }
  }
}

// ---------------------------------------------------------------- organisations

std::vector<OrgMention> FindOrganisations(const SentenceView& s, const OdsGazetteer& ods,
                                          const AcronymMap& acronyms) {
  std::vector<OrgMention> found;
  std::vector<Span> taken;
  const auto& t = s.tokens;
  auto add = [&](OrgMention m) {
    for (const auto& f : found)
      if (f.span.Overlaps(m.span)) return;
    taken.push_back(m.span);
    found.push_back(std::move(m));
  };

  // 1. Named heads: "... NHS Foundation Trust", "... ICB", "... Cancer Alliance".
  for (size_t i = 0; i < t.size(); ++i) {
    for (const auto& head : OrgHeads()) {
      size_t n = MatchWords(s, i, head.words);
      if (n == 0) continue;
      // Heads must be written capitalised ("Trust", not "trust") except
      // acronyms, which are all capitals anyway.
      if (!t[i].IsCapitalised()) continue;
      // "Liverpool University Hospitals ...": a head followed by more of the
      // name is not the end of it.
      if ((head.kind == OrgKind::kOther || head.kind == OrgKind::kCompany) && s.Cap(i + n) &&
          !IsFunctionWordCap(t[i + n].text))
        continue;
      // "HSJ Partnership awards", "Grand Prix Design award": a programme or
      // a category, not an organisation.
      if (head.kind == OrgKind::kOther || head.kind == OrgKind::kCompany) {
        bool award_soon = false;
        for (size_t k = i + n; k < t.size() && k < i + n + 6 && t[k].is_word; ++k) {
          if (t[k].lower == "award" || t[k].lower == "awards") award_soon = true;
          if (!t[k].IsCapitalised() && !t[k].IsAllCaps() && t[k].lower != "in" &&
              t[k].lower != "of" && t[k].lower != "for" && t[k].lower != "and")
            break;
        }
        if (award_soon) continue;
        // "Hewitt Centre's Fertility Patient Portal": part of a longer name.
        if (s.Lower(i + n) == "'s" && s.Cap(i + n + 1) &&
            (t[i].lower == "centre" || t[i].lower == "hospital" || t[i].lower == "institute"))
          continue;
        // "Great Ormond Street Hospital for Children NHS Foundation Trust".
        if ((s.Lower(i + n) == "for" || s.Lower(i + n) == "of") && s.Cap(i + n + 1)) {
          bool trust_follows = false;
          for (size_t k = i + n + 1; k < t.size() && k < i + n + 8 && t[k].is_word; ++k)
            if (t[k].lower == "trust") trust_follows = true;
          if (trust_follows) continue;
        }
      }
      bool place_list = head.kind != OrgKind::kCompany;
      size_t left = ScanNameLeft(s, i, place_list);
      // "Best Charity Partners", "Most Improved Hospital": a category.
      if ((head.kind == OrgKind::kOther || head.kind == OrgKind::kCompany) && left < i &&
          (t[left].lower == "best" || t[left].lower == "most" || t[left].lower == "outstanding"))
        continue;
      Span head_span{i, i + n};
      // "Provider Trust of the Year" is a category, not a trust.
      if (s.Lower(i + n) == "of" && s.Lower(i + n + 1) == "the" && s.Lower(i + n + 2) == "year")
        break;
      size_t b = left;
      // "Centre for Perfect Care", "Institute of Psychiatry": the name may
      // start at the head when "for"/"of" and capitals follow.
      bool named_by_tail =
          n == 1 && head.kind == OrgKind::kOther &&
          (t[i].lower == "centre" || t[i].lower == "institute" || t[i].lower == "alliance") &&
          (s.Lower(i + 1) == "for" || s.Lower(i + 1) == "of") && s.Cap(i + 2);
      if (b == i && named_by_tail) {
        size_t e = i + 2;
        while (e < t.size() && (s.Cap(e) || (s.Lower(e) == "and" && s.Cap(e + 1)))) ++e;
        OrgMention m;
        m.span = {i, e};
        m.surface = m.name = s.Text(m.span);
        m.kind = OrgKind::kOther;
        add(std::move(m));
        i = e - 1;
        break;
      }
      // "Orlan Design and Feltham Architects": a name found already ends
      // the leftward scan.
      while (b < i && (InAny(taken, b) || !t[b].is_word || IsConnector(t[b].lower))) ++b;
      if (b == i) {
        // "the Trust" refers back to the main trust.
        if (head.kind == OrgKind::kTrust && n == 1 && i > 0 && s.Lower(i - 1) == "the" &&
            !(i + 1 < t.size() && t[i + 1].IsCapitalised())) {
          OrgMention m;
          m.span = {i - 1, i + 1};
          m.kind = OrgKind::kTrust;
          m.anaphor = true;
          add(std::move(m));
        }
        // "the Clinical Commissioning Group": no name, and "Group" alone is
        // not another head.
        i += n - 1;
        break;
      }
      Span span{b, i + n};
      // "NHS Foundation Trust" alone names nothing.
      bool only_generic = true;
      for (size_t k = b; k < i; ++k)
        if (t[k].text != "NHS" && t[k].lower != "the" && t[k].lower != "foundation")
          only_generic = false;
      if (only_generic) break;
      // "University of Leeds", "Royal Society of Medicine": "of" + capitals.
      bool for_tail = s.Lower(span.end) == "for" && n == 1 &&
                      (t[i].lower == "centre" || t[i].lower == "institute");
      if (head.kind == OrgKind::kOther && (s.Lower(span.end) == "of" || for_tail) &&
          s.Cap(span.end + 1)) {
        size_t e = span.end + 1;
        while (e < t.size() && (s.Cap(e) || (s.Lower(e) == "and" && s.Cap(e + 1)))) ++e;
        span.end = e;
      }
      OrgMention resolved = Resolve(s, span, head.kind, head_span, ods, acronyms);
      // "Great Ormond Street Hospital": a hospital the reference data knows
      // as its trust's informal name.
      if (head.kind == OrgKind::kOther || head.kind == OrgKind::kCompany) {
        std::string folded_name = FoldPunctuation(resolved.surface);
        if (folded_name.rfind("The ", 0) == 0) folded_name = folded_name.substr(4);
        for (const auto& [short_form, org] : ods.ShortForms())
          if (short_form == folded_name) {
            resolved.name = org->name;
            resolved.ods = org->code;
            resolved.kind = OrgKind::kTrust;
            break;
          }
      }
      add(std::move(resolved));
      i = span.end - 1;
      break;
    }
  }
  // 1b. "the trust", "the ICB", "the cancer alliance" refer back to the
  //     article's main organisation of that kind.
  for (size_t i = 1; i < t.size(); ++i) {
    if (s.Lower(i - 1) != "the" || InAny(taken, i) || InAny(taken, i - 1)) continue;
    std::optional<OrgKind> kind;
    size_t e = i + 1;
    if (t[i].text == "trust") kind = OrgKind::kTrust;
    if (t[i].text == "ICB") kind = OrgKind::kIcb;
    if (t[i].text == "ICS") kind = OrgKind::kIcs;
    if (t[i].lower == "cancer" && s.Lower(i + 1) == "alliance")
      kind = OrgKind::kCancerAlliance, e = i + 2;
    if (t[i].text == "alliance") kind = OrgKind::kCancerAlliance;
    if (!kind || s.Cap(e)) continue;
    OrgMention m;
    m.span = {i - 1, e};
    m.kind = *kind;
    m.anaphor = true;
    add(std::move(m));
  }
  // 1c. "the community trust", "the mental health trust": a trust anaphor.
  for (size_t i = 2; i < t.size(); ++i) {
    if (t[i].text != "trust" || InAny(taken, i) || s.Cap(i + 1)) continue;
    size_t b = i;
    while (b > 0 && i - b < 2 && t[b - 1].is_word && !t[b - 1].IsCapitalised() &&
           t[b - 1].lower != "the" && !IsConnector(t[b - 1].lower))
      --b;
    if (b == i || b == 0 || t[b - 1].lower != "the" || InAny(taken, b - 1)) continue;
    OrgMention m;
    m.span = {b - 1, i + 1};
    m.kind = OrgKind::kTrust;
    m.anaphor = true;
    add(std::move(m));
  }
  // 2. "University of X", "Royal Society of X", "Royal College of X".
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (InAny(taken, i)) continue;
    bool lead = (t[i].text == "University" || t[i].text == "Society" || t[i].text == "College" ||
                 t[i].text == "Institute") &&
                s.Lower(i + 1) == "of" && s.Cap(i + 2);
    if (!lead) continue;
    size_t b = ScanNameLeft(s, i);
    size_t e = i + 2;
    while (e < t.size() && s.Cap(e) && !InAny(taken, e)) ++e;
    // "Royal College of Midwives Annual Midwifery Awards": the programme's
    // name follows; the organisation is "Royal College of Midwives".
    for (size_t k = i + 2; k < e; ++k)
      if (t[k].lower == "awards" || t[k].lower == "award") e = i + 3;
    OrgMention m;
    m.span = {b, e};
    m.surface = m.name = s.Text(m.span);
    m.kind = OrgKind::kOther;
    add(std::move(m));
  }
  // 3. Health innovation networks: "Health Innovation West of England".
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (InAny(taken, i) || t[i].text != "Health" || t[i + 1].text != "Innovation") continue;
    size_t e = i + 2;
    while (e < t.size() && !InAny(taken, e) &&
           ((s.Cap(e) && MonthNumber(t[e].text) == 0 && !IsFunctionWordCap(t[e].text) &&
             t[e].lower != "awards" && t[e].lower != "network") ||
            ((s.Lower(e) == "of" || s.Lower(e) == "&" || s.Lower(e) == "and") && s.Cap(e + 1) &&
             e > i + 2)))
      ++e;
    if (e == i + 2) continue;
    OrgMention m;
    m.span = {i, e};
    m.surface = m.name = s.Text(m.span);
    m.kind = OrgKind::kHealthInnovationNetwork;
    add(std::move(m));
  }
  // 3b. National bodies that carry no head word.
  static const std::vector<std::pair<std::vector<std::string_view>, std::string_view>> kBodies = {
      {{"NHS", "England"}, "NHS England"},
      {{"NHS", "Improvement"}, "NHS Improvement"},
      {{"NHS", "Digital"}, "NHS Digital"},
      {{"NHS", "Providers"}, "NHS Providers"},
      {{"NHS", "Confederation"}, "NHS Confederation"},
      {{"NHS", "Employers"}, "NHS Employers"},
      {{"NHS", "Resolution"}, "NHS Resolution"},
      {{"NHS", "Blood", "and", "Transplant"}, "NHS Blood and Transplant"},
      {{"Health", "Education", "England"}, "Health Education England"},
      {{"Care", "Quality", "Commission"}, "Care Quality Commission"},
      {{"UK", "Health", "Security", "Agency"}, "UK Health Security Agency"},
      {{"Department", "of", "Health", "and", "Social", "Care"},
       "Department of Health and Social Care"},
      {{"Royal", "College", "of", "Nursing"}, "Royal College of Nursing"},
      {{"National", "Institute", "for", "Health", "and", "Care", "Research"},
       "National Institute for Health and Care Research"},
  };
  for (size_t i = 0; i < t.size(); ++i) {
    for (const auto& [words, name] : kBodies) {
      if (i + words.size() > t.size() || InAny(taken, i)) continue;
      bool match = true;
      for (size_t k = 0; k < words.size() && match; ++k) match = t[i + k].text == words[k];
      if (!match || InAny(taken, i + words.size() - 1)) continue;
      OrgMention m;
      m.span = {i, i + words.size()};
      m.surface = s.Text(m.span);
      m.name = std::string(name);
      m.kind = OrgKind::kOther;
      add(std::move(m));
    }
  }
  // 3c. An ICB by its place alone: "NHS Cheshire and Merseyside", "NHS
  //     Shropshire, Telford and Wrekin" (the ODS reference data decides).
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].text != "NHS" || InAny(taken, i) || !s.Cap(i + 1) || InAny(taken, i + 1)) continue;
    size_t e = i + 1;
    size_t best = 0;
    const OdsOrg* icb = nullptr;
    while (e < t.size() && e < i + 10 && !InAny(taken, e)) {
      bool word = s.Cap(e) && !IsFunctionWordCap(t[e].text);
      bool joiner = (t[e].lower == "and" || t[e].lower == "of" || t[e].text == ",") && s.Cap(e + 1);
      if (!word && !joiner) break;
      ++e;
      if (word)
        if (const OdsOrg* o = ods.LinkIcb(s.Text({i + 1, e}))) icb = o, best = e;
    }
    if (!icb) continue;
    // Part of a longer name: "NHS Cheshire and Merseyside Integrated Care Board",
    // but not a title: "NHS Hampshire and Isle of Wight Chief Nursing Officer".
    if (best < t.size() && s.Cap(best) && !StopsOrgName(t[best])) continue;
    OrgMention m;
    m.span = {i, best};
    m.surface = s.Text(m.span);
    m.name = icb->name;
    m.ods = icb->code;
    m.kind = OrgKind::kIcb;
    add(std::move(m));
    i = best - 1;
  }
  // 4. Publishers: "Health Service Journal", and HSJ used as a noun.
  for (size_t i = 0; i < t.size(); ++i) {
    if (InAny(taken, i)) continue;
    if (t[i].text == "Health" && s.Lower(i + 1) == "service" && s.Lower(i + 2) == "journal") {
      OrgMention m;
      m.span = {i, i + 3};
      m.surface = s.Text(m.span);
      m.name = "Health Service Journal";
      m.kind = OrgKind::kPublisher;
      add(std::move(m));
      continue;
    }
    bool hsj_noun = t[i].text == "HSJ" &&
                    ((i > 0 && s.Lower(i - 1) == "the" && !s.Cap(i + 1) && s.Lower(i + 1) != "(") ||
                     s.Lower(i + 1) == "editor" || s.Lower(i + 1) == "'s");
    if (hsj_noun) {
      OrgMention m;
      m.span = {i, i + 1};
      m.surface = "HSJ";
      m.name = "Health Service Journal";
      m.kind = OrgKind::kPublisher;
      add(std::move(m));
    }
  }
  // 5. Informal trust names from the reference data ("Liverpool Women's").
  std::string folded = FoldPunctuation(s.text);
  for (const auto& [short_form, org] : ods.ShortForms()) {
    if (folded.find(short_form) == std::string::npos) continue;
    auto words = Tokenize(short_form);
    for (size_t i = 0; i + words.size() <= t.size(); ++i) {
      bool match = true;
      for (size_t k = 0; k < words.size() && match; ++k) match = t[i + k].text == words[k].text;
      if (!match || InAny(taken, i) || InAny(taken, i + words.size() - 1)) continue;
      // Not a place: "across Hampshire and the Isle of Wight".
      size_t before = i > 0 && t[i - 1].lower == "the" ? i - 1 : i;
      if (before > 0 && (t[before - 1].lower == "across" || t[before - 1].lower == "in" ||
                         t[before - 1].lower == "throughout" || t[before - 1].lower == "around" ||
                         (t[before - 1].lower == "and" && before != i)))
        continue;
      // Not when an ICB/ICS head or a longer capitalised name follows.
      size_t e = i + words.size();
      if (s.Cap(e) && (t[e].text == "Integrated" || t[e].text == "ICB" || t[e].text == "ICS"))
        continue;
      OrgMention m;
      m.span = {i, e};
      m.surface = s.Text(m.span);
      m.name = org->name;
      m.ods = org->code;
      m.kind = OrgKind::kTrust;
      add(std::move(m));
    }
  }
  // 6. Acronyms the article defined for an organisation ("MPFT", "SSOT ICB"),
  //    else an NHS trust's initials ("UHL", "NUH", "YAS").
  static const std::set<std::string_view> kNotTrusts = {
      "NHS", "ICB", "ICS", "HSJ",   "BMJ",  "GP",    "GPS",  "AI",   "CEO",  "COO",
      "CFO", "CMO", "CNO", "UK",    "EU",   "IT",    "ED",   "SDEC", "COPD", "OBE",
      "MBE", "CBE", "PHD", "QI",    "MP",   "NICE",  "CQC",  "RCN",  "NMC",  "GMC",
      "HCA", "PCN", "ICU", "ITU",   "ENT",  "ECG",   "MRI",  "CT",   "AHSN", "NIHR",
      "UEA", "APP", "SMS", "COVID", "ADHD", "CAMHS", "IAPT", "LGBT", "BAME", "EDI"};
  for (size_t i = 0; i < t.size(); ++i) {
    if (InAny(taken, i) || !t[i].IsAcronym()) continue;
    if (!acronyms.contains(t[i].text) && !kNotTrusts.contains(t[i].text) &&
        !(i + 1 < t.size() &&
          (t[i + 1].text == "ICB" || t[i + 1].text == "ICS" || t[i + 1].text == "Integrated"))) {
      if (const OdsOrg* o = ods.LinkTrustInitials(t[i].text)) {
        OrgMention m;
        m.span = {i, i + 1};
        m.surface = t[i].text;
        m.name = o->name;
        m.ods = o->code;
        m.kind = OrgKind::kTrust;
        add(std::move(m));
        continue;
      }
    }
    for (size_t len : {size_t{2}, size_t{1}}) {
      if (i + len > t.size()) continue;
      std::string acr = s.Text({i, i + len});
      auto it = acronyms.find(acr);
      if (it == acronyms.end()) continue;
      SentenceView full(it->second);
      AcronymMap rest = acronyms;
      rest.erase(acr);
      auto inner = FindOrganisations(full, ods, rest);
      if (inner.size() != 1 || inner[0].span.end - inner[0].span.begin != full.tokens.size())
        continue;
      OrgMention m = inner[0];
      m.span = {i, i + len};
      m.surface = acr;
      add(std::move(m));
      i += len - 1;
      break;
    }
  }
  // 7. Companies introduced by what they are: "a digital solution, Cemplicity,"
  //    "technology company Acme", "tech firm Acme".
  static const std::set<std::string_view> kOtherCues = {"charity", "council", "hospice",
                                                        "foundation", "university"};
  static const std::set<std::string_view> kCompanyCues = {
      "charity", "council",   "hospice",  "university", "solution", "company",
      "firm",    "supplier",  "provider", "start-up",   "startup",  "platform",
      "partner", "developer", "vendor",   "business",   "spinout",  "spin-out"};
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    // ("Bolton Council Public Health": a capitalised cue is part of a name.)
    if (!kCompanyCues.contains(t[i].lower) || t[i].IsCapitalised()) continue;
    size_t b = i + 1;
    if (t[b].text == ",") ++b;
    size_t e = b;
    while (e < t.size() && s.Cap(e) && !InAny(taken, e) && !IsFunctionWordCap(t[e].text) &&
           e - b < 3)
      ++e;
    if (e == b) continue;
    // The name ends where the capitals do ("company Aeris Health has won").
    if (e < t.size() && t[e].is_word && t[e].IsCapitalised()) continue;
    // A lone city or generic word is not a company ("firm in Leeds").
    bool generic = e == b + 1 && (IsNeverName(t[b].text) || IsCity(t[b].text));
    if (generic || IsNeverName(t[b].text)) continue;
    OrgMention m;
    m.span = {b, e};
    m.surface = m.name = s.Text(m.span);
    m.kind = kOtherCues.contains(t[i].lower) ? OrgKind::kOther : OrgKind::kCompany;
    add(std::move(m));
  }
  std::sort(found.begin(), found.end(),
            [](const OrgMention& a, const OrgMention& b) { return a.span.begin < b.span.begin; });
  return found;
}

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
      if (w == "and" || last_head == 0 || !(w == "of" || w == "for")) break;
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
    m.name = s.Text({b, e});
    size_t end = post_nominals(e, &m.honorifics);
    m.span = {i, end};
    out.push_back(std::move(m));
    i = end - 1;
  }
  return out;
}

// ---------------------------------------------------------------- programmes

std::vector<ProgrammeMention> FindProgrammes(const SentenceView& s,
                                             const std::vector<std::string>& known) {
  std::vector<ProgrammeMention> out;
  const auto& t = s.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    bool plural = t[i].lower == "awards";
    bool singular = t[i].lower == "award" && t[i].IsCapitalised();
    if (!plural && !singular) continue;
    // Scan left over capitalised words, small connectors and bracketed
    // expansions ("HSJ (Health Service Journal) Digital Awards").
    std::vector<size_t> words;
    int year = 0;
    size_t b = i;
    while (b > 0) {
      const Token& w = t[b - 1];
      if (w.text == ")") {
        size_t open = b - 1;
        while (open > 0 && t[open].text != "(" && b - open < 8) --open;
        if (t[open].text != "(") break;
        b = open;
        continue;
      }
      if (w.is_word && (w.IsCapitalised() || w.IsAllCaps()) && !IsFunctionWordCap(w.text)) {
        words.push_back(b - 1);
        --b;
        continue;
      }
      // "Queen's Nurse Awards", but not "the UK's Advancing Healthcare Awards".
      if (w.text == "'s" && b >= 2 && t[b - 2].IsCapitalised() && !t[b - 2].IsAllCaps() &&
          !IsCity(t[b - 2].text) && t[b - 2].text != "Britain" && t[b - 2].text != "England" &&
          t[b - 2].text != "Wales" && t[b - 2].text != "Scotland" && t[b - 2].text != "Ireland") {
        words.push_back(b - 1);
        --b;
        continue;
      }
      if (w.is_word &&
          (w.lower == "a" || w.lower == "of" || w.lower == "and" || w.lower == "&" ||
           w.lower == "the" || w.lower == "in" || w.lower == "for") &&
          b >= 2 && t[b - 2].IsCapitalised() && !IsFunctionWordCap(t[b - 2].text)) {
        words.push_back(b - 1);
        --b;
        continue;
      }
      break;
    }
    if (b > 0) IsYear(t[b - 1], &year);
    if (i + 1 < t.size()) IsYear(t[i + 1], &year);
    if (words.empty()) continue;
    std::reverse(words.begin(), words.end());
    std::string name;
    for (size_t k : words) {
      if (!name.empty() && t[k].space_before) name += ' ';
      name += t[k].text;
    }
    // A bracketed expansion leaves "HSJ  Digital": squash spaces.
    name = SquashSpaces(name);
    std::string folded = " " + name + " ";
    size_t pos = folded.find(" Health Service Journal ");
    if (pos != std::string::npos) folded.replace(pos, 24, " HSJ ");
    name = SquashSpaces(folded);
    bool shouting = t[i].text == "AWARDS";
    if (shouting) name = TitleCaseOds(name);  // "PATIENT EXPERIENCE NATIONAL AWARDS"
    // Lower-case "awards" needs more than a publisher's name before it.
    std::string key = FoldForMatch(name);
    bool only_publisher = key == "hsj" || key == "nhs" || key == "bmj" || key == "nursing times";
    if (only_publisher && !t[i].IsCapitalised()) continue;
    // "top UK awards": one short word before lower-case "awards" names no
    // programme.
    if (!t[i].IsCapitalised() && words.size() == 1 && t[words[0]].text.size() <= 2) continue;
    if (singular) {
      std::string as_programme = name + " Awards";
      bool is_known = std::any_of(known.begin(), known.end(), [&](const std::string& k) {
        return FoldForMatch(k) == FoldForMatch(as_programme);
      });
      if (!is_known) continue;
    }
    ProgrammeMention m;
    m.span = {words.front(), i + 1};
    if (shouting) {
      std::string key = FoldForMatch(name);
      if (key == "hsj" || key.rfind("hsj ", 0) == 0) name = "HSJ" + name.substr(3);
    }
    m.name = name + " Awards";
    // "Allied Health Professional (AHP) awards", "British Medical Awards
    // (BMJ)": the article names the programme by the acronym it defines.
    auto acronym_at = [&](size_t open) -> std::string {
      if (open + 2 < t.size() && t[open].text == "(" && t[open + 1].IsAllCaps() &&
          t[open + 2].text == ")")
        return t[open + 1].text;
      return {};
    };
    std::string acr = i >= 3 ? acronym_at(i - 3) : "";
    if (acr.empty()) acr = acronym_at(i + 1);
    if (!acr.empty() && acr != "HSJ" && acr != "NHS") m.name = acr + " Awards";
    // "NHS70 Parliamentary Awards": an anniversary number glued to a word.
    std::string unglued;
    for (const auto& w : SplitWords(m.name)) {
      std::string x = w;
      while (x.size() > 2 && std::isdigit(static_cast<unsigned char>(x.back())) &&
             std::isalpha(static_cast<unsigned char>(x[0])))
        x.pop_back();
      unglued += (unglued.empty() ? "" : " ") + x;
    }
    m.name = unglued;
    m.year = year;
    out.push_back(std::move(m));
  }
  return out;
}

// ---------------------------------------------------------------- categories

namespace {

bool CategoryWord(const SentenceView& s, size_t k) {
  const Token& t = s.tokens[k];
  if (!t.is_word) return false;
  return t.IsCapitalised() || t.IsAllCaps() || t.IsNumber() || IsConnector(t.lower) ||
         t.lower == "&";
}

// Reads a category name starting at token b; returns its end or b.
size_t ScanCategory(const SentenceView& s, size_t b, const std::vector<Span>& taken) {
  const auto& t = s.tokens;
  if (b >= t.size() || !(t[b].IsCapitalised() || t[b].IsAllCaps())) return b;
  size_t e = b;
  size_t last_good = b;
  while (e < t.size() && !InAny(taken, e)) {
    if (CategoryWord(s, e)) {
      const std::string& w = t[e].lower;
      // "for the NHS" can end a category name; "for the X programme" is
      // the project.
      if (w == "for" && s.Lower(e + 1) == "the" && s.Cap(e + 2)) {
        size_t k = e + 2;
        while (k < t.size() && (s.Cap(k) || t[k].IsAllCaps())) ++k;
        bool project_next = k < t.size() && IsProjectHead(t[k].lower);
        if (!project_next) {
          last_good = k;
          e = k;
          continue;
        }
        break;
      }
      // "Best Workplace for Learning and Development" keeps its "for";
      // "Supporting the Workforce through Digital for Shiftwise" does not.
      bool superlative = t[b].lower == "best" || t[b].lower == "most";
      // "Improving Care for Older People Initiative of the Year": the name
      // goes on through "for" when it still ends like a category.
      bool ends_later = false;
      if (w == "for" && s.Cap(e + 1)) {
        for (size_t k = e + 1; k < t.size() && k < e + 10; ++k) {
          if (t[k].text == "Award" || (t[k].lower == "year" && k >= 2 && t[k - 1].lower == "the" &&
                                       t[k - 2].lower == "of")) {
            ends_later = true;
            break;
          }
          if (!t[k].is_word || (!t[k].IsCapitalised() && !IsConnector(t[k].lower))) break;
        }
      }
      if (w == "for" && s.Lower(e + 1) != "the" && !superlative && !ends_later) break;
      // Stop before "for their ...", "for its ...": the project follows.
      if (w == "for" &&
          (s.Lower(e + 1) == "their" || s.Lower(e + 1) == "its" || s.Lower(e + 1) == "his" ||
           s.Lower(e + 1) == "her" || s.Lower(e + 1) == "the" || s.Lower(e + 1) == "a" ||
           s.Lower(e + 1) == "an" || s.Lower(e + 1) == "work"))
        break;
      if (t[e].lower == "award" && !t[e].IsCapitalised()) break;
      if (t[e].lower == "awards") break;
      if (!IsConnector(w)) last_good = e + 1;
      ++e;
      if (t[e - 1].text == "Award") break;
      if (w == "year" && e >= 3 && t[e - 2].lower == "the" && t[e - 3].lower == "of") break;
      continue;
    }
    // "Medicines, Pharmacy and Prescribing ...": comma inside a list.
    if (t[e].text == "," && e + 1 < t.size() && t[e + 1].IsCapitalised()) {
      bool and_follows = false;
      for (size_t k = e + 1; k < t.size() && k < e + 6; ++k)
        if (t[k].lower == "and") and_follows = true;
      if (and_follows) {
        ++e;
        continue;
      }
    }
    if (t[e].text == "-" && !t[e].space_before) {  // "Long-Term"
      ++e;
      continue;
    }
    break;
  }
  return last_good;
}

// The words after "Award for": capitals, small linking words between them,
// commas before a later "and", and "and/or". Returns the end, or b.
size_t AwardForTail(const SentenceView& s, size_t b) {
  static const std::set<std::string_view> kLinks = {
      "and", "or", "of", "to",     "with", "between", "through", "for", "in",
      "the", "by", "on", "across", "into", "a",       "an",      "&"};
  const auto& t = s.tokens;
  // "Award for the Best Collaboration ...", "award for best Gastroenterology".
  if (b < t.size() && t[b].lower == "the" && b + 1 < t.size() && t[b + 1].IsCapitalised()) ++b;
  if (b < t.size() && t[b].lower == "best" && b + 1 < t.size() && t[b + 1].IsCapitalised()) ++b;
  size_t e = b, last_good = b;
  while (e < t.size()) {
    const Token& w = t[e];
    if (w.is_word && (w.IsCapitalised() || w.IsAllCaps() || w.IsNumber())) {
      last_good = ++e;
      continue;
    }
    if (w.is_word && kLinks.contains(w.lower) && e > b) {
      // "... in the HSJ Awards 2017": the programme, not the category.
      bool programme_next = false;
      for (size_t k = e + 1; k < t.size() && k < e + 8; ++k) {
        if (t[k].lower == "awards") programme_next = true;
        if (!t[k].is_word || (t[k].lower != "the" && !t[k].IsCapitalised() && !t[k].IsAllCaps()))
          break;
      }
      if (programme_next) break;
      ++e;
      continue;
    }
    if ((w.text == "/" || (w.text == "-" && !w.space_before)) && e > b && s.Cap(e + 1)) {
      ++e;
      continue;
    }
    if (w.text == "/" && e > b && kLinks.contains(s.Lower(e + 1))) {
      ++e;
      continue;
    }
    if (w.text == "," && e > b && s.Cap(e + 1)) {
      bool and_follows = false;
      for (size_t k = e + 1; k < t.size() && k < e + 8; ++k)
        if (t[k].lower == "and" || t[k].lower == "or") and_follows = true;
      if (!and_follows) break;
      ++e;
      continue;
    }
    break;
  }
  return last_good;
}

// "National Award", "Prestigious Award" name no category: at least one
// word must say what the category is about.
bool NamesSomething(const SentenceView& s, Span span) {
  static const std::set<std::string_view> kEmpty = {
      "award", "awards", "national", "prestigious", "top", "annual", "special", "major", "prize"};
  for (size_t k = span.begin; k < span.end; ++k) {
    const Token& t = s.tokens[k];
    if (t.is_word && !IsConnector(t.lower) && !kEmpty.contains(t.lower)) return true;
  }
  return false;
}

bool LooksLikeCategory(const SentenceView& s, Span span) {
  if (span.end - span.begin < 2) return false;
  const auto& t = s.tokens;
  std::string first = t[span.begin].lower;
  std::string last = t[span.end - 1].lower;
  if (last == "year" || t[span.end - 1].text == "Award") return true;
  static const std::set<std::string_view> kStarts = {
      "best",    "most",       "outstanding",  "excellence", "innovation", "improving",
      "driving", "connecting", "transforming", "supporting", "enhancing",  "using"};
  return kStarts.contains(first);
}

}  // namespace

std::vector<CategoryMention> FindCategories(const SentenceView& s, bool bullet,
                                            const std::vector<Span>& taken) {
  std::vector<CategoryMention> out;
  const auto& t = s.tokens;
  std::vector<Span> used = taken;
  auto add = [&](Span span, bool one_word_ok = false) {
    if (span.end <= span.begin) return;
    for (const auto& c : out)
      if (c.span.Overlaps(span)) return;
    // Trim a leading "the".
    while (span.begin < span.end && IsConnector(t[span.begin].lower)) ++span.begin;
    if (span.end - span.begin < (one_word_ok ? 1u : 2u)) return;
    if (!NamesSomething(s, span)) return;
    out.push_back({span, s.Text(span)});
    used.push_back(span);
  };
  for (size_t i = 0; i < t.size(); ++i) {
    // "in the category 'X'", "in the category, X,", "category: X".
    if (t[i].lower == "category" || t[i].lower == "categories") {
      size_t b = i + 1;
      if (s.Lower(b) == "of") ++b;
      while (b < t.size() && (t[b].text == "," || t[b].text == ":" || IsQuote(t[b]))) ++b;
      size_t e = ScanCategory(s, b, used);
      if (e > b + 1) add({b, e});
      // "in the category of Mental health nurse recruitment campaign":
      // sentence case up to the end of the clause.
      if (e <= b + 1 && s.Cap(b)) {
        size_t f = b;
        while (f < t.size() && f < b + 9 && t[f].is_word && !InAny(used, f) && t[f].lower != "at" &&
               t[f].lower != "which" && t[f].lower != "and")
          ++f;
        if (f > b + 1 && (f >= t.size() || !t[f].is_word)) add({b, f});
      }
      // "in the acute service redesign category": lower case back to "the".
      if (i > 1 && t[i].lower == "category" && !t[i - 1].IsCapitalised() && t[i - 1].is_word &&
          !IsConnector(t[i - 1].lower)) {
        size_t k = i;
        while (k > 0 && k + 6 > i && t[k - 1].is_word && !t[k - 1].IsCapitalised() &&
               t[k - 1].lower != "the")
          --k;
        // ("the most prestigious category", "the same category": no name.)
        bool adjective = false;
        for (size_t q = k; q < i; ++q)
          if (t[q].lower == "most" || t[q].lower == "prestigious" || t[q].lower == "same" ||
              t[q].lower == "coveted" || t[q].lower == "new" || t[q].lower == "top" ||
              t[q].lower == "overall" || t[q].lower == "national" || t[q].lower == "first")
            adjective = true;
        if (k > 0 && t[k - 1].lower == "the" && i - k >= 2 && !adjective) add({k, i});
      }
      // "in the X category": look back.
      if (i > 0 && t[i].lower == "category") {
        size_t k = i;
        while (k > 0 && (CategoryWord(s, k - 1) || IsQuote(t[k - 1])) && t[k - 1].lower != "the")
          --k;
        while (k < i && IsQuote(t[k])) ++k;
        size_t e2 = i;
        while (e2 > k && IsQuote(t[e2 - 1])) --e2;
        // "in the Workforce category": one word is enough before "category".
        if (e2 > k && ScanCategory(s, k, used) >= e2) add({k, e2}, /*one_word_ok=*/true);
      }
    }
    // Quoted Title Case after "award"/"for"/"in": 'Patient Safety Team of the Year'.
    if (IsQuote(t[i]) && i + 1 < t.size()) {
      size_t e = ScanCategory(s, i + 1, used);
      if (e > i + 2 && e < t.size() && IsQuote(t[e]) && LooksLikeCategory(s, {i + 1, e}))
        add({i + 1, e});
      // Sentence case in quotes after "for"/"in"/"won": 'The most impactful
      // project addressing health inequalities', 'Deteriorating patients
      // initiative'.
      std::string_view before = i > 0 ? t[i - 1].lower : std::string_view();
      bool cue = before == "for" || before == "in" || before == "won" || before == "category" ||
                 before == "win" || before == "wins";
      if (cue && s.Cap(i + 1) && !InAny(used, i + 1)) {
        size_t k = i + 1;
        while (k < t.size() && k < i + 14 && (t[k].is_word || t[k].text == "-") && !InAny(used, k))
          ++k;
        // Sentence case: a lower-case word that is no link, three words or
        // more, and no project head after the closing quote.
        bool lower_word = false;
        for (size_t q = i + 2; q < k; ++q)
          if (t[q].is_word && !t[q].IsCapitalised() && !IsConnector(t[q].lower)) lower_word = true;
        bool project_after = k + 1 < t.size() && IsProjectHead(t[k + 1].lower);
        if (k >= i + 4 && k < t.size() && IsQuote(t[k]) && k - i - 1 <= 12 && lower_word &&
            !project_after)
          add({i + 1, k});
      }
    }
    // "the X award", "for the X", "in X of the Year", "won X Award".
    bool lead = t[i].lower == "the" || t[i].lower == "in" || t[i].lower == "for" ||
                t[i].lower == "won" || t[i].lower == "win" || t[i].lower == "a" ||
                t[i].lower == "wins" || t[i].lower == "scooped" || t[i].lower == "named" ||
                t[i].lower == "'s" || t[i].lower == "crowned";
    if (lead && i + 1 < t.size()) {
      size_t b = i + 1;
      if (t[b].lower == "the") ++b;
      size_t e = ScanCategory(s, b, used);
      Span span{b, e};
      bool award_follows = s.Lower(e) == "award" || s.Lower(e) == "category";
      if (e > b + 1 && (LooksLikeCategory(s, span) || award_follows)) add(span);
    }
  }
  // "named trust of the year": lower case after "named"/"crowned".
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (t[i].lower != "named" && t[i].lower != "crowned") continue;
    size_t b = i + 1;
    if (t[b].lower == "the" || t[b].lower == "as") ++b;
    for (size_t k = b + 2; k < t.size() && k < b + 7; ++k) {
      if (!t[k].is_word) break;
      if (t[k].lower == "year" && t[k - 1].lower == "the" && t[k - 2].lower == "of") {
        if (!t[b].IsCapitalised()) add({b, k + 1});
        break;
      }
    }
  }
  // "Award for Acute Sector Innovation", "Welsh Government Award for
  // Value-Based Care": the name goes on after "Award for".
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i].lower != "award" || s.Lower(i + 1) != "for") continue;
    size_t e = AwardForTail(s, i + 2);
    if (e <= i + 2) continue;
    // "The award for best Gastroenterology and Alcohol Care went to ...":
    // the category is what follows "for (the) (best)".
    if (t[i].text != "Award") {
      // Only as the subject: "The award for X went to / was won by ...".
      std::string_view next = s.Lower(e);
      if (i == 0 || t[i - 1].lower != "the" ||
          !(next == "went" || next == "goes" || next == "was" || next == "is"))
        continue;
      size_t b = i + 2;
      while (b < e && (t[b].lower == "the" || t[b].lower == "best")) ++b;
      std::erase_if(out, [&](const CategoryMention& c) { return c.span.Overlaps({b, e}); });
      add({b, e});
      continue;
    }
    bool extended = false;
    for (auto& c : out) {
      if (c.span.end == i + 1) {  // "... Award" found already: extend it
        c.span.end = e;
        c.name = s.Text(c.span);
        used.push_back(c.span);
        extended = true;
      }
    }
    if (extended) continue;
    // A shorter name found inside ("Innovation in Mental Health") gives way.
    std::erase_if(out,
                  [&](const CategoryMention& c) { return c.span.begin >= i && c.span.end <= e; });
    add({i, e});
  }
  // A list of categories: "shortlisted for five awards including A; B; C
  // and D", "in the following categories: A, B and C".
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    std::string_view w = t[i].lower;
    if (w != "awards" && w != "categories") continue;
    size_t b = i + 1;
    if (s.Lower(b) == "including" || s.Lower(b) == "include" || s.Lower(b) == "includes" ||
        (s.Lower(b) == ":" && w == "categories"))
      ++b;
    else
      continue;
    std::vector<Span> items;
    size_t k = b;
    int list_marks = 0;  // commas and semicolons between items
    while (k < t.size()) {
      while (k < t.size() && (t[k].text == ";" || t[k].text == "," || IsQuote(t[k]) ||
                              t[k].lower == "and" || t[k].lower == "the")) {
        if (t[k].text == ";" || t[k].text == ",") ++list_marks;
        ++k;
      }
      if (k >= t.size() || !(t[k].IsCapitalised() || t[k].IsAllCaps())) break;
      size_t e = k;
      while (e < t.size() && (CategoryWord(s, e) || (t[e].text == "-" && !t[e].space_before)) &&
             !(t[e].lower == "at" || t[e].lower == "in")) {
        // "Best Workplace for Learning and Development, and the ...": an
        // "and" with a comma still to come is inside a name.
        if (t[e].lower == "and") {
          bool comma_later = false;
          for (size_t q = e + 1; q < t.size() && t[q].text != "."; ++q)
            if (t[q].text == "," || t[q].text == ";") comma_later = true;
          if (!comma_later || !s.Cap(e + 1)) break;
        }
        ++e;
      }
      // "and" inside a name: "Connecting Services and Information Award".
      while (s.Lower(e) == "and" && s.Cap(e + 1)) {
        size_t f = e + 1;
        while (f < t.size() && CategoryWord(s, f) && t[f].lower != "and") ++f;
        bool ends_name = f < t.size() && (t[f - 1].text == "Award" || t[f].text == ";");
        if (!ends_name) break;
        e = f;
      }
      while (e > k && IsConnector(t[e - 1].lower)) --e;
      if (e <= k) break;
      items.push_back({k, e});
      k = e;
      if (k < t.size() &&
          !(t[k].text == ";" || t[k].text == "," || t[k].lower == "and" || IsQuote(t[k])))
        break;
    }
    // "A and B" alone may be one name ("Learning and Development").
    if (items.size() < 2 || list_marks == 0) continue;
    for (const auto& it : items) {
      std::erase_if(out, [&](const CategoryMention& c) { return c.span.Overlaps(it); });
      add(it, /*one_word_ok=*/true);
    }
  }
  // A bullet that is a category and nothing else: "• Patient Safety Award".
  if (bullet && out.empty()) {
    size_t e = ScanCategory(s, 0, used);
    size_t end = t.size();
    while (end > 0 && !t[end - 1].is_word) --end;
    if (e == end && e > 1 && LooksLikeCategory(s, {0, e})) add({0, e});
  }
  // A bullet or line that opens with a category: "X - awarded to ...",
  // "X: Org for Project", "X Award - Org".
  if (out.empty() || bullet) {
    size_t e = ScanCategory(s, 0, used);
    if (e > 1 && e < t.size() && (t[e].text == "-" || t[e].text == ":") &&
        (LooksLikeCategory(s, {0, e}) || bullet))
      add({0, e});
  }
  return out;
}

std::optional<CategoryMention> CategoryAfterStatus(const SentenceView& s, size_t pos,
                                                   const std::vector<Span>& taken) {
  const auto& t = s.tokens;
  size_t b = pos;
  // "WINNER, Best Use of Digital in Nursing: Connected Wards".
  bool comma = s.Lower(b) == ",";
  if (s.Lower(b) != "for" && s.Lower(b) != "in" && !comma) return std::nullopt;
  ++b;
  if (s.Lower(b) == "the") ++b;
  size_t e = ScanCategory(s, b, taken);
  if (e < b + 2 || !NamesSomething(s, {b, e})) return std::nullopt;
  for (size_t k = b; k < e; ++k) {
    if (InAny(taken, k) || IsCoinedWord(t[k]) || t[k].IsAllCaps()) return std::nullopt;
  }
  // What follows must end the name: punctuation, "thanks", "at", "for its".
  std::string_view next = s.Lower(e);
  if (comma && next != ":") return std::nullopt;
  if (!(next.empty() || !t[e].is_word || next == "thanks" || next == "at" || next == "for" ||
        next == "after" || next == "with" || next == "award" || next == "category"))
    return std::nullopt;
  return CategoryMention{{b, e}, s.Text({b, e})};
}

// ---------------------------------------------------------------- projects

namespace {

// Reads a project name from b: capitalised words (with "'s" and inner small
// words) and an optional lower-case descriptor ending in a project head.
std::optional<ProjectMention> ScanProject(const SentenceView& s, size_t b,
                                          const std::vector<Span>& taken) {
  const auto& t = s.tokens;
  if (s.Lower(b) == "the" && s.Cap(b + 1)) ++b;
  size_t e = b;
  auto cap_ok = [&](size_t k) {
    return k < t.size() && t[k].is_word && !InAny(taken, k) &&
           (t[k].IsCapitalised() || t[k].IsAllCaps() ||
            (t[k].text.size() > 1 && std::isupper(static_cast<unsigned char>(t[k].text[1])))) &&
           MonthNumber(t[k].text) == 0;
  };
  while (e < t.size()) {
    if (cap_ok(e)) {
      ++e;
      continue;
    }
    if (t[e].text == "'s" && e > b && cap_ok(e + 1)) {
      ++e;
      continue;
    }
    if ((t[e].lower == "and" || t[e].lower == "of" || t[e].lower == "for" || t[e].lower == "to" ||
         t[e].lower == "the" || t[e].lower == "in") &&
        e > b && cap_ok(e + 1) && !(t[e].lower == "the")) {
      ++e;
      continue;
    }
    break;
  }
  if (e == b) return std::nullopt;
  ProjectMention m;
  // Optional lower-case descriptor ending in a head noun ("digital mental
  // health platform", "project", "portal").
  size_t d = e;
  size_t head_end = 0;
  while (d < t.size() && d < e + 5 && t[d].is_word && !t[d].IsCapitalised() &&
         !IsConnector(t[d].lower)) {
    if (IsProjectHead(t[d].lower)) head_end = d + 1;
    ++d;
  }
  Span name{b, e};
  if (head_end > 0) {
    m.span = {b, head_end};
    m.name = s.Text(m.span);
    m.alias = s.Text(name);
  } else {
    m.span = name;
    m.name = s.Text(name);
  }
  return m;
}

// "WardView", "MySENSE", "SPOT-Kids", "PreCiSSIon": shapes common words
// never have, so a strong sign of a product or project name.
bool IsCoinedWord(const Token& t) {
  if (!t.is_word || t.IsAllCaps() || t.text.size() < 4) return false;
  bool lower_seen = false;
  for (size_t k = 0; k < t.text.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(t.text[k]);
    if (std::islower(c)) lower_seen = true;
    if (!std::isupper(c) || k == 0) continue;
    if (t.text[k - 1] == '-') {
      // "SPOT-Kids" yes; "Stoke-on-Trent", "Edmondson-Jones" no.
      size_t start = t.text.rfind('-', k - 2);
      start = start == std::string::npos ? 0 : start + 1;
      bool caps = true;
      for (size_t j = start; j + 1 < k; ++j)
        if (!std::isupper(static_cast<unsigned char>(t.text[j]))) caps = false;
      if (caps && k - 1 - start >= 2) return true;
    } else if (lower_seen && std::isalpha(static_cast<unsigned char>(t.text[k - 1]))) {
      return true;
    }
  }
  return false;
}

// Words that may follow a project name's head noun ("the X programme,
// which ..."); another noun there means the head was a modifier
// ("software company").
bool EndsNounPhrase(const SentenceView& s, size_t k) {
  if (k >= s.tokens.size() || !s.tokens[k].is_word) return true;
  static const std::set<std::string_view> kFollowers = {
      "which",   "that",     "to",       "and",    "or",     "has",  "have", "had",  "is",
      "was",     "were",     "are",      "for",    "in",     "with", "at",   "on",   "from",
      "by",      "helps",    "allows",   "uses",   "aims",   "who",  "won",  "been", "will",
      "can",     "where",    "since",    "after",  "as",     "so",   "but",  "lets", "gives",
      "enables", "supports", "provides", "brings", "offers", "means"};
  return kFollowers.contains(s.tokens[k].lower);
}

bool IsPossessiveDeterminer(std::string_view w) {
  return w == "their" || w == "its" || w == "his" || w == "her" || w == "our" || w == "the";
}

}  // namespace

std::vector<ProjectMention> FindProjects(const SentenceView& s, const std::vector<Span>& taken) {
  std::vector<ProjectMention> out;
  const auto& t = s.tokens;
  auto add = [&](ProjectMention m) {
    for (const auto& o : out)
      if (o.span.Overlaps(m.span)) return;
    if (m.name.empty()) return;
    // A lone word that names no project ("NHS", "Trust", "Awards").
    if (m.span.end - m.span.begin == 1 && IsNeverName(t[m.span.begin].text)) return;
    out.push_back(std::move(m));
  };
  for (size_t i = 0; i < t.size(); ++i) {
    // Quoted names: 'Scouse School', "Shared Care Record".
    if (IsQuote(t[i]) && (i == 0 || !t[i - 1].is_word || t[i].space_before)) {
      size_t e = i + 1;
      while (e < t.size() && !IsQuote(t[e]) && e < i + 12) ++e;
      if (e < t.size() && IsQuote(t[e]) && e > i + 1 && s.Cap(i + 1) && !InAny(taken, i + 1)) {
        Span span{i + 1, e};
        bool has_verb = false;
        for (size_t k = span.begin; k < span.end; ++k)
          if (t[k].lower == "is" || t[k].lower == "are" || t[k].lower == "we" ||
              t[k].lower == "was")
            has_verb = true;
        bool after_category =
            i > 0 && (t[i - 1].lower == "category" ||
                      (t[i - 1].lower == "of" && i > 1 && t[i - 2].lower == "category"));
        if (!has_verb && !after_category && !LooksLikeCategory(s, span)) {
          ProjectMention m;
          m.span = span;
          m.name = s.Text(span);
          add(std::move(m));
        }
        i = e;
        continue;
      }
    }
    // "for their work on X", "for its X portal", "for the creation of 'X'".
    if (t[i].lower == "for" && i + 1 < t.size()) {
      size_t b = i + 1;
      if (IsPossessiveDeterminer(t[b].lower)) ++b;
      for (std::string_view lead : {"work", "creation", "development", "use", "role"}) {
        if (s.Lower(b) == lead &&
            (s.Lower(b + 1) == "on" || s.Lower(b + 1) == "of" || s.Lower(b + 1) == "in")) {
          b += 2;
          break;
        }
      }
      if (IsQuote(t.size() > b ? t[b] : t[0])) continue;  // handled as quoted
      if (b > i + 1 && (IsPossessiveDeterminer(t[i + 1].lower) || b > i + 2)) {
        // "for its MySENSE project and Sandbox digital mental health platform".
        while (auto m = ScanProject(s, b, taken)) {
          if (LooksLikeCategory(s, m->span)) break;
          size_t end = m->span.end;
          add(std::move(*m));
          if (!(s.Lower(end) == "and" || s.Lower(end) == ",") || !s.Cap(end + 1)) break;
          b = end + 1;
        }
      }
    }
    // "the PreCiSSIon programme", "its MySENSE project", "a cloud-based
    // MedOptimise tool": capitalised name right before a lower-case head.
    if (t[i].is_word && !t[i].IsCapitalised() && IsProjectHead(t[i].lower) && i > 0 &&
        t[i].lower != "service" && t[i].lower != "software" && t[i].lower != "team" &&
        t[i].lower != "unit" && EndsNounPhrase(s, i + 1) &&
        (s.Cap(i - 1) || t[i - 1].IsAllCaps()) && !InAny(taken, i - 1) && !IsCity(t[i - 1].text)) {
      size_t b = i - 1;
      while (b > 0 && !InAny(taken, b - 1)) {
        if (s.Cap(b - 1) && !IsFunctionWordCap(t[b - 1].text)) {
          --b;
          continue;
        }
        // "Learning from Excellence programme", "Advice and Guidance scheme".
        std::string_view w = t[b - 1].lower;
        if ((w == "and" || w == "from" || w == "of" || w == "for" || w == "&") && b >= 2 &&
            s.Cap(b - 2) && !InAny(taken, b - 2) && !IsFunctionWordCap(t[b - 2].text)) {
          --b;
          continue;
        }
        break;
      }
      if (IsFunctionWordCap(t[b].text) && b + 1 < i) ++b;
      if (IsFunctionWordCap(t[b].text)) continue;
      ProjectMention m;
      m.span = {b, i + 1};
      m.name = s.Text(m.span);
      m.alias = s.Text({b, i});
      add(std::move(m));
    }
  }
  // Coined names anywhere ("WardView", "SPOT-Kids"), with the capitalised
  // words that follow ("MyRecovery Dorset").
  for (size_t i = 0; i < t.size(); ++i) {
    if (InAny(taken, i) || !IsCoinedWord(t[i])) continue;
    size_t b = i;
    if (b > 0 && s.Cap(b - 1) && !InAny(taken, b - 1) && !IsFunctionWordCap(t[b - 1].text) &&
        b - 1 > 0)
      --b;
    if (auto m = ScanProject(s, b, taken)) {
      i = std::max(i, m->span.end - 1);  // never step back: that would loop forever
      add(std::move(*m));
    }
  }
  // Names introduced as such: "launched Teatime Together", "called X", and
  // appositions "X, an electronic early warning tool", "X, developed by".
  static const std::set<std::string_view> kIntroducers = {
      "launched",   "called",   "dubbed",  "named",        "branded",
      "introduced", "for",      "with",    "created",      "developed",
      "pioneered",  "founding", "founded", "establishing", "established"};
  static const std::set<std::string_view> kApposition = {
      "a",     "an",       "the", "which", "developed", "created", "designed",
      "built", "launched", "run", "led",   "its",       "their"};
  for (size_t i = 0; i < t.size(); ++i) {
    bool after_colon = i >= 2 && t[i - 1].lower == "the" && t[i - 2].text == ":";
    bool starts = i == 0 || kIntroducers.contains(t[i - 1].lower) || t[i - 1].text == ":" ||
                  after_colon || (t[i - 1].text == "-" && t[i - 1].space_before);
    if (!starts || InAny(taken, i) || !s.Cap(i) || IsFunctionWordCap(t[i].text) ||
        IsHonorific(t[i].text))
      continue;
    auto m = ScanProject(s, i, taken);
    if (!m || m->span.end - m->span.begin > 8) continue;
    size_t e = m->span.end;
    bool apposition = e + 1 < t.size() && t[e].text == "," && kApposition.contains(t[e + 1].lower);
    bool ends = e >= t.size() || t[e].text == "." || (t[e].text == "," && i > 0);
    bool single_city = m->span.end - m->span.begin == 1 && IsCity(t[i].text);
    if (single_city || LooksLikeCategory(s, m->span)) continue;
    if (i == 0 && !apposition) continue;
    if (apposition || (ends && i > 0 && t[i - 1].lower != "with") ||
        (i > 0 && t[i - 1].lower != "for" && t[i - 1].lower != "with"))
      add(std::move(*m));
  }
  // Names ending in a capitalised head noun: "The Home First Frailty Hub",
  // "Tamar Community Rehabilitation Pathway", "Quiet Rooms Programme".
  static const std::set<std::string_view> kCapitalHeads = {
      "Hub",      "Programme",  "Program",   "Project", "Pathway",   "Portal",        "App",
      "Platform", "Initiative", "Scheme",    "Toolkit", "Dashboard", "Collaborative", "Campaign",
      "Passport", "Academy",    "Clinic",    "Cafe",    "Café",      "Car",           "Line",
      "Bureau",   "Navigators", "Champions", "Record"};
  // Not in a headline written in Title Case, where every word is capitalised.
  size_t words = 0, caps = 0;
  for (const auto& tok : t)
    if (tok.is_word && tok.text.size() > 3) ++words, caps += tok.IsCapitalised() ? 1 : 0;
  bool title_case = words >= 4 && caps * 10 >= words * 7;
  for (size_t i = 0; i < t.size() && !title_case; ++i) {
    if (!kCapitalHeads.contains(t[i].text) || InAny(taken, i) || i == 0 || !s.Cap(i - 1) ||
        InAny(taken, i - 1))
      continue;
    size_t b = i - 1;
    while (b > 0 && (s.Cap(b - 1) || t[b - 1].IsAllCaps()) && !InAny(taken, b - 1) &&
           !IsFunctionWordCap(t[b - 1].text))
      --b;
    if (IsFunctionWordCap(t[b].text)) ++b;
    if (b >= i) continue;
    ProjectMention m;
    m.span = {b, i + 1};
    m.name = s.Text(m.span);
    if (!LooksLikeCategory(s, m.span)) add(std::move(m));
  }
  // "ORG's shortlisted projects include a X, a Y and a Z": described items.
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    bool list_cue =
        (t[i].lower == "projects" || t[i].lower == "entries" || t[i].lower == "schemes" ||
         t[i].lower == "initiatives") &&
        (s.Lower(i + 1) == "include" || s.Lower(i + 1) == "are" || s.Lower(i + 1) == "included");
    if (!list_cue) continue;
    size_t k = i + 2;
    while (k < t.size()) {
      // One item: from an article ("a", "an", "the") to the next ", a"/"and a".
      if (t[k].lower == "a" || t[k].lower == "an" || t[k].lower == "the") ++k;
      size_t b = k;
      while (k < t.size() &&
             !(t[k].text == "," || t[k].text == "." ||
               (t[k].lower == "and" && (s.Lower(k + 1) == "a" || s.Lower(k + 1) == "an"))))
        ++k;
      // The item's name ends at its head noun ("programme", "tool").
      size_t head = 0;
      for (size_t h = b; h < k; ++h)
        if (IsProjectHead(t[h].lower)) {
          head = h + 1;
          break;
        }
      if (head > b) {
        ProjectMention m;
        m.span = {b, head};
        m.name = s.Text(m.span);
        bool has_cap = false;
        for (size_t h = b; h < head; ++h)
          if (t[h].IsCapitalised() ||
              (t[h].text.size() > 1 && std::isupper(static_cast<unsigned char>(t[h].text[1]))))
            has_cap = true;
        m.descriptive = !has_cap;
        // "a cloud-based MedOptimise tool" -> "MedOptimise tool".
        if (has_cap) {
          size_t c = b;
          while (c < head && !(t[c].IsCapitalised() ||
                               (t[c].text.size() > 1 &&
                                std::isupper(static_cast<unsigned char>(t[c].text[1])))))
            ++c;
          m.span = {c, head};
          m.name = s.Text(m.span);
          m.alias = s.Text({c, head - 1});
        }
        // Replace an overlapping weaker mention.
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const ProjectMention& o) { return o.span.Overlaps(m.span); }),
                  out.end());
        out.push_back(std::move(m));
      }
      if (k >= t.size() || t[k].text == ".") break;
      ++k;  // skip "," or "and"
    }
  }
  std::sort(out.begin(), out.end(), [](const ProjectMention& a, const ProjectMention& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

// ---------------------------------------------------------------- dates, cities

std::vector<DateMention> FindDates(const SentenceView& s) {
  std::vector<DateMention> out;
  const auto& t = s.tokens;
  auto day_of = [&](size_t k) -> int {
    if (k >= t.size() || !t[k].is_word) return 0;
    std::string w = t[k].lower;
    for (std::string_view suf : {"st", "nd", "rd", "th"})
      if (w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0 &&
          std::isdigit(static_cast<unsigned char>(w[0])))
        w.resize(w.size() - suf.size());
    if (w.empty() || w.size() > 2 || !std::all_of(w.begin(), w.end(), ::isdigit)) return 0;
    int d = std::stoi(w);
    return d >= 1 && d <= 31 ? d : 0;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    int month = t[i].is_word && t[i].IsCapitalised() ? MonthNumber(t[i].text) : 0;
    if (month == 0) continue;
    // "May" is also a verb: require a day next to it.
    DateMention m;
    m.month = month;
    if (int d = day_of(i - 1); i > 0 && d) {
      m.day = d;
      m.span = {i - 1, i + 1};
    } else if (int d3 = i >= 2 && s.Lower(i - 1) == "of" ? day_of(i - 2) : 0; d3) {
      m.day = d3;  // "the 22nd of June"
      m.span = {i - 2, i + 1};
    } else if (int d2 = day_of(i + 1); d2) {
      m.day = d2;
      m.span = {i, i + 2};
    } else {
      continue;
    }
    size_t e = m.span.end;
    if (s.Lower(e) == ",") ++e;
    int year = 0;
    if (e < t.size() && IsYear(t[e], &year)) {
      m.year = year;
      m.span.end = e + 1;
    }
    out.push_back(m);
  }
  return out;
}

std::vector<CityMention> FindCities(const SentenceView& s, const std::vector<Span>& taken) {
  std::vector<CityMention> out;
  const auto& t = s.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    if (InAny(taken, i) || !t[i].IsCapitalised()) continue;
    std::string city = t[i].text;
    size_t e = i + 1;
    if (!IsCity(city) && i + 1 < t.size() && IsCity(city + " " + t[i + 1].text)) {
      city += " " + t[i + 1].text;
      e = i + 2;
    }
    if (!IsCity(city)) continue;
    std::string_view before = i > 0 ? s.Lower(i - 1) : "";
    std::string_view after = s.Lower(e);
    bool place = before == "in" || before == "at" || after == "event" || after == "ceremony" ||
                 after == "central" || (before == "," && i >= 2 && s.Cap(i - 2)) || before == "the";
    if (!place) continue;
    // "in London" inside "North West London" is part of a name.
    if (i > 0 && s.Cap(i - 1) && before != "the") continue;
    out.push_back({{i, e}, city});
  }
  return out;
}

// ---------------------------------------------------------------- statuses

namespace {
// "trust of the year" within `n` words from b.
bool OfTheYearWithin(const SentenceView& s, size_t b, size_t n) {
  for (size_t k = b + 2; k < s.tokens.size() && k < b + n; ++k)
    if (s.Lower(k) == "year" && s.Lower(k - 1) == "the" && s.Lower(k - 2) == "of") return true;
  return false;
}
}  // namespace

std::vector<StatusMention> FindStatuses(const SentenceView& s) {
  std::vector<StatusMention> out;
  const auto& t = s.tokens;
  auto medal = [&](size_t from, size_t to) -> std::optional<Status> {
    for (size_t k = from; k < to && k < t.size(); ++k) {
      if (t[k].lower == "gold") return Status::kGold;
      if (t[k].lower == "silver") return Status::kSilver;
      if (t[k].lower == "bronze") return Status::kBronze;
    }
    return std::nullopt;
  };
  // A hope, a chance or a denial within `window` words before position i.
  auto hedged = [&](size_t i, size_t window = 3) {
    for (size_t k = i >= window ? i - window : 0; k < i; ++k) {
      const std::string& w = t[k].lower;
      if (w == "not" || w == "never" || w == "n't" || w == "failed" || w == "could" || w == "may" ||
          w == "might" || w == "hope" || w == "hoping" || w == "hopes" || w == "chance" ||
          w == "bid" || w == "vie" || w == "vying" || w == "compete" || w == "competing" ||
          w == "if" || w == "whether" || w == "will")
        return true;
    }
    return i > 0 && t[i - 1].lower == "to";
  };
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    StatusMention m;
    m.span = {i, i + 1};
    if (w == "highly" && s.Lower(i + 1) == "commended") {
      m.status = Status::kHighlyCommended;
      m.span.end = i + 2;
    } else if (w == "high" && s.Lower(i + 1) == "commendation") {
      m.status = Status::kHighlyCommended;
      m.span.end = i + 2;
    } else if (w == "commended" || w == "commendation") {
      m.status = Status::kHighlyCommended;
    } else if (w == "shortlisted" || w == "short-listed" || w == "shortlist" || w == "finalist" ||
               w == "finalists" || w == "runner-up" || w == "runners-up") {
      // "seeing off 11 other finalists", "The region had 19 finalists": others.
      if (w == "finalists" && i > 0 &&
          (t[i - 1].IsNumber() || t[i - 1].lower == "other" || t[i - 1].lower == "fellow" ||
           (i > 1 && t[i - 2].IsNumber())))
        continue;
      m.status = Status::kShortlisted;
      if (w == "shortlist" && i > 0 && t[i - 1].lower != "the") continue;
    } else if (w == "final" && i >= 2 && t[i - 1].lower == "the" &&
               (t[i - 2].lower == "reached" || t[i - 2].lower == "made" ||
                t[i - 2].lower == "reach" || t[i - 2].lower == "in" || t[i - 2].lower == "into" ||
                (t[i - 2].lower == "to" && i >= 3 && t[i - 3].lower == "through"))) {
      m.status = Status::kShortlisted;  // "reached the final of ..."
    } else if (w == "runner" && s.Lower(i + 1) == "up") {
      m.status = Status::kShortlisted;
      m.span.end = i + 2;
    } else if (w == "nominated" || w == "nomination" || w == "nominations") {
      // "nominated by colleagues" is how an entry began, not a status;
      // "Nominations are now open" is a call for entries.
      std::string_view next = s.Lower(i + 1);
      if (next == "by" || next == "are" || next == "is" || next == "open" || next == "opened" ||
          next == "close" || next == "closed" || next == "now" || next == "will")
        continue;
      if (i > 0 && (t[i - 1].lower == "call" || t[i - 1].lower == "calls")) continue;
      m.status = Status::kNominated;
    } else if ((w == "trophy" || w == "trophies") && i > 0 &&
               (t[i - 1].lower == "second" || t[i - 1].lower == "third" ||
                t[i - 1].lower == "another" || t[i - 1].lower == "a" || t[i - 1].IsNumber() ||
                t[i - 1].lower == "two" || t[i - 1].lower == "three") &&
               !hedged(i, 5)) {
      m.status = Status::kWinner;  // "A second trophy came in the X category"
    } else if (w == "named" && i > 0 &&
               (t[i - 1].lower == "was" || t[i - 1].lower == "were" || t[i - 1].lower == "been" ||
                t[i - 1].lower == "be" || t[i - 1].lower == "being") &&
               (s.Cap(i + 1) || (s.Lower(i + 1) == "the" && s.Cap(i + 2)) ||
                s.Lower(i + 1) == "winner" || s.Lower(i + 1) == "winners" ||
                OfTheYearWithin(s, i + 1, 6))) {
      m.status = hedged(i) ? Status::kShortlisted : Status::kWinner;
    } else if (w == "up" && s.Lower(i + 1) == "for" && i > 0 &&
               (t[i - 1].lower == "is" || t[i - 1].lower == "are" || t[i - 1].lower == "was" ||
                t[i - 1].lower == "were" || t[i - 1].lower == "be")) {
      m.status = Status::kShortlisted;
      m.span.end = i + 2;
    } else if (w == "running" && i > 0 && t[i - 1].lower == "the" && i > 1 &&
               t[i - 2].lower == "in") {
      m.status = Status::kShortlisted;
    } else if ((w == "won" || w == "wins" || w == "win" || w == "winning" || w == "scooped" ||
                w == "triumphed" || w == "crowned" || w == "claimed" || w == "lifted" ||
                w == "winner" || w == "winners" || w == "scoops") &&
               !(i > 0 && t[i - 1].text == "-" && !t[i].space_before)) {
      if (w == "winning" && i + 1 < t.size() && !t[i + 1].is_word) continue;
      // "said the win was a reward": the noun, not a statement of who won.
      if ((w == "win" || w == "wins") && i > 0 &&
          (t[i - 1].lower == "the" || t[i - 1].lower == "this" || t[i - 1].lower == "a" ||
           t[i - 1].lower == "their" || t[i - 1].lower == "its" || t[i - 1].lower == "his" ||
           t[i - 1].lower == "her" || t[i - 1].lower == "our"))
        continue;
      // "The winners will be announced ...": nobody has won yet.
      if (w == "winner" || w == "winners") {
        bool future = false;
        for (size_t k = i + 1; k < i + 6 && k < t.size(); ++k)
          if (t[k].lower == "will" || t[k].lower == "announced" || t[k].lower == "revealed" ||
              t[k].lower == "unveiled")
            future = true;
        if (future) continue;
      }
      if (w == "claimed" && !medal(i + 1, i + 4)) {
        bool award_next = false;
        for (size_t k = i + 1; k < i + 8 && k < t.size(); ++k)
          if (t[k].lower == "award" || t[k].lower == "title" || t[k].lower == "prize")
            award_next = true;
        if (!award_next) continue;
      }
      m.status = hedged(i) ? Status::kShortlisted : Status::kWinner;
      if (m.status == Status::kWinner) {
        if (auto md = medal(i + 1, i + 4)) m.status = *md;
      }
      if (w == "won" && s.Lower(i + 1) == "by") {
        m.nominee_after = true;
        m.span.end = i + 2;
      }
    } else if (w == "awarded" || w == "presented" || w == "received" || w == "receive" ||
               w == "given" || w == "earned" || w == "gained" || w == "bagged" || w == "receives" ||
               w == "picked" || w == "took" || w == "takes" || w == "went" || w == "goes" ||
               w == "scooped" || w == "collected" || w == "collects" || w == "accepted" ||
               w == "accepts") {
      std::string_view next = s.Lower(i + 1);
      if ((w == "awarded" || w == "presented" || w == "went" || w == "goes") && next == "to") {
        m.status = Status::kWinner;
        m.nominee_after = true;
        m.span.end = i + 2;
        // "Silver in the X category went to Y".
        if (auto md = medal(0, i)) {
          m.status = *md;
          out.push_back(m);
          continue;
        }
      } else if (w == "picked" && next == "up") {
        m.status = Status::kWinner;
      } else if (w == "collected" || w == "collects" || w == "accepted" || w == "accepts") {
        bool award_next = false;
        for (size_t k = i + 1; k < i + 10 && k < t.size(); ++k)
          if (t[k].lower == "award" || t[k].lower == "prize" || t[k].lower == "trophy" ||
              t[k].lower == "title")
            award_next = true;
        if (!award_next) continue;
        m.status = Status::kWinner;
      } else if ((w == "took" || w == "takes") &&
                 (next == "home" || next == "the" || next == "gold" || next == "silver" ||
                  next == "bronze" || next == "top")) {
        m.status = Status::kWinner;  // a medal right after becomes the status below
      } else if (w == "awarded" || w == "received" || w == "receive" || w == "receives" ||
                 (w == "given" && (next == "the" || next == "a" || next == "an")) ||
                 w == "earned" || w == "gained" || w == "bagged" ||
                 (w == "presented" && next == "with")) {
        // "received a High Commendation" is handled by its own phrase.
        bool commendation = false;
        for (size_t k = i + 1; k < i + 5 && k < t.size(); ++k)
          if (t[k].lower == "commendation" || t[k].lower == "commended") commendation = true;
        if (commendation) continue;
        bool award_next = false;
        for (size_t k = i + 1; k < i + 10 && k < t.size(); ++k)
          if (t[k].lower == "award" || t[k].lower == "prize" || t[k].lower == "gold" ||
              t[k].lower == "silver" || t[k].lower == "bronze" || t[k].lower == "title")
            award_next = true;
        if (!award_next) continue;
        m.status = Status::kWinner;
      } else {
        continue;
      }
      if (auto md = medal(i + 1, i + 5)) m.status = *md;
    } else if ((w == "gold" || w == "silver" || w == "bronze") && t[i].IsCapitalised() &&
               s.Lower(i + 1) == "award") {
      m.status = w == "gold" ? Status::kGold : w == "silver" ? Status::kSilver : Status::kBronze;
    } else {
      continue;
    }
    // "took silver for X": the medal is part of the phrase.
    if (m.span.end < t.size() &&
        (t[m.span.end].lower == "gold" || t[m.span.end].lower == "silver" ||
         t[m.span.end].lower == "bronze"))
      m.span.end += 1;
    // "WINNER: Salisbury NHS Foundation Trust - ...", "Highly commended: X".
    if (s.Lower(m.span.end) == ":" &&
        (m.status == Status::kWinner || m.status == Status::kHighlyCommended ||
         m.status == Status::kShortlisted || m.status == Status::kGold ||
         m.status == Status::kSilver || m.status == Status::kBronze))
      m.nominee_after = true, m.span.end += 1;
    // Avoid double counting inside an already found phrase, and one fact
    // said twice ("was awarded a Gold Award").
    if (!out.empty() &&
        (out.back().span.Overlaps(m.span) ||
         (out.back().status == m.status && m.span.begin <= out.back().span.end + 4)))
      continue;
    out.push_back(m);
  }
  return out;
}

bool MentionsCeremony(const SentenceView& s) {
  for (const auto& t : s.tokens) {
    const std::string& w = t.lower;
    if (w == "ceremony" || w == "event" || w == "announced" || w == "held" || w == "handed" ||
        w == "presented" || w == "gala" || w == "dinner" || w == "night" || w == "evening" ||
        w == "revealed" || w == "place" || w == "winners" || w == "awards" || w == "unveiled")
      return true;
  }
  return false;
}

std::vector<std::pair<size_t, int>> FindYears(const SentenceView& s) {
  std::vector<std::pair<size_t, int>> out;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    int y = 0;
    if (IsYear(s.tokens[i], &y)) out.emplace_back(i, y);
  }
  return out;
}

}  // namespace awardgraph::loaders
