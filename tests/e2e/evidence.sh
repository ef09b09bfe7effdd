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
  /usr/bin/python3 -c '
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"\\U([0-9A-Fa-f]{8})|\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
' "$work/$name/escaped.nt" "$work/$name/graph.nt"
  "$dealgraph" explain "$root/$corpus" >"$work/$name/explain.json"
  echo -n "$corpus: "
  /usr/bin/python3 "$root/tests/e2e/check_evidence.py" "$work/$name/graph.nt" "$work/$name/explain.json"
done
