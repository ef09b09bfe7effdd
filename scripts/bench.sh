#!/usr/bin/env bash
# The benchmark of docs/performance.md: a Release build, then the whole process (`dealgraph
# build`) on the real corpus and on a generated one with 1 and 2 threads, beside the bare
# `grep -o -F -f NAMES` scan of the same bytes and the npm NLP libraries on the same English
# articles, peak memory, the per-stage Google Benchmarks and the path queries. Prints a
# Markdown table (and writes it to build-bench/bench-results/). Not part of the test suite.
#
#   ./scripts/bench.sh                 # the default run, 5 to 10 minutes on 2 cores after the build
#   ./scripts/bench.sh --size 50       # a 50 MB generated corpus instead of 100 MB
#   ./scripts/bench.sh --large         # also peak memory on 1 GB of generated input, and the
#                                      # merge of its 8 shards in one process and in 2 parts (slow)
#   ./scripts/bench.sh --merge-parts 50  # only the merge figures, on 50 MB (8 shards; one merge
#                                      # against `merge --part K/2` in 2 processes at once)
#   ./scripts/bench.sh --profile       # also callgrind (valgrind) and perf profiles (a few minutes)
#   ./scripts/bench.sh --generate 100  # only write a 100 MB generated corpus and print its folder
#
# Other options: --dealgraph PATH (measure this binary; with --merge-parts, nothing is built),
# --runs N (whole-process runs per figure, median; default 3), --seed N,
# --skip-stages, --skip-path, --skip-js, --only-profile.
# Needs what scripts/install-deps.sh installs (g++, cmake, ninja, libbenchmark-dev, serdi, node
# and npm); uses GNU time (/usr/bin/time, Debian package `time`) for peak memory. The npm
# libraries (wink-nlp, wink-eng-lite-web-model, compromise) go to
# ${XDG_CACHE_HOME:-~/.cache}/dealgraph-bench; without npm or a network their rows are left out.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-bench"
corpora="$build/corpus"
real="${DEALGRAPH_BENCH_REAL:-$root/../shared/corpus/real/reuters21578.jsonl}"
size=100
runs=3
seed=1
large=0
merge_mb=""
merge_only=0
given_binary=""
profile=0
only_profile=0
skip_stages=0
skip_path=0
skip_js=0
generate_only=""
wink_mb=5        # English MB for wink-nlp (about 2 MB/s)
compromise_mb=1  # English MB for compromise (about 0.1 MB/s)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2; }
while (($#)); do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --generate) generate_only="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --large) large=1; merge_mb=1000; shift ;;
    --merge-parts) merge_mb="$2"; merge_only=1; shift 2 ;;
    --dealgraph) given_binary="$2"; shift 2 ;;
    --profile) profile=1; shift ;;
    --only-profile) profile=1; only_profile=1; shift ;;
    --skip-stages) skip_stages=1; shift ;;
    --skip-path) skip_path=1; shift ;;
    --skip-js) skip_js=1; shift ;;
    -h|--help) usage ;;
    *) echo "bench.sh: unknown option $1" >&2; usage ;;
  esac
done

say() { echo "bench: $*" >&2; }

# A generated corpus of $1 MB, cached by size and seed; extra generator options after.
corpus_of() {
  local mb="$1"; shift
  local dir="$corpora/gen-${mb}MB-seed$seed${1:+-small-parts}"
  if [[ ! -f "$dir/.corpus.json" ]]; then
    say "generating $mb MB of articles into $dir"
    rm -rf "$dir" "$dir.tmp"
    mkdir -p "$corpora"
    python3 "$root/scripts/generate-corpus.py" --megabytes "$mb" --seed "$seed" --out "$dir.tmp" "$@" >/dev/null
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

if [[ -n "$generate_only" ]]; then
  corpus_of "$generate_only"
  exit 0
fi

if [[ ! -x /usr/bin/time ]]; then
  echo "bench.sh: GNU time (/usr/bin/time) is missing: apt-get install time" >&2
  exit 1
fi

# ---- the build ---------------------------------------------------------------------------------
if [[ -n $given_binary && $merge_only -eq 1 ]]; then
  dealgraph=$(cd "$(dirname "$given_binary")" && pwd)/$(basename "$given_binary")
else
  say "Release build in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDEALGRAPH_BENCH=ON -DDEALGRAPH_TESTS=OFF >/dev/null
  ninja -C "$build" dealgraph stages_bench path_bench >/dev/null
  dealgraph=${given_binary:-$build/dealgraph}
fi

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
results="$build/bench-results/$stamp"
mkdir -p "$results"
out="$build/bench-out"
runs_tsv="$results/runs.tsv"
: >"$runs_tsv"
names="$results/names.txt"
python3 "$root/scripts/generate-corpus.py" --names "$names"

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "cores=$(nproc)"
  echo "memory_gb=$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)"
  echo "kernel=$(uname -r)"
  echo "compiler=$(c++ --version | head -1)"
  echo "commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD -- src include 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "runs=$runs"
  echo "grep=$(grep --version | head -1)"
  echo "node=$(node --version 2>/dev/null || echo none)"
} >"$results/machine.txt"

