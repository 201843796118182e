// server_bench_peers.mjs — the peer figure for bench/server_bench.sh: the same
// queries in-process in npm oxigraph (one thread), on the same N-Triples.
//
// Usage: node server_bench_peers.mjs TRIPLES.nt SECONDS QUERY.rq...
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../tests/server/js/package.json'));
const oxigraph = require('oxigraph');

const [triplesPath, secondsText, ...queryPaths] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(readFileSync(triplesPath, 'utf8'), {format: 'application/n-triples'});
const queries = queryPaths.map((p) => readFileSync(p, 'utf8'));
for (const q of queries) store.query(q);  // warm-up
const latencies = [];
const end = performance.now() + Number(secondsText) * 1000;
const start = performance.now();
for (let i = 0; performance.now() < end; ++i) {
  const t = performance.now();
  const result = store.query(queries[i % queries.length]);
  if (Array.isArray(result)) result.forEach((row) => row.get && row.get('x'));
  latencies.push(performance.now() - t);
}
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
console.log(`oxigraph in-process (${store.size} triples): queries ${latencies.length}  ` +
            `${(latencies.length / elapsed).toFixed(1)} q/s  p50 ${pct(0.5).toFixed(1)} ms  p99 ${pct(0.99).toFixed(1)} ms`);
