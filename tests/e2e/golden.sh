#!/usr/bin/env bash
# Golden development set: 14 hand-written articles in zh-Hans, zh-Hant, pt, es, en, de and fr
# (tests/golden/articles/) scored against tests/golden/gold.jsonl with the shared scorer.
#   golden.sh DEALGRAPH_BINARY PROJECT_ROOT
# Prints the scorer's per-article lines, its notes (--verbose) and its summary line.
# Exits 77 (skipped) when the scorer or node is missing, 1 when entity F1 < 0.6 or deal F1 < 0.3
# (regression floors, not targets), 0 otherwise.
set -euo pipefail
dealgraph=${1:?usage: golden.sh DEALGRAPH_BINARY PROJECT_ROOT}
root=${2:?usage: golden.sh DEALGRAPH_BINARY PROJECT_ROOT}
articles=$root/tests/golden/articles
gold=$root/tests/golden/gold.jsonl
score=$root/../shared/eval/score

ENTITY_F1_FLOOR=${GOLDEN_ENTITY_F1_FLOOR:-0.85}
DEAL_F1_FLOOR=${GOLDEN_DEAL_F1_FLOOR:-0.45}

[[ -d $articles && -s $gold ]] || { echo "FAIL: $articles or $gold is missing"; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$dealgraph" build "$articles" -o "$out" -q
[[ -s $out/graph.ttl ]] || { echo "FAIL: build wrote no graph.ttl"; exit 1; }

if [[ ! -e $score ]]; then
  echo "SKIPPED: the scorer $score does not exist on this machine"
  exit 77
fi
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed, so the scorer cannot run"
  exit 77
fi

shopt -s nullglob
ontology=("$root"/ontology/*.ttl)
if ! "$score" --gold "$gold" "$out/graph.ttl" "${ontology[@]}" --verbose >"$out/score.txt" 2>"$out/score.err"; then
  cat "$out/score.txt" "$out/score.err"
  echo "FAIL: the scorer did not run"
  exit 1
fi
cat "$out/score.txt"

summary=$(tail -n 1 "$out/score.txt")
# entities P x R y F1 z | deals P x R y F1 z | ...
entity_f1=$(sed -nE 's/^entities P [0-9.]+ R [0-9.]+ F1 ([0-9.]+).*/\1/p' <<<"$summary")
deal_f1=$(sed -nE 's/.*\| deals P [0-9.]+ R [0-9.]+ F1 ([0-9.]+).*/\1/p' <<<"$summary")
if [[ -z $entity_f1 || -z $deal_f1 ]]; then
  echo "FAIL: cannot read entity and deal F1 from the scorer's last line: $summary"
  exit 1
fi

echo "golden: entity F1 $entity_f1 (floor $ENTITY_F1_FLOOR), deal F1 $deal_f1 (floor $DEAL_F1_FLOOR)"
fail=0
if awk -v f="$entity_f1" -v m="$ENTITY_F1_FLOOR" 'BEGIN { exit !(f < m) }'; then
  echo "FAIL: entity F1 $entity_f1 is below $ENTITY_F1_FLOOR"
  fail=1
fi
if awk -v f="$deal_f1" -v m="$DEAL_F1_FLOOR" 'BEGIN { exit !(f < m) }'; then
  echo "FAIL: deal F1 $deal_f1 is below $DEAL_F1_FLOOR"
  fail=1
fi
if (( fail )); then exit 1; fi
echo "golden set: ok"
