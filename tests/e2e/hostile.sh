#!/usr/bin/env bash
# Hostile inputs and options (issue 16), through the real CLI: each case that once crashed,
# aborted or wrote something wrong now either builds what it can or is refused with a message
# saying what is wrong; never a crash, never a half-replaced output folder.
set -euo pipefail
dealgraph=$1
root=$2
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[[ -x $py ]] || { echo "SKIPPED: $py is needed to write the inputs and read report.json"; exit 77; }
good='Nvidia said on Monday it would invest $5 billion in Intel.'

# expect_refused CODE WORDS ARGS...: the command exits CODE and says WORDS on standard error.
expect_refused() {
  local want=$1 words=$2 code
  shift 2
  set +e
  "$dealgraph" "$@" >"$work/stdout" 2>"$work/stderr"
  code=$?
  set -e
  [[ $code -eq $want ]] || { cat "$work/stderr"; fail "$* should exit $want, got $code"; }
  grep -qF -- "$words" "$work/stderr" || { cat "$work/stderr"; fail "$* should say: $words"; }
}

# Item 4: a number the JSON library cannot hold (1e400) skips its record only, named FILE:LINE.
printf '{"id":"a","text":"%s"}\n{"id":"b","text":"AMD agreed to supply chips to OpenAI.","score":1e400}\n{"id":"c","text":"Oracle signed a $30 billion cloud contract with OpenAI."}\n' \
  "$good" >"$work/numbers.jsonl"
"$dealgraph" build "$work/numbers.jsonl" -o "$work/out-numbers" -q 2>"$work/err-numbers" ||
  { cat "$work/err-numbers"; fail "a record with 1e400 must not fail the build"; }
grep -q "skipped $work/numbers.jsonl:2: .*number overflow parsing '1e400'" "$work/err-numbers" ||
  { cat "$work/err-numbers"; fail "the 1e400 record should be named FILE:LINE with its reason"; }
grep -q '"articles": 2' "$work/out-numbers/report.json" || fail "the records around the 1e400 one should be built"
echo "1e400 in a record: that record skipped"

# Item 5: a file name that is not UTF-8 builds, and is reported in a lossless form.
mkdir -p "$work/latin1"
printf '%s\n' "$good" >"$work/latin1/$(printf 'caf\xe9.txt')"
"$dealgraph" build "$work/latin1" -o "$work/out-latin1" -q 2>"$work/err-latin1" ||
  { cat "$work/err-latin1"; fail "a file name in Latin-1 must not fail the build"; }
"$py" - "$work/out-latin1/report.json" <<'PY' || fail "report.json should name the Latin-1 file as caf%E9.txt"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert [b["source"].rsplit("/", 1)[-1] for b in report["built"]] == ["caf%E9.txt"], report["built"]
PY
grep -q 'dg:sourceId "caf%E9"' "$work/out-latin1/graph.ttl" || fail "the source id should be the lossless name"
echo "file name not in UTF-8: built, named caf%E9.txt"

# Item 9: a "lang" that is not a BCP 47 tag is dropped with a note; the language is detected.
long=$(printf 'a%.0s' $(seq 256))
printf '{"id":"l1","lang":"portuguese","text":"%s"}\n{"id":"l2","lang":"en-","text":"%s"}\n{"id":"l3","lang":"%s","text":"%s"}\n{"id":"l4","lang":"pt-BR","text":"%s"}\n' \
  "$good" "$good" "$long" "$good" "$good" >"$work/lang.jsonl"
"$dealgraph" build "$work/lang.jsonl" -o "$work/out-lang" -q 2>"$work/err-lang" ||
  { cat "$work/err-lang"; fail "bad language tags must not fail the build"; }
for line in 1 2 3; do
  grep -q "lang.jsonl:$line: field \"lang\" is not a BCP 47 language tag" "$work/err-lang" ||
    { cat "$work/err-lang"; fail "record $line's bad language tag should be named"; }
