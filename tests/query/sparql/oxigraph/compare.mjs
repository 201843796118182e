// compare.mjs — our SPARQL answers against npm `oxigraph` over the same triples.
//
// Usage: node compare.mjs AWARDGRAPH_BIN WORK_DIR QUERIES_FILE SEED_ARTICLES_DIR
// Builds two stores with the awardgraph CLI — the seed articles (ingest) and
// a synthetic award graph (load, generated here with a fixed seed) — exports
// each as N-Triples, loads the same triples into an oxigraph Store, runs
// every query of QUERIES_FILE (blocks starting "#--- name") through both,
// and compares: SELECT as multisets of rows (in order when the query says
// ORDER BY), numbers and booleans by value, blank nodes as blank; ASK by
// value; CONSTRUCT as sets of triples. Exit 0 when all agree, 1 otherwise,
// 77 (a CTest skip) when node_modules/oxigraph is not installed
// (scripts/deps/oxigraph.sh installs it).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import url from "node:url";

const [bin, work, queriesFile, seedDir] = process.argv.slice(2);
const here = path.dirname(url.fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../../..");
let oxigraph;
try {
  oxigraph = createRequire(import.meta.url)(path.join(root, "node_modules/oxigraph/node.js"));
} catch (e) {
  console.log("npm oxigraph is not installed (run scripts/install-deps.sh): skipped");
  process.exit(77);
}

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float"].map((t) => XSD + t));

function run(args, input) {
  return execFileSync(bin, args, { encoding: "utf8", maxBuffer: 1 << 28, input });
}

// ------------------------------------------------------------ synthetic data
function syntheticNTriples() {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const ag = (l) => `<https://w3id.org/awardgraph/ontology#${l}>`;
  const id = (l) => `<https://w3id.org/awardgraph/id/${l}>`;
  const type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  const label = "<http://www.w3.org/2000/01/rdf-schema#label>";
  const lit = (s) => JSON.stringify(s);
  const out = [];
  const t = (s, p, o) => out.push(`${s} ${p} ${o} .`);
  const icbs = [], trusts = [], companies = [], people = [], ceremonies = [], categories = [];
  const places = ["North", "South", "East", "West", "Central", "Mersey", "Thames", "Pennine"];
  for (let i = 0; i < 12; i++) {
    const o = id(`icb${i}`);
    icbs.push(o);
    t(o, type, ag("IntegratedCareBoard"));
    t(o, type, ag("Organisation"));
    t(o, label, lit(`NHS ${places[i % 8]} ${i} ICB`));
  }
  for (let i = 0; i < 120; i++) {
    const o = id(`trust${i}`);
    trusts.push(o);
    t(o, type, ag("Trust"));
    t(o, type, ag("Organisation"));
    const name = `${pick(places)} ${i} NHS Foundation Trust`;
    t(o, label, i % 5 === 0 ? `${lit(name)}@en` : lit(name));
    if (i % 7 !== 3) t(o, ag("withinIcb"), pick(icbs));
  }
  for (let i = 0; i < 120; i++) {
    if (rand() < 0.5) t(trusts[i], ag("collaboratesWith"), pick(trusts));
  }
  for (let i = 0; i < 30; i++) {
    const o = id(`co${i}`);
    companies.push(o);
    t(o, type, ag("Company"));
    t(o, type, ag("Organisation"));
    t(o, label, lit(`Acme ${i} Ltd`));
  }
  const titles = ["Chief Executive", "Chief Nurse", "Medical Director", "Chair", "Director of Digital"];
  for (let i = 0; i < 300; i++) {
    const p = id(`person${i}`);
    people.push(p);
    t(p, type, ag("Person"));
    if (i % 11 !== 0) t(p, label, i % 9 === 0 ? `${lit(`Person ${i}`)}@en-GB` : lit(`Person ${i}`));
    if (rand() < 0.7) {
      const r = id(`role${i}`);
      t(r, type, ag("Role"));
      t(r, ag("holder"), p);
      t(r, ag("title"), lit(pick(titles)));
      t(r, ag("organisation"), rand() < 0.2 ? pick(icbs) : pick(trusts));
    }
  }
  for (let y = 2015; y < 2025; y++) {
    for (const prog of ["hsj", "nursingtimes", "hpma"]) {
      const c = id(`${prog}${y}`);
      ceremonies.push(c);
      t(c, type, ag("Ceremony"));
      t(c, ag("programme"), id(prog));
      t(c, ag("year"), `"${y}"^^<${XSD}gYear>`);
    }
  }
  for (const prog of ["hsj", "nursingtimes", "hpma"]) {
    t(id(prog), type, ag("AwardProgramme"));
    t(id(prog), label, lit(prog.toUpperCase() + " Awards"));
  }
  for (let i = 0; i < 25; i++) {
    const c = id(`cat${i}`);
    categories.push(c);
    t(c, type, ag("AwardCategory"));
    t(c, label, lit(`Category ${i}`));
  }
  const statuses = [ag("Winner"), ag("Shortlisted"), ag("Nominated"), ag("HighlyCommended")];
  for (const s of statuses) t(s, label, lit(s.slice(s.indexOf("#") + 1, -1)));
  for (let i = 0; i < 1500; i++) {
    const n = id(`nom${i}`);
    t(n, type, ag("Nomination"));
    t(n, ag("nominee"), rand() < 0.8 ? pick(trusts) : pick(companies));
    t(n, ag("status"), pick(statuses));
    t(n, ag("ceremony"), pick(ceremonies));
    if (rand() < 0.8) t(n, ag("category"), pick(categories));
    if (rand() < 0.3) {
      const pr = id(`project${i}`);
      t(n, ag("project"), pr);
      t(pr, type, ag("Project"));
      t(pr, label, lit(`Project ${i} ${pick(["Portal", "App", "Pathway", "Clinic"])}`));
      t(pr, ag("involves"), pick(trusts));
      if (rand() < 0.5) t(pr, ag("involves"), pick(trusts));
    }
    const r = rand();
    if (r < 0.2) t(n, ag("score"), `"${Math.floor(rand() * 100)}"^^<${XSD}integer>`);
    else if (r < 0.3) t(n, ag("score"), `"${(rand() * 100).toFixed(2)}"^^<${XSD}decimal>`);
    else if (r < 0.35) t(n, ag("score"), `"${(rand() * 100).toFixed(1)}E0"^^<${XSD}double>`);
    else if (r < 0.4) t(n, ag("score"), lit("n/a"));
    if (rand() < 0.5) t(n, ag("evidence"), lit(`Evidence sentence ${i} about the award.`));
  }
  return out.join("\n") + "\n";
}

// ------------------------------------------------------------ comparison
function termKey(t) {
  if (!t) return "-";
  if (t.type === "bnode") return "_:";
  if (t.type === "uri") return `<${t.value}>`;
  const dt = t.datatype || "";
  if (NUMERIC.has(dt)) {
    // Doubles and floats to 12 significant digits: summing in another
    // order changes the last bits.
    const v = Number(t.value);
    const shown = dt === XSD + "double" || dt === XSD + "float" ? Number(v.toPrecision(12)) : v;
    return `${shown}^^${dt}`;
  }
  if (dt === XSD + "boolean") return `${t.value === "true" || t.value === "1"}^^bool`;
  const lang = t["xml:lang"] ? `@${t["xml:lang"].toLowerCase()}` : "";
  const typed = dt && dt !== XSD + "string" ? `^^${dt}` : "";
  return `"${t.value}"${lang}${typed}`;
}

// Rows as strings, columns in name order (SELECT * may order them either way).
function rowsOf(json) {
  const vars = [...json.head.vars].sort();
  return json.results.bindings.map((b) => vars.map((v) => termKey(b[v])).join(" | "));
}

function compareSelect(ours, theirs, ordered) {
  const a = rowsOf(ours), b = rowsOf(theirs);
  if (JSON.stringify([...ours.head.vars].sort()) !== JSON.stringify([...theirs.head.vars].sort())) {
    return `variables ${ours.head.vars} vs ${theirs.head.vars}`;
  }
  if (a.length !== b.length) return `${a.length} rows vs oxigraph ${b.length}`;
  const x = ordered ? a : [...a].sort(), y = ordered ? b : [...b].sort();
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return `row ${i}: ${x[i]}  vs oxigraph  ${y[i]}`;
  }
  return null;
}

