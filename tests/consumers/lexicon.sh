#!/usr/bin/env bash
# The lexicon, as a triple store sees it: SPARQL over ontology/ (Oxigraph) counts at least 200
# organisations, 80 people and 80 chips, and finds every entry with a type and an English
# skos:prefLabel, and no label shared by two entries of the same kind.
set -euo pipefail
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
echo "lexicon: ok"
