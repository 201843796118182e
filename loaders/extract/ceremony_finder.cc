#include "loaders/extract/ceremony_finder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {

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