# Input bytes of a file or folder (hidden files left out, as dealgraph leaves them out).
bytes_of() { find "$1" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
warm() { find "$1" -type f ! -name '.*' -exec cat {} + >/dev/null; }

# One timed command: appends "kind label threads bytes articles wall user sys rss_kb extra" to runs.tsv.
timed() {
  local kind="$1" label="$2" threads="$3" bytes="$4"; shift 4
  local t="$results/time.txt"
  local status=0
  /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" >"$results/stdout.txt" 2>"$results/stderr.txt" || status=$?
  if ((status != 0)); then
    local reason
    reason="exit $status: $(grep -v '^dealgraph: skipped' "$results/stderr.txt" | tail -1 | tr '\t' ' ')"
    say "$kind $label failed ($reason)"
    # GNU time still gives the wall time and the peak memory reached before the failure.
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$label" "$threads" "$bytes" "failed" "$reason" "$(tail -1 "$t")" >>"$runs_tsv"
    return 0
  fi
  local extra=""
  case "$kind" in
    build) extra=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); c=r["counts"]; print(json.dumps({"articles": r["inputs"]["articles"], "entities": c["entities"], "deals": c["deals"], "positions": c["positions"]}))' "$out/report.json")
           extra="$extra	$(stat -c %s "$out/graph.ttl")" ;;
    grep) extra="{\"matches\": $(tr -d ' \n' <"$results/stdout.txt")}" ;;
  esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$label" "$threads" "$bytes" "$(tail -1 "$t")" "$extra" >>"$runs_tsv"
}

build_runs() {  # label input threads count
  local label="$1" input="$2" threads="$3" count="$4" bytes
  bytes=$(bytes_of "$input")
  for ((i = 1; i <= count; i++)); do
    say "dealgraph build $label --threads $threads ($i/$count)"
    timed build "$label" "$threads" "$bytes" "$dealgraph" build "$input" -o "$out" --threads "$threads" -q
  done
}
grep_runs() {  # label input count
  local label="$1" input="$2" count="$3" bytes
  bytes=$(bytes_of "$input")
  for ((i = 1; i <= count; i++)); do
    say "grep -o -F -f NAMES $label ($i/$count)"
    if [[ -d "$input" ]]; then
      timed grep "$label" 1 "$bytes" sh -c 'grep -r -h -o -F -f "$1" --exclude=".*" "$2" | wc -l' sh "$names" "$input"
    else
      timed grep "$label" 1 "$bytes" sh -c 'grep -o -F -f "$1" "$2" | wc -l' sh "$names" "$input"
    fi
  done
}

profile_run() {
  command -v valgrind >/dev/null || { say "valgrind is missing: no profile"; return 0; }
  # Hardware counters (`perf stat -e instructions`) are not available on every virtual machine:
  # callgrind counts instructions exactly, at about 50 times the run time, so on small inputs.
  local small="$results/profile-input"
  mkdir -p "$small"
  [[ -f "$real" ]] && head -c 1000000 "$real" | head -n -1 >"$small/reuters-1MB.jsonl"
  local which input
  for which in real generated; do
    if [[ $which == real ]]; then input="$small/reuters-1MB.jsonl"; else input=$(corpus_of 2 --jsonl-part-mb 0.5); fi
    [[ -e "$input" ]] || continue
    say "callgrind: dealgraph build on $((($(bytes_of "$input") + 500000) / 1000000)) MB of the $which corpus (a minute or less)"
    valgrind --tool=callgrind --callgrind-out-file="$results/callgrind-$which.out" \
      "$dealgraph" build "$input" -o "$results/profile-out" --threads 1 -q >/dev/null 2>"$results/callgrind-$which.log" || true
    callgrind_annotate --inclusive=no "$results/callgrind-$which.out" >"$results/callgrind-$which-self.txt" 2>/dev/null || true
    callgrind_annotate --inclusive=yes "$results/callgrind-$which.out" >"$results/callgrind-$which-inclusive.txt" 2>/dev/null || true
  done
  # A second look, in wall-clock samples on a larger input: perf record works with the cpu-clock
  # software event where the hardware counters do not.
  if command -v perf >/dev/null && perf record -e cpu-clock -o "$results/perf-probe.data" true >/dev/null 2>&1; then
    input=$(corpus_of 20)
    say "perf record (cpu-clock) on the 20 MB generated corpus"
    perf record -e cpu-clock -F 999 -o "$results/perf.data" "$dealgraph" build "$input" -o "$results/profile-out" --threads 1 -q >/dev/null 2>&1 || true
    perf report -i "$results/perf.data" --no-children --sort dso,symbol --stdio 2>/dev/null |
      grep -E '^ +[0-9]' | sed 's/  */ /g' | cut -c1-160 | head -25 >"$results/perf-self.txt" || true
  fi
  rm -rf "$results/profile-out" "$results/perf-probe.data"
}

