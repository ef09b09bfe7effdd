#!/usr/bin/env bash
# The lexicon, as a triple store sees it: SPARQL over ontology/ (Oxigraph) counts at least 200
# organisations, 80 people and 80 chips, and finds every entry with a type and an English
# skos:prefLabel, and no label shared by two entries of the same kind. Then a user's --lexicon,
# through the command line: an IRI the lexicon has gains the user's labels (the built-in entity,
# not a second one), and a label that would name two entities is refused with its file and line.
set -euo pipefail
dealgraph=${1:?usage: lexicon.sh DEALGRAPH [ROOT]}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
source "$(dirname "$0")/npm-env.sh"
consumers_npm
NODE_PATH=$DEALGRAPH_NODE_MODULES node --input-type=module - "$root"/ontology/lexicon/*.ttl "$root"/ontology/dealgraph.ttl <<'JS'
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.env.DEALGRAPH_NODE_MODULES + '/');
const ox = require('oxigraph');
const store = new ox.Store();
for (const file of process.argv.slice(2)) store.load(fs.readFileSync(file, 'utf8'), { format: 'text/turtle', base_iri: 'file://' + file });
const prefixes = `PREFIX dg: <https://w3id.org/dealgraph#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>`;
const rows = (q) => [...store.query(prefixes + q)].map((b) => Object.fromEntries([...b].map(([k, v]) => [k, v.value])));
const counts = Object.fromEntries(rows(`SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t . FILTER(?t IN (dg:Organization, dg:Person, dg:Chip, dg:Product)) } GROUP BY ?t`)
  .map((r) => [r.t.replace(/.*#/, ''), Number(r.n)]));
console.log('lexicon entries by type:', JSON.stringify(counts));
const need = { Organization: 200, Person: 80, Chip: 80 };
let failed = false;
for (const [type, least] of Object.entries(need)) if ((counts[type] || 0) < least) { console.log(`FAIL: ${counts[type] || 0} ${type} entries, fewer than ${least}`); failed = true; }
const noEnglish = rows(`SELECT ?e WHERE { ?e a ?t . FILTER(?t IN (dg:Organization, dg:Person, dg:Chip, dg:Product))
  FILTER NOT EXISTS { ?e skos:prefLabel ?l . FILTER(langMatches(lang(?l), "en")) } }`);
if (noEnglish.length) { console.log('FAIL: entries without an English prefLabel:', noEnglish.map((r) => r.e).slice(0, 10)); failed = true; }
const shared = rows(`SELECT ?l (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t ; skos:prefLabel|skos:altLabel ?l . ?t rdfs:subClassOf* dg:Organization } GROUP BY ?l HAVING (COUNT(DISTINCT ?e) > 1)`);
if (shared.length) { console.log('FAIL: labels on two organisations:', shared.map((r) => r.l).slice(0, 10)); failed = true; }
process.exit(failed ? 1 : 0);
JS

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf '%s\n' "Team Green will invest \$3 billion in Quillon Labs, the two companies said on Monday." >"$work/alias.txt"
cat >"$work/alias.ttl" <<'TTL'
@prefix lex: <https://w3id.org/dealgraph/lexicon/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
lex:nvidia skos:altLabel "Team Green"@en .
TTL
"$dealgraph" build "$work/alias.txt" --lexicon "$work/alias.ttl" -o "$work/out" -q || fail "a lexicon adding a label should build"
python3 - "$work/out/graph.ttl" <<'PY' || fail "the alias should name the built-in Nvidia"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = {m.group(1): m.group(2) for m in re.finditer(r"^(\S+)\n\s+a dg:Organization\b[^;]*;(.*?) \.\n", text, re.M | re.S)}
assert "org:nvidia" in blocks, sorted(blocks)
assert '"Team Green"@en' in blocks["org:nvidia"] and '"英伟达"@zh-Hans' in blocks["org:nvidia"], blocks["org:nvidia"]
assert not any("team-green" in iri.lower() for iri in blocks), sorted(blocks)
assert re.search(r"dg:investor org:nvidia", text), "no investment by Nvidia"
PY
echo "lexicon: a user's label joins the built-in entity of its IRI"

cat >"$work/clash.ttl" <<'TTL'
@prefix dg: <https://w3id.org/dealgraph#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://example.org/orrin> a dg:Organization ;
    skos:prefLabel "Orrin Labs"@en ;
    skos:altLabel "Team Green"@en .
TTL
status=0
"$dealgraph" build "$work/alias.txt" --lexicon "$work/alias.ttl" --lexicon "$work/clash.ttl" -o "$work/x" -q 2>"$work/err" || status=$?
[[ $status == 1 ]] || fail "a label on two entities should exit 1, not $status"
grep -q "clash.ttl:5:19: the label \"Team Green\" of https://example.org/orrin already names https://w3id.org/dealgraph/lexicon/nvidia" "$work/err" ||
  { cat "$work/err"; fail "the refusal should name the file, line, label and both entities"; }
[[ ! -e "$work/x/graph.ttl" ]] || fail "a refused lexicon should write no graph"
echo "lexicon: a label on two entities is refused with its file and line"
echo "lexicon: ok"
