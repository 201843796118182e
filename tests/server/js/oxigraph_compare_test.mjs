// oxigraph_compare_test.mjs — analyst queries through the running endpoint
// (SPARQL 1.1 Protocol, JSON results) compared with npm oxigraph, an
// independent engine, on the same triples (fetched from the endpoint as
// N-Triples). Results are compared as multisets of rows; CONSTRUCT results as
// sets of triples.
//
// Usage: node oxigraph_compare_test.mjs AWARDGRAPH_BINARY SAMPLES_DIR QUERIES_DIR
// Prints one line per query and "N passed, M failed"; exits 1 on any failure.
import oxigraph from 'oxigraph';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {startServer} from './serve_helper.mjs';

const [binary, samples, queriesDir] = process.argv.slice(2);
const PROLOGUE = `PREFIX ag: <https://w3id.org/awardgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
`;
// More analyst questions, beyond data/queries (all within what Rasqal runs).
const MORE = {
  'entities per class': 'SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class',
  'people': 'SELECT ?p ?name WHERE { ?p a ag:Person ; rdfs:label ?name }',
  'roles with organisations': 'SELECT ?name ?title ?org WHERE { ?r a ag:Role ; ag:holder ?p ; ag:title ?title ; ag:organisation ?o . ?p rdfs:label ?name . ?o rdfs:label ?org }',
  'trusts with ODS code and ICB': 'SELECT ?trust ?code ?icb WHERE { ?t a ag:Trust ; rdfs:label ?trust ; ag:odsCode ?code . OPTIONAL { ?t ag:withinIcb ?i . ?i rdfs:label ?icb } }',
  'ceremonies': 'SELECT ?programme ?year WHERE { ?c a ag:Ceremony ; ag:programme ?p . ?p rdfs:label ?programme . OPTIONAL { ?c ag:year ?year } }',
  'nominations per category': 'SELECT ?category (COUNT(?n) AS ?k) WHERE { ?n ag:category ?c . ?c rdfs:label ?category } GROUP BY ?category',
  'projects and partners': 'SELECT ?project ?org WHERE { ?j a ag:Project ; rdfs:label ?project ; ag:involves ?o . ?o rdfs:label ?org }',
  'articles': 'SELECT ?title ?source WHERE { ?a a ag:Article ; dct:title ?title . OPTIONAL { ?a dct:source ?source } }',
  'any winner (ASK)': 'ASK { ?n ag:status ag:Winner }',
  'no such status (ASK)': 'ASK { ?n ag:status ag:NoSuchStatus }',
  'alternative names': 'SELECT ?name ?alt WHERE { ?o skos:altLabel ?alt ; rdfs:label ?name }',
  'NHS organisations by name': 'SELECT ?name WHERE { ?o a ag:Organisation ; rdfs:label ?name FILTER(CONTAINS(LCASE(STR(?name)), "nhs")) }',
  'nominations per status': 'SELECT ?status (COUNT(*) AS ?k) WHERE { ?n a ag:Nomination ; ag:status ?s . ?s rdfs:label ?status } GROUP BY ?status',
  'facts per article': 'SELECT ?a (COUNT(?x) AS ?facts) WHERE { ?x prov:wasDerivedFrom ?a } GROUP BY ?a',
  'organisations nominated more than once': 'SELECT ?org (COUNT(?n) AS ?k) WHERE { ?n ag:nominee ?org } GROUP BY ?org HAVING (COUNT(?n) > 1)',
  'people or projects (UNION)': 'SELECT ?x ?label WHERE { { ?x a ag:Person } UNION { ?x a ag:Project } ?x rdfs:label ?label }',
  'trusts outside any ICB': 'SELECT ?name WHERE { ?t a ag:Trust ; rdfs:label ?name OPTIONAL { ?t ag:withinIcb ?i } FILTER(!BOUND(?i)) }',
  'years (DISTINCT, ORDER BY)': 'SELECT DISTINCT ?year WHERE { ?c ag:year ?year } ORDER BY ?year',
  'partnership graph (CONSTRUCT)': 'CONSTRUCT { ?a ag:collaboratesWith ?b } WHERE { ?a ag:collaboratesWith ?b }',
  'evidence of winners': 'SELECT ?org ?evidence WHERE { ?n ag:status ag:Winner ; ag:nominee ?o ; ag:evidence ?evidence . ?o rdfs:label ?org }',
  'first five labels (ORDER BY, LIMIT)': 'SELECT ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label LIMIT 5',
};

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
function oxTerm(term) {
  if (!term) return '';
  if (term.termType === 'NamedNode') return '<' + term.value + '>';
  if (term.termType === 'BlankNode') return '_:b';
  const dt = term.datatype && term.datatype.value !== XSD_STRING && !term.language ? '^^<' + term.datatype.value + '>' : '';
  return JSON.stringify(term.value) + (term.language ? '@' + term.language.toLowerCase() : '') + dt;
}
function jsonTerm(term) {
  if (!term) return '';
  if (term.type === 'uri') return '<' + term.value + '>';
  if (term.type === 'bnode') return '_:b';
  const lang = term['xml:lang'];
  const dt = term.datatype && term.datatype !== XSD_STRING && !lang ? '^^<' + term.datatype + '>' : '';
  return JSON.stringify(term.value) + (lang ? '@' + lang.toLowerCase() : '') + dt;
}
const sorted = (rows) => rows.map((r) => r.join('\t')).sort();

