#!/usr/bin/env python3
"""Extraction-quality regression guard, run by ctest.

Ingests a folder of articles into a fresh store with the built binary, scores
the store against gold annotations with tests/eval/score.py (a copy of the
client's ../shared/eval/score.py) and fails when a figure drops below its bar:

  check_quality.py --binary build/cli/awardgraph --articles DIR --gold DIR \
      --min-f1 0.90 [--max-ods-misses 1] [--min-verbatim 0.95]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--articles", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--min-f1", type=float, required=True)
    ap.add_argument("--max-ods-misses", type=int)
    ap.add_argument("--min-verbatim", type=float)
    ap.add_argument("--store", help="ingest into this store (default: a fresh temporary one)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = a.store or os.path.join(tmp, "store")
        ingest = subprocess.run([a.binary, "ingest", "--store", store, "--no-progress", a.articles],
                                capture_output=True, text=True)
        print(ingest.stderr, end="")
        if ingest.returncode != 0:
            sys.exit("ingest failed with exit code %d" % ingest.returncode)
        cmd = "%s query --store %s --format json" % (a.binary, store)
        score = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), "--gold", a.gold,
                                "--articles", a.articles, "--query-cmd", cmd, "--json"],
                               capture_output=True, text=True)
        if score.returncode != 0:
            sys.exit("score.py failed: " + score.stderr)
        figures = json.loads(score.stdout)
    micro = figures["micro"]
    extra = figures["extra"]
    print("%-26s %5s %5s %5s %6s %6s %6s" % ("kind", "tp", "fp", "fn", "P", "R", "F1"))
    for name, v in figures.items():
        if name in ("micro", "extra"):
            continue
        print("%-26s %5d %5d %5d %6.3f %6.3f %6.3f" %
              (name, v["tp"], v["fp"], v["fn"], v["precision"], v["recall"], v["f1"]))
    print("micro-F1 %.3f (P %.3f R %.3f)" % (micro["f1"], micro["precision"], micro["recall"]))
    for name, v in extra.items():
        print("%-28s %d/%d" % (name, v["ok"], v["of"]))
    failures = []
    if micro["f1"] < a.min_f1:
        failures.append("micro-F1 %.3f < %.2f" % (micro["f1"], a.min_f1))
    if a.max_ods_misses is not None:
        ods = extra["ODS linking"]
        if ods["of"] - ods["ok"] > a.max_ods_misses:
            failures.append("ODS linking %d/%d misses more than %d" %
                            (ods["ok"], ods["of"], a.max_ods_misses))
    if a.min_verbatim is not None:
        ev = extra.get("evidence found verbatim", {"ok": 0, "of": 0})
        share = ev["ok"] / ev["of"] if ev["of"] else 0.0
        if share < a.min_verbatim:
            failures.append("evidence verbatim %.3f < %.2f" % (share, a.min_verbatim))
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
