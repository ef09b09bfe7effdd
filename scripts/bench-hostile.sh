#!/usr/bin/env bash
# Time and peak memory of `dealgraph build` on hostile inputs (issue 16 items 7 and 8): each
# shape is generated at 1, 4 and 16 MB and built with one thread under GNU time; the table
# gives seconds and peak MB per input MB, and their ratio from the smallest to the largest size
# (linear time and memory: the ratio stays near 1, the goal is within 2x). Not part of the test
# suite; docs/performance.md ("Hostile inputs") has a measured table.
#
#   ./scripts/bench-hostile.sh                          # with build/dealgraph
#   ./scripts/bench-hostile.sh --dealgraph PATH --sizes "1 4 16" --shapes "no-stop json-empty-arrays"
#
# Needs GNU time (/usr/bin/time, Debian package `time`) and python3.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dealgraph="$root/build/dealgraph"
sizes="1 4 16"
shapes="no-stop repeated-deal json-empty-arrays jsonl-bad-records nested-json single-line"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dealgraph) dealgraph="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --shapes) shapes="$2"; shift 2 ;;
    *) echo "bench-hostile.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -x "$dealgraph" ]] || { echo "bench-hostile.sh: no dealgraph at $dealgraph (build it first)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench-hostile.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Writes SHAPE at MB megabytes to FILE (the extension tells dealgraph the format).
generate() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
shape, mb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
size = mb * 1000 * 1000
def repeat(unit, head="", tail=""):
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * count + tail
if shape == "no-stop":            # one sentence of deal clauses, no full stop, no line break
    text = repeat("Nvidia invested $100 million in OpenAI and ")
elif shape == "repeated-deal":    # one deal sentence again and again on one line
    text = repeat("Nvidia invested $100 million in OpenAI. ")
elif shape == "json-empty-arrays":  # a JSON array of empty arrays: no article, millions of records
    text = repeat("[],", "[", "[]]")
elif shape == "jsonl-bad-records":  # JSON Lines of records that are not objects
    text = repeat("[]\n")
elif shape == "nested-json":      # arrays nested as deep as the size allows
    depth = size // 2
    text = "[" * depth + "]" * depth
elif shape == "single-line":      # plain words on one line: no full stop, no deal word, no name
    text = repeat("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ")
else:
    sys.exit("unknown shape " + shape)
with open(path, "w", encoding="utf-8") as out:
    out.write(text)
PY
}

extension() {
  case "$1" in
    json-*|nested-json) echo json ;;
    jsonl-*) echo jsonl ;;
    *) echo txt ;;
  esac
}

# The memory of a build of a 50-byte article (the knowledge files, the program): subtracted
# from each peak, so that "MB per MB" is what the input itself costs.
echo 'Nvidia said it would invest $5 billion in Intel.' >"$work/tiny.txt"
/usr/bin/time -o "$work/time" -f '%M' "$dealgraph" build "$work/tiny.txt" -o "$work/out" -q -j 1 >/dev/null 2>&1
base_kb=$(tail -n 1 "$work/time")
rm -rf "$work/out"
printf 'Peak memory of a build of one short article: %s MB (subtracted below).\n\n' "$((base_kb / 1024))"
printf '| shape | MB | wall s | CPU s | peak MB | CPU s per MB | peak MB per MB above it | exit |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
summary=""
for shape in $shapes; do
  first_s="" first_m="" last_s="" last_m=""
  for mb in $sizes; do
    input="$work/$shape-$mb.$(extension "$shape")"
    generate "$shape" "$mb" "$input"
    set +e
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$dealgraph" build "$input" -o "$work/out" -q -j 1 >/dev/null 2>"$work/log"
    status=$?
    set -e
    read -r elapsed user system peak_kb < <(tail -n 1 "$work/time")
    rm -rf "$work/out" "$input"
    cpu=$(python3 -c "print(f'{$user + $system:.2f}')")
    per_s=$(python3 -c "print(f'{$cpu / $mb:.3f}')")
    per_m=$(python3 -c "print(f'{max($peak_kb - $base_kb, 0) / 1024 / $mb:.1f}')")
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$shape" "$mb" "$elapsed" "$cpu" \
      "$(python3 -c "print(f'{$peak_kb / 1024:.0f}')")" "$per_s" "$per_m" "$status"
    [[ -z "$first_s" ]] && first_s=$per_s first_m=$per_m
    last_s=$per_s last_m=$per_m
  done
  summary+=$(python3 -c "
s = $last_s / max($first_s, 0.001); m = $last_m / max($first_m, 0.001)
small = $last_m <= 5  # a few copies of the text: the ratio of two figures near 0 says nothing
print(f'| $shape | {s:.2f} | {m:.2f} | {\"yes\" if s <= 2 and (m <= 2 or small) else \"no\"} |')")$'\n'
done
printf '\nPer-MB ratio, largest size over smallest (CPU seconds, user and system; peak memory above that of one short article):\n\n'
printf '(within 2x: both ratios at most 2, or at most 5 MB per MB at the largest size.)\n\n'
printf '| shape | time ratio | memory ratio | within 2x |\n| --- | ---: | ---: | --- |\n%s' "$summary"