let passed = 0;
let failed = 0;
const server = await startServer(binary, samples, ['--workers', '2', '--max-rows', '0']);
try {
  const dump = await fetch(server.url + '/sparql?format=ntriples&query=' +
                           encodeURIComponent('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'));
  const ntriples = await dump.text();
  const store = new oxigraph.Store();
  store.load(ntriples, {format: 'application/n-triples'});
  console.log('loaded ' + store.size + ' triples into oxigraph');
  const queries = [];
  for (const name of readdirSync(queriesDir).filter((f) => f.endsWith('.rq')).sort()) {
    queries.push([name, readFileSync(join(queriesDir, name), 'utf8')]);
  }
  for (const [name, text] of Object.entries(MORE)) queries.push([name, PROLOGUE + text]);
  for (const [name, text] of queries) {
    const graph = /\bCONSTRUCT\b/.test(text);
    const response = await fetch(server.url + '/sparql', {
      method: 'POST',
      headers: {'Content-Type': 'application/sparql-query', 'Accept': graph ? 'application/n-triples' : 'application/sparql-results+json'},
      body: text,
    });
    const body = await response.text();
    let ours;
    let theirs;
    if (response.status !== 200) {
      ours = 'HTTP ' + response.status + ': ' + body;
    } else if (graph) {
      const parsed = new oxigraph.Store();
      parsed.load(body, {format: 'application/n-triples'});
      ours = sorted(parsed.match().map((q) => [oxTerm(q.subject), oxTerm(q.predicate), oxTerm(q.object)]));
    } else {
      const json = JSON.parse(body);
      ours = 'boolean' in json ? json.boolean
          : sorted(json.results.bindings.map((b) => json.head.vars.map((v) => jsonTerm(b[v]))));
    }
    const result = store.query(text);
    if (typeof result === 'boolean') {
      theirs = result;
    } else if (graph) {
      theirs = sorted(result.map((q) => [oxTerm(q.subject), oxTerm(q.predicate), oxTerm(q.object)]));
    } else {
      const vars = response.status === 200 ? JSON.parse(body).head.vars : [];
      theirs = sorted(result.map((b) => vars.map((v) => oxTerm(b.get(v)))));
    }
    const same = JSON.stringify(ours) === JSON.stringify(theirs);
    const count = Array.isArray(theirs) ? theirs.length + ' rows' : String(theirs);
    const empty = Array.isArray(theirs) && theirs.length === 0;
    if (same) passed++; else failed++;
    console.log((same ? 'ok   ' : 'FAIL ') + name + ' (' + count + (empty ? ', empty' : '') + ')' +
                (same ? '' : '\n  endpoint: ' + JSON.stringify(ours).slice(0, 600) + '\n  oxigraph: ' + JSON.stringify(theirs).slice(0, 600)));
  }
} finally {
  await server.stop();
}
console.log(passed + ' passed, ' + failed + ' failed');
process.exit(failed || passed < 20 ? 1 : 0);