if ((only_profile)); then
  profile_run
  python3 "$root/bench/bench_report.py" "$results" | tee "$results/report.md"
  exit 0
fi

# ---- the merge of 8 shards: one process against 2 parts at once ---------------------------------
# Writes merge-parts.md: wall seconds and peak RSS (MB, GNU time's KB / 1000) of one `merge -j 2`
# of the 8 shards, of `merge --part K/2 -j 1` for K = 1, 2 started together (wall: until both
# end), and of `concat`; medians of --runs runs; the joined files are compared with the merge's.
merge_parts_run() {
  local mb="$1" input shards=() k r
  input=$(corpus_of "$mb")
  warm "$input"
  say "merge of 8 shards of $mb MB: building the shards, two at a time"
  for k in 1 2 3 4 5 6 7 8; do
    ("$dealgraph" build "$input" -o "$out/shard-$k" --shard "$k/8" -j 1 -q 2>/dev/null) &
    shards+=("$out/shard-$k")
    if ((k % 2 == 0)); then wait; fi
  done
  local table="$results/merge-parts.tsv"
  : >"$table"
  for ((r = 1; r <= runs; r++)); do
    say "merge of 8 shards, run $r of $runs: one process, then 2 parts at once"
    local start end one
    /usr/bin/time -f '%e %M' -o "$results/merge-one.time" "$dealgraph" merge "${shards[@]}" -o "$out/merged" -j 2 >/dev/null
    one=$(cat "$results/merge-one.time")
    start=$(date +%s.%N)
    for k in 1 2; do
      /usr/bin/time -f '%e %M' -o "$results/merge-part$k.time" \
        "$dealgraph" merge "${shards[@]}" -o "$out/part-$k" --part "$k/2" -j 1 >/dev/null &
    done
    wait
    end=$(date +%s.%N)
    /usr/bin/time -f '%e %M' -o "$results/concat.time" "$dealgraph" concat "$out/part-1" "$out/part-2" -o "$out/joined"
    local same=yes file
    for file in graph.ttl graph.graphml report.json; do cmp -s "$out/merged/$file" "$out/joined/$file" || same=no; done
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$one" "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')" "$(cat "$results/merge-part1.time")" \
      "$(cat "$results/merge-part2.time")" "$(cat "$results/concat.time")" "$same" >>"$table"
  done
  python3 - "$table" "$mb" "$(bytes_of "$input")" >"$results/merge-parts.md" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
med = lambda values: statistics.median(float(v) for v in values)
one_wall = med(r[0].split()[0] for r in rows); one_rss = med(r[0].split()[1] for r in rows) / 1000
parts_wall = med(r[1] for r in rows)
part_rss = [med(r[i].split()[1] for r in rows) / 1000 for i in (2, 3)]
part_wall = [med(r[i].split()[0] for r in rows) for i in (2, 3)]
concat_wall = med(r[4].split()[0] for r in rows); concat_rss = med(r[4].split()[1] for r in rows) / 1000
print(f"merge of 8 shards of {sys.argv[2]} MB generated news ({int(sys.argv[3]) / 1e6:.1f} MB), medians of {len(rows)}\n")
print("| run | wall s | peak RSS MB |\n| --- | ---: | ---: |")
print(f"| one `merge -j 2` | {one_wall:.2f} | {one_rss:.0f} |")
for k in (0, 1):
    print(f"| `merge --part {k + 1}/2 -j 1` (the two at the same time) | {part_wall[k]:.2f} | {part_rss[k]:.0f} |")
print(f"| both parts at once (until the last ends) | {parts_wall:.2f} | |")
print(f"| `concat` of the 2 parts | {concat_wall:.2f} | {concat_rss:.0f} |")
print(f"\nparts / one merge: wall {parts_wall / one_wall:.2f}, peak RSS {max(part_rss) / one_rss:.2f}; "
      f"joined files the same as the merge's: {', '.join(sorted(set(r[5] for r in rows)))}")
PY
  cat "$results/merge-parts.md" >&2
}
if ((merge_only)); then
  merge_parts_run "$merge_mb"
  rm -rf "$out"
  exit 0
fi