function ntKey(line) {
  return line.replace(/_:[A-Za-z0-9_-]+/g, "_:").trim();
}

// ------------------------------------------------------------ main
fs.mkdirSync(work, { recursive: true });
const stores = [];
{
  const dir = path.join(work, "seeds-store");
  fs.rmSync(dir, { recursive: true, force: true });
  run(["ingest", "--store", dir, "--no-progress", seedDir]);
  stores.push({ name: "seeds", dir });
}
{
  const dir = path.join(work, "synthetic-store");
  fs.rmSync(dir, { recursive: true, force: true });
  const file = path.join(work, "synthetic.nt");
  fs.writeFileSync(file, syntheticNTriples());
  run(["load", "--store", dir, "--format", "ntriples", file]);
  stores.push({ name: "synthetic", dir });
}
const queries = [];
for (const block of fs.readFileSync(queriesFile, "utf8").split(/^#--- /m).slice(1)) {
  const nl = block.indexOf("\n");
  queries.push({ name: block.slice(0, nl).trim(), text: block.slice(nl + 1) });
}
let failures = 0, passed = 0;
for (const store of stores) {
  const nt = run(["query", "--store", store.dir, "--format", "ntriples",
                  "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"]);
  const ox = new oxigraph.Store();
  ox.load(nt, { format: "application/n-triples" });
  const size = nt.split("\n").filter((l) => l.trim()).length;
  console.log(`${store.name}: ${size} triples`);
  for (const q of queries) {
    let why = null;
    try {
      const form = /^\s*(?:PREFIX[^\n]*\n|#[^\n]*\n|\s)*(SELECT|ASK|CONSTRUCT|DESCRIBE)/i.exec(q.text);
      const kind = form ? form[1].toUpperCase() : "SELECT";
      if (kind === "CONSTRUCT") {
        const ours = run(["query", "--store", store.dir, "--format", "ntriples", "--file", "-"], q.text);
        const theirs = ox.query(q.text, { results_format: "application/n-triples" });
        const a = [...new Set(ours.split("\n").filter((l) => l.trim()).map(ntKey))].sort();
        const b = [...new Set(theirs.split("\n").filter((l) => l.trim()).map(ntKey))].sort();
        if (JSON.stringify(a) !== JSON.stringify(b)) why = `${a.length} triples vs oxigraph ${b.length}`;
      } else {
        const ours = JSON.parse(run(["query", "--store", store.dir, "--format", "json", "--file", "-"], q.text));
        const theirs = JSON.parse(ox.query(q.text, { results_format: "json" }));
        if (kind === "ASK") {
          if (ours.boolean !== theirs.boolean) why = `ASK ${ours.boolean} vs oxigraph ${theirs.boolean}`;
        } else {
          why = compareSelect(ours, theirs, /ORDER\s+BY/i.test(q.text));
        }
      }
    } catch (e) {
      why = `error: ${String(e.message || e).split("\n").slice(0, 3).join(" ")}`;
    }
    if (why) {
      failures++;
      console.log(`  FAIL ${store.name}/${q.name}: ${why}`);
    } else {
      passed++;
    }
  }
}
console.log(`${passed}/${passed + failures} query answers equal to oxigraph's ` +
            `(${queries.length} queries x ${stores.length} stores)`);
process.exit(failures ? 1 : 0);
