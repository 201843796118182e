// lexicon.h — the word lists the extraction rules consult.
//
// Defines lookups over fixed vocabularies of the genre: honorifics and
// post-nominal letters, words that make up job titles, common given names,
// UK cities, words that head organisation and project names, and the
// phrases that signal a nomination status. Rules are small functions over
// these lists; extending a list extends every rule that uses it.
//
// Example:
//   IsHonorific("Dr") && IsPostNominal("MBE") && IsTitleHead("officer")
#ifndef AWARDGRAPH_LOADERS_LEXICON_H_
#define AWARDGRAPH_LOADERS_LEXICON_H_

#include <string_view>

namespace awardgraph::loaders {

/// "Dr", "Professor", "Mrs", "Sir", "Cllr" ... (case-sensitive, capitalised).
bool IsHonorific(std::string_view word);
/// "MBE", "OBE", "FRCP", "PhD" ...
bool IsPostNominal(std::string_view word);
/// Lower-case word that can end a job title ("officer", "director", "chair").
bool IsTitleHead(std::string_view lower);
/// Lower-case word that can stand inside a job title ("chief", "medical").
bool IsTitleWord(std::string_view lower);
/// A common given name (case-sensitive, capitalised: "Jane", "Alastair").
bool IsGivenName(std::string_view word);
/// A UK city or large town where award ceremonies are held.
bool IsCity(std::string_view word);
/// Lower-case head noun of a project name ("programme", "portal", "app").
bool IsProjectHead(std::string_view lower);
/// Capitalised word that can never be part of a person's name
/// ("Trust", "NHS", "Awards", month names, weekdays ...).
bool IsNeverName(std::string_view word);
/// Month number 1..12 for a month name or abbreviation, else 0.
int MonthNumber(std::string_view word);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_LEXICON_H_
