"""Parses ontology/awardgraph.ttl with rdflib, a Turtle parser independent of
Raptor. Exit 0 when it parses into a non-empty graph, 77 (ctest's skip code)
when rdflib is not installed, non-zero otherwise."""
import sys

try:
    import rdflib
except ImportError:
    sys.exit(77)

graph = rdflib.Graph().parse(sys.argv[1], format="turtle")
if len(graph) == 0:
    sys.exit("no triples parsed from " + sys.argv[1])
print(f"{len(graph)} triples")
