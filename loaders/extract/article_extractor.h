// article_extractor.h — turns one Document into ArticleFacts.
//
// Defines ExtractArticle(). It splits the body into sentences, finds the
// mentions of each (mention_finder.h), then applies the relation rules:
// roles from appositions and title phrases, nominations from status
// phrases with their nominee, category, project and ceremony, ceremony dates
// and cities, collaborations from partnership phrases and shared projects.
// Within an article, organisations and people are one entity per real thing
// (ODS code, defined acronym, or name key), and a vague nomination ("X is
// up for four awards") gives way to a specific one for the same nominee.
//
// Example:
//   Document doc{.source = "a.txt", .title = "...", .text = "..."};
//   ArticleFacts facts = ExtractArticle(doc, OdsGazetteer::Default());
#ifndef AWARDGRAPH_LOADERS_ARTICLE_EXTRACTOR_H_
#define AWARDGRAPH_LOADERS_ARTICLE_EXTRACTOR_H_

#include "loaders/extract/article_facts.h"
#include "loaders/extract/ods_gazetteer.h"
#include "loaders/read/document.h"

namespace awardgraph::loaders {

/// Extracts the facts of one article. Never throws on odd input.
ArticleFacts ExtractArticle(const Document& doc, const OdsGazetteer& ods);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_ARTICLE_EXTRACTOR_H_
