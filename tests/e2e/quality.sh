#!/usr/bin/env bash
# Extraction quality on real news written by others: builds the two seed articles and the three
# development sets of ../shared/eval (dev, deals-dev, real-dev), scores each with the shared
# scorer and fails when a figure falls below its floor in tests/quality/floors.txt.
#   quality.sh DEALGRAPH_BINARY PROJECT_ROOT [--raise]
# --raise writes the figures measured now as the new floors where they are higher: run it after
# an improvement (and commit the file) so that no later change loses quality unnoticed.
# Exits 77 (skipped) when the shared sets, the scorer or node are missing.
set -euo pipefail
dealgraph=${1:?usage: quality.sh DEALGRAPH_BINARY PROJECT_ROOT [--raise]}
root=${2:?usage: quality.sh DEALGRAPH_BINARY PROJECT_ROOT [--raise]}
mode=${3:-check}
eval_dir=$root/../shared/eval
seeds=$root/../shared/corpus/seeds
floors=$root/tests/quality/floors.txt

if [[ ! -x $eval_dir/score || ! -d $seeds ]]; then
  echo "SKIPPED: the shared evaluation sets and scorer ($eval_dir) are not on this machine"
  exit 77
fi
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed, so the scorer cannot run"
  exit 77
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
shopt -s nullglob
ontology=("$root"/ontology/*.ttl)

# set name, input, gold
score_set() {
  local name=$1 input=$2 gold=$3
  "$dealgraph" build "$input" -o "$out/$name" -q
  # The scorer prints its JSON and then its summary line.
  "$eval_dir/score" --gold "$gold" "$out/$name/graph.ttl" "${ontology[@]}" --json >"$out/$name.scored"
  sed '$d' "$out/$name.scored" >"$out/$name.json"
  echo "$name: $(tail -1 "$out/$name.scored")"
}
score_set seeds "$seeds" "$eval_dir/seeds-gold.jsonl"
score_set dev "$eval_dir/dev/articles" "$eval_dir/dev/gold.jsonl"
score_set deals-dev "$eval_dir/deals-dev/articles" "$eval_dir/deals-dev/gold.jsonl"
score_set real-dev "$eval_dir/real-dev/articles.jsonl" "$eval_dir/real-dev/gold.jsonl"

python3 "$root/tests/quality/floors.py" "$floors" "$out" "$mode"
