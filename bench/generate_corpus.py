#!/usr/bin/python3
"""generate_corpus.py — N realistic NHS award articles for benchmarks.

Writes N news articles about NHS trusts and ICBs (names from data/nhs-ods)
shortlisted for, winning or highly commended at awards, with people, roles,
projects, categories, ceremonies and partnerships, in varied wording and
structure. A third each as .txt (title on the first line), saved .html
pages and .jsonl lines (1,000 articles per file). Deterministic for a seed:
the same --articles and --seed give byte-identical files.

Organisations are drawn with a Zipf-like weight, so a few hub trusts are
named in thousands of articles as in real coverage.

Usage: /usr/bin/python3 bench/generate_corpus.py --articles N --out DIR [--seed S]
       [--formats txt,html,jsonl]
"""
import argparse
import csv
import html
import json
import os
import random

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

AWARDS = [
    ("HSJ Awards", "HSJ"), ("HSJ Patient Safety Awards", "HSJ"),
    ("Nursing Times Awards", "Nursing Times"), ("BMJ Awards", "BMJ"),
    ("Health Business Awards", "Health Business"), ("HSJ Digital Awards", "HSJ"),
    ("NHS Parliamentary Awards", "NHS England"), ("Student Nursing Times Awards", "Nursing Times"),
    ("Royal College of Nursing Awards", "RCN"), ("HFMA Awards", "HFMA"),
]
CATEGORIES = [
    "Digital Innovation of the Year", "Patient Safety Award", "Workforce Initiative of the Year",
    "Staff Wellbeing Award", "Mental Health Innovation of the Year", "Nurse of the Year",
    "Team of the Year", "Improving Care for Older People Award", "Cancer Care Initiative",
    "Driving Efficiency through Technology Award", "Partnership of the Year",
    "Climate and Sustainability Award", "Primary Care Innovation", "Maternity Team of the Year",
    "Clinical Leadership Award", "Emergency Care Award", "Research and Innovation Award",
]
PROJECT_WORDS = (
    ["Virtual Ward", "Sepsis Pathway", "Frailty Hub", "Discharge to Assess", "Fertility Portal",
     "Falls Prevention", "Wellbeing Hub", "Remote Monitoring", "Digital Front Door",
     "Community Diagnostics", "Green Theatre", "Early Warning", "Safe Staffing", "Home First"],
    ["Programme", "Project", "Service", "Initiative", "Scheme", "Pilot"],
)
FIRST = ["Sarah", "James", "Priya", "Mohammed", "Emma", "David", "Aisha", "Thomas", "Grace",
         "Oluwaseun", "Hannah", "Rajesh", "Claire", "Daniel", "Fatima", "Liam", "Chloe", "Ben",
         "Amara", "Joseph", "Sophie", "Kwame", "Rachel", "Ian", "Nadia", "Peter", "Zoe"]
LAST = ["Smith", "Patel", "Jones", "Khan", "Williams", "Brown", "Okafor", "Taylor", "Davies",
        "Evans", "Ahmed", "Wilson", "Thomas", "Roberts", "Singh", "Walker", "Wright", "Hughes",
        "Green", "Hall", "Mensah", "Clarke", "Lewis", "Young", "King", "Edwards", "Hussain"]
ROLES = ["chief executive", "chief nurse", "medical director", "director of nursing",
         "consultant nurse", "head of digital transformation", "clinical lead",
         "lead pharmacist", "ward manager", "chief operating officer", "director of workforce",
         "consultant physician", "specialist midwife", "head of innovation"]
CITIES = ["London", "Manchester", "Birmingham", "Liverpool", "Leeds", "Bristol", "Harrogate"]
MONTHS = ["March", "May", "June", "September", "October", "November"]
SMALL = {"and", "of", "the", "for", "in", "on", "at"}


def title_case(name):
    words = name.lower().split()
    out = []
    for i, w in enumerate(words):
        if w in ("nhs", "icb", "uk"):
            out.append(w.upper())
        elif i > 0 and w in SMALL:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def load_organisations():
    orgs = []
    for file in ("trusts.csv", "icbs.csv"):
        with open(os.path.join(REPO, "data", "nhs-ods", file), newline="") as f:
            for row in csv.DictReader(f):
                if row.get("close_date"):
                    continue
                orgs.append(title_case(row["name"]))
    return orgs


