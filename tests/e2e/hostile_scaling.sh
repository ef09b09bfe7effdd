#!/usr/bin/env bash
# Time and memory linear in the input (issue 16 items 7 and 8), cheaply: two hostile shapes at
# 1 and 4 MB, built under GNU time. Four times the input may take at most 8 times the CPU time
# (quadratic work took 16 times and more) and 2.5 times the peak memory (a million kept
# messages of skipped records took 3.4 times). CPU time (user and system), not wall time, so
# that a busy machine does not fail it; the full table is scripts/bench-hostile.sh.
set -euo pipefail
dealgraph=$1
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[[ -x /usr/bin/time ]] || { echo "SKIPPED: GNU time (/usr/bin/time) is needed"; exit 77; }
[[ -x $py ]] || { echo "SKIPPED: $py is needed to write the inputs"; exit 77; }

# measure NAME: prints "CPU-SECONDS PEAK-KB" of a one-thread build of $work/NAME.
measure() {
  /usr/bin/time -o "$work/time" -f '%U %S %M' "$dealgraph" build "$work/$1" -o "$work/out" -q -j 1 >/dev/null 2>&1 ||
    fail "dealgraph build $1 failed"
  rm -rf "$work/out"
  read -r user system peak < <(tail -n 1 "$work/time")
  $py -c "print($user + $system, $peak)"
}

# check SHAPE EXT UNIT: UNIT repeated to 1 and 4 MB, on one line or one record a line.
check() {
  local shape=$1 ext=$2 unit=$3
  for mb in 1 4; do
    $py -c "import sys; u = sys.argv[1].encode().decode('unicode_escape'); open(sys.argv[2], 'w').write(u * ($mb * 1000000 // len(u)))" \
      "$unit" "$work/$shape-$mb.$ext"
  done
  read -r cpu1 peak1 < <(measure "$shape-1.$ext")
  read -r cpu4 peak4 < <(measure "$shape-4.$ext")
  echo "$shape: 1 MB $cpu1 s, $((peak1 / 1024)) MB; 4 MB $cpu4 s, $((peak4 / 1024)) MB"
  # 0.5 s of slack: at 1 MB the fixed start-up (the knowledge files) is most of the time.
  $py -c "import sys; sys.exit(0 if $cpu4 < 8 * $cpu1 + 0.5 else 1)" || fail "$shape: 4 MB took $cpu4 s, 1 MB $cpu1 s"
  $py -c "import sys; sys.exit(0 if $peak4 < 2.5 * $peak1 else 1)" || fail "$shape: 4 MB peaked at $peak4 kB, 1 MB at $peak1 kB"
}

# One sentence of deal clauses without a full stop (was quadratic in the sentence).
check no-stop txt 'Nvidia invested $100 million in OpenAI and '
# JSON Lines of records that are not objects (each skipped record's message was kept).
check bad-records jsonl '[]\n'
echo "hostile_scaling: ok"
