// text_util.h — small, pure string helpers shared by the extraction rules.
//
// Defines case folding and punctuation folding for matching (curly quotes and
// dashes become ASCII), slugs for IRIs, and a title-caser for the capitalised
// names in the NHS ODS reference data.
//
// Example:
//   FoldForMatch("Women\u2019s") == "women's"
//   Slug("Liverpool Women's") == "liverpool-womens"
//   TitleCaseOds("LIVERPOOL WOMEN'S NHS FOUNDATION TRUST")
//       == "Liverpool Women's NHS Foundation Trust"
#ifndef AWARDGRAPH_LOADERS_TEXT_UTIL_H_
#define AWARDGRAPH_LOADERS_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace awardgraph::loaders {

/// Replaces typographic quotes, apostrophes and dashes by ASCII ones and
/// non-breaking spaces by spaces; everything else is kept.
std::string FoldPunctuation(std::string_view text);

/// FoldPunctuation, then ASCII lower case.
std::string FoldForMatch(std::string_view text);

/// A matching key for a name: folded, lower case, "&" read as "and", every
/// run of non-alphanumerics one space, a leading "the" dropped.
std::string NameKey(std::string_view name);

/// An IRI-safe slug: lower-case ASCII letters and digits joined by '-'.
/// Never empty ("x" for a name with no letters or digits).
std::string Slug(std::string_view name);

/// Title-cases an upper-case ODS name, keeping "NHS" and small words.
std::string TitleCaseOds(std::string_view upper);

/// Collapses runs of white space to one space and trims both ends.
std::string SquashSpaces(std::string_view text);

/// Splits on white space.
std::vector<std::string> SplitWords(std::string_view text);

/// True for an ASCII upper-case letter at the start (or a non-ASCII letter,
/// which we treat as capitalised only when the word is otherwise Title Case).
bool StartsUpper(std::string_view word);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_TEXT_UTIL_H_
