#!/bin/sh
# Checks that the development set of real articles is on this machine:
# every file that ../shared/corpus/dev/SOURCES.tsv lists must exist, non-empty,
# in tests/data/real/ (git-ignored: the texts are copies of public pages and
# are never committed; see ../shared/corpus/dev/README.md for how to fetch
# them). Exit 0 when all are there, 1 with the missing names otherwise.
#
#   scripts/check-real-articles.sh [SOURCES.tsv] [DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
sources=${1:-$here/../shared/corpus/dev/SOURCES.tsv}
[ -f "$sources" ] || sources=/work/shared/corpus/dev/SOURCES.tsv
dir=${2:-$here/tests/data/real}
if [ ! -f "$sources" ]; then
  echo "check-real-articles: no SOURCES.tsv at $sources" >&2
  exit 2
fi
missing=0
total=0
# The first column of every row but the header is a file name.
for f in $(tail -n +2 "$sources" | cut -f1); do
  total=$((total + 1))
  if [ ! -s "$dir/$f" ]; then
    echo "missing: $dir/$f" >&2
    missing=$((missing + 1))
  fi
done
if [ "$missing" -ne 0 ]; then
  echo "check-real-articles: $missing of $total real articles missing in $dir" >&2
  exit 1
fi
if git -C "$here" ls-files --error-unmatch "$dir" >/dev/null 2>&1; then
  echo "check-real-articles: $dir is tracked by git; it must stay ignored" >&2
  exit 1
fi
echo "check-real-articles: all $total real articles present in $dir"
