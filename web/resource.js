// resource.js — every fact about one node, with evidence sentences and source articles.
'use strict';

const PROLOGUE = PREFIXES.map(([p, ns]) => 'PREFIX ' + p + ' <' + ns + '>').join('\n') + '\n';

function fillTable(table, vars, headers, rows, render) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const h of headers) {
    const th = document.createElement('th');
    th.textContent = h;
    head.appendChild(th);
  }
  const body = table.createTBody();
  if (!rows.length) {
    const td = body.insertRow().insertCell();
    td.colSpan = headers.length;
    td.textContent = 'none';
    return;
  }
  for (const row of rows) {
    const tr = body.insertRow();
    for (const name of vars) {
      const td = tr.insertCell();
      td.appendChild(render ? render(name, row) : termNode(row[name]));
    }
  }
}

function labelled(term, label) {
  if (term && term.type === 'uri') return resourceLink(term.value, label ? label.value : undefined);
  return termNode(term);
}

async function select(query) {
  const response = await runSparql(PROLOGUE + query);
  return (await response.json()).results.bindings;
}

async function init() {
  const iri = new URL(window.location.href).searchParams.get('iri') || '';
  document.getElementById('iri').textContent = iri;
  if (!iri || /[\s<>"{}|^`\\]/.test(iri)) {
    showError('give the node as /resource?iri=IRI (an absolute IRI without spaces or <>"{}|^`\\)');
    return;
  }
  const node = '<' + iri + '>';
  try {
    const labels = await select('SELECT ?label WHERE { ' + node + ' rdfs:label ?label } LIMIT 1');
    const title = labels.length ? labels[0].label.value : shortIri(iri);
    document.getElementById('title').textContent = title;
    document.title = 'awardgraph — ' + title;

    const outgoing = await select('SELECT ?p ?o ?label WHERE { ' + node + ' ?p ?o OPTIONAL { ?o rdfs:label ?label } } ORDER BY ?p ?o');
    fillTable(document.getElementById('outgoing'), ['p', 'o'], ['property', 'value'], outgoing,
              (name, row) => name === 'o' ? labelled(row.o, row.label) : termNode(row.p));

    const incoming = await select('SELECT ?s ?p ?label WHERE { ?s ?p ' + node + ' OPTIONAL { ?s rdfs:label ?label } } ORDER BY ?p ?s');
    fillTable(document.getElementById('incoming'), ['s', 'p'], ['node', 'property'], incoming,
              (name, row) => name === 's' ? labelled(row.s, row.label) : termNode(row.p));

    const own = await select('SELECT ?fact ?evidence WHERE { ' + node + ' ag:evidence ?evidence . ' +
                             'OPTIONAL { ' + node + ' a ?fact } }');
    const pointing = await select('SELECT ?fact ?evidence WHERE { ?fact ?p ' + node + ' . ?fact ag:evidence ?evidence }');
    const evidence = own.map((row) => ({fact: {type: 'uri', value: iri}, evidence: row.evidence})).concat(pointing);
    fillTable(document.getElementById('evidence'), ['evidence', 'fact'], ['sentence', 'fact'], evidence,
              (name, row) => {
                if (name === 'fact') return termNode(row.fact);
                const span = termNode(row.evidence);
                span.className = 'evidence';
                return span;
              });

    const articles = await select(
        'SELECT DISTINCT ?article ?title ?source WHERE { ' +
        '{ ' + node + ' prov:wasDerivedFrom ?article } UNION { ?fact ?p ' + node + ' . ?fact prov:wasDerivedFrom ?article } ' +
        'OPTIONAL { ?article dct:title ?title } OPTIONAL { ?article dct:source ?source } } ORDER BY ?title');
    const list = document.getElementById('articles');
    list.replaceChildren();
    for (const row of articles) {
      const li = document.createElement('li');
      li.appendChild(resourceLink(row.article.value, row.title ? row.title.value : undefined));
      if (row.source) {
        li.appendChild(document.createTextNode(' — '));
        if (/^https?:\/\//.test(row.source.value)) {
          const a = document.createElement('a');
          a.href = row.source.value;
          a.textContent = row.source.value;
          a.rel = 'noopener noreferrer';
          li.appendChild(a);
        } else {
          li.appendChild(document.createTextNode(row.source.value));
        }
      }
      list.appendChild(li);
    }
    if (!articles.length) list.innerHTML = '<li>none</li>';
  } catch (error) {
    showError(error.message);
  }
}

init();
