#!/usr/bin/env bash
# Starts a private Virtuoso (Debian's virtuoso-opensource-7) on 127.0.0.1, for trying
# `dealgraph push` and for tests/e2e/virtuoso.sh: its own small virtuoso.ini and database in
# DIR (created when missing, kept between starts), in the background. Waits until it answers,
# then prints its endpoints. Stop it with: kill "$(cat DIR/virtuoso.pid)"
#
#   scripts/start-virtuoso.sh DIR [HTTP_PORT [SQL_PORT]]     # default ports 8890 and 1111
#
# The administrator account of a new database is dba with password dba; this server listens on
# 127.0.0.1 only. Do not use it for anything but local trials (docs/push.md says how to set up
# a real one).
set -euo pipefail
if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
dir=$1
http_port=${2:-8890}
sql_port=${3:-1111}
virtuoso=$(command -v virtuoso-t || true)
[[ -z $virtuoso && -x /usr/bin/virtuoso-t ]] && virtuoso=/usr/bin/virtuoso-t
if [[ -z $virtuoso ]]; then
  echo "start-virtuoso: virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource-7-bin)" >&2
  exit 1
fi
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$http_port" "$sql_port"; do
  if port_busy "$port"; then
    echo "start-virtuoso: port $port on 127.0.0.1 is in use (another Virtuoso?); give other ports: $0 $dir HTTP_PORT SQL_PORT" >&2
    exit 1
  fi
done
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
# running PID: the process exists and is not a zombie (a killed server not yet reaped).
running() { [[ -r /proc/$1/status ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
if [[ -f $dir/virtuoso.pid ]] && running "$(cat "$dir/virtuoso.pid")"; then
  echo "start-virtuoso: a Virtuoso is already running on $dir (pid $(cat "$dir/virtuoso.pid"))" >&2
  exit 1
fi

cat >"$dir/virtuoso.ini" <<EOF
; Written by dealgraph's scripts/start-virtuoso.sh: a small private server on 127.0.0.1.
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx

[Parameters]
ServerPort         = 127.0.0.1:$sql_port
DisableUnixSocket  = 1
CheckpointInterval = 60
NumberOfBuffers    = 4000
MaxDirtyBuffers    = 3000
MaxClientConnections = 8
DirsAllowed        = ., $dir
CaseMode           = 2

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $dir
ServerThreads        = 8
MaxClientConnections = 8
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
EOF

rm -f "$dir/virtuoso.lck"  # left by a server that was killed; the pid check above found none running
cd "$dir"
nohup "$virtuoso" -f -c "$dir/virtuoso.ini" >"$dir/virtuoso.out" 2>&1 &
pid=$!
echo "$pid" >"$dir/virtuoso.pid"
for _ in $(seq 1 600); do
  if ! running "$pid"; then
    echo "start-virtuoso: Virtuoso stopped while starting; its log:" >&2
    tail -20 "$dir/virtuoso.out" >&2
    exit 1
  fi
  grep -q "Server online at" "$dir/virtuoso.out" 2>/dev/null && port_busy "$http_port" && break
  sleep 0.1
done
if ! grep -q "Server online at" "$dir/virtuoso.out"; then
  echo "start-virtuoso: Virtuoso did not come up within 60 s; its log:" >&2
  tail -20 "$dir/virtuoso.out" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
fi
cat <<EOF
Virtuoso $("$virtuoso" -? 2>&1 | sed -n 's/^Version \([^ ]*\).*/\1/p' | head -1) is running: pid $pid, database in $dir
  SPARQL query:  http://127.0.0.1:$http_port/sparql
  Graph Store:   http://127.0.0.1:$http_port/sparql-graph-crud-auth   (user dba, password dba, digest authentication)
  SQL (isql-vt): 127.0.0.1:$sql_port
Push:  DEALGRAPH_PASSWORD=dba dealgraph push out --endpoint http://127.0.0.1:$http_port/sparql-graph-crud-auth --user dba
Stop:  kill $pid
EOF
