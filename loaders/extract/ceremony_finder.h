// ceremony_finder.h — finds what places a ceremony: dates, cities, years and
// ceremony words.
//
// Defines DateMention, FindDates(), CityMention, FindCities(),
// MentionsCeremony() and FindYears().
//
// Example:
//   SentenceView s("The ceremony was held in Manchester on 22 June 2023.");
//   auto d = FindDates(s);        // day 22, month 6, year 2023
//   auto c = FindCities(s, {});   // "Manchester"
#ifndef AWARDGRAPH_LOADERS_CEREMONY_FINDER_H_
#define AWARDGRAPH_LOADERS_CEREMONY_FINDER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// A date mention ("Thursday 22 June", "6 June 2024", "September 18th").
struct DateMention {
  Span span;
  int day = 0;
  int month = 0;
  /// 0 when the text gives no year.
  int year = 0;
};

/// Finds day-and-month dates.
std::vector<DateMention> FindDates(const SentenceView& s);

/// A city mention, e.g. "Manchester" in "in Manchester" or "London event".
struct CityMention {
  Span span;
  std::string city;
};

/// Finds ceremony cities (not inside `taken` spans).
std::vector<CityMention> FindCities(const SentenceView& s, const std::vector<Span>& taken);

/// True when the sentence speaks of a ceremony (for dates and places).
bool MentionsCeremony(const SentenceView& s);

/// Four-digit years (1990-2039) at token positions.
std::vector<std::pair<size_t, int>> FindYears(const SentenceView& s);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_CEREMONY_FINDER_H_
