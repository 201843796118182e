// synthetic.mjs — a deterministic synthetic award graph in N-Triples.
//
// syntheticNTriples(nominations) returns ICBs, trusts (one of them
// "Liverpool Women's NHS Foundation Trust", some labels tagged @en),
// companies, people with roles, programmes, ceremonies by year, categories,
// statuses and `nominations` nominations with optional categories, projects,
// scores of mixed types, evidence and source articles: about 8.5 triples
// per nomination. Used by compare.mjs (the oxigraph comparison) and by
// bench/sparql_bench.sh.
//
// Example:
//   import { syntheticNTriples } from "./synthetic.mjs";
//   fs.writeFileSync("g.nt", syntheticNTriples(1500));  // ~12,700 triples
const XSD = "http://www.w3.org/2001/XMLSchema#";

export function syntheticNTriples(nominations) {
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
  const trustCount = Math.max(120, Math.floor(nominations / 12));
  for (let i = 0; i < trustCount; i++) {
    const o = id(`trust${i}`);
    trusts.push(o);
    t(o, type, ag("Trust"));
    t(o, type, ag("Organisation"));
    const name = i === 0 ? "Liverpool Women's NHS Foundation Trust"
                         : `${pick(places)} ${i} NHS Foundation Trust`;
    t(o, label, i % 5 === 0 && i > 0 ? `${lit(name)}@en` : lit(name));
    if (i % 7 !== 3) t(o, ag("withinIcb"), pick(icbs));
  }
  for (let i = 0; i < trustCount; i++) {
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
  const personCount = Math.max(300, Math.floor(nominations / 5));
  for (let i = 0; i < personCount; i++) {
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
  for (let i = 0; i < nominations; i++) {
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
    if (rand() < 0.2) {
      const a = id(`article${i % 500}`);
      t(n, "<http://www.w3.org/ns/prov#wasDerivedFrom>", a);
      t(a, "<http://purl.org/dc/terms/title>", lit(`Article ${i % 500}`));
    }
  }
  return out.join("\n") + "\n";
}
