// query_bench_oxigraph.mjs — p50 / p99 of queries on npm oxigraph (in memory).
//
// Usage: node query_bench_oxigraph.mjs DATA.nt RUNS BUDGET_S QUERY.rq...
// Loads DATA.nt into an oxigraph Store in chunks of 200,000 lines (a 10
// million triple file is larger than one JavaScript string may be), prints
// "load MS", then per query "NAME ROWS RUNS P50_MS P99_MS": up to RUNS runs,
// no new run once BUDGET_S seconds have passed for that query (at least one).
// A query cannot be interrupted: bench/query_bench.sh runs this under
// `timeout`, and a query with no line did not finish.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import url from "node:url";

const here = path.dirname(url.fileURLToPath(import.meta.url));
const oxigraph = createRequire(import.meta.url)(path.join(here, "../node_modules/oxigraph/node.js"));
const [data, runsArg, budgetArg, ...queries] = process.argv.slice(2);
const runs = Number(runsArg), budget = Number(budgetArg) * 1000;
const store = new oxigraph.Store();
let start = performance.now();
let chunk = [];
const lines = readline.createInterface({ input: fs.createReadStream(data), crlfDelay: Infinity });
for await (const line of lines) {
  chunk.push(line);
  if (chunk.length === 200000) {
    store.load(chunk.join("\n"), { format: "application/n-triples" });
    chunk = [];
  }
}
if (chunk.length) store.load(chunk.join("\n"), { format: "application/n-triples" });
console.log(`load ${(performance.now() - start).toFixed(0)}`);
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.round((p / 100) * (xs.length - 1)))];
for (const file of queries) {
  const text = fs.readFileSync(file, "utf8");
  const times = [];
  let rows = 0;
  const begin = performance.now();
  while (times.length < runs && (times.length === 0 || performance.now() - begin < budget)) {
    start = performance.now();
    const r = store.query(text);
    rows = Array.isArray(r) ? r.length : 1;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${file} ${rows} ${times.length} ${pct(times, 50).toFixed(1)} ${pct(times, 99).toFixed(1)}`);
}
