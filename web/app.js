// app.js — the query page: examples, editor, run, sortable table, downloads, shareable URL.
'use strict';

const editor = document.getElementById('query');
const examples = document.getElementById('examples');
const table = document.getElementById('results');
const graphBox = document.getElementById('graph');
const status = document.getElementById('status');
const note = document.getElementById('note');
let current = null;  // {vars, rows}
let sortState = {column: -1, ascending: true};

function isGraphQuery(text) {
  const body = text.replace(/#[^\n]*/g, '').replace(/<[^>]*>/g, '');
  return /\b(CONSTRUCT|DESCRIBE)\b/i.test(body);
}

function updateLinks(text) {
  const base = '/sparql?query=' + encodeURIComponent(text);
  document.getElementById('download-csv').href = base + '&format=csv';
  document.getElementById('download-json').href = base + '&format=json';
}

function renderTable() {
  table.replaceChildren();
  if (!current) return;
  const head = table.createTHead().insertRow();
  current.vars.forEach((name, i) => {
    const th = document.createElement('th');
    th.textContent = name;
    th.dataset.column = i;
    if (sortState.column === i) th.className = sortState.ascending ? 'sorted-asc' : 'sorted-desc';
    th.addEventListener('click', () => sortBy(i));
    head.appendChild(th);
  });
  const body = table.createTBody();
  for (const row of current.rows) {
    const tr = body.insertRow();
    for (const name of current.vars) {
      const td = tr.insertCell();
      td.appendChild(termNode(row[name]));
      if (isNumericTerm(row[name])) td.className = 'num';
    }
  }
}

function sortBy(column) {
  if (sortState.column === column) sortState.ascending = !sortState.ascending;
  else sortState = {column, ascending: true};
  const name = current.vars[column];
  const sign = sortState.ascending ? 1 : -1;
  current.rows.sort((a, b) => {
    const x = a[name], y = b[name];
    if (!x && !y) return 0;
    if (!x) return 1;
    if (!y) return -1;
    if (isNumericTerm(x) && isNumericTerm(y)) return sign * (Number(x.value) - Number(y.value));
    return sign * x.value.localeCompare(y.value);
  });
  renderTable();
}

async function run() {
  const text = editor.value;
  showError('');
  note.hidden = true;
  graphBox.hidden = true;
  current = null;
  sortState = {column: -1, ascending: true};
  renderTable();
  status.textContent = 'running…';
  const url = new URL(window.location.href);
  url.searchParams.set('query', text);
  history.replaceState(null, '', url);
  updateLinks(text);
  const started = performance.now();
  try {
    const graph = isGraphQuery(text);
    const response = await runSparql(text, graph ? 'text/turtle' : 'application/sparql-results+json');
    const ms = Math.round(performance.now() - started);
    const cut = response.headers.get('X-Awardgraph-Truncated');
    if (cut) {
      note.hidden = false;
      note.textContent = 'Result cut by the server (' + cut + '): more rows match. Add LIMIT/OFFSET or narrow the query.';
    }
    if (graph) {
      graphBox.hidden = false;
      graphBox.textContent = await response.text();
      status.textContent = 'done in ' + ms + ' ms';
      return;
    }
    const json = await response.json();
    if ('boolean' in json) {
      current = {vars: ['answer'], rows: [{answer: {type: 'literal', value: String(json.boolean)}}]};
    } else {
      current = {vars: json.head.vars, rows: json.results.bindings};
    }
    renderTable();
    status.textContent = current.rows.length + ' row' + (current.rows.length === 1 ? '' : 's') + ' in ' + ms + ' ms';
  } catch (error) {
    status.textContent = 'failed';
    showError(error.message);
  }
}

async function init() {
  let list = [];
  try {
    list = await (await fetch('/examples')).json();
  } catch (error) {
    showError('could not load the example queries: ' + error.message);
  }
  for (const example of list) {
    const option = document.createElement('option');
    option.value = example.query;
    option.textContent = example.title;
    examples.appendChild(option);
  }
  examples.addEventListener('change', () => { editor.value = examples.value; });
  const shared = new URL(window.location.href).searchParams.get('query');
  editor.value = shared !== null ? shared : (list.length ? list[0].query : 'SELECT * WHERE { ?s ?p ?o } LIMIT 10');
  updateLinks(editor.value);
  document.getElementById('run').addEventListener('click', run);
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
  if (shared !== null) run();
}

init();
