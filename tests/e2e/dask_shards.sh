#!/usr/bin/env bash
# Shards on a real engine: dask.distributed from Debian's python3-distributed, on 127.0.0.1 only.
# Starts a scheduler on a free port and two worker processes of one thread each; then
# dask_shards.py submits `dealgraph build --shard K/4` as four tasks, checks each exited 0 and
# that both workers ran some, merges the shards and checks graph.ttl, graph.graphml and
# report.json are byte-identical to one build; and the same with a tree of merges, and with
# `merge --part K/2` as two tasks joined by `concat` (map, reduce, concat). On the
# examples, and on the real corpus when it is present (not in a sanitizer build).
# Every process started here is ended on exit, failure or interrupt. Skips (exit 77) with a
# message where dask.distributed is not importable. See docs/scaling.md.
#   dask_shards.sh DEALGRAPH ROOT
set -euo pipefail
dealgraph=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)

# Debian's package installs for /usr/bin/python3; another python3 first on PATH may lack it.
py=""
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import dask, distributed' 2>/dev/null; then
    py=$(command -v "$candidate")
    break
  fi
done
if [[ -z $py ]]; then
  echo "SKIPPED: dask.distributed is not importable (Debian 12: apt-get install python3-distributed; scripts/install-deps.sh installs it)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/dealgraph-dask.XXXXXX")
pids=()  # each started with setsid: its pid is also its process group, which holds its children
# alive PGID: some process of the group exists and is not a zombie.
alive() {
  local pid
  for pid in $(pgrep -g "$1" 2>/dev/null); do
    grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" 2>/dev/null || return 0
  done
  return 1
}
cleanup() {
  local code=$? pid
  trap - EXIT INT TERM HUP
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$work"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
logs() { for log in "$work"/*.log; do [[ -f $log ]] && { echo "--- ${log##*/}"; tail -12 "$log"; }; done; }
fail() { echo "FAIL: $*"; logs; exit 1; }
start() {  # start NAME COMMAND...: in a session of its own, output to NAME.log (- for ours)
  local name=$1
  shift
  if [[ $name == - ]]; then setsid "$@" </dev/null & else setsid "$@" >"$work/$name.log" 2>&1 </dev/null & fi
  pids+=("$!")
}

export DASK_CONFIG=$work/dask-config  # no user configuration changes the cluster
# The scheduler picks a free port (--port 0) and writes its address to scheduler.json; its HTTP
# server and the workers' (health and metrics, even without a dashboard) take free ports of
# 127.0.0.1 too. Should this script be killed before its cleanup, the scheduler ends after
# 5 idle minutes and the workers 60 s after losing it.
start scheduler "$py" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 --no-dashboard \
  --dashboard-address 127.0.0.1:0 --no-show --scheduler-file "$work/scheduler.json" --idle-timeout 300s
for _ in $(seq 1 600); do
  [[ -s $work/scheduler.json ]] && break
  alive "${pids[0]}" || fail "the scheduler exited"
  sleep 0.1
done
[[ -s $work/scheduler.json ]] || fail "the scheduler wrote no address in 60 s"
for w in 1 2; do
  start "worker-$w" "$py" -m distributed.cli.dask_worker --scheduler-file "$work/scheduler.json" \
    --name "worker-$w" --nthreads 1 --no-nanny --host 127.0.0.1 --no-dashboard --dashboard-address 127.0.0.1:0 \
    --local-directory "$work/worker-$w" --death-timeout 60
done

corpora=(--corpus examples "$root/examples")
real=$root/../shared/corpus/real/reuters21578.jsonl
if [[ -f $real && -z ${DEALGRAPH_SANITIZED:-} ]]; then
  corpora+=(--corpus reuters "$real")
else
  echo "reuters: real corpus not present, or a sanitizer build: skipped"
fi
# The client runs in the background so that a signal reaches the trap at once (bash runs traps
# only between commands, and `wait` is one that a signal interrupts).
start - "$py" "$root/tests/e2e/dask_shards.py" --scheduler-file "$work/scheduler.json" \
  --dealgraph "$dealgraph" --work "$work" --shards 4 "${corpora[@]}"
wait "${pids[-1]}" || { logs; exit 1; }
echo "dask_shards: ok"
