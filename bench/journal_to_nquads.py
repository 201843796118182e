#!/usr/bin/python3
"""journal_to_nquads.py — a directory store's quads as N-Quads, from its journal.

Reads DIR/journal (query/store_journal.h: records "AGJ1", payload length,
CRC-32, payload of operations with every term in full) and writes every
triple of every operation as an N-Quads line to stdout: for a store built by
one ingest of distinct sources, exactly the store's quads (the named graphs;
triples added without a graph are written without one). Streams record by
record. Used by bench/store_ingest_bench.sh for the like-for-like raw load
into a contexts='yes' store.

Usage: /usr/bin/python3 bench/journal_to_nquads.py STORE_DIR > quads.nq
"""
import struct
import sys
import zlib

IRI, BLANK, LITERAL = 0, 1, 2  # Term::Kind
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def escape(text):
    return (text.replace("\\", "\\\\").replace('"', '\\"')
            .replace("\n", "\\n").replace("\r", "\\r"))


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def u32(self):
        (v,) = struct.unpack_from("<I", self.data, self.pos)
        self.pos += 4
        return v

    def byte(self):
        v = self.data[self.pos]
        self.pos += 1
        return v

    def string(self):
        n = self.u32()
        s = self.data[self.pos:self.pos + n].decode("utf-8")
        self.pos += n
        return s

    def term(self):
        kind = self.byte()
        value, datatype, language = self.string(), self.string(), self.string()
        if kind == IRI:
            return "<" + value + ">"
        if kind == BLANK:
            return "_:" + "".join(c if c.isalnum() else "_" for c in value)
        out = '"' + escape(value) + '"'
        if language:
            return out + "@" + language
        if datatype and datatype != XSD_STRING:
            return out + "^^<" + datatype + ">"
        return out


def main():
    out = sys.stdout
    with open(sys.argv[1] + "/journal", "rb") as journal:
        while True:
            header = journal.read(12)
            if len(header) < 12 or header[:4] != b"AGJ1":
                break
            size, crc = struct.unpack("<II", header[4:])
            payload = journal.read(size)
            if len(payload) < size or zlib.crc32(payload) != crc:
                break
            r = Reader(payload)
            for _ in range(r.u32()):
                r.byte()  # kind: replace / remove / add
                graph = r.string()
                suffix = (" <" + graph + "> .\n") if graph else " .\n"
                lines = {r.term() + " " + r.term() + " " + r.term() + suffix
                         for _ in range(r.u32())}  # a graph holds a triple once
                out.writelines(sorted(lines))


if __name__ == "__main__":
    main()
