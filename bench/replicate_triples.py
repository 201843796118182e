#!/usr/bin/env python3
"""replicate_triples.py — K renamed copies of a store's triples, as N-Triples.

Usage: replicate_triples.py IN.nt COPIES OUT.nt

Reads the N-Triples of a store's default graph (`rdfproc ... triples
serialize ntriples`) and writes COPIES copies of it to OUT.nt: copy 0 is the
input unchanged; in copy k the IRIs that ingest mints per article or per
nomination — id/article/HASH, id/graph/HASH, id/nomination/HASH — become
HASH + "k" + k, so each copy adds new articles and nominations (with their
titles, evidence, dates and links). Everything ingest keys by a natural key
stays shared across copies, as it would in a larger corpus from the same
generator: organisations (ODS code, with their labels and ICBs), ceremonies
(programme and year), programmes, categories, people and roles (name),
projects (name) — so a hub organisation named in 9,000 of 25,000 articles is
named in 90,000 of the ten copies' 250,000. A triple that does not mention a
minted IRI is written once. bench/query_bench.sh uses this for the
10-million-triple store.
"""
import re
import sys

MINTED = re.compile(r"(<https://w3id\.org/awardgraph/id/(?:article|graph|nomination)/[0-9a-f]+)>")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, copies, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    minted = [line for line in lines if MINTED.search(line)]
    with open(target, "w", encoding="utf-8") as out:
        out.writelines(lines)
        for k in range(1, copies):
            suffix = rf"\1k{k}>"
            out.writelines(MINTED.sub(suffix, line) for line in minted)


if __name__ == "__main__":
    main()