# ---- the whole process -------------------------------------------------------------------------
generated=$(corpus_of "$size")
inputs=()
if [[ -f "$real" ]]; then inputs+=("real:$real"); else say "no real corpus at $real: left out"; fi
inputs+=("generated-${size}MB:$generated")
for item in "${inputs[@]}"; do
  label="${item%%:*}" input="${item#*:}"
  warm "$input"
  grep_runs "$label" "$input" "$runs"
  for threads in 1 2; do build_runs "$label" "$input" "$threads" "$runs"; done
done

# ---- the npm NLP libraries on the same English articles ----------------------------------------
if ((!skip_js)) && [[ -f "$real" ]]; then
  english_wink="$results/english-${wink_mb}MB.jsonl"
  english_compromise="$results/english-${compromise_mb}MB.jsonl"
  head -c "$((wink_mb * 1000000))" "$real" | head -n -1 >"$english_wink"
  head -c "$((compromise_mb * 1000000))" "$real" | head -n -1 >"$english_compromise"
  npm_dir="${XDG_CACHE_HOME:-$HOME/.cache}/dealgraph-bench"
  have_npm=0
  if command -v npm >/dev/null && command -v node >/dev/null; then
    mkdir -p "$npm_dir"
    [[ -f "$npm_dir/package.json" ]] || echo '{"name": "dealgraph-bench", "private": true}' >"$npm_dir/package.json"
    if (cd "$npm_dir" && npm ls wink-nlp wink-eng-lite-web-model compromise >/dev/null 2>&1) ||
       (cd "$npm_dir" && npm install --no-audit --no-fund --silent wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 compromise@14.17.0 >/dev/null 2>&1); then
      have_npm=1
    else
      say "npm could not install wink-nlp and compromise: their rows are left empty"
    fi
  fi
  for lib in wink compromise; do
    if [[ $lib == wink ]]; then english="$english_wink"; else english="$english_compromise"; fi
    label="english-$(basename "$english" .jsonl | cut -d- -f2)"
    if ((have_npm)); then
      say "$lib on $label"
      if NODE_PATH="$npm_dir/node_modules" node "$root/bench/nlp_bench.js" "$lib" "$english" >"$results/$lib.json" 2>"$results/$lib.err"; then
        printf 'js\t%s\t1\t%s\t%s\t%s\n' "$lib" "$(bytes_of "$english")" "-" "$(cat "$results/$lib.json")" >>"$runs_tsv"
      else
        say "$lib failed: $(tail -1 "$results/$lib.err")"
      fi
    fi
    build_runs "$label" "$english" 1 "$runs"
    grep_runs "$label" "$english" "$runs"
  done
fi

# ---- memory on 1 GB ----------------------------------------------------------------------------
if ((large)); then
  merge_parts_run "$merge_mb"
  big=$(corpus_of 1000)
  # A ceiling on address space (85% of the available memory, and 4 GB left to others), so that a
  # build too large for this machine fails with an error instead of calling the kernel's OOM
  # killer onto a shared machine.
  limit_kb=$(awk '/MemAvailable/ {a = $2 * 0.85; b = $2 - 4 * 1048576; printf "%d", (a < b ? a : b)}' /proc/meminfo)
  warm "$big"
  say "dealgraph build on 1 GB (--threads 2, once; address space limited to $((limit_kb / 1048576)) GB)"
  echo "large_limit_gb=$((limit_kb / 1048576))" >>"$results/machine.txt"
  (ulimit -v "$limit_kb"; build_runs generated-1000MB "$big" 2 1)
fi

# ---- the stages and the path queries -----------------------------------------------------------
if ((!skip_stages)); then
  stages_corpus=$(corpus_of 8 --jsonl-part-mb 1)
  say "stages_bench (Google Benchmark, 8 MB samples, 3 repetitions)"
  DEALGRAPH_BENCH_REAL="$real" DEALGRAPH_BENCH_GENERATED="$stages_corpus" DEALGRAPH_BENCH_SAMPLE_MB=8 \
    "$build/bench/stages_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_out="$results/stages.json" --benchmark_out_format=json >"$results/stages.txt" 2>&1 ||
    say "stages_bench failed: $(tail -3 "$results/stages.txt")"
fi
if ((!skip_path)); then
  say "path_bench (1,000,000 entities, 5,000,000 edges; about a minute and 4 GB)"
  "$build/bench/path_bench" --benchmark_out="$results/path.json" --benchmark_out_format=json \
    >"$results/path.txt" 2>&1 || say "path_bench failed: $(tail -3 "$results/path.txt")"
fi
if ((profile)); then profile_run; fi

rm -rf "$out"
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/machine.txt"
python3 "$root/bench/bench_report.py" "$results" | tee "$results/report.md"
say "results in $results (report.md, runs.tsv, stages.json, path.json)"
