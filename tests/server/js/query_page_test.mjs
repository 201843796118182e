// query_page_test.mjs — the query page and the resource page in headless
// Chromium (Debian's chromium, driven by playwright-core): a query typed and
// run, the table shown and sorted, the query kept in the URL, a resource page
// opened with its facts, evidence and articles. Screenshots go to OUT_DIR.
//
// Usage: node query_page_test.mjs AWARDGRAPH_BINARY SAMPLES_DIR OUT_DIR
// Prints one line per check and "N passed, M failed"; exits 1 on any failure.
import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {startServer} from './serve_helper.mjs';

const [binary, samples, outDir] = process.argv.slice(2);
mkdirSync(outDir, {recursive: true});
let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log((ok ? 'ok   ' : 'FAIL ') + name + (ok || !detail ? '' : ': ' + detail));
}

const server = await startServer(binary, samples, []);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
         '--disable-extensions', '--no-first-run'],
});
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + '/');
  await page.waitForFunction(() => document.querySelectorAll('#examples option').length >= 7);
  check('examples loaded', true);
  check('editor prefilled with q1', (await page.inputValue('#query')).includes('COUNT(?n) AS ?wins'));

  const query = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n' +
      'PREFIX ag: <https://w3id.org/awardgraph/ontology#>\n' +
      'SELECT ?org ?name (COUNT(?n) AS ?nominations) WHERE {\n' +
      '  ?n a ag:Nomination ; ag:nominee ?org . ?org rdfs:label ?name .\n' +
      '} GROUP BY ?org ?name ORDER BY ?name';
  await page.fill('#query', '');
  await page.type('#query', query, {delay: 0});
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#results tbody tr').length > 0);
  const rows = await page.$$eval('#results tbody tr', (trs) => trs.length);
  const heads = await page.$$eval('#results th', (ths) => ths.map((th) => th.textContent));
  check('query typed and run shows the table', rows > 3 && heads.join(',') === 'org,name,nominations',
        rows + ' rows, heads ' + heads);
  check('status says the row count', (await page.textContent('#status')).startsWith(rows + ' row'));
  await page.screenshot({path: outDir + '/query-page.png', fullPage: true});

  const shared = new URL(page.url()).searchParams.get('query');
  check('query kept in the URL', shared === query);
  const csv = await page.getAttribute('#download-csv', 'href');
  const json = await page.getAttribute('#download-json', 'href');
  check('download links carry the query and format', csv.includes('format=csv') && json.includes('format=json'));
  const csvBody = await (await fetch(server.url + csv)).text();
  check('CSV download has the same rows', csvBody.trim().split('\n').length === rows + 1, csvBody.slice(0, 200));

  // Sort by the count column, descending on the second click.
  await page.click('#results th:nth-child(3)');
  await page.click('#results th:nth-child(3)');
  const counts = await page.$$eval('#results tbody tr td:nth-child(3)', (tds) => tds.map((td) => Number(td.textContent)));
  check('numeric column sorts descending', counts.every((v, i) => i === 0 || counts[i - 1] >= v), counts.join(','));

  // The shared URL reproduces the result in a fresh page.
  const again = await browser.newPage();
  await again.goto(page.url());
  await again.waitForFunction(() => document.querySelectorAll('#results tbody tr').length > 0);
  check('shared URL runs the query', (await again.$$eval('#results tbody tr', (t) => t.length)) === rows);
  await again.close();

  // An error is shown, not swallowed.
  await page.fill('#query', 'SELECT ?x WHERE {\n  ?x ?y\n}');
  await page.click('#run');
  await page.waitForSelector('#error:not([hidden])');
  const message = await page.textContent('#error');
  check('syntax error shown with its position', message.includes('400') && message.includes('line'), message);

  // Resource page: from a table IRI link.
  await page.fill('#query', query);
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#results tbody tr a').length > 0);
  const href = await page.getAttribute('#results tbody tr:first-child td:first-child a', 'href');
  check('IRIs link to the resource page', href.startsWith('/resource?iri='), href);
  await page.click('#results tbody tr:first-child td:first-child a');
  await page.waitForFunction(() => document.querySelectorAll('#outgoing tbody tr').length > 0 &&
                             document.querySelectorAll('#articles li').length > 0);
  const title = await page.textContent('#title');
  const facts = await page.$$eval('#outgoing tbody tr', (t) => t.length);
  const incoming = await page.$$eval('#incoming tbody tr', (t) => t.length);
  const evidence = await page.$$eval('#evidence tbody td.evidence, #evidence tbody span.evidence', (t) => t.map((x) => x.textContent));
  const articles = await page.$$eval('#articles li', (t) => t.map((x) => x.textContent));
  check('resource page names the node', title && title !== 'resource', title);
  check('resource page lists its facts', facts >= 2 && incoming >= 1, facts + ' out, ' + incoming + ' in');
  check('resource page shows evidence sentences', evidence.length >= 1 && evidence[0].length > 20, JSON.stringify(evidence));
  check('resource page links the source articles', articles.length >= 1, JSON.stringify(articles));
  await page.screenshot({path: outDir + '/resource-page.png', fullPage: true});
  check('no script errors', errors.length === 0, errors.join('; '));
} catch (error) {
  check('page test ran to the end', false, error.stack);
} finally {
  await browser.close();
  const code = await server.stop();
  check('server exits 0 on SIGTERM', code === 0, 'exit ' + code);
}
console.log(passed + ' passed, ' + failed + ' failed');
process.exit(failed ? 1 : 0);
