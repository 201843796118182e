#include "loaders/extract/organisation_finder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {
namespace {

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
  // "BSW, the integrated care board for Bath and North East Somerset,
  // Swindon and Wiltshire, worked with ...": the ICB of those places.
  for (size_t i = 0; i + 7 < t.size(); ++i) {
    if (!t[i].IsAcronym() || t[i + 1].text != "," || t[i + 2].lower != "the") continue;
    size_t k = i + 3;
    if (t[k].lower == "integrated" && s.Lower(k + 1) == "care" && s.Lower(k + 2) == "board")
      k += 3;
    else if (t[k].text == "ICB")
      k += 1;
    else
      continue;
    if (s.Lower(k) != "for" && s.Lower(k) != "covering") continue;
    size_t b = k + 1, e = b;
    // The places run to a comma before a lower-case word, or the end.
    while (e < t.size() && (s.Cap(e) || t[e].lower == "and" || t[e].text == "," ||
                            t[e].text == "-" || t[e].lower == "of" || t[e].lower == "on")) {
      if (t[e].text == "," && (e + 1 >= t.size() || !s.Cap(e + 1))) break;
      ++e;
    }
    if (e <= b || !s.Cap(b) || (e < t.size() && t[e].is_word)) continue;
    if (!acronyms->contains(t[i].text))
      (*acronyms)[t[i].text] = "NHS " + s.Text({b, e}) + " Integrated Care Board";
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
  // 8. Named first, then said what it is: "Harbourline Software, a small
  //    company based in Taunton", "Tallow Lane, a local charity,".
  static const std::set<std::string_view> kAppositionCues = {"company",   "firm",    "start-up",
                                                             "startup",   "charity", "supplier",
                                                             "developer", "spinout", "spin-out"};
  static const std::set<std::string_view> kAfterCue = {
      "based",        "that",         "which",   "who", "in",  "from", "founded",
      "specialising", "specializing", "working", "set", "run", "with"};
  for (size_t c = 1; c + 2 < t.size(); ++c) {
    if (t[c].text != "," || (t[c + 1].lower != "a" && t[c + 1].lower != "an")) continue;
    size_t cue = c + 2;
    while (cue < t.size() && cue < c + 6 && t[cue].is_word && !t[cue].IsCapitalised() &&
           !kAppositionCues.contains(t[cue].lower))
      ++cue;
    if (cue >= t.size() || !kAppositionCues.contains(t[cue].lower)) continue;
    if (cue + 1 < t.size() && t[cue + 1].is_word && !kAfterCue.contains(t[cue + 1].lower)) continue;
    size_t b = c;
    while (b > 0 && c - b < 3 && s.Cap(b - 1) && !InAny(taken, b - 1) &&
           !IsFunctionWordCap(t[b - 1].text))
      --b;
    if (b == c || (b > 0 && t[b - 1].is_word && t[b - 1].IsCapitalised())) continue;
    if (IsNeverName(t[b].text) || (c == b + 1 && IsCity(t[b].text))) continue;
    if (std::any_of(found.begin(), found.end(), [&](const OrgMention& o) {
          return o.span.Overlaps({b, c});
        }))
      continue;
    OrgMention m;
    m.span = {b, c};
    m.surface = m.name = s.Text(m.span);
    m.kind = t[cue].lower == "charity" ? OrgKind::kOther : OrgKind::kCompany;
    add(std::move(m));
  }
  std::sort(found.begin(), found.end(),
            [](const OrgMention& a, const OrgMention& b) { return a.span.begin < b.span.begin; });
  return found;
}

}  // namespace awardgraph::loaders
