#!/usr/bin/env python3
"""replicate_bdb.py — K renamed copies of a store's default graph, written as
Berkeley DB records (for stores too large to load through Redland here).

  db5.3_dump STORE/triples-sp2o.db | replicate_bdb.py expand K HEADER \
    | LC_ALL=C sort -u | replicate_bdb.py join HEADER | db5.3_load NEW/triples-sp2o.db

`expand` reads a `db5.3_dump` (bytevalue format) of one of Redland's hashes
index files (sp2o, po2s, so2p: keys and values are Redland's encoded nodes,
an IRI being 'R', a two-byte length, the IRI and a NUL), writes the dump's
header to HEADER and prints each record as "KEY<TAB>VALUE" in hex: the
record itself (copy 0) and, when it names an IRI that ingest mints per
article or per nomination (id/article/HASH, id/graph/HASH,
id/nomination/HASH), K-1 copies in which those IRIs become HASH + "k" + k
(lengths re-encoded). Records that name no minted IRI (organisations,
ceremonies, people, ... and their labels) are shared by every copy, as in
bench/replicate_triples.py, which writes the same triples as N-Triples.
`join` turns the sorted, de-duplicated records back into a dump that
db5.3_load writes into a fresh file in key order (seconds, where Redland's
own loader inserts 10 million triples one by one at a few thousand a
second on this machine). bench/query_bench.sh drives it for the
10-million-triple store.
"""
import re
import sys

MINTED = re.compile(
    rb"R[\x00-\xff]{2}(https://w3id\.org/awardgraph/id/(?:article|graph|nomination)/[0-9a-f]+)\x00")


def expand(copies, header_path):
    header = []
    for line in sys.stdin:
        header.append(line)
        if line.startswith("HEADER=END"):
            break
    with open(header_path, "w") as f:
        f.writelines(header)
    out = sys.stdout
    while True:
        key = sys.stdin.readline()
        value = sys.stdin.readline()
        if not value:
            break
        key, value = key.strip(), value.strip()
        out.write(f"{key}\t{value}\n")
        kb, vb = bytes.fromhex(key), bytes.fromhex(value)
        if not MINTED.search(kb) and not MINTED.search(vb):
            continue
        for k in range(1, copies):
            suffix = f"k{k}".encode()

            def rename(m, suffix=suffix):
                iri = m.group(1) + suffix
                return b"R" + len(iri).to_bytes(2, "big") + iri + b"\x00"

            out.write(f"{MINTED.sub(rename, kb).hex()}\t{MINTED.sub(rename, vb).hex()}\n")


def _lines(first):
    if first:
        yield first
        yield from sys.stdin


def join(header_path):
    first = sys.stdin.readline()  # sort prints once `expand` has finished
    with open(header_path) as f:
        sys.stdout.write(f.read())
    for line in _lines(first):
        key, value = line.rstrip("\n").split("\t")
        sys.stdout.write(f" {key}\n {value}\n")
    sys.stdout.write("DATA=END\n")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "expand":
        expand(int(sys.argv[2]), sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "join":
        join(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
