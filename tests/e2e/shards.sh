#!/usr/bin/env bash
# Shard and merge: `build --shard K/N` N times, then `merge`, gives the very files of one build,
# on the examples and on the real corpus (split 4 ways) when it is present.
set -euo pipefail
dealgraph=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

same_as_one_build() {  # same_as_one_build NAME SHARDS INPUT...
  local name=$1 shards=$2
  shift 2
  "$dealgraph" build "$@" -o "$work/$name-full" -q 2>/dev/null
  local dirs=()
  for ((k = 1; k <= shards; k++)); do
    "$dealgraph" build "$@" -o "$work/$name-$k" --shard "$k/$shards" -q 2>/dev/null
    dirs+=("$work/$name-$k")
  done
  # In the given order and the reverse one: neither may matter.
  local reversed=()
  for ((k = ${#dirs[@]} - 1; k >= 0; k--)); do reversed+=("${dirs[k]}"); done
  "$dealgraph" merge "${dirs[@]}" -o "$work/$name-merged" >/dev/null
  "$dealgraph" merge "${reversed[@]}" -o "$work/$name-reversed" >/dev/null
  for merged in merged reversed; do
    for file in graph.ttl graph.graphml report.json; do
      cmp -s "$work/$name-full/$file" "$work/$name-$merged/$file" || {
        echo "FAIL: $name: $file of the shards merged ($merged order) differs from one build"
        diff <(head -c 2000000 "$work/$name-full/$file") <(head -c 2000000 "$work/$name-$merged/$file") | head -10
        exit 1
      }
    done
  done
  echo "$name: $shards shards merge into the files of one build, in either order"
}

# parts_same_as_one_build NAME PARTS INPUT...: after same_as_one_build NAME, `merge --part K/M`
# of its shards for each K (M = PARTS), then `concat`, gives the files of one build in every
# format a part writes; each part alone is a whole file of its format.
parts_same_as_one_build() {
  local name=$1 parts=$2 formats=ttl,nt,nq,trig,graphml
  shift 2
  "$dealgraph" build "$@" -o "$work/$name-all" --format "$formats" -q 2>/dev/null
  local shard_dirs=("$work/$name"-[0-9]*) part_dirs=()
  for ((k = 1; k <= parts; k++)); do
    "$dealgraph" merge "${shard_dirs[@]}" -o "$work/$name-part$k" --part "$k/$parts" --format "$formats" >/dev/null
    part_dirs+=("$work/$name-part$k")
  done
  local reversed=()
  for ((k = ${#part_dirs[@]} - 1; k >= 0; k--)); do reversed+=("${part_dirs[k]}"); done
  "$dealgraph" concat "${reversed[@]}" -o "$work/$name-joined"
  for file in graph.ttl graph.nt graph.nq graph.trig graph.graphml report.json manifest.json; do
    cmp -s "$work/$name-all/$file" "$work/$name-joined/$file" || {
      echo "FAIL: $name: $file of $parts parts joined by concat differs from one build"
      diff <(head -c 2000000 "$work/$name-all/$file") <(head -c 2000000 "$work/$name-joined/$file") | head -10
      exit 1
    }
  done
  # The line formats join by cat alone.
  for file in graph.nt graph.nq; do
    local pieces=()
    for dir in "${part_dirs[@]}"; do pieces+=("$dir/$file"); done
    cmp -s <(cat "${pieces[@]}") "$work/$name-all/$file" || { echo "FAIL: $name: cat of the parts' $file differs"; exit 1; }
  done
  for dir in "${part_dirs[@]}"; do
    [[ $(wc -c <"$dir/graph.nt") -lt $(wc -c <"$work/$name-all/graph.nt") || $parts -eq 1 ]] ||
      { echo "FAIL: $name: part ${dir##*part} holds the whole graph"; exit 1; }
  done
  echo "$name: $parts parts of the merge, joined by concat, give the files of one build"
}

same_as_one_build examples 3 "$root/examples"
parts_same_as_one_build examples 3 "$root/examples"
parts_same_as_one_build examples 1 "$root/examples"
# Seven languages and the messy forms, where one name can come tagged zh-Hans in one article and
# zh-Hant in another.
python3 "$root/scripts/generate-corpus.py" --megabytes 2 --seed 7 --out "$work/generated" >/dev/null
same_as_one_build generated 4 "$work/generated"
parts_same_as_one_build generated 3 "$work/generated"
# Labels without a language tag (issue 16, item 12): a user lexicon's untagged labels, articles
# whose language is "und" or not given, and names found by their shape in them, spread over shards.
mkdir -p "$work/untagged"
cat >"$work/untagged/lexicon.ttl" <<'TTL'
@prefix dg: <https://w3id.org/dealgraph#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://example.org/lexicon/quillon> a dg:Organization ;
  skos:prefLabel "Quillon Compute" ; skos:altLabel "Quillon" , "QUILLON" , "Quillon Compute Inc." .
<https://example.org/lexicon/brandt> a dg:Person ; skos:prefLabel "Mara Brandt" ; skos:altLabel "M. Brandt" .
TTL
{
  printf '{"id":"u1","lang":"und","text":"Quillon Compute agreed to buy 5,000 GPUs from Nvidia for $400 million."}\n'
  printf '{"id":"u2","text":"QUILLON signed a cloud contract with Vantor Systems Ltd on Monday."}\n'
  printf '{"id":"u3","lang":"und","text":"Vantor Systems Ltd said Quillon would invest $50 million in it."}\n'
  printf '{"id":"u4","text":"M. Brandt, chief executive of Quillon Compute Inc., joined Halvex Networks."}\n'
  printf '{"id":"u5","lang":"und","text":"Halvex Networks and Quillon formed a partnership, Mara Brandt said."}\n'
  printf '{"id":"u6","text":"Quillon Compute Inc. acquired Vantor Systems Ltd for $1.2 billion."}\n'
} >"$work/untagged/news.jsonl"
same_as_one_build untagged 3 "$work/untagged/news.jsonl" --lexicon "$work/untagged/lexicon.ttl"
# More parts than some files have units: empty parts join as nothing.
parts_same_as_one_build untagged 40 "$work/untagged/news.jsonl" --lexicon "$work/untagged/lexicon.ttl"
real=$root/../shared/corpus/real/reuters21578.jsonl
if [[ -f $real && -z ${DEALGRAPH_SANITIZED:-} ]]; then
  same_as_one_build reuters 4 "$real"
  parts_same_as_one_build reuters 2 "$real"
else
  echo "real corpus not present, or a sanitizer build: the 4-way split of it is skipped"
fi

# A folder that is not a build is refused clearly.
set +e
"$dealgraph" merge "$work" -o "$work/bad" 2>"$work/err"; code=$?
set -e
[[ $code -eq 1 ]] && grep -q "not a build folder" "$work/err" || { echo "FAIL: merging a non-build folder"; exit 1; }
# Parts that are not all the parts of one merge are refused, and so are formats not written in parts.
refused() {  # refused CODE MESSAGE COMMAND...
  local want=$1 message=$2 code
  shift 2
  set +e
  "$@" >/dev/null 2>"$work/err"; code=$?
  set -e
  [[ $code -eq $want ]] && grep -q "$message" "$work/err" || { echo "FAIL: not refused ($message): $*"; cat "$work/err"; exit 1; }
}
# (examples-part1 is now the 1/1 part; examples-part2 and -part3 are parts of 3.)
refused 1 "part 1 of 3 is missing" "$dealgraph" concat "$work/examples-part2" "$work/examples-part3" -o "$work/bad"
refused 1 "part 2 again" "$dealgraph" concat "$work/examples-part"{2,2,3} -o "$work/bad"
refused 1 "is one of 1" "$dealgraph" concat "$work/examples-part1" "$work/examples-part2" -o "$work/bad"
refused 1 "not a part of" "$dealgraph" concat "$work/examples-full" -o "$work/bad"
refused 1 "report.json differs" "$dealgraph" concat "$work/generated-part1" "$work/examples-part2" "$work/generated-part3" -o "$work/bad"
refused 2 "not written in parts" "$dealgraph" merge "$work/examples-1" -o "$work/bad" --part 1/2 --format ttl,jsonld
[[ ! -e $work/bad ]] || { echo "FAIL: a refused concat or merge left $work/bad"; exit 1; }
echo "shards: ok"
