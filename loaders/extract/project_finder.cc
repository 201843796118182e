#include "loaders/extract/project_finder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "loaders/extract/category_finder.h"
#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {

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

}  // namespace awardgraph::loaders
