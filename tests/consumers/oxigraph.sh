#!/usr/bin/env bash
# Oxigraph, a real triple store (npm package oxigraph), on the examples and the seeds:
# - it loads Turtle, N-Triples, N-Quads, TriG and JSON-LD, and all five hold the same
#   triples (compared after RDF canonicalisation); jsonld.js, the reference JSON-LD
#   processor, reads the JSON-LD to the same triples;
# - N-Quads keep one named graph per article, with each article's evidence in its graph;
# - every query in examples/queries/*.rq returns the rows of NAME.examples.tsv and
#   NAME.seeds.tsv, from every format.
# Then deliberately broken outputs must be caught by each of these checks.
#   tests/consumers/oxigraph.sh [DEALGRAPH] [ROOT] [--update]   (--update rewrites the expected rows)
source "$(dirname "$0")/common.sh"
source "$consumers_dir/npm-env.sh"
consumers_npm
queries=$root/examples/queries

for name in "${builds[@]}"; do
  dir=$work/$name
  echo "== $name"
  node "$CONSUMERS" load "$dir"/graph.{ttl,nt,nq,trig,jsonld}
  node "$CONSUMERS" same "$dir/graph.ttl" "$dir"/graph.{nt,nq,trig,jsonld}
  node "$CONSUMERS" jsonld "$dir/graph.jsonld" "$dir/graph.nt"
  node "$CONSUMERS" graphs "$dir/graph.nq"
  node "$CONSUMERS" graphs "$dir/graph.trig"
  if [[ -n $update ]]; then
    node "$CONSUMERS" queries "$queries" "$name" "$dir/graph.nq" --update
  fi
  for format in ttl nt nq trig jsonld; do
    node "$CONSUMERS" queries "$queries" "$name" "$dir/graph.$format"
  done
done

echo "== broken outputs"
broken=$work/broken
mkdir -p "$broken"
dir=$work/examples
head -c "$(($(wc -c <"$dir/graph.ttl") / 2))" "$dir/graph.ttl" >"$broken/graph.ttl"
expect_failure "Turtle cut in the middle" node "$CONSUMERS" load "$broken/graph.ttl"
awk '/dealgraph#investor>/ && !done { done = 1; next } { print }' "$dir/graph.nt" >"$broken/graph.nt"
expect_failure "N-Triples missing one investor" node "$CONSUMERS" same "$dir/graph.ttl" "$broken/graph.nt"
expect_failure "N-Triples missing one investor, queried" node "$CONSUMERS" queries "$queries" examples "$broken/graph.nt"
# One evidence quote moved into another article's graph.
awk -v other="<https://w3id.org/dealgraph/id/article/zz-elsewhere>" \
  '/dealgraph#source>/ && !done { done = 1; sub(/<[^<>]*> \.$/, other " .") } { print }' "$dir/graph.nq" >"$broken/graph.nq"
expect_failure "N-Quads with evidence in the wrong graph" node "$CONSUMERS" graphs "$broken/graph.nq"
sed '0,/"@type": "xsd:decimal"/s//"@type": "xsd:integer"/' "$dir/graph.jsonld" >"$broken/graph.jsonld"
expect_failure "JSON-LD with a wrong datatype in its context" node "$CONSUMERS" same "$dir/graph.ttl" "$broken/graph.jsonld"
expect_failure "JSON-LD with a wrong datatype in its context, read by jsonld.js" node "$CONSUMERS" jsonld "$broken/graph.jsonld" "$dir/graph.nt"
echo "Oxigraph consumers: ok"
