#!/usr/bin/env bash
# The --format option of `dealgraph build`: the default writes graph.ttl and graph.graphml;
# a list writes exactly those formats (and report.json, always); an unknown name is a usage
# error (exit 2) that writes nothing; every format is byte-identical from run to run and
# whatever the order the inputs are named in.
#   tests/consumers/format-option.sh [DEALGRAPH] [ROOT]
source "$(dirname "$0")/common.sh"
listing() { (cd "$1" && ls | tr '\n' ' '); }

"$dealgraph" build "$root/examples" -o "$work/default" -q
[[ $(listing "$work/default") == "graph.graphml graph.ttl manifest.json report.json " ]] ||
  { echo "FAIL: the default wrote: $(listing "$work/default")"; exit 1; }
"$dealgraph" build "$root/examples" -o "$work/some" --format nt,dot -q
[[ $(listing "$work/some") == "graph.dot graph.nt manifest.json report.json " ]] ||
  { echo "FAIL: --format nt,dot wrote: $(listing "$work/some")"; exit 1; }
echo "the default and --format nt,dot write exactly the files asked for"

status=0
"$dealgraph" build "$root/examples" -o "$work/bad" --format ttl,rdfxml -q 2>"$work/bad.err" || status=$?
[[ $status == 2 ]] || { echo "FAIL: an unknown format should exit 2, not $status"; exit 1; }
grep -q rdfxml "$work/bad.err" || { echo "FAIL: the message should name the unknown format:"; cat "$work/bad.err"; exit 1; }
[[ ! -e $work/bad ]] || { echo "FAIL: a usage error wrote $(listing "$work/bad")"; exit 1; }
echo "an unknown format is a usage error (exit 2) that names it: $(head -1 "$work/bad.err")"

# The same inputs in another order, into another folder: the same bytes.
inputs=("$root"/examples/*)
reversed=()
for ((i = ${#inputs[@]} - 1; i >= 0; i--)); do reversed+=("${inputs[i]}"); done
"$dealgraph" build "${reversed[@]}" -o "$work/reversed" --format "$ALL_FORMATS" -q
"$dealgraph" build "${inputs[@]}" -o "$work/again" --format "$ALL_FORMATS" -q
for file in graph.ttl graph.nt graph.nq graph.trig graph.jsonld graph.graphml graph.dot report.json manifest.json; do
  cmp -s "$work/again/$file" "$work/reversed/$file" || { echo "FAIL: $file differs when the inputs are named in another order"; exit 1; }
  cmp -s "$work/examples/$file" "$work/again/$file" || { echo "FAIL: $file differs from one run to the next"; exit 1; }
done
echo "every format is byte-identical across runs and input orders"
echo "format option: ok"
