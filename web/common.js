// common.js — helpers shared by the query page and the resource page.
'use strict';

const PREFIXES = [
  ['ag:', 'https://w3id.org/awardgraph/ontology#'],
  ['id:', 'https://w3id.org/awardgraph/id/'],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['skos:', 'http://www.w3.org/2004/02/skos/core#'],
  ['prov:', 'http://www.w3.org/ns/prov#'],
  ['dct:', 'http://purl.org/dc/terms/'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
];

function shortIri(iri) {
  for (const [prefix, ns] of PREFIXES) {
    if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  }
  return iri;
}

function resourceLink(iri, text) {
  const a = document.createElement('a');
  a.href = '/resource?iri=' + encodeURIComponent(iri);
  a.textContent = text || shortIri(iri);
  a.title = iri;
  return a;
}

// A cell's content for one SPARQL JSON term (or undefined when unbound).
function termNode(term) {
  if (!term) return document.createTextNode('');
  if (term.type === 'uri') return resourceLink(term.value);
  if (term.type === 'bnode') return document.createTextNode('_:' + term.value);
  const span = document.createElement('span');
  span.textContent = term.value;
  if (term['xml:lang']) span.title = '@' + term['xml:lang'];
  else if (term.datatype) span.title = shortIri(term.datatype);
  return span;
}

function isNumericTerm(term) {
  return term && term.type !== 'uri' && term.value !== '' && !isNaN(Number(term.value)) &&
      /(integer|decimal|double|float|int|long|gYear)$/.test(term.datatype || '');
}

// Runs a query; resolves to {json, response} or throws Error(text of the server's answer).
async function runSparql(query, accept) {
  const response = await fetch('/sparql', {
    method: 'POST',
    headers: {'Content-Type': 'application/sparql-query', 'Accept': accept || 'application/sparql-results+json'},
    body: query,
  });
  if (!response.ok) {
    const text = await response.text();
    throw new Error(response.status + ' ' + response.statusText + '\n' + text);
  }
  return response;
}

function showError(message) {
  const box = document.getElementById('error');
  box.hidden = !message;
  box.textContent = message || '';
}
