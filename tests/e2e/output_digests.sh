#!/usr/bin/env bash
# The outputs of fixed inputs, byte for byte: every format `build` writes, for the examples and,
# when the shared corpora are on this machine, the seeds, the three dev sets and the Reuters
# corpus, compared by SHA-256 with tests/e2e/output-digests.txt.
#
# A change that is meant to change output (an extraction rule, a format) updates the list with
# scripts/update-output-digests.sh, and its commit says why and gives the dev scores before and
# after. Any other change must leave every digest as it is: refactoring changes no byte.
#
#   output_digests.sh DEALGRAPH ROOT [--update]
set -euo pipefail
dealgraph=$(readlink -f "$1")
root=$(readlink -f "$2")
mode=${3:-check}
shared=${DEALGRAPH_SHARED:-$root/../shared}
expected=$root/tests/e2e/output-digests.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name, folder to run in, input relative to it: relative paths keep the clone's location out
# of dg:sourcePath and report.json.
sets=("examples|$root|examples")
if [[ -d $shared/corpus && -d $shared/eval ]]; then
  sets+=("seeds|$shared|corpus/seeds" "dev|$shared|eval/dev/articles" "real-dev|$shared|eval/real-dev/articles.jsonl"
         "deals-dev|$shared|eval/deals-dev/articles")
  # Under the sanitizers the 19 MB corpus takes minutes and proves nothing more.
  [[ -n ${DEALGRAPH_SANITIZED:-} ]] || sets+=("reuters|$shared|corpus/real/reuters21578.jsonl")
else
  echo "note: $shared is not on this machine; only the examples are compared"
fi

actual=$work/digests.txt
: >"$actual"
for entry in "${sets[@]}"; do
  IFS='|' read -r name dir input <<<"$entry"
  out=$work/$name
  (cd "$dir" && "$dealgraph" build "$input" -o "$out" --format ttl,nt,nq,trig,jsonld,graphml,dot,csv -q -j 2) \
    2>"$work/$name.stderr" || { cat "$work/$name.stderr"; echo "build of $name failed"; exit 1; }
  for file in graph.ttl graph.nt graph.nq graph.trig graph.jsonld graph.graphml graph.dot nodes-articles.csv \
    nodes-entities.csv nodes-deals.csv nodes-amounts.csv nodes-positions.csv relationships.csv report.json; do
    echo "$name $file $(sha256sum <"$out/$file" | cut -d' ' -f1)" >>"$actual"
  done
done

if [[ $mode == --update ]]; then
  # Keep the lines of sets this machine could not build.
  if [[ -f $expected ]]; then
    names=$(cut -d' ' -f1 "$actual" | sort -u)
    grep -v -F -w -f <(echo "$names") "$expected" >>"$actual" || true
  fi
  sort -o "$expected" "$actual"
  echo "updated $expected"
  exit 0
fi

sort -o "$actual" "$actual"
compared=$(cut -d' ' -f1 "$actual" | sort -u)
if ! diff <(grep -F -w -f <(echo "$compared") "$expected") "$actual"; then
  echo "FAILED: the outputs above (< expected, > now) changed. If that is intended, run"
  echo "scripts/update-output-digests.sh and say in the commit why, with the dev scores before and after."
  exit 1
fi
echo "$(wc -l <"$actual") output files byte-identical: $(echo $compared | tr '\n' ' ')"
