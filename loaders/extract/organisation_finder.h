// organisation_finder.h — finds organisations and acronym definitions.
//
// Defines AcronymMap, FindAcronymDefinitions() and OrgMention,
// FindOrganisations(): trusts, ICBs, health innovation networks, cancer
// alliances, companies, councils, charities, universities, linked to ODS
// codes where the gazetteer knows them.
//
// Example:
//   SentenceView s("Mid Cheshire Hospitals NHS Foundation Trust (MCHFT) won.");
//   AcronymMap acronyms;
//   FindAcronymDefinitions(s, &acronyms);  // "MCHFT" -> the trust's name
//   auto orgs = FindOrganisations(s, OdsGazetteer::Default(), acronyms);
#ifndef AWARDGRAPH_LOADERS_ORGANISATION_FINDER_H_
#define AWARDGRAPH_LOADERS_ORGANISATION_FINDER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/article_facts.h"
#include "loaders/extract/ods_gazetteer.h"
#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// Acronyms an article defines: "LLR" -> "Leicester, Leicestershire and
/// Rutland", "MPFT" -> "Midlands Partnership University NHS Foundation Trust".
using AcronymMap = std::map<std::string, std::string, std::less<>>;

/// Finds "Full Name (ACR)" and "ACR (Full Name)" definitions in a sentence.
void FindAcronymDefinitions(const SentenceView& s, AcronymMap* acronyms);

/// An organisation mention.
struct OrgMention {
  Span span;
  /// The name as written (for "the Trust": empty, see anaphor).
  std::string surface;
  /// Canonical name: the ODS name when linked, else the surface form with
  /// acronyms expanded where that names the same thing.
  std::string name;
  OrgKind kind = OrgKind::kOther;
  /// ODS code when linked.
  std::string ods;
  /// "the Trust" / "the trust": refers to the article's main trust.
  bool anaphor = false;
};

/// Finds organisation mentions (longest first, non-overlapping).
std::vector<OrgMention> FindOrganisations(const SentenceView& s, const OdsGazetteer& ods,
                                          const AcronymMap& acronyms);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_ORGANISATION_FINDER_H_
