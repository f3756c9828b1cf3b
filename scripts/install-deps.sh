#!/usr/bin/env bash
# Installs the Debian 12 packages Steppe needs to build and test, when they are missing.
# Usage: scripts/install-deps.sh [--with-tests]
# Runs apt-get as root, or through sudo; prints what it installs. Nothing else is downloaded.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config python3
    libboost-dev libboost-graph-dev rapidjson-dev libabsl-dev libcli11-dev libre2-dev
    libedit-dev libexpat1-dev
    # Graphviz's `dot` draws diagrams: `steppe export --render` and the demo's SVG.
    graphviz
)
if [[ "${1:-}" == "--with-tests" ]]; then
    # The tests render every DOT export with Graphviz (above) and run `script` (bsdutils)
    # to see tables as a terminal shows them.
    packages+=(libgtest-dev libgmock-dev libbenchmark-dev bsdutils)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "steppe: installing missing Debian packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "steppe: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
