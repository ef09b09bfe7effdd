#!/usr/bin/env bash
# SHACL: the output validates against ontology/shapes.ttl with an independent validator
# (npm package rdf-validate-shacl), on the examples and the seeds, as Turtle, as N-Quads
# (graph names dropped: the shapes describe the merged graph) and as JSON-LD. Violations
# fail the test and are listed; warnings are printed. Deliberately broken outputs (an amount
# without its currency, a negative offset) must be caught.
#   tests/consumers/shacl.sh [DEALGRAPH] [ROOT]
source "$(dirname "$0")/common.sh"
source "$consumers_dir/npm-env.sh"
consumers_npm
shapes=$root/ontology/shapes.ttl

for name in "${builds[@]}"; do
  echo "== $name"
  node "$CONSUMERS" shacl "$shapes" "$work/$name"/graph.{ttl,nq,jsonld}
done

echo "== broken outputs"
nt=$work/examples/graph.nt
grep -q 'dealgraph#currency>' "$nt" || { echo "FAIL: the examples have no amount with a currency to break"; exit 1; }
grep -v 'dealgraph#currency>' "$nt" >"$work/no-currency.nt"
expect_failure "amounts without dg:currency" node "$CONSUMERS" shacl "$shapes" "$work/no-currency.nt"
sed '0,/dealgraph#start> "[0-9]*"/s//dealgraph#start> "-5"/' "$nt" >"$work/negative-start.nt"
expect_failure "an evidence offset below zero" node "$CONSUMERS" shacl "$shapes" "$work/negative-start.nt"
# The vocabulary stated for stores without inference: each removal must be caught.
grep -v 'dealgraph#party>' "$nt" >"$work/no-party.nt"
expect_failure "deals without dg:party" node "$CONSUMERS" shacl "$shapes" "$work/no-party.nt"
grep -v '<http://schema.org/Organization>' "$nt" >"$work/no-schema-class.nt"
expect_failure "organisations without schema:Organization" node "$CONSUMERS" shacl "$shapes" "$work/no-schema-class.nt"
grep -v 'prov#wasDerivedFrom>' "$nt" >"$work/no-derived.nt"
expect_failure "evidence without prov:wasDerivedFrom" node "$CONSUMERS" shacl "$shapes" "$work/no-derived.nt"
echo "SHACL consumer: ok"
