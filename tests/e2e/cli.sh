#!/usr/bin/env bash
# The command line as users and scripts meet it: exit codes, bad inputs, determinism, stdin.
set -euo pipefail
dealgraph=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# --version and --help answer and exit 0; no subcommand is bad usage (2).
"$dealgraph" --version | grep -q "^dealgraph [0-9]"
"$dealgraph" --help | grep -q "build"
set +e
"$dealgraph" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "no subcommand should exit 2"
"$dealgraph" build --no-such-flag x >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "an unknown flag should exit 2"
# A missing input: exit 1 and a one-line message naming it.
"$dealgraph" build "$work/missing.txt" -o "$work/out0" 2>"$work/err"; code=$?
set -e
[[ $code -eq 1 ]] || fail "a missing input should exit 1, got $code"
[[ $(wc -l <"$work/err") -eq 1 ]] || fail "the message should be one line: $(cat "$work/err")"
grep -q "missing.txt" "$work/err" || fail "the message should name the file"

# A binary file among good inputs is skipped, named in report.json, and the rest is built.
mkdir -p "$work/in"
cp "$root"/examples/es-*.txt "$work/in/"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01' >"$work/in/picture.txt"
printf '' >"$work/in/empty.txt"
"$dealgraph" build "$work/in" -o "$work/out1" 2>"$work/err1" >/dev/null
grep -q "picture.txt" "$work/err1" || fail "the binary file should be named on stderr"
/usr/bin/python3 - "$work/out1/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
skipped = {s["source"].rsplit("/", 1)[1]: s["reason"] for s in report["skipped"]}
assert "picture.txt" in skipped and "PNG" in skipped["picture.txt"], skipped
assert "empty.txt" in skipped, skipped
assert report["inputs"]["articles"] == 1, report["inputs"]
PY
ls "$work/out1" | grep -q tmp && fail "temporary files were left behind"

