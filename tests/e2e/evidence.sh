#!/usr/bin/env bash
# Provenance on the examples and the golden articles: every evidence quote (deals, amounts,
# quantities, posts) is the exact code-point slice of its article's text that its offsets say.
set -euo pipefail
dealgraph=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for corpus in examples tests/golden/articles; do
  name=${corpus//\//-}
  "$dealgraph" build "$root/$corpus" -o "$work/$name" -q 2>/dev/null
  sordi -i turtle "$work/$name/graph.ttl" >"$work/$name/escaped.nt"
  /usr/bin/python3 "$root/tests/e2e/unescape_nt.py" "$work/$name/escaped.nt" "$work/$name/graph.nt"
  "$dealgraph" explain "$root/$corpus" >"$work/$name/explain.json"
  echo -n "$corpus: "
  /usr/bin/python3 "$root/tests/e2e/check_evidence.py" "$work/$name/graph.nt" "$work/$name/explain.json"
done
