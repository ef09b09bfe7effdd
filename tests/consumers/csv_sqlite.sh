#!/usr/bin/env bash
# SQLite (Debian's sqlite3) reads `--format csv` (docs/csv.md), and what it finds is what
# Oxigraph finds in graph.ttl of the same build: the numbers of organisations, people, deals
# and roles, and who invested in OpenAI. Every file has the neo4j-admin header convention and
# the same bytes on a second build. A CSV file with a row cut short must be caught.
#   tests/consumers/csv_sqlite.sh [DEALGRAPH] [ROOT]
set -euo pipefail
consumers_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=${2:-$(cd "$consumers_dir/../.." && pwd)}
dealgraph=${1:-$root/build/dealgraph}
[[ -x $dealgraph ]] || { echo "FAIL: $dealgraph is not an executable (build first)"; exit 1; }
command -v sqlite3 >/dev/null || { echo "SKIPPED: sqlite3 is not installed"; exit 77; }
source "$consumers_dir/npm-env.sh"
consumers_npm
work=$(mktemp -d "${TMPDIR:-/tmp}/dealgraph-csv.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$dealgraph" build "$root/examples" -o "$work/out" --format ttl,csv -q
"$dealgraph" build "$root/examples" -o "$work/again" --format csv -q
for f in nodes-articles nodes-entities nodes-deals nodes-amounts nodes-positions relationships; do
  [[ -s $work/out/$f.csv ]] || fail "$f.csv was not written"
  cmp -s "$work/out/$f.csv" "$work/again/$f.csv" || fail "$f.csv differs between two builds"
done
head -1 "$work/out/nodes-entities.csv" | grep -q '^id:ID,:LABEL,' || fail "nodes-entities.csv lacks the id:ID,:LABEL header"
head -1 "$work/out/relationships.csv" | grep -q '^:START_ID,:TYPE,:END_ID,' || fail "relationships.csv lacks the :START_ID,:TYPE,:END_ID header"

# load DIR DB: every CSV file into a table of its name (nodes_entities, relationships, ...).
load() {
  local script="" f table
  for f in "$1"/*.csv; do
    table=$(basename "$f" .csv); table=${table//-/_}
    script+=".import --csv '$f' $table"$'\n'
  done
  sqlite3 -bail "$2" <<<"$script" 2>&1
}
import_log=$(load "$work/out" "$work/graph.db")
[[ -z $import_log ]] || fail "sqlite3 complained while importing: $import_log"

sql() { sqlite3 -separator $'\t' "$work/graph.db" "$1"; }
roles="'INVESTOR','INVESTEE','SUPPLIER','CUSTOMER','PARTNER','GUARANTOR','BENEFICIARY','ACQUIRER','TARGET','LICENSOR','LICENSEE'"
sqlite_counts=$(
  sql "SELECT count(*) FROM nodes_entities WHERE \":LABEL\" LIKE '%;Organization'"
  sql "SELECT count(*) FROM nodes_entities WHERE \":LABEL\" LIKE '%;Person'"
  sql "SELECT count(*) FROM nodes_deals"
  sql "SELECT count(*) FROM relationships WHERE \":TYPE\" IN ($roles)"
)
invested_sqlite=$(sql "SELECT DISTINCT investor.name FROM relationships AS i
  JOIN relationships AS e ON e.\":START_ID\" = i.\":START_ID\" AND e.\":TYPE\" = 'INVESTEE'
  JOIN nodes_entities AS investor ON investor.\"id:ID\" = i.\":END_ID\"
  JOIN nodes_entities AS investee ON investee.\"id:ID\" = e.\":END_ID\"
  JOIN nodes_deals AS deal ON deal.\"id:ID\" = i.\":START_ID\"
  WHERE i.\":TYPE\" = 'INVESTOR' AND investee.name = 'OpenAI' AND deal.type IN ('Investment', 'EquityStake')
  ORDER BY investor.name")

prefixes='PREFIX dg: <https://w3id.org/dealgraph#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>'
deal_classes='dg:Investment dg:EquityStake dg:SupplyAgreement dg:CloudContract dg:Partnership dg:LoanGuarantee dg:Acquisition dg:Licensing'
role_properties='dg:investor dg:investee dg:supplier dg:customer dg:partner dg:guarantor dg:beneficiary dg:acquirer dg:target dg:licensor dg:licensee'
sparql() { node "$consumers_dir/sparql-select.mjs" "$prefixes $1" "$work/out/graph.ttl"; }
oxigraph_counts=$(
  sparql 'SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dg:Organization }'
  sparql 'SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dg:Person }'
  sparql "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { VALUES ?c { $deal_classes } ?d a ?c }"
  sparql "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?d ?r ?x WHERE { VALUES ?r { $role_properties } ?d ?r ?x } }"
)
invested_oxigraph=$(sparql 'SELECT DISTINCT ?name WHERE {
  VALUES ?c { dg:Investment dg:EquityStake } ?d a ?c ; dg:investor ?i ; dg:investee ?o .
  ?o rdfs:label "OpenAI"@en . ?i rdfs:label ?label BIND (STR(?label) AS ?name) } ORDER BY ?name')

echo "organisations, people, deals, roles: SQLite $(echo $sqlite_counts), Oxigraph $(echo $oxigraph_counts)"
[[ $sqlite_counts == "$oxigraph_counts" ]] || fail "the counts differ between the CSV in SQLite and graph.ttl in Oxigraph"
[[ $(echo "$sqlite_counts" | head -1) -gt 0 ]] || fail "no organisations at all"
echo "who invested in OpenAI: SQLite [$(echo $invested_sqlite)], Oxigraph [$(echo $invested_oxigraph)]"
[[ -n $invested_sqlite ]] || fail "SQLite finds no investor in OpenAI"
[[ $invested_sqlite == "$invested_oxigraph" ]] || fail "who invested in OpenAI differs between SQLite and Oxigraph"

# A quoted field that spans a line break and a doubled quote read back as written.
quote_count=$(sql "SELECT count(*) FROM relationships WHERE \":TYPE\" = 'EVIDENCE' AND quote <> '' AND \"start:int\" <> ''")
[[ $quote_count -gt 0 ]] || fail "no evidence quote read back"

# A row cut short (a quote left open) must be caught by sqlite3.
mkdir -p "$work/broken"
cp "$work/out"/*.csv "$work/broken/"
printf '"https://example.org/cut,Entity;Organization,Cut\r\n' >>"$work/broken/nodes-entities.csv"
if [[ -z $(load "$work/broken" "$work/broken.db") ]]; then fail "sqlite3 accepted a CSV row cut short"; fi
echo "caught, as it must be: a CSV row cut short"
echo "CSV in SQLite: ok"
