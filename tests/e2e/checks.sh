#!/usr/bin/env bash
# The ownership and consistency checks end to end: sentences of our own in English, German,
# Spanish and Chinese built into a graph and checked through the CLI. fire.jsonl holds one
# case of each new check; quiet.jsonl the near misses that must not fire (a holder's successive
# stakes, completion after announcement, amounts that agree, an interim title, a parent and its
# subsidiary named alike).
set -euo pipefail
dealgraph=$1
root=$2
cases=$root/tests/e2e/checks
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$dealgraph" build "$cases/fire.jsonl" -o "$out/fire" -q >/dev/null
set +e
"$dealgraph" check "$out/fire/graph.ttl" >"$out/fire.txt"; code=$?
"$dealgraph" check "$out/fire/graph.ttl" --json >"$out/fire.json"
set -e
[[ $code -eq 3 ]] || { echo "FAIL: check should exit 3 on fire.jsonl, got $code"; cat "$out/fire.txt"; exit 1; }
expect() {  # expect DESCRIPTION PATTERN: a line of check's words must match
  grep -qF -- "$2" "$out/fire.txt" || { echo "FAIL: $1 (no line has: $2)"; cat "$out/fire.txt"; exit 1; }
}
expect "stakes over 100%, English and German" "stakes in Quillon Mining add up to 115% at 2025-03-04"
expect "the German stake quoted" "Reedmoor übernimmt 55 Prozent an Quillon Mining"
expect "completion (Spanish) before announcement (English)" "completed on 2023-05"
expect "the Spanish completion quoted" "Halvard Foods completó la adquisición de Tessel Dairy"
expect "a unit slip between Chinese and English" "differ by a factor of 1000, likely a unit slip (million for billion, 百万 for 十亿)"
expect "both amounts quoted" "\"12亿美元\" in \"Varden Chips宣布向Lumo Labs投资12亿美元。\" (slip-zh)"
expect "one CEO of two companies" "Mira Okonjo is CEO of both Brisk Freight and Tallow Systems in one article"
if grep -q "conflicting-amounts" "$out/fire.txt"; then echo "FAIL: the unit slip is reported twice"; exit 1; fi
/usr/bin/python3 - "$out/fire.json" "$out/fire/report.json" <<'PY'
import json, sys
checked, report = (json.load(open(f)) for f in sys.argv[1:3])
kinds = {"stakes-over-whole", "completed-before-announced", "amount-unit-slip", "exclusive-post-twice"}
for name, findings in (("check --json", checked["findings"]), ("report.json", report["findings"])):
    found = [f for f in findings if f["kind"] in kinds]
    assert {f["kind"] for f in found} == kinds, (name, found)
    for f in found:
        assert len(f["evidence"]) == 2 and len({e["source"] for e in f["evidence"]}) >= 1, (name, f)
        assert all(e["quote"] for e in f["evidence"]), (name, f)
PY

# Far from any ontology folder, every check but the exclusive posts still runs, and says so.
mkdir -p "$out/no-ontology"
set +e
"$dealgraph" --ontology "$out/no-ontology" check "$out/fire/graph.ttl" >"$out/bare.txt" 2>"$out/bare.err"; code=$?
set -e
[[ $code -eq 3 ]] && grep -q "stakes-over-whole" "$out/bare.txt" && ! grep -q "exclusive-post-twice" "$out/bare.txt" &&
  grep -q "exclusive posts are not checked" "$out/bare.err" || { echo "FAIL: check without rules/checks.ttl"; cat "$out/bare.err"; exit 1; }

"$dealgraph" build "$cases/quiet.jsonl" -o "$out/quiet" -q >/dev/null
"$dealgraph" check "$out/quiet/graph.ttl" >"$out/quiet.txt" || { echo "FAIL: check found errors in quiet.jsonl"; cat "$out/quiet.txt"; exit 1; }
for kind in stakes-over-whole completed-before-announced amount-unit-slip exclusive-post-twice conflicting-amounts; do
  if grep -q "$kind" "$out/quiet.txt"; then echo "FAIL: $kind fired on quiet.jsonl"; cat "$out/quiet.txt"; exit 1; fi
done
# The near misses are near: the stakes, dates, amounts and posts they compare are in the graph.
grep -q '"30"^^xsd:decimal' "$out/quiet/graph.ttl" && grep -q '"65"^^xsd:decimal' "$out/quiet/graph.ttl" &&
  grep -q 'dg:claimStatus "completed"' "$out/quiet/graph.ttl" && grep -q '"1300000000"^^xsd:decimal' "$out/quiet/graph.ttl" &&
  grep -q 'org/tallow-cloud' "$out/quiet/graph.ttl" || { echo "FAIL: quiet.jsonl no longer extracts what it tests"; exit 1; }
echo "checks: ok"
