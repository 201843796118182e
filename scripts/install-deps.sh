#!/usr/bin/env bash
# Installs, with apt-get, whatever Debian packages awardgraph needs and the
# machine lacks. Safe to run again: it installs nothing when all are present.
#
# The packages are listed in scripts/deps/*.txt, one file per part of the
# project (whitespace-separated names, '#' comments), so that each part adds
# its own file. After apt-get, every executable scripts/deps/*.sh runs (in
# name order) for what apt does not provide, e.g. npm test oracles installed
# into the git-ignored node_modules/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t packages < <(cat "$here"/deps/*.txt | sed 's/#.*//' | tr -s ' \t' '\n' | sed '/^$/d' | sort -u)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for hook in "$here"/deps/*.sh; do
  [ -x "$hook" ] && "$hook"
done
exit 0