done
"$py" - "$work/out-lang/report.json" <<'PY' || fail "bad tags should be replaced by the detected language"
import json, sys
languages = {b["id"]: b["language"] for b in json.load(open(sys.argv[1]))["built"]}
assert languages == {"l1": "en", "l2": "en", "l3": "en", "l4": "pt-BR"}, languages
PY
grep -qE '@(portuguese|en-[^A-Za-z0-9]|aaaa)' "$work/out-lang/graph.ttl" && fail "graph.ttl should hold no bad language tag"
echo "bad language tags: dropped, detected instead"

# Items 10 and 11: dates that are no day are not written as xsd:date; addresses holding a
# control character or non-character are left out; an id holding NUL or U+FFFE skips its record.
"$py" - "$work/values.jsonl" "$good" <<'PY'
import json, sys
good = sys.argv[2]
records = [
    {"id": "bad-date", "date": "2025-99-99", "url": "https://example.org/a\ufffe", "text": good},
    {"id": "feb-30", "date": "2024-02-30", "url": "https://example.org/b\uffff", "text": good},
    {"id": "leap-day", "date": "2024-02-29", "url": "https://example.org/c", "text": good},
    {"id": "nul\u0000id", "text": good},
    {"id": "nonchar\ufffe", "text": good},
]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for record in records: out.write(json.dumps(record) + "\n")
PY
"$dealgraph" build "$work/values.jsonl" -o "$work/out-values" -q 2>"$work/err-values" ||
  { cat "$work/err-values"; fail "bad values must not fail the build"; }
grep -q '"2025-99-99"\|"2024-02-30"' "$work/out-values/graph.ttl" && fail "a date that is no day should not be written"
grep -q '"2024-02-29"^^xsd:date' "$work/out-values/graph.ttl" || fail "a real leap day should be written"
"$py" - "$work/out-values/graph.ttl" <<'PY' || fail "graph.ttl should hold no control character or non-character"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
assert not any(c in text for c in "\ufffe\uffff\x00") and "%00" not in text and "%EF%BF%BE" not in text
PY
grep -q 'values.jsonl:4: field "id" holds U+0000' "$work/err-values" || { cat "$work/err-values"; fail "a NUL id should be refused"; }
grep -q 'values.jsonl:5: field "id" holds U+FFFE' "$work/err-values" || fail "a U+FFFE id should be refused"
grep -q '"articles": 3' "$work/out-values/report.json" || fail "the records with good ids should be built"
echo "dates that are no day, addresses and ids with controls or non-characters: left out or refused"

# Item 13: two files of one name in different folders are both built, with ids that do not
# depend on the order the inputs are given in.
mkdir -p "$work/same/x" "$work/same/y"
printf '%s\n' "$good" >"$work/same/x/index.txt"
printf 'AMD agreed to supply chips to OpenAI.\n' >"$work/same/y/index.txt"
"$dealgraph" build "$work/same/x" "$work/same/y" -o "$work/out-xy" -q 2>"$work/err-xy"
"$dealgraph" build "$work/same/y" "$work/same/x" -o "$work/out-yx" -q 2>"$work/err-yx"
grep -q '"articles": 2' "$work/out-xy/report.json" || { cat "$work/err-xy"; fail "both index.txt should be built"; }
cmp -s "$work/out-xy/graph.ttl" "$work/out-yx/graph.ttl" || fail "the graph should not depend on the order of the inputs"
echo "two files of one name: both built, in any order"

# Item 3: a huge -j under a memory limit that cannot hold that many thread stacks.
"$py" -c "
import json
for i in range(400): print(json.dumps({'id': f'r{i}', 'text': '$good'}))" >"$work/many.jsonl"
set +e
# Under AddressSanitizer a memory limit stops the process before main (its shadow memory cannot
# be reserved), so there the thread cap is tried without one.
if grep -qa __asan_init "$dealgraph"; then
  "$dealgraph" build "$work/many.jsonl" -o "$work/out-many" -q -j 100000 2>"$work/err-many"
else
  (ulimit -v 1500000 && "$dealgraph" build "$work/many.jsonl" -o "$work/out-many" -q -j 100000) 2>"$work/err-many"
fi
code=$?
set -e
[[ $code -eq 0 ]] || { cat "$work/err-many"; fail "-j 100000 should build with the threads it gets (exit $code)"; }
grep -q '"articles": 400' "$work/out-many/report.json" || fail "-j 100000 should build every article"
echo "-j 100000 under a memory limit: built"

