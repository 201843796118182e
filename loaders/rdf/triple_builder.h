// triple_builder.h — turns one article's facts into RDF triples.
//
// Defines BuildArticleTriples() and the IRI minting rules that make "one node
// per real thing" hold across articles: organisations linked to the NHS ODS
// data are keyed by their code, everything else by a normalised name, and
// facts (roles, nominations) by the entities they join. Every triple of an
// article goes into that article's named graph (ArticleGraphIri), so a
// changed article can be replaced as a whole.
//
// Example:
//   auto facts = ExtractArticle(doc, ods);
//   std::vector<Triple> triples = BuildArticleTriples(doc, facts, ods);
//   store.ReplaceGraph(ArticleGraphIri(doc), triples);
#ifndef AWARDGRAPH_LOADERS_TRIPLE_BUILDER_H_
#define AWARDGRAPH_LOADERS_TRIPLE_BUILDER_H_

#include <string>
#include <vector>

#include "loaders/extract/article_facts.h"
#include "loaders/read/document.h"
#include "loaders/extract/ods_gazetteer.h"
#include "ontology/term.h"

namespace awardgraph::loaders {

/// IRI of the ag:Article node for a document (from its source).
std::string ArticleIri(const Document& doc);
/// IRI of the named graph holding the article's triples.
std::string ArticleGraphIri(const Document& doc);
/// SHA-256 of the document's title, date and text: changes when they do.
std::string ContentHash(const Document& doc);
/// IRI of an organisation: by ODS code when linked, else by name.
std::string OrganisationIri(const OrgFact& org);

/// All triples for one article, provenance included.
std::vector<Triple> BuildArticleTriples(const Document& doc, const ArticleFacts& facts,
                                        const OdsGazetteer& ods);

/// Counts of facts per kind, for the ingest summary.
struct FactCounts {
  size_t organisations = 0;
  size_t people = 0;
  size_t roles = 0;
  size_t projects = 0;
  size_t ceremonies = 0;
  size_t nominations = 0;
  size_t collaborations = 0;
};
/// Counts the facts of one article.
FactCounts CountFacts(const ArticleFacts& facts);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_TRIPLE_BUILDER_H_
