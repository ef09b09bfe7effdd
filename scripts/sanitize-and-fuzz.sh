#!/usr/bin/env bash
# The whole test suite again under AddressSanitizer and UndefinedBehaviorSanitizer (clang),
# then each libFuzzer target for a short while on seeds from examples/ and the rule files.
# The targets share 2 minutes (20 seconds each); FUZZ_SECONDS sets the time per target for
# longer runs: FUZZ_SECONDS=600.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=build-sanitize
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDEALGRAPH_WERROR="${DEALGRAPH_WERROR:-OFF}" \
  -DDEALGRAPH_SANITIZE=ON -DDEALGRAPH_FUZZ=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/fuzz/lsan.supp
# The real-consumer tests exercise other programs; under the sanitizers we run our own code.
# Tests that repeat whole builds of the real corpus (crash safety, shards) use its small part.
# e2e_dask_shards runs the shard builds and merges of e2e_shards again under a dask cluster:
# no more of our code, only more time. e2e_hostile_scaling compares times and memory, which the
# sanitizers distort. e2e_quality scores extraction, which the sanitizers do not change.
export DEALGRAPH_SANITIZED=1
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" \
  -E '^consumer_|^e2e_crash_safe$|^e2e_virtuoso$|^e2e_dask_shards$|^e2e_hostile_scaling$|^e2e_quality$'

targets=(markup amounts turtle article jsonl merge)
seconds=${FUZZ_SECONDS:-$((120 / ${#targets[@]}))}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
export TMPDIR=$corpus  # the jsonl and merge targets write their input to a file there
for target in "${targets[@]}"; do
  mkdir -p "$corpus/$target"
  case $target in
    turtle) cp ontology/rules/*.ttl ontology/lexicon/products.ttl "$corpus/$target/" ;;
    jsonl | merge) ;;  # their own seeds only (tests/fuzz/seeds/)
    amounts) printf 'x3500亿美元' >"$corpus/$target/zh"; printf 'eup to $100 billion and 10 GW' >"$corpus/$target/en" ;;
    *) find examples -maxdepth 1 -type f -exec cp {} "$corpus/$target/" \; ;;
  esac
  cp tests/fuzz/seeds/"$target"/* "$corpus/$target/" 2>/dev/null || true
  echo "fuzz_$target: ${seconds}s"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -print_final_stats=0 \
    -artifact_prefix="$corpus/" "$corpus/$target" 2>"$corpus/$target.log" || {
      tail -40 "$corpus/$target.log"; echo "fuzz_$target found a crash"; exit 1; }
done
echo "sanitizers and fuzzing: ok"