# Item 20: option values out of range are refused with what was expected.
expect_refused 2 "expected K/N" build "$work/numbers.jsonl" -o "$work/x" --shard 1/-1
expect_refused 2 "expected K/N" build "$work/numbers.jsonl" -o "$work/x" --shard -1/-1
expect_refused 2 "expected K/N" build "$work/numbers.jsonl" -o "$work/x" --shard 0/2
expect_refused 2 "expected a number of bytes from 1 up" build "$work/numbers.jsonl" -o "$work/x" --max-article-bytes -1
expect_refused 2 "expected an absolute IRI" build "$work/numbers.jsonl" -o "$work/x" --base ""
expect_refused 2 "expected an absolute IRI" build "$work/numbers.jsonl" -o "$work/x" --base "id/"
expect_refused 2 "expected an absolute IRI" merge "$work/out-numbers" -o "$work/x" --base ""
[[ ! -e $work/x ]] || fail "a refused command should write nothing"
echo "option values out of range: refused"

# Item 18: path --all has a hard cap on the paths it gathers.
"$dealgraph" build "$root/examples" -o "$work/out-examples" -q
expect_refused 2 "at most 10000 paths can be listed" path Nvidia Intel --graph "$work/out-examples" --all --limit 100000000
timeout 60 "$dealgraph" path Nvidia Intel --graph "$work/out-examples" --all --limit 10000 --max-hops 8 >/dev/null ||
  fail "path --all --limit 10000 should finish"
echo "path --all --limit 100000000: refused; 10000 is the cap"

# Item 21: messages that say what is wrong and what to do.
: >"$work/empty.ttl"
expect_refused 1 "empty: no Turtle in it" path Nvidia Intel --graph "$work/empty.ttl"
ln -s "$work/missing-folder" "$work/dangling-out"
expect_refused 1 "is a symbolic link to $work/missing-folder, which does not exist" \
  build "$work/numbers.jsonl" -o "$work/dangling-out"
echo "an empty graph.ttl, an -o that is a dangling link: said so"

# Item 2: merge refuses what it cannot merge faithfully, and never crashes.
"$dealgraph" build "$root/examples" -o "$work/s1" -q --shard 1/2
"$dealgraph" build "$root/examples" -o "$work/s2" -q --shard 2/2
"$dealgraph" merge "$work/s1" "$work/s2" -o "$work/merged" >/dev/null || fail "a plain merge should work"
expect_refused 1 "the same shard as $work/s1" merge "$work/s1" "$work/s2" "$work/s1/" -o "$work/m"
cp -r "$work/s1" "$work/s1-copy"
expect_refused 1 "was built by $work/s1 too" merge "$work/s1" "$work/s1-copy" -o "$work/m"
"$dealgraph" build "$root/examples" -o "$work/s2-other" -q --shard 2/2 --base https://example.org/other/
expect_refused 1 "is not under --base" merge "$work/s1" "$work/s2-other" -o "$work/m"
cp -r "$work/s2" "$work/s2-noid"
"$py" - "$work/s2-noid/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for entry in report["built"]: del entry["id"]
json.dump(report, open(sys.argv[1], "w"))
PY
expect_refused 1 '"built" entry 1 has no string "id"' merge "$work/s1" "$work/s2-noid" -o "$work/m"
[[ ! -e $work/m ]] || fail "a refused merge should write nothing"
echo "merge: the same shard twice, an article in two shards, another --base, entries without id: refused"

# Item 19: a user lexicon entry whose local name is a built-in one's gets an IRI of its own,
# and the built-in entity keeps its IRI and labels.
cat >"$work/other-nvidia.ttl" <<'TTL'
@prefix dg: <https://w3id.org/dealgraph#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://example.org/other/nvidia> a dg:Organization ; skos:prefLabel "Nvidia Garden Supplies"@en .
TTL
printf '%s\nNvidia Garden Supplies agreed to buy seeds from Intel.\n' "$good" >"$work/garden.txt"
"$dealgraph" build "$work/garden.txt" --lexicon "$work/other-nvidia.ttl" -o "$work/out-garden" -q 2>"$work/err-garden" ||
  { cat "$work/err-garden"; fail "a user lexicon entry named like a built-in one should build"; }
