# Shared by the consumer tests: arguments, a scratch folder, and builds of the examples and
# (when the shared corpus is on this machine) the seeds in every format dealgraph writes.
#   SCRIPT [DEALGRAPH] [ROOT] [ESCAPE_CORPUS] [--update]
set -euo pipefail
consumers_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=${2:-$(cd "$consumers_dir/../.." && pwd)}
dealgraph=${1:-$root/build/dealgraph}
escape_corpus=${3:-$root/build/tests/dealgraph_escape_corpus}
update=""
for arg in "$@"; do [[ $arg == --update ]] && update=--update; done
[[ $dealgraph == --update ]] && dealgraph=$root/build/dealgraph
[[ -x $dealgraph ]] || { echo "FAIL: $dealgraph is not an executable (build first)"; exit 1; }
seeds=$root/../shared/corpus/seeds
ALL_FORMATS=ttl,nt,nq,trig,jsonld,graphml,dot
work=$(mktemp -d "${TMPDIR:-/tmp}/dealgraph-consumers.XXXXXX")
trap 'rm -rf "$work"' EXIT

# build_outputs NAME INPUT: every format of INPUT into $work/NAME.
build_outputs() {
  "$dealgraph" build "$2" -o "$work/$1" --format "$ALL_FORMATS" -q
}

# The builds to check: examples always; seeds when present (else a message says so).
builds=(examples)
build_outputs examples "$root/examples"
if [[ -d $seeds ]]; then
  builds+=(seeds)
  build_outputs seeds "$seeds"
else
  echo "NOTE: $seeds is absent: the seeds part is skipped, only the examples are checked"
fi

# expect_failure DESCRIPTION COMMAND...: a deliberately broken output must be caught.
expect_failure() {
  local description=$1
  shift
  if "$@" >"$work/expect-failure.log" 2>&1; then
    echo "FAIL: the check passed a deliberately broken output ($description): $*"
    cat "$work/expect-failure.log"
    exit 1
  fi
  echo "caught, as it must be: $description"
}
