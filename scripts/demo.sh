#!/usr/bin/env bash
# The quick start: installs what is missing, builds the `steppe` command (Release, build/), asks
# the BACAC knowledge graph in datasets/bacac.json a few questions the source text answers, and
# draws one answer as a diagram (build/demo/bacac-network.svg; docs/bacac-diagram.svg is a copy).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
mkdir -p build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >build/configure.log 2>&1 ||
    { cat build/configure.log; exit 1; }
cmake --build build --target steppe_cli --parallel "$(nproc)"

graph=datasets/bacac.json
run() { # prints the command (a query on one line, in double quotes), then runs it
    local shown=""
    for arg in "$@"; do
        if [[ $arg == *" "* ]]; then
            arg="\"$(tr -s ' \n' ' ' <<<"$arg" | sed 's/ $//')\""
        fi
        shown+=" $arg"
    done
    printf '\n$ build/steppe%s\n' "$shown"
    build/steppe "$@"
}

run check -g "$graph"

echo
echo "# Which donors supported BACAC?"
run query -g "$graph" \
    "MATCH (d:Donor)-[:SUPPORTED]->(:Association {acronym: 'BACAC'})
     RETURN d.name AS donor, d.acronym AS acronym ORDER BY donor"

echo
echo "# Which countries took part in the 2016 training but are not members of BACAC?"
run query -g "$graph" \
    "MATCH (c:Country)-[:PARTICIPATED_IN]->(t:Training {year: 2016})
     WHERE NOT (c)-[:MEMBER_OF]->(:Association {acronym: 'BACAC'})
     RETURN c.name AS country, t.name AS training"

echo
echo "# How is Mongolia connected to ABSA?"
run query -g "$graph" \
    "MATCH p = (:Country {name: 'Mongolia'})-[*1..3]-(:Association {acronym: 'ABSA'})
     RETURN [n IN nodes(p) | coalesce(n.acronym, n.name)] AS path,
            [r IN relationships(p) | type(r)] AS links
     ORDER BY size(path) LIMIT 3"

echo
echo "# Who belongs to BACAC, who supports it, and which associations is it linked with?"
echo "# (a diagram: hover over a node or an arrow to see the sentence it comes from)"
mkdir -p build/demo
run export -g "$graph" --format dot --render svg -o build/demo/bacac-network.svg \
    -q "MATCH p = (:Association {acronym: 'BACAC'})-[:MEMBER_OF|PARTNER_OF|SISTER_OF|SUPPORTED]-()
        RETURN p"
echo "wrote build/demo/bacac-network.svg"