"$py" - "$work/out-garden/graph.ttl" <<'PY' || fail "the user's nvidia should not take over the built-in Nvidia"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = {m.group(1): m.group(2) for m in re.finditer(r"^(\S+)\n\s+a dg:Organization ,\s+schema:Organization ;(.*?) \.\n", text, re.M | re.S)}
builtin = [iri for iri in blocks if iri == "org:nvidia"]
users = [iri for iri in blocks if iri.endswith("/org/nvidia-217c45ff8110>")]
assert len(builtin) == 1 and len(users) == 1, sorted(blocks)
assert '"Nvidia Garden Supplies"' not in blocks[builtin[0]] and '"Nvidia Garden Supplies"' in blocks[users[0]]
PY
echo "a user lexicon entry named like a built-in one: an IRI of its own"

# Item 21: an empty label in a lexicon is named with its file and line.
cat >"$work/empty-label.ttl" <<'TTL'
@prefix dg: <https://w3id.org/dealgraph#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<http://example.org/lexicon/acme> a dg:Organization ;
  skos:prefLabel ""@en .
TTL
expect_refused 1 "empty-label.ttl:4:1: entry http://example.org/lexicon/acme has an empty skos:prefLabel" \
  build "$work/garden.txt" --lexicon "$work/empty-label.ttl" -o "$work/x"
echo "an empty lexicon label: named with its file and line"

# Item 21: JSON Lines on standard input larger than one article may be is read record by
# record, each within the limit, instead of being skipped whole.
"$py" - "$good" >"$work/stdin.jsonl" <<'PY'
import json, sys
for i in range(8): print(json.dumps({"id": f"s{i}", "text": sys.argv[1] + " " + "More words follow here. " * 10}))
print(json.dumps({"id": "big", "text": "x" * 2000}))
print(json.dumps({"id": "after", "text": sys.argv[1]}))
PY
"$dealgraph" build - -o "$work/out-stdin" -q --max-article-bytes 1000 <"$work/stdin.jsonl" 2>"$work/err-stdin" ||
  { cat "$work/err-stdin"; fail "a large JSON Lines stream on standard input should build"; }
grep -q '"articles": 9' "$work/out-stdin/report.json" || { cat "$work/err-stdin"; fail "every record within the limit should be built"; }
grep -q "<stdin>:9: record larger than --max-article-bytes" "$work/err-stdin" ||
  { cat "$work/err-stdin"; fail "the record over the limit should be skipped alone, named"; }
{ echo "{\"id\": \"first\", \"text\": \"$(head -c 3000 /dev/zero | tr '\0' 'y')\"}"; cat "$work/stdin.jsonl"; } >"$work/stdin-first.jsonl"
"$dealgraph" build - -o "$work/out-stdin-first" -q --max-article-bytes 1000 <"$work/stdin-first.jsonl" 2>"$work/err-stdin-first" ||
  { cat "$work/err-stdin-first"; fail "a stream whose first record is over the limit should still build"; }
grep -q '"articles": 9' "$work/out-stdin-first/report.json" ||
  { cat "$work/err-stdin-first"; fail "a first record over the limit should be skipped alone"; }
grep -q "<stdin>:1: record larger than --max-article-bytes" "$work/err-stdin-first" ||
  { cat "$work/err-stdin-first"; fail "the first record over the limit should be named"; }
echo "JSON Lines on standard input over the limit: record by record, the first record too"

# Item 15: merge refuses a shard holding statements in vocabulary it does not know, naming
# them, rather than dropping them unseen.
cp -r "$work/s2" "$work/s2-foreign"
printf '<https://example.org/thing> <https://schema.org/name> "a thing" ; a <https://schema.org/Thing> .\n' \
  >>"$work/s2-foreign/graph.ttl"
expect_refused 1 "2 statements in vocabulary that is not dealgraph's, which a merge would drop: a https://schema.org/Thing (1), https://schema.org/name (1)" \
  merge "$work/s1" "$work/s2-foreign" -o "$work/m"
[[ ! -e $work/m ]] || fail "a refused merge should write nothing"
echo "merge: statements in vocabulary it does not know: refused, named"

echo "hostile inputs: ok"
