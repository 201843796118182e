#!/usr/bin/python3
"""PostgreSQL store end to end, against a real server this test starts.

Starts a throwaway PostgreSQL (scripts/throwaway_postgresql.py: Debian's
`postgresql`, initdb into a temporary folder, a free port on 127.0.0.1),
then, with the built binary:

1. seeds: ingests the seed articles into PostgreSQL and into a directory
   store; q1-q7 (data/queries) and `stats` must be identical; a re-ingest
   writes nothing; the scorer (tests/eval/check_quality.py) passes at the
   seeds' bar on the PostgreSQL store;
2. Redland reads what we write: `rdfproc -s postgresql` lists exactly our
   quads (graphs model) and triples (triples model), including blank nodes,
   language tags, datatypes and awkward characters;
3. we read what Redland writes: a file loaded by `rdfproc ... parse` into a
   fresh database answers fully bound lookups and dumps like the same file
   loaded by `awardgraph load` into a directory store;
4. changed articles: ingesting edited versions replaces their graphs, and
   the quads and the default graph equal the directory store's after the
   same steps (no old triples linger);
5. crashes: `awardgraph ingest --batch 20` of generated articles killed with
   SIGKILL at random moments, repeatedly on one database: after each kill
   every graph present equals the clean run's graph and the default graph is
   exactly the union of the graphs (whole batches only); the first kill
   leaves a whole number of batches; finishing the ingest gives exactly the
   clean run's quads and triples;
6. the C++ tests of the PostgreSQL backend (query_test --gtest_filter
   'Postgresql*', skipped without a server) run against this server.

The server is stopped and its folder removed at the end, whatever happened.

Usage: postgresql_test.py --binary build/cli/awardgraph --query-test build/tests/query/query_test
                          --repo .
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HIDDEN_DEFAULT_GRAPH = "https://w3id.org/awardgraph/id/graph/default"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"

# Awkward terms: language tags, datatypes, quotes, backslashes, tabs,
# newlines, non-ASCII, blank nodes. (Not an empty literal: Redland's
# postgresql storage takes its empty column for "no value" and ends the
# stream there; awardgraph reads it, see postgresql_store_test.cc.)
SPECIAL_NT = r'''<http://ex/a> <http://ex/label> "plain" .
<http://ex/a> <http://ex/label> "tagged"@en-GB .
<http://ex/a> <http://ex/label> "typed"^^<http://ex/type> .
<http://ex/a> <http://ex/year> "2024"^^<http://www.w3.org/2001/XMLSchema#gYear> .
<http://ex/a> <http://ex/quote> "she said \"yes\" \\ no" .
<http://ex/a> <http://ex/tabs> "a\tb\nc\rd" .
<http://ex/a> <http://ex/unicode> "Sant\u00e9 \u2014 \u00e6\u00f8\u00e5 \U0001F3E5" .
<http://ex/a> <http://ex/link> <http://ex/b?x=1&y='2'> .
_:n1 <http://ex/knows> _:n2 .
<http://ex/b?x=1&y='2'> <http://ex/partOf> _:n1 .
'''


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from throwaway_postgresql import Server  # noqa: E402


def awardgraph(binary, *args, check=True):
    r = subprocess.run([binary, *args], capture_output=True, text=True, timeout=600)
    if check and r.returncode != 0:
        raise AssertionError(f"awardgraph {' '.join(args)[:200]} exited {r.returncode}: {r.stderr}")
    return r


def term_key(b):
    """A hashable form of a SPARQL JSON binding (xsd:string is a plain literal)."""
    if b is None:
        return None
    if b["type"] == "literal" or b["type"] == "typed-literal":
        dt = b.get("datatype", "")
        return ("L", b["value"], b.get("xml:lang", ""), "" if dt == XSD_STRING else dt)
    return ("I" if b["type"] == "uri" else "B", b["value"])


def select(binary, store, query):
    out = json.loads(awardgraph(binary, "query", "--store", store, "--format", "json",
                                query).stdout)
    names = out["head"]["vars"]
    return {tuple(term_key(row.get(n)) for n in names) for row in out["results"]["bindings"]}


NQ_TERM = re.compile(r'<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?')
NQ_ESCAPE = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')


def nq_unescape(text):
    def one(m):
        e = m.group(1)
        if e[0] in "uU":
            return chr(int(e[1:], 16))
        return {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f"}.get(e, e)
    return NQ_ESCAPE.sub(one, text)


def nq_terms(line):
    """The term keys of one N-Triples / N-Quads line, as term_key makes them."""
    out = []
    for m in NQ_TERM.finditer(line):
        iri, blank, value, lang, dt = m.groups()
        if iri is not None:
            out.append(("I", nq_unescape(iri)))
        elif blank is not None:
            out.append(("B", blank))
        else:
            dt = dt or ""
            out.append(("L", nq_unescape(value), (lang or "").lower(),
                        "" if dt == XSD_STRING else dt))
    return out


def redland_dump(server, database, model):
    """The statements of one of our models as Redland's storage reads them
    (blank node labels included, so compared exactly)."""
    options = (f"host='127.0.0.1',port='{server.port}',user='postgres',password='',"
               f"database='{database}'")
    if model == "graphs":
        options += ",contexts='yes'"
    text = subprocess.run(["rdfproc", "-q", "-s", "postgresql", "-t", options, model, "serialize",
                           "nquads" if model == "graphs" else "ntriples"],
                          capture_output=True, check=True, text=True).stdout
    rows = set()
    for line in text.splitlines():
        terms = nq_terms(line)
        if model == "graphs":
            if len(terms) == 4 and terms[3] != ("I", HIDDEN_DEFAULT_GRAPH):
                rows.add((terms[3], *terms[:3]))
        elif terms:
            rows.add(tuple(terms))
    return rows


def check(failures, ok, message):
    if not ok:
        failures.append(message)
        print("FAIL:", message, flush=True)


def seeds_part(a, pg, local, failures):
    seeds = os.path.join(a.repo, "tests", "data", "seeds")
    for store in (pg, local):
        r = awardgraph(a.binary, "ingest", "--no-progress", "--store", store,
                       os.path.join(seeds, "articles"))
        print(store, r.stderr.splitlines()[1])
    for q in sorted(os.listdir(os.path.join(a.repo, "data", "queries"))):
        if not q.endswith(".rq"):
            continue
        text = open(os.path.join(a.repo, "data", "queries", q)).read()
        got = [sorted(awardgraph(a.binary, "query", "--store", s, "--format", "tsv",
                                 text).stdout.splitlines()) for s in (pg, local)]
        print(f"{q}: {len(got[0]) - 1} rows on PostgreSQL, {len(got[1]) - 1} on BDB")
        check(failures, got[0] == got[1], f"{q}: PostgreSQL and the directory store differ")
    stats = [awardgraph(a.binary, "stats", "--store", s).stdout for s in (pg, local)]
    check(failures, stats[0] == stats[1] and "triples: 0\n" not in stats[0],
          "stats differ or the store is empty:\n" + "\n".join(stats))
    again = awardgraph(a.binary, "ingest", "--no-progress", "--store", pg,
                       os.path.join(seeds, "articles"))
    check(failures, "(0 written" in again.stderr, "re-ingest wrote articles: " + again.stderr)
    quality = subprocess.run(
        [sys.executable, os.path.join(a.repo, "tests", "eval", "check_quality.py"),
         "--binary", a.binary, "--articles", os.path.join(seeds, "articles"),
         "--gold", os.path.join(seeds, "gold"), "--min-f1", "0.90", "--store", pg],
        capture_output=True, text=True)
    print(quality.stdout, end="")
    check(failures, quality.returncode == 0,
          "scorer on PostgreSQL: " + quality.stdout + quality.stderr)


def redland_compat_part(a, server, root, failures):
    special = os.path.join(root, "special.nt")
    with open(special, "w") as f:
        f.write(SPECIAL_NT)
    # 2. Redland reads what we write (the seeds, plus the awkward terms).
    ours = f"postgresql://postgres@127.0.0.1:{server.port}/ag"
    awardgraph(a.binary, "load", "--store", ours, "--graph", "http://ex/special", special)
    check(failures, redland_dump(server, "ag", "triples") == select(a.binary, ours, TRIPLES),
          "rdfproc reads other triples than awardgraph from the triples model")
    theirs = redland_dump(server, "ag", "graphs")
    mine = select(a.binary, ours, QUADS)
    check(failures, theirs == mine,
          f"rdfproc reads other quads than awardgraph: {len(theirs ^ mine)} differ, e.g. "
          f"{sorted(theirs ^ mine, key=str)[:3]}")
    print(f"rdfproc reads the same {len(mine)} quads and the triples", flush=True)
    # 3. We read what Redland writes.
    server.run("createdb", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "redland")
    options = (f"host='127.0.0.1',port='{server.port}',user='postgres',password='',"
               "database='redland'")
    subprocess.run(["rdfproc", "-q", "-n", "-s", "postgresql", "-t", options, "triples", "parse",
                    special, "ntriples"], check=True)
    subprocess.run(["rdfproc", "-q", "-n", "-s", "postgresql", "-t", options + ",contexts='yes'",
                    "graphs", "parse", special, "ntriples", "http://ex/base", "http://ex/g"],
                   check=True)
    redland = f"postgresql://postgres@127.0.0.1:{server.port}/redland"
    local = os.path.join(root, "special-store")
    no_blanks = lambda rows: {r for r in rows if not any(t and t[0] == "B" for t in r)}
    awardgraph(a.binary, "load", "--store", local, "--graph", "http://ex/g", special)
    for query in (TRIPLES, QUADS):
        got, want = select(a.binary, redland, query), select(a.binary, local, query)
        check(failures, no_blanks(got) == no_blanks(want) and len(got) == len(want),
              f"a Redland-written store reads differently: {sorted(got ^ want, key=str)[:3]}")
    # Fully bound lookups find each IRI/literal triple (the keys agree).
    misses = []
    for line in SPECIAL_NT.splitlines():
        if "_:" in line:
            continue
        if awardgraph(a.binary, "query", "--store", redland, "--format", "csv",
                      "ASK { " + line + " }").stdout.strip() != "true":
            misses.append(line)
    check(failures, not misses, f"bound lookups miss Redland-written triples: {misses}")
    print(f"Redland-written store: {len(got)} triples read, bound lookups agree", flush=True)


def changed_articles_part(a, server, root, failures):
    seeds = os.path.join(a.repo, "tests", "data", "seeds", "articles")
    articles = os.path.join(root, "changing")
    shutil.copytree(seeds, articles)
    server.run("createdb", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "changes")
    pg = f"postgresql://postgres@127.0.0.1:{server.port}/changes"
    local = os.path.join(root, "changes-store")
    for store in (pg, local):
        awardgraph(a.binary, "ingest", "--no-progress", "--store", store, articles)
    names = sorted(f for f in os.listdir(articles) if f.endswith(".txt"))
    # Drop the second half of two articles and rename an organisation in a third.
    for name in names[:2]:
        path = os.path.join(articles, name)
        text = open(path, encoding="utf-8").read()
        open(path, "w", encoding="utf-8").write(text[:len(text) // 2])
    path = os.path.join(articles, names[2])
    text = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(text.replace("NHS", "N.H.S.", 3))
    for store in (pg, local):
        r = awardgraph(a.binary, "ingest", "--no-progress", "--store", store, articles)
    print("after edits:", r.stderr.splitlines()[0])
    for query, what in ((QUADS, "quads"), (TRIPLES, "default graph")):
        got, want = select(a.binary, pg, query), select(a.binary, local, query)
        check(failures, got == want,
              f"changed articles: PostgreSQL {what} differ from the directory store's "
              f"({len(got - want)} extra, {len(want - got)} missing)")


def kill_part(a, server, root, failures):
    corpus = os.path.join(root, "corpus")
    subprocess.run(["/usr/bin/python3", os.path.join(a.repo, "bench", "generate_corpus.py"),
                    "--articles", "400", "--seed", "7", "--out", corpus, "--formats", "txt"],
                   check=True, stdout=subprocess.DEVNULL)
    for db in ("clean", "killed"):
        server.run("createdb", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", db)
    clean = f"postgresql://postgres@127.0.0.1:{server.port}/clean"
    killed = f"postgresql://postgres@127.0.0.1:{server.port}/killed"
    batch = 20
    ingest = ["ingest", "--no-progress", "--jobs", "2", "--batch", str(batch), corpus]
    start = time.monotonic()
    awardgraph(a.binary, *ingest[:-1], "--store", clean, corpus)
    clean_seconds = time.monotonic() - start
    print(f"clean run: {clean_seconds:.1f} s", flush=True)
    clean_quads = select(a.binary, clean, QUADS)
    clean_triples = select(a.binary, clean, TRIPLES)
    by_graph = {}
    for g, s, p, o in clean_quads:
        by_graph.setdefault(g, set()).add((s, p, o))
    rng = random.Random(11)
    kills = 0
    remaining = 1.0  # the share of articles not yet in the killed store
    for attempt in range(8):
        proc = subprocess.Popen([a.binary, *ingest[:-1], "--store", killed, corpus],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.0) * clean_seconds * max(remaining, 0.5))
        if proc.poll() is not None:
            continue  # finished before the kill
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        # One query, so one snapshot: a batch whose COMMIT the server was
        # already running when the client died may land meanwhile.
        both = select(a.binary, killed,
                      "SELECT ?g ?s ?p ?o WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
        graphs = {}
        for g, s, p, o in both:
            if g is not None:
                graphs.setdefault(g, set()).add((s, p, o))
        triples = {(s, p, o) for g, s, p, o in both if g is None}
        partial = [g for g in graphs if graphs[g] != by_graph.get(g)]
        union = {t for ts in graphs.values() for t in ts}
        print(f"kill {kills}: {len(graphs)} of {len(by_graph)} graphs, {len(triples)} triples",
              flush=True)
        check(failures, not partial, f"kill {kills}: {len(partial)} graphs differ from the clean run")
        check(failures, triples == union,
              f"kill {kills}: default graph is not the union of the graphs "
              f"({len(triples - union)} extra, {len(union - triples)} missing)")
        remaining = 1 - len(graphs) / len(by_graph)
        if kills == 1:
            check(failures, len(graphs) % batch == 0,
                  f"kill 1: {len(graphs)} graphs is not a whole number of batches of {batch}")
    check(failures, kills >= 3, f"only {kills} ingests were killed mid-way")
    awardgraph(a.binary, *ingest[:-1], "--store", killed, corpus)
    check(failures, select(a.binary, killed, QUADS) == clean_quads,
          "after the kills and a re-run, the quads differ from the clean run's")
    check(failures, select(a.binary, killed, TRIPLES) == clean_triples,
          "after the kills and a re-run, the default graph differs from the clean run's")
    print(f"{kills} kills; re-run converged to the clean run's {len(clean_quads)} quads", flush=True)


def cpp_part(a, server, failures):
    env = dict(os.environ, AWARDGRAPH_TEST_POSTGRESQL=f"127.0.0.1:{server.port}")
    r = subprocess.run([a.query_test, "--gtest_filter=Postgresql*", "--gtest_brief=1"],
                       capture_output=True, text=True, env=env, timeout=600)
    print(r.stdout[-2000:], end="")
    check(failures, r.returncode == 0 and "SKIPPED" not in r.stdout,
          "the C++ PostgreSQL tests failed or were skipped:\n" + r.stdout[-4000:] + r.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--query-test", required=True)
    ap.add_argument("--repo", required=True)
    a = ap.parse_args()
    root = tempfile.mkdtemp(prefix="awardgraph-pg-")
    server = Server(root)
    failures = []
    try:
        server.start()
        pg = server.url
        seeds_part(a, pg, os.path.join(root, "local-store"), failures)
        redland_compat_part(a, server, root, failures)
        changed_articles_part(a, server, root, failures)
        kill_part(a, server, root, failures)
        cpp_part(a, server, failures)
    except (AssertionError, subprocess.CalledProcessError) as e:
        failures.append(str(e))
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