# Determinism: the same inputs give byte-identical files, whatever their order on the command line.
"$dealgraph" build "$root/examples" -o "$work/a" -q
"$dealgraph" build "$root/examples" -o "$work/b" -q
mapfile -t files < <(find "$root/examples" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.json' -o -name '*.jsonl' \) | sort -r)
"$dealgraph" build "${files[@]}" -o "$work/c" -q
for f in graph.ttl graph.graphml; do
  cmp -s "$work/a/$f" "$work/b/$f" || fail "$f differs between two runs"
  cmp -s "$work/a/$f" "$work/c/$f" || fail "$f differs when the inputs are given in another order"
done

# Standard input is an article too.
printf 'Nvidia said on Monday it would invest $5 billion in Intel, taking a stake of about 4%%.\n' |
  "$dealgraph" build - -o "$work/stdin" -q
grep -q "org:intel" "$work/stdin/graph.ttl" || fail "an article on stdin should be read"

# A failed run leaves the previous outputs intact: an unwritable output folder fails with exit 1.
mkdir -p "$work/ro" && cp "$work/a/graph.ttl" "$work/ro/graph.ttl" && chmod 500 "$work/ro"
if [[ $(id -u) -ne 0 ]]; then
  set +e; "$dealgraph" build "$root/examples" -o "$work/ro" -q 2>/dev/null; code=$?; set -e
  [[ $code -eq 1 ]] || fail "an unwritable output folder should exit 1"
  cmp -s "$work/a/graph.ttl" "$work/ro/graph.ttl" || fail "the previous graph.ttl was damaged"
fi
chmod 700 "$work/ro"

# Mistyped commands and options get the closest names; global options go before or after the command.
expect_usage() {  # expect_usage TEXT ARGS...: exit 2 and TEXT on standard error
  local text=$1 code
  shift
  set +e; "$dealgraph" "$@" >"$work/out.txt" 2>"$work/err.txt"; code=$?; set -e
  [[ $code -eq 2 ]] || fail "dealgraph $* should exit 2, got $code: $(cat "$work/err.txt")"
  grep -qF -- "$text" "$work/err.txt" || fail "dealgraph $* should say \"$text\": $(cat "$work/err.txt")"
}
expect_usage 'unknown command "biuld"; did you mean build?' biuld x
expect_usage 'did you mean check?' chekc "$work/a"
expect_usage 'unknown option --hops; did you mean --max-hops?' path Nvidia OpenAI --hops 2 --graph "$work/a"
expect_usage 'unknown option --max-hops; did you mean --hops?' neighbors Nvidia --max-hops 2 --graph "$work/a"
expect_usage 'did you mean --format?' build "$root/examples" --fromat ttl
expect_usage 'unknown command "frobnicate"' frobnicate
"$dealgraph" neighbours Nvidia --graph "$work/a" | grep -q "within 1 hop" || fail "neighbours should be neighbors"
"$dealgraph" build "$root/examples/es-anthropic-microsoft-nvidia.txt" -o "$work/global" -q --ontology "$root/ontology" ||
  fail "--ontology after the command should be accepted"
"$dealgraph" --ontology "$root/ontology" build "$root/examples/es-anthropic-microsoft-nvidia.txt" -o "$work/global2" -q ||
  fail "--ontology before the command should be accepted"
# A value that starts with "-" is a value, not a mistyped option.
set +e; "$dealgraph" build "$root/examples" --max-article-bytes -1 -o "$work/neg" 2>"$work/err.txt"; set -e
grep -q "expected a number of bytes" "$work/err.txt" || fail "--max-article-bytes -1 should be refused as a value: $(cat "$work/err.txt")"

# dealgraph help [CMD].
"$dealgraph" help | grep -q "subgraph" || fail "help should list the commands"
"$dealgraph" help path | grep -q -- "--max-hops" || fail "help path should list path's options"
"$dealgraph" help path | grep -q "Usage: dealgraph path" || fail "help path should show its usage"
expect_usage 'did you mean path?' help pth

# check, path and neighbors given a file that is not Turtle say which file to give.
"$dealgraph" build "$root/examples" -o "$work/formats" -q --format ttl,graphml,jsonld,dot,csv
expect_usage "graph.graphml is GraphML; give the graph.ttl beside it ($work/formats/graph.ttl)" check "$work/formats/graph.graphml"
expect_usage "is JSON-LD; give the graph.ttl beside it" path Nvidia OpenAI --graph "$work/formats/graph.jsonld"
expect_usage "is DOT (Graphviz)" neighbors Nvidia --graph "$work/formats/graph.dot"
cp "$work/formats/graph.graphml" "$work/formats/renamed.ttl"
expect_usage "renamed.ttl is GraphML" check "$work/formats/renamed.ttl"

# subgraph: the part around one entity, in every format, read back by check and neighbors.
"$dealgraph" subgraph 英伟达 --graph "$work/a" -o "$work/sub" --format ttl,nt,nq,trig,jsonld,graphml,dot,csv >"$work/sub.txt"
grep -q "^Nvidia: " "$work/sub.txt" || fail "subgraph should name the entity: $(cat "$work/sub.txt")"
for f in graph.ttl graph.nt graph.nq graph.trig graph.jsonld graph.graphml graph.dot nodes-entities.csv relationships.csv; do
  [[ -s $work/sub/$f ]] || fail "subgraph did not write $f"
done
"$dealgraph" check "$work/sub" >/dev/null || fail "check should read the subgraph"
# A subgraph folder holds one run, as a build's does: its manifest names what it wrote, and a
# second subgraph into it in fewer formats leaves none of the first one's other files.
grep -q '"name": "graph.nq"' "$work/sub/manifest.json" || fail "the subgraph's manifest should name graph.nq"
"$dealgraph" subgraph Nvidia --graph "$work/a" -o "$work/sub7" --format ttl,nq >/dev/null
"$dealgraph" subgraph Nvidia --graph "$work/a" -o "$work/sub7" --format ttl >/dev/null
[[ ! -e $work/sub7/graph.nq ]] || fail "a second subgraph into the folder should remove the first one's graph.nq"
whole=$(grep -c "a dg:" "$work/a/graph.ttl"); part=$(grep -c "a dg:" "$work/sub/graph.ttl")
((part > 0 && part < whole)) || fail "the subgraph should be a part of the graph ($part of $whole typed nodes)"
# Every neighbour of Nvidia at one hop is in the subgraph, with its evidence.
"$dealgraph" neighbors Nvidia --graph "$work/a" --json | python3 -c 'import json,sys; [print(n["iri"]) for n in json.load(sys.stdin)["neighbors"]]' >"$work/near.txt"
[[ -s $work/near.txt ]] || fail "Nvidia has no neighbours in the examples"
while read -r iri; do grep -qF "${iri##*/}" "$work/sub/graph.ttl" || fail "$iri is missing from the subgraph"; done <"$work/near.txt"
grep -q "dg:quote" "$work/sub/graph.ttl" || fail "the subgraph should keep the evidence"
"$dealgraph" subgraph Nvidia --graph "$work/a" -o "$work/sub2" --format ttl,nt,nq,trig,jsonld,graphml,dot,csv >/dev/null
for f in "$work/sub"/*; do cmp -s "$f" "$work/sub2/${f##*/}" || fail "subgraph ${f##*/} differs between two runs"; done
# Fewer deals with --type and --since; bad values are refused.
"$dealgraph" subgraph Nvidia --graph "$work/a" -o "$work/sub3" --type supply --since 2025 --hops 2 >/dev/null
grep -q "a dg:SupplyAgreement" "$work/sub3/graph.ttl" || fail "--type supply should keep supply agreements"
grep -q "a dg:Investment" "$work/sub3/graph.ttl" && fail "--type supply should drop investments"
"$dealgraph" subgraph --type supply --type stake Nvidia --graph "$work/a" -o "$work/sub5" >/dev/null
"$dealgraph" subgraph Nvidia --type supply,stake --graph "$work/a" -o "$work/sub6" >/dev/null
cmp -s "$work/sub5/graph.ttl" "$work/sub6/graph.ttl" || fail "--type given twice should be --type with a list"
expect_usage 'expected a date' subgraph Nvidia --graph "$work/a" -o "$work/sub4" --since 2025-13
expect_usage 'unknown deal type' subgraph Nvidia --graph "$work/a" -o "$work/sub4" --type shopping
set +e; "$dealgraph" subgraph Nobody-Such-Company --graph "$work/a" -o "$work/sub4" 2>"$work/err.txt"; code=$?; set -e
[[ $code -eq 1 ]] && grep -q "unknown ENTITY name" "$work/err.txt" || fail "an unknown entity should exit 1 with a message"
echo "cli end to end: ok"
