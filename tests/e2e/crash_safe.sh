#!/usr/bin/env bash
# Crash safety (issues 8 and 16): `kill -9` in the middle of `build` leaves the previous output
# files intact. A sizeable corpus is built into OUT once; then a build of a larger input into
# the same OUT is killed again and again, at different moments (while reading, while
# extracting, right after it starts writing each file). After every kill graph.ttl,
# graph.graphml, report.json and manifest.json must be, as a set, either the previous build's files or the
# complete files of the interrupted build (they are replaced as one set), never a mix; only the
# killed process's hidden staging folder may be left beside them; and the next build must work
# and give byte-identical files again. A second build into a folder being written is refused
# as busy. Last, an output folder holds one run: a build with fewer formats removes the previous
# run's other files, its manifest.json names exactly what it wrote (sizes and SHA-256), and
# push refuses a graph.nq the manifest does not name.
set -euo pipefail
dealgraph=$1
root=$2
work=$(mktemp -d)
pid=
cleanup() {
  [[ -n $pid ]] && kill -9 "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
files=(graph.ttl graph.graphml report.json manifest.json)

# The program and its knowledge files are copied first, so that every build in this test runs
# the very same code and rules even if the tree is edited or rebuilt meanwhile.
cp "$dealgraph" "$work/dealgraph"
cp -r "$root/ontology" "$work/ontology"
dealgraph=$work/dealgraph
export DEALGRAPH_ONTOLOGY=$work/ontology

# The corpus: the real Reuters one when the shared corpora are here, else one generated from
# the examples (about 20 MB either way, a couple of seconds to build).
corpus=$root/../shared/corpus/real/reuters21578.jsonl
if [[ ! -f $corpus ]]; then
  corpus=$work/generated.jsonl
  /usr/bin/python3 - "$root/examples" "$corpus" <<'PY'
import json, sys
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(6000):
        out.write(json.dumps({"id": f"gen-{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
PY
fi
extra=$work/extra
mkdir -p "$extra"
cp "$root"/examples/*.txt "$root"/examples/*.html "$extra/"

out=$work/out
old=$work/ref-old  # the previous build: the corpus
new=$work/ref-new  # the build that is killed, run once to the end: the corpus and more articles
"$dealgraph" build "$corpus" -o "$out" -q 2>/dev/null
cp -r "$out" "$old"
start=$(date +%s%N)
"$dealgraph" build "$corpus" "$extra" -o "$new" -q 2>/dev/null
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
for f in "${files[@]}"; do
  cmp -s "$old/$f" "$new/$f" && fail "the second input should give a different $f, or the test proves nothing"
done
echo "corpus $(basename "$corpus"): a build takes ${elapsed_ms} ms"

# Checks OUT after a kill: the files all previous or all new, nothing else visible. A kill in
# the instant between the journal and the last rename leaves a set the next build completes.
check_out() {
  local label=$1 states=() f name
  for f in "${files[@]}"; do
    if cmp -s "$out/$f" "$old/$f"; then states+=("$f=previous")
    elif cmp -s "$out/$f" "$new/$f"; then states+=("$f=new")
    else fail "$label: $f is neither the previous file nor a complete new one ($(stat -c %s "$out/$f" 2>/dev/null || echo missing) bytes)"
    fi
  done
  for f in "$out"/*; do
    name=$(basename "$f")
    case $name in
      graph.ttl | graph.graphml | report.json | manifest.json) ;;
      *) fail "$label: unexpected file $name" ;;
    esac
  done
  local kinds
  kinds=$(printf '%s\n' "${states[@]}" | sed 's/.*=//' | sort -u | wc -l)
  if ((kinds > 1)); then
    [[ -e $out/.dealgraph-replacing ]] || fail "$label: a mix of previous and new files: ${states[*]}"
    echo "$label: killed while renaming (${states[*]}); the journal lets the next build finish"
  else
    echo "$label: ${states[*]}"
  fi
}

# Starts the second build, waits for MOMENT, kills it with SIGKILL and checks OUT.
# MOMENT: a delay in ms, or "temp:FILE" (kill as soon as the staging folder's FILE.tmp-PID.RANDOM
# appears).
kill_at() {
  local moment=$1 waited=0
  cp "$old"/* "$out/"  # the previous build's files, as they were
  "$dealgraph" build "$corpus" "$extra" -o "$out" -q 2>/dev/null &
  pid=$!
  if [[ $moment == temp:* ]]; then
    local temp=$out/.dealgraph-staging-*/${moment#temp:}.tmp-$pid.
    while ! compgen -G "$temp*" >/dev/null && kill -0 "$pid" 2>/dev/null && ((waited < 60000)); do
      sleep 0.002
      waited=$((waited + 2))
    done
  else
    sleep "$(awk -v ms="$moment" 'BEGIN { printf "%.3f", ms / 1000 }')"
  fi
  local finished=no
  kill -9 "$pid" 2>/dev/null || finished=yes
  wait "$pid" 2>/dev/null || true
  pid=
  check_out "kill -9 at $moment$([[ $finished == yes ]] && echo ' (the build had already finished)')"
}

# While reading and extracting (fractions of a whole build), then as each file starts.
for fraction in 5 25 50 75 90; do
  kill_at $((elapsed_ms * fraction / 100))
done
for f in "${files[@]}"; do
  kill_at "temp:$f"
done
stale=$(find "$out" -mindepth 1 -name '.*' | wc -l)

# The next build works, undisturbed by what the killed ones left, and gives the same files.
cp "$old"/* "$out/"
"$dealgraph" build "$corpus" -o "$out" -q 2>/dev/null || fail "the build after the kills failed"
for f in "${files[@]}"; do
  cmp -s "$out/$f" "$old/$f" || fail "$f differs from the first build of the same input"
done
left=$(find "$out" -mindepth 1 -name '.*' | wc -l)
((left == 0)) || fail "$left hidden files or folders of killed builds remain after the next build"
echo "the next build removed the $stale staging folders the killed builds left"

# Two builds into one folder: the second is told the folder is busy and changes nothing.
"$dealgraph" build "$corpus" "$extra" -o "$out" -q 2>/dev/null &
pid=$!
waited=0
while ! compgen -G "$out/.dealgraph-staging-*" >/dev/null && ((waited < 60000)); do
  sleep 0.002
  waited=$((waited + 2))
done
set +e
"$dealgraph" build "$corpus" -o "$out" -q 2>"$work/err-busy"
code=$?
set -e
wait "$pid" || fail "the first of two builds into one folder failed"
pid=
[[ $code -ne 0 ]] || fail "a second build into a folder being written should be refused"
grep -q "output folder is busy" "$work/err-busy" || { cat "$work/err-busy"; fail "the refusal should say the folder is busy"; }
for f in "${files[@]}"; do
  cmp -s "$out/$f" "$new/$f" || fail "$f should be the first build's after the second was refused"
done
echo "a second build into a folder being written: refused as busy"
# A second clean run gives byte-identical files again.
"$dealgraph" build "$corpus" -o "$work/again" -q 2>/dev/null
for f in "${files[@]}"; do
  cmp -s "$work/again/$f" "$old/$f" || fail "$f differs between two runs"
done
echo "crash safety: ok"

# One run per folder: the manifest names each file with its size and SHA-256; a second build
# with fewer formats removes the first one's graph.nq and graph.jsonld; push will not send a
# graph.nq put back by hand.
one=$work/one
"$dealgraph" build "$root/examples" -o "$one" --format ttl,nq,jsonld -q 2>/dev/null
printf 'user notes\n' >"$one/notes.txt"
"$dealgraph" build "$root/examples" -o "$one" --format ttl,graphml -q 2>/dev/null
listing=$(cd "$one" && ls | tr '\n' ' ')
[[ $listing == "graph.graphml graph.ttl manifest.json notes.txt report.json " ]] ||
  fail "the second build should leave its own files and the user's, not: $listing"
/usr/bin/python3 - "$one" <<'PY' || fail "manifest.json does not describe the files"
import hashlib, json, os, sys
folder = sys.argv[1]
manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
names = [f["name"] for f in manifest["files"]]
assert names == ["graph.ttl", "graph.graphml", "report.json"], names
assert [f["format"] for f in manifest["files"]] == ["ttl", "graphml", "report"]
assert manifest["dealgraph"], manifest
for f in manifest["files"]:
    data = open(os.path.join(folder, f["name"]), "rb").read()
    assert f["bytes"] == len(data) and f["sha256"] == hashlib.sha256(data).hexdigest(), f["name"]
PY
"$dealgraph" build "$root/examples" -o "$work/with-nq" --format nq -q 2>/dev/null
cp "$work/with-nq/graph.nq" "$one/graph.nq"
if "$dealgraph" push "$one" --endpoint http://127.0.0.1:9/gsp --dry-run >"$work/push-stale.log" 2>&1; then
  fail "push sent a graph.nq that the last build did not write"
fi
grep -q "graph.nq is left from an earlier run" "$work/push-stale.log" || { cat "$work/push-stale.log"; fail "no clear message for a stale graph.nq"; }
"$dealgraph" push "$work/with-nq" --endpoint http://127.0.0.1:9/gsp --dry-run >"$work/push-ok.log" 2>&1 ||
  { cat "$work/push-ok.log"; fail "push refused the graph.nq its build wrote"; }
printf ' ' >>"$work/with-nq/graph.nq"
if "$dealgraph" push "$work/with-nq" --endpoint http://127.0.0.1:9/gsp --dry-run >"$work/push-changed.log" 2>&1; then
  fail "push sent a graph.nq changed since its build"
fi
grep -q "is not the file the last build wrote" "$work/push-changed.log" || { cat "$work/push-changed.log"; fail "no clear message for a changed graph.nq"; }
echo "an output folder holds one run: the previous run's other formats removed, the manifest exact, push takes only what it names"
