#!/usr/bin/env bash
# `dealgraph exposure` on the examples: the JSON answer for Oracle and OpenAI through one
# intermediary is the one checked in (its sums checked by hand against the articles: see
# docs/exposure.md), the words carry the sums and the quotes, unknown names get the
# suggestions `path` gives, and --since/--until mean the same on every command.
#   tests/e2e/exposure.sh DEALGRAPH ROOT [--update]
set -euo pipefail
dealgraph=$1
root=$2
expected=$root/tests/e2e/exposure-examples.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$dealgraph" build "$root/examples" -o "$work/examples" -q >/dev/null
# The graph path in the answer is the temporary folder's: compare without it.
answer() { "$dealgraph" exposure "$@" --graph "$work/examples" --json | python3 -c '
import json, sys
answer = json.load(sys.stdin)
answer["graph"] = "examples/graph.ttl"
print(json.dumps(answer, indent=2, ensure_ascii=False))'; }
answer Oracle OpenAI --hops 2 >"$work/oracle-openai.json"
if [[ ${3:-} == --update ]]; then
  cp "$work/oracle-openai.json" "$expected"
  echo "recorded $expected"
fi
diff -u "$expected" "$work/oracle-openai.json" || fail "exposure Oracle OpenAI --hops 2 differs from $expected"

# The same question by other names, in another order of A and B, finds the same deals.
answer 甲骨文 openai --hops 2 | python3 -c '
import json, sys
j = json.load(sys.stdin)
assert j["a"]["label"] == "Oracle" and len(j["deals"]) == 5, (j["a"], len(j["deals"]))' || fail "exposure by other names"

# In words: the totals, the figure each deal's sum takes and the quotes behind it.
"$dealgraph" exposure Nvidia OpenAI --graph "$work/examples" >"$work/words.txt"
for line in "Nvidia and OpenAI: 3 deals (3 direct, 0 through an intermediary)" \
            "    Nvidia -> OpenAI: 100,000,000,000 USD (1 deal)" \
            "    OpenAI -> Nvidia: 350,000,000,000 USD (1 deal)" \
            "    not summed: 1 deal without an amount" \
            "         figure summed: 100,000,000,000 USD (stated by 3 articles: pt-pt-amd-openai, zh-hans-nvidia-openai, zh-hant-softbank-groq)"; do
  grep -qxF -- "$line" "$work/words.txt" || fail "exposure in words lacks: $line"
done
grep -q '^         quote (article zh-hans-nvidia-openai, 240-309): ' "$work/words.txt" || fail "the lease's quote is missing"

# An unknown name: exit 1 and the closest known names, exactly as path says it.
set +e
"$dealgraph" exposure Nvidai OpenAI --graph "$work/examples" 2>"$work/exposure.err" >/dev/null; code=$?
"$dealgraph" path Nvidai OpenAI --graph "$work/examples" 2>"$work/path.err" >/dev/null
set -e
[[ $code -eq 1 ]] || fail "an unknown name should exit 1, got $code"
grep -q "closest known names: Nvidia" "$work/exposure.err" || fail "no suggestion: $(cat "$work/exposure.err")"
[[ $(sed 's/^dealgraph exposure: unknown A /X/' "$work/exposure.err") == $(sed 's/^dealgraph path: unknown FROM /X/' "$work/path.err") ]] ||
  fail "exposure and path suggest differently: $(cat "$work/exposure.err" "$work/path.err")"

# Bad windows are usage errors (2) on every command.
for command in "exposure Nvidia OpenAI" "path Nvidia OpenAI" "neighbors Nvidia" "subgraph Nvidia -o $work/sub"; do
  set +e
  # shellcheck disable=SC2086
  "$dealgraph" $command --graph "$work/examples" --since 2025-13 >/dev/null 2>"$work/err"; code=$?
  # shellcheck disable=SC2086
  "$dealgraph" $command --graph "$work/examples" --since 2026 --until 2025 >/dev/null 2>>"$work/err"; code2=$?
  set -e
  [[ $code -eq 2 && $code2 -eq 2 ]] || fail "$command: a bad window should exit 2 ($code, $code2): $(cat "$work/err")"
done

# A window before every deal leaves nothing, the same way on every command.
"$dealgraph" exposure Nvidia OpenAI --graph "$work/examples" --until 1999 | grep -qx "no deals within 1 hop between Nvidia and OpenAI until 1999" ||
  fail "exposure --until 1999 should find nothing"
"$dealgraph" path Nvidia OpenAI --graph "$work/examples" --until 1999 | grep -q "^no connection within 6 hops between Nvidia and OpenAI until 1999$" ||
  fail "path --until 1999 should find nothing"
"$dealgraph" neighbors Nvidia --graph "$work/examples" --until 1999 --via investment | grep -qx "Nvidia: 0 entities within 1 hop through Investment links until 1999" ||
  fail "neighbors --until 1999 should find nothing"
"$dealgraph" subgraph Nvidia --graph "$work/examples" --until 1999 --type investment -o "$work/sub" | grep -q "^Nvidia: 1 entities, 0 deals" ||
  fail "subgraph --until 1999 should keep no deal"
echo "exposure: ok"
