#!/usr/bin/env bash
# Installs, with apt-get, whatever Debian packages awardgraph needs and the
# machine lacks. Safe to run again: it installs nothing when all are present.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  librdf0-dev libraptor2-dev librasqal3-dev librdf-storage-sqlite librdf-storage-postgresql
  postgresql redland-utils
  libsqlite3-dev
  zlib1g-dev
  libboost-graph-dev libcpp-httplib-dev libgtest-dev
  python3 python3-rdflib python3-networkx graphviz
)
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
