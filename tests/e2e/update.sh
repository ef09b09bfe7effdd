#!/usr/bin/env bash
# Incremental builds: `build --update DIR INPUT...` gives the very files of one full build, for
# a new article, a changed one, one removed and read again, and leaves DIR as it was when nothing
# is new. On a copy of examples/, in several formats.
set -euo pipefail
dealgraph=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Every format a merge writes as a build does (CSV lists amounts without a currency, which
# graph.ttl leaves out, so a merge cannot give them back: not compared here).
formats=ttl,nt,nq,trig,jsonld,graphml,dot
ex=$work/ex
cp -r "$root/examples" "$ex"
rm -rf "$ex/queries"

same_files() {  # same_files WHAT EXPECTED_DIR ACTUAL_DIR
  local file
  [[ $(cd "$2" && ls) == $(cd "$3" && ls) ]] || { echo "FAIL: $1: other files: $(cd "$3" && ls | tr '\n' ' ')"; exit 1; }
  for file in $(cd "$2" && ls); do
    cmp -s "$2/$file" "$3/$file" || {
      echo "FAIL: $1: $file differs from a full build"
      diff <(head -c 200000 "$2/$file") <(head -c 200000 "$3/$file") | head -10
      exit 1
    }
  done
  echo "$1: every file equals a full build's"
}
build() { "$dealgraph" build "$@" --format "$formats" -q 2>/dev/null; }

build "$ex" -o "$work/full"

# A missing folder: a full build.
build --update "$work/fresh" "$ex"
same_files "missing folder" "$work/full" "$work/fresh"

# All but the last article, then the last one alone; and the last one among all the inputs.
last=$ex/zh-hant-softbank-groq.txt
mv "$last" "$work/aside.txt"
build "$ex" -o "$work/part"
cp -r "$work/part" "$work/part2"
mv "$work/aside.txt" "$last"
"$dealgraph" build --update "$work/part" "$last" >"$work/said"
grep -q "1 new articles, 0 changed" "$work/said" || { echo "FAIL: update does not say what it added"; cat "$work/said"; exit 1; }
same_files "one new article given alone" "$work/full" "$work/part"
"$dealgraph" build --update "$work/part2" "$ex" -q
same_files "one new article among all inputs" "$work/full" "$work/part2"

# Nothing new: the folder is left byte for byte and time for time as it was, and it says so.
cp -a "$work/full" "$work/same"
listing() { find "$1" -printf '%p %s %m %T@\n' | sort; sha256sum "$1"/*; }
before=$(listing "$work/same")
"$dealgraph" build --update "$work/same" "$ex" >"$work/said"
grep -q "left as it was" "$work/said" || { echo "FAIL: a run with nothing new does not say so"; cat "$work/said"; exit 1; }
[[ $before == "$(listing "$work/same")" ]] || {
  echo "FAIL: a run with nothing new changed the folder"; exit 1; }
echo "nothing new: folder untouched"

# A changed article replaces its old facts (a record of the JSON Lines file and a plain file),
# and the articles that shared a node with it are read again.
cp -r "$work/full" "$work/changed"
sed -i 's/SoftBank/Softbank Vision/g; s/\$40bn/$41bn/g' "$ex/en-softbank-openai.html"
python3 - "$ex/wire.jsonl" <<'PY'
import json, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().splitlines()
record = json.loads(lines[0])
record["text"] = record["text"].replace("Nvidia", "Nvidia and Broadcom", 1) + " The terms were not disclosed."
lines[0] = json.dumps(record, ensure_ascii=False)
open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
build "$ex" -o "$work/full-changed"
! cmp -s "$work/full/graph.ttl" "$work/full-changed/graph.ttl" || { echo "FAIL: the edit changed nothing"; exit 1; }
# Given alone, the changed file cannot take out the old facts it shared: refused, folder untouched.
cp -r "$work/full" "$work/refused"
set +e
"$dealgraph" build --update "$work/refused" "$ex/en-softbank-openai.html" -q 2>"$work/err"; code=$?
set -e
[[ $code -eq 1 ]] && grep -q "not among the inputs" "$work/err" || { echo "FAIL: changed article alone: exit $code"; cat "$work/err"; exit 1; }
same_files "refused update" "$work/full" "$work/refused"
"$dealgraph" build --update "$work/changed" "$ex" >"$work/said"
grep -q " 2 changed" "$work/said" || { echo "FAIL: update does not count the changed articles"; cat "$work/said"; exit 1; }
same_files "changed articles" "$work/full-changed" "$work/changed"

# Removed, then read again: a plain build without one article, then --update with all.
mv "$ex/de-telekom-nvidia.md" "$work/aside.md"
build "$ex" -o "$work/readded"
mv "$work/aside.md" "$ex/de-telekom-nvidia.md"
build --update "$work/readded" "$ex"
same_files "removed then read again" "$work/full-changed" "$work/readded"

# The same bytes at another path: only its path changes.
cp -r "$work/readded" "$work/moved"
mkdir "$ex/archive" && mv "$ex/pt-pt-amd-openai.txt" "$ex/archive/"
build "$ex" -o "$work/full-moved"
"$dealgraph" build --update "$work/moved" "$ex" >"$work/said"
grep -q "0 new articles, 1 changed, 0 built again" "$work/said" || { echo "FAIL: a moved article"; cat "$work/said"; exit 1; }
same_files "moved article" "$work/full-moved" "$work/moved"
# A changed article whose neighbour moved: the neighbour is built once, with its new path.
cp -r "$work/full-moved" "$work/moved-and-changed"
mv "$ex/zh-hans-nvidia-openai.txt" "$ex/archive/"
sed -i 's/Nvidia/Nvidia Corp/' "$ex/es-anthropic-microsoft-nvidia.txt"
build "$ex" -o "$work/full-moved-and-changed"
"$dealgraph" build --update "$work/moved-and-changed" "$ex" >"$work/said"
grep -q "0 new articles, 2 changed" "$work/said" || { echo "FAIL: a changed article beside a moved one"; cat "$work/said"; exit 1; }
same_files "changed beside moved" "$work/full-moved-and-changed" "$work/moved-and-changed"

# A record added to a JSON Lines file the folder has read: the file is not counted twice.
cp -r "$work/full-moved-and-changed" "$work/appended"
printf '{"id":"wire-halvex-orvane","text":"Halvex Networks agreed to buy 2,000 accelerators from Orvane Robotics for $90 million."}\n' >>"$ex/wire.jsonl"
build "$ex" -o "$work/full-appended"
"$dealgraph" build --update "$work/appended" "$ex/wire.jsonl" >"$work/said"
grep -q "1 new articles, 0 changed" "$work/said" || { echo "FAIL: a record added to a file"; cat "$work/said"; exit 1; }
same_files "record added to a file" "$work/full-appended" "$work/appended"

# A folder that is not a build is refused, and left alone.
mkdir "$work/other" && echo keep >"$work/other/notes.txt"
set +e
"$dealgraph" build --update "$work/other" "$ex" -q 2>"$work/err"; code=$?
set -e
[[ $code -eq 1 ]] && grep -q "not a build folder" "$work/err" && [[ $(ls "$work/other") == notes.txt ]] ||
  { echo "FAIL: --update of a folder that is not a build: exit $code"; cat "$work/err"; exit 1; }
ls -a "$work" | grep -q '\.update-' && { echo "FAIL: a scratch folder was left behind"; exit 1; }
echo "update: ok"
