#!/usr/bin/env bash
# `dealgraph subgraph` read by real consumers: the part of the examples around Nvidia, in
# every format, validates against ontology/shapes.ttl (rdf-validate-shacl), holds the same
# triples in Turtle, N-Triples, N-Quads, TriG and JSON-LD (Oxigraph, jsonld.js), keeps one
# named graph per article with its evidence, and answers "Nvidia's deals, their parties,
# amounts and quotes" with exactly the rows graph.ttl gives. A subgraph missing a quote must
# be caught.
#   tests/consumers/subgraph.sh [DEALGRAPH] [ROOT]
source "$(dirname "$0")/common.sh"
source "$consumers_dir/npm-env.sh"
consumers_npm
sub=$work/nvidia
"$dealgraph" subgraph Nvidia --graph "$work/examples" -o "$sub" --format "$ALL_FORMATS" >/dev/null
node "$CONSUMERS" shacl "$root/ontology/shapes.ttl" "$sub"/graph.{ttl,nq,jsonld}
node "$CONSUMERS" same "$sub/graph.ttl" "$sub"/graph.{nt,nq,trig,jsonld}
node "$CONSUMERS" jsonld "$sub/graph.jsonld" "$sub/graph.nt"
node "$CONSUMERS" graphs "$sub/graph.nq"

deals_of_nvidia='PREFIX dg: <https://w3id.org/dealgraph#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?deal ?type ?role ?party ?quote ?source ?amount WHERE {
  ?deal ?anyRole <https://w3id.org/dealgraph/id/org/nvidia> ; a ?type ; ?role ?party .
  ?party rdfs:label ?label .
  ?deal dg:evidence [ dg:quote ?quote ; dg:source/dg:sourceId ?source ] .
  OPTIONAL { ?deal dg:amount/dg:asWritten ?amount }
} ORDER BY ?deal ?type ?role ?party ?quote ?source ?amount'
node "$consumers_dir/sparql-select.mjs" "$deals_of_nvidia" "$work/examples/graph.ttl" >"$work/whole.tsv"
node "$consumers_dir/sparql-select.mjs" "$deals_of_nvidia" "$sub/graph.ttl" >"$work/part.tsv"
[[ -s $work/whole.tsv ]] || { echo "FAIL: Nvidia has no deals in the examples"; exit 1; }
cmp -s "$work/whole.tsv" "$work/part.tsv" || {
  echo "FAIL: Nvidia's deals differ between the subgraph and graph.ttl:"
  diff "$work/whole.tsv" "$work/part.tsv" | head -10
  exit 1
}
echo "Nvidia's deals, parties, quotes and amounts: the same $(wc -l <"$work/part.tsv") rows in the subgraph as in graph.ttl"

awk '/dealgraph#quote>/ && !done { done = 1; next } { print }' "$sub/graph.nt" >"$work/no-quote.nt"
expect_failure "a subgraph missing one quote" node "$CONSUMERS" same "$sub/graph.ttl" "$work/no-quote.nt"
echo "subgraph consumers: ok"