class Writer:
    """Picks words with one random generator; every choice goes through it."""

    def __init__(self, seed, orgs):
        self.r = random.Random(seed)
        self.orgs = orgs
        # Zipf-like weights: the first organisations of a shuffled list are hubs.
        order = list(range(len(orgs)))
        self.r.shuffle(order)
        self.weights = [0.0] * len(orgs)
        for rank, i in enumerate(order):
            self.weights[i] = 1.0 / (rank + 1)

    def org(self):
        return self.r.choices(self.orgs, weights=self.weights)[0]

    def person(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def project(self):
        return f"{self.r.choice(PROJECT_WORDS[0])} {self.r.choice(PROJECT_WORDS[1])}"

    def article(self, i):
        r = self.r
        award, publisher = r.choice(AWARDS)
        year = r.choice([2022, 2023, 2024, 2025])
        org = self.org()
        partner = self.org() if r.random() < 0.35 else None
        category = r.choice(CATEGORIES)
        status = r.choice(["won", "shortlisted", "highly commended", "finalist"])
        person, role = self.person(), r.choice(ROLES)
        project = self.project()
        city, month, day = r.choice(CITIES), r.choice(MONTHS), r.randint(1, 28)
        titles = {
            "won": [f"{org} wins {category} at the {award} {year}",
                    f"Award win for {org}", f"{project} takes top prize at {award}"],
            "shortlisted": [f"{org} shortlisted for {award} {year}",
                            f"{project} in the running for national award"],
            "highly commended": [f"{org} highly commended at the {award}",
                                 f"Recognition for {org} team"],
            "finalist": [f"{org} named finalist in {award} {year}",
                         f"Finalist place for {project}"],
        }[status]
        title = r.choice(titles)
        lead = r.choice([
            f"{org} has {'won' if status == 'won' else 'been ' + status + ' for'} the {category} "
            f"at the {award} {year}.",
            f"The {project} at {org} was {status if status != 'won' else 'the winner of'} "
            f"{'in ' if status != 'won' else ''}the {category} category of the {award} {year}.",
            f"Staff at {org} are celebrating after their {project} was {status} in the "
            f"{category} category at this year's {award}.",
        ])
        paras = [lead]
        paras.append(r.choice([
            f"The ceremony took place in {city} on {day} {month} {year}.",
            f"Winners were announced at a ceremony in {city} on {day} {month}.",
            f"The {award} ceremony, hosted by {publisher}, was held in {city}.",
        ]))
        paras.append(r.choice([
            f"{person}, {role} at {org}, said: \"This recognition belongs to the whole team.\"",
            f"\"We are incredibly proud,\" said {person}, the trust's {role}.",
            f"{role[:1].upper() + role[1:]} {person} said the {project} had changed how "
            f"patients are cared for.",
        ]))
        if partner:
            paras.append(r.choice([
                f"The {project} was developed in partnership with {partner}.",
                f"{org} worked with {partner} to deliver the {project}.",
                f"It is a joint initiative of {org} and {partner}.",
            ]))
        for _ in range(r.randint(0, 3)):  # other shortlisted organisations
            other, other_cat = self.org(), r.choice(CATEGORIES)
            paras.append(r.choice([
                f"{other} was also shortlisted in the {other_cat} category.",
                f"Elsewhere, {other} was highly commended for {other_cat}.",
                f"{other} won the {other_cat}, recognising its {self.project()}.",
            ]))
        if r.random() < 0.5:
            p2, role2 = self.person(), r.choice(ROLES)
            paras.append(f"{p2}, {role2}, added that the {project} had reduced waiting times by "
                         f"{r.randint(5, 60)}% over {r.randint(6, 24)} months.")
        url = f"https://news.example.nhs.uk/{year}/{i:07d}-{status.replace(' ', '-')}"
        date = f"{year}-{MONTHS.index(month) * 2 + 1:02d}-{day:02d}"
        return title, paras, url, date


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--formats", default="txt,html,jsonl")
    args = ap.parse_args()
    formats = args.formats.split(",")
    writer = Writer(args.seed, load_organisations())
    os.makedirs(args.out, exist_ok=True)
    jsonl = None
    for i in range(args.articles):
        title, paras, url, date = writer.article(i)
        fmt = formats[i % len(formats)]
        folder = os.path.join(args.out, f"{i // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        if fmt == "txt":
            with open(os.path.join(folder, f"{i:07d}.txt"), "w") as f:
                f.write(title + "\n\n" + "\n\n".join(paras) + "\n")
        elif fmt == "html":
            body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
            with open(os.path.join(folder, f"{i:07d}.html"), "w") as f:
                f.write(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                        f"<title>{html.escape(title)}</title></head><body>"
                        f"<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>"
                        f"<article><h1>{html.escape(title)}</h1>\n{body}</article>"
                        f"<footer>Published {date}</footer></body></html>\n")
        else:
            if jsonl is None or i // 1000 != jsonl[1]:
                if jsonl:
                    jsonl[0].close()
                jsonl = (open(os.path.join(folder, "articles.jsonl"), "w"), i // 1000)
            jsonl[0].write(json.dumps({"url": url, "title": title, "date": date,
                                       "text": "\n\n".join(paras)}) + "\n")
    if jsonl:
        jsonl[0].close()


if __name__ == "__main__":
    main()
