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

same_as_one_build examples 3 "$root/examples"
# Seven languages and the messy forms, where one name can come tagged zh-Hans in one article and
# zh-Hant in another.
python3 "$root/scripts/generate-corpus.py" --megabytes 2 --seed 7 --out "$work/generated" >/dev/null
same_as_one_build generated 4 "$work/generated"
real=$root/../shared/corpus/real/reuters21578.jsonl
if [[ -f $real && -z ${DEALGRAPH_SANITIZED:-} ]]; then
  same_as_one_build reuters 4 "$real"
else
  echo "real corpus not present, or a sanitizer build: the 4-way split of it is skipped"
fi

# A folder that is not a build is refused clearly.
set +e
"$dealgraph" merge "$work" -o "$work/bad" 2>"$work/err"; code=$?
set -e
[[ $code -eq 1 ]] && grep -q "not a build folder" "$work/err" || { echo "FAIL: merging a non-build folder"; exit 1; }
echo "shards: ok"
