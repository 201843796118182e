// oxigraph_bench.mjs — times the same queries on npm oxigraph (in memory).
//
// Usage: node oxigraph_bench.mjs DATA.nt QUERY.rq...
// Loads DATA.nt into an oxigraph Store (timed separately) and prints, per
// query, the rows and the best of three runs in milliseconds.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import url from "node:url";

const here = path.dirname(url.fileURLToPath(import.meta.url));
const oxigraph = createRequire(import.meta.url)(path.join(here, "../../node_modules/oxigraph/node.js"));
const [data, ...queries] = process.argv.slice(2);
const store = new oxigraph.Store();
let start = performance.now();
store.load(fs.readFileSync(data, "utf8"), { format: "application/n-triples" });
console.log(`oxigraph load: ${(performance.now() - start).toFixed(0)} ms`);
console.log(`${"query".padEnd(8)} ${"oxi rows".padStart(10)} ${"oxi ms".padStart(12)}`);
for (const file of queries) {
  const text = fs.readFileSync(file, "utf8");
  let best = Infinity, rows = 0;
  for (let i = 0; i < 3; i++) {
    start = performance.now();
    const r = store.query(text);
    rows = Array.isArray(r) ? r.length : 1;
    best = Math.min(best, performance.now() - start);
  }
  const name = path.basename(file, ".rq");
  console.log(`${name.padEnd(8)} ${String(rows).padStart(10)} ${best.toFixed(1).padStart(12)}`);
}
