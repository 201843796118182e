#include "loaders/extract/category_finder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/project_finder.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {

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
  if (b < t.size() && t[b].lower == "the" && b + 1 < t.size() &&
      (t[b + 1].IsCapitalised() || (t[b + 1].lower == "best" && s.Cap(b + 2))))
    ++b;
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

}  // namespace

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
    // "in two categories: A and B": two names, so "and" parts them.
    bool counted_two = i > 0 && (t[i - 1].lower == "two" || t[i - 1].lower == "both");
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
      while (!counted_two && s.Lower(e) == "and" && s.Cap(e + 1)) {
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
    // "A and B" alone may be one name ("Learning and Development"), unless
    // the text counts two.
    if (items.size() < 2 || (list_marks == 0 && !(counted_two && items.size() == 2))) continue;
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
  // A bullet that ends with its category after a comma: "- Northumbria
  // Healthcare NHS Foundation Trust, Patient Experience Award".
  if (bullet) {
    size_t end = t.size();
    while (end > 0 && !t[end - 1].is_word) --end;
    size_t comma = end;
    while (comma > 0 && t[comma - 1].text != ",") --comma;
    if (comma > 1 && comma < end) {
      size_t e = ScanCategory(s, comma, used);
      if (e == end && e > comma + 1 && LooksLikeCategory(s, {comma, e})) add({comma, e});
    }
  }
  // A sentence that opens with a category given away: "Cancer Care Team of
  // the Year went to ...", "Innovation Award was won by ...".
  if (out.empty()) {
    size_t e = ScanCategory(s, 0, used);
    std::string_view next = s.Lower(e), after = s.Lower(e + 1);
    bool given = ((next == "went" || next == "goes") && after == "to") ||
                 (next == "was" && (after == "awarded" || after == "won" || after == "presented"));
    if (e > 1 && given && LooksLikeCategory(s, {0, e})) add({0, e});
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

}  // namespace awardgraph::loaders
