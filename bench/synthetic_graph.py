"""synthetic_graph.py — a knowledge graph of the ontology's shape, of a given
size, as N-Triples on stdout, for benchmarks on big stores
(bench/server_bench.sh --triples N). Deterministic (seeded).

Each synthetic article brings about 31 triples: the article (title, source),
two nominations (nominee, status, ceremony, category, project, evidence,
provenance), a project with two partners, and a person holding a role at an
organisation. Organisations (trusts within ICBs, ICBs, companies),
programmes, ceremonies and categories are shared pools, so the joins of the
analyst queries fan out as on a real corpus.

Usage: /usr/bin/python3 synthetic_graph.py TRIPLES > graph.nt
"""
import random
import sys

AG = "https://w3id.org/awardgraph/ontology#"
ID = "https://w3id.org/awardgraph/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
TITLE = "<http://purl.org/dc/terms/title>"
SOURCE = "<http://purl.org/dc/terms/source>"
GYEAR = "<http://www.w3.org/2001/XMLSchema#gYear>"


def ag(name):
    return f"<{AG}{name}>"


def node(kind, key):
    return f"<{ID}{kind}/{key}>"


def lit(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    target = int(sys.argv[1])
    rng = random.Random(20261130)
    out = sys.stdout
    count = 0

    def emit(s, p, o):
        nonlocal count
        out.write(f"{s} {p} {o} .\n")
        count += 1

    statuses = ["Winner", "Shortlisted", "Finalist", "HighlyCommended"]
    for status in statuses:
        emit(ag(status), LABEL, lit(status))
    icbs = [node("org", f"icb{i}") for i in range(42)]
    for i, icb in enumerate(icbs):
        emit(icb, RDF_TYPE, ag("IntegratedCareBoard"))
        emit(icb, RDF_TYPE, ag("Organisation"))
        emit(icb, LABEL, lit(f"NHS Synthetic Area {i} Integrated Care Board"))
    orgs = []
    for i in range(4000):
        org = node("org", f"o{i}")
        orgs.append(org)
        if i % 4:
            emit(org, RDF_TYPE, ag("Trust"))
            emit(org, ag("withinIcb"), icbs[i % len(icbs)])
        else:
            emit(org, RDF_TYPE, ag("Company"))
        emit(org, RDF_TYPE, ag("Organisation"))
        emit(org, LABEL, lit(f"Synthetic Organisation {i} NHS Foundation Trust"))
    programmes = [node("programme", f"p{i}") for i in range(20)]
    for i, programme in enumerate(programmes):
        emit(programme, RDF_TYPE, ag("AwardProgramme"))
        emit(programme, LABEL, lit(f"Synthetic Awards {i}"))
    ceremonies = []
    for i, programme in enumerate(programmes):
        for year in range(2015, 2026):
            ceremony = node("ceremony", f"p{i}-{year}")
            ceremonies.append(ceremony)
            emit(ceremony, RDF_TYPE, ag("Ceremony"))
            emit(ceremony, ag("programme"), programme)
            emit(ceremony, ag("year"), f'"{year}"^^{GYEAR}')
    categories = [node("category", f"c{i}") for i in range(500)]
    for i, category in enumerate(categories):
        emit(category, RDF_TYPE, ag("AwardCategory"))
        emit(category, LABEL, lit(f"Synthetic Category {i}"))

    article = 0
    while count < target:
        a = node("article", f"a{article}")
        emit(a, RDF_TYPE, ag("Article"))
        emit(a, TITLE, lit(f"Synthetic article {article} about NHS awards"))
        emit(a, SOURCE, lit(f"synthetic/{article}.txt"))
        project = node("project", f"j{article}")
        partners = rng.sample(orgs, 2)
        emit(project, RDF_TYPE, ag("Project"))
        emit(project, LABEL, lit(f"Synthetic project {article}"))
        for partner in partners:
            emit(project, ag("involves"), partner)
        for k in range(2):
            n = node("nomination", f"n{article}-{k}")
            emit(n, RDF_TYPE, ag("Nomination"))
            emit(n, ag("nominee"), partners[k])
            emit(n, ag("status"), ag(rng.choice(statuses)))
            emit(n, ag("ceremony"), rng.choice(ceremonies))
            emit(n, ag("category"), rng.choice(categories))
            emit(n, ag("project"), project)
            emit(n, ag("evidence"), lit(f"Sentence {k} of synthetic article {article}."))
            emit(n, DERIVED, a)
        person = node("person", f"q{article}")
        emit(person, RDF_TYPE, ag("Person"))
        emit(person, LABEL, lit(f"Synthetic Person {article}"))
        role = node("role", f"r{article}")
        emit(role, RDF_TYPE, ag("Role"))
        emit(role, ag("holder"), person)
        emit(role, ag("title"), lit("Chief Executive" if article % 2 else "Chief Nurse"))
        emit(role, ag("organisation"), icbs[article % len(icbs)] if article % 10 == 0
             else rng.choice(orgs))
        article += 1
    print(f"synthetic_graph: {count} triples, {article} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
