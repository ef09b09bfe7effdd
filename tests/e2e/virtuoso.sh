#!/usr/bin/env bash
# `dealgraph push` against a real Virtuoso (Debian's virtuoso-opensource-7), started on free
# ports of 127.0.0.1 with its own small virtuoso.ini and database in a temporary folder
# (scripts/start-virtuoso.sh). Pushes the seeds' build (the examples' where the seeds are not on
# this machine) to the Graph Store endpoint with digest authentication, then checks over SPARQL:
#   - every graph holds as many triples as graph.nq has statements for it (and the ontology's);
#   - every query of examples/queries/ returns on the store's default graph (Virtuoso's: the
#     union of every graph) exactly the rows it gives on graph.ttl (the .tsv of the local
#     Oxigraph run), no row repeated: each statement is in one graph only;
#   - a second push sends nothing and changes no count;
#   - after one article changes, only its graph is sent, and its old facts are gone;
#   - Virtuoso killed in the middle of a push: a clear error and exit 1; restarted, the next
#     push finishes the rest;
#   - a wrong password and a dead port: exit 1 with the endpoint and the status named.
# Skips (exit 77) with a message where virtuoso-t is not installed.
#   virtuoso.sh DEALGRAPH ROOT
set -euo pipefail
dealgraph=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)
virtuoso=$(command -v virtuoso-t || true)
[[ -z $virtuoso && -x /usr/bin/virtuoso-t ]] && virtuoso=/usr/bin/virtuoso-t
if [[ -z $virtuoso ]]; then
  echo "SKIPPED: virtuoso-t is not installed (Debian 12: apt-get install virtuoso-opensource-7-bin; scripts/install-deps.sh installs it)"
  exit 77
fi
command -v python3 >/dev/null || { echo "SKIPPED: python3 is not installed"; exit 77; }
started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/dealgraph-virtuoso.XXXXXX")
proxy_pid=""
# running PID: the process exists and is not a zombie (killed, not yet reaped by its parent).
running() { [[ -r /proc/$1/status ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
stop_all() {
  [[ -n $proxy_pid ]] && kill "$proxy_pid" 2>/dev/null || true
  if [[ -f $work/db/virtuoso.pid ]]; then
    local pid
    pid=$(cat "$work/db/virtuoso.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do running "$pid" || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}
trap 'stop_all; rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  for f in "$work"/*.log; do echo "--- $f"; tr '\r' '\n' <"$f" | tail -30; done
  [[ -f $work/db/virtuoso.out ]] && { echo "--- virtuoso.out"; tail -20 "$work/db/virtuoso.out"; }
  exit 1
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
http_port=$(free_port)
sql_port=$(free_port)
while [[ $sql_port == "$http_port" ]]; do sql_port=$(free_port); done
start_virtuoso() { "$root/scripts/start-virtuoso.sh" "$work/db" "$http_port" "$sql_port" >"$work/start.log" 2>&1 || fail "Virtuoso did not start"; }
start_virtuoso
echo "Virtuoso up on 127.0.0.1:$http_port after $((SECONDS - started)) s"
sparql=http://127.0.0.1:$http_port/sparql
endpoint=http://127.0.0.1:$http_port/sparql-graph-crud-auth
export DEALGRAPH_PASSWORD=dba  # a new database's administrator; --user dba below

# The input: the seeds, else the examples; copied, so that one article can be edited in place
# (the path an article was read from is one of its facts).
seeds=$root/../shared/corpus/seeds
# DEALGRAPH_VIRTUOSO_CORPUS=examples takes the examples even where the seeds are.
if [[ -d $seeds && ${DEALGRAPH_VIRTUOSO_CORPUS:-} != examples ]]; then corpus=seeds; source_dir=$seeds
else corpus=examples; source_dir=$root/examples; fi
echo "pushing the $corpus"
mkdir -p "$work/in"
cp -r "$source_dir/." "$work/in/"
rm -rf "$work/in/queries"
cd "$work"
"$dealgraph" build in -o out --format ttl,nq -q || fail "the build failed"

# local_counts: graph IRI <TAB> statements, from graph.nq, and the ontology's graph.
local_counts() {
  python3 - "$work/out/graph.nq" "$root/ontology/dealgraph.ttl" "$dealgraph" >"$work/local.tsv" <<'PY'
import collections, subprocess, sys
counts = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.strip() and not line.lstrip().startswith("#"):
        counts[line.rsplit(" ", 2)[-2].strip("<>")] += 1
for graph in sorted(counts):
    print(f"{graph}\t{counts[graph]}")
PY
  # The ontology's triples, counted by an independent parser.
  local ontology_triples
  if command -v rapper >/dev/null; then
    ontology_triples=$(rapper -q -i turtle -o ntriples "$root/ontology/dealgraph.ttl" | sort -u | grep -c .)
  else
    ontology_triples=$(sordi -i turtle "$root/ontology/dealgraph.ttl" | sort -u | grep -c .)
  fi
  printf 'https://w3id.org/dealgraph/id/graph/ontology\t%s\n' "$ontology_triples" >>"$work/local.tsv"
}

# check_counts WHAT: the store's triples per graph (under the dealgraph base) equal local.tsv.
check_counts() {
  python3 - "$sparql" "$work/local.tsv" <<'PY' || fail "$1: the store's graphs differ from graph.nq"
import json, sys, urllib.parse, urllib.request
sparql, local_file = sys.argv[1], sys.argv[2]
query = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
           FILTER(STRSTARTS(STR(?g), "https://w3id.org/dealgraph/id/")) } GROUP BY ?g"""
request = urllib.request.Request(sparql, data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json"})
rows = json.load(urllib.request.urlopen(request, timeout=30))["results"]["bindings"]
store = {row["g"]["value"]: int(row["n"]["value"]) for row in rows}
local = {g: int(n) for g, n in (line.rstrip("\n").split("\t") for line in open(local_file, encoding="utf-8"))}
wrong = [(g, local.get(g), store.get(g)) for g in sorted(set(local) | set(store)) if local.get(g) != store.get(g)]
for g, want, got in wrong:
    print(f"  {g}: graph.nq {want}, store {got}")
sys.exit(1 if wrong else 0)
PY
}

# query_rows QUERY.rq: the query's rows from the store, as SPARQL TSV.
query_rows() {
  python3 - "$sparql" "$@" <<'PY'
import json, sys, urllib.parse, urllib.request
sparql, query_file = sys.argv[1], sys.argv[2]
query = open(query_file, encoding="utf-8").read()
request = urllib.request.Request(sparql, data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json"})
result = json.load(urllib.request.urlopen(request, timeout=30))
names = result["head"]["vars"]
XSD = "http://www.w3.org/2001/XMLSchema#"
# A term as Oxigraph writes it in SPARQL TSV, which the expected rows are: numbers bare,
# other typed literals with their datatype, language strings with their tag.
def term(b):
    if b is None:
        return ""
    if b["type"] == "uri":
        return "<" + b["value"] + ">"
    if b["type"] == "bnode":
        return "_:" + b["value"]
    text = b["value"].replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    datatype = b.get("datatype", "")
    if datatype in (XSD + "integer", XSD + "decimal", XSD + "double"):
        return b["value"]
    if datatype and datatype != XSD + "string":
        return '"' + text + '"^^<' + datatype + '>'
    if b.get("xml:lang"):
        return '"' + text + '"@' + b["xml:lang"]
    return '"' + text + '"'
print("\t".join("?" + n for n in names))
for row in result["results"]["bindings"]:
    print("\t".join(term(row.get(n)) for n in names))
PY
}

push() { "$dealgraph" push out --endpoint "$endpoint" --user dba "$@"; }

# 1. The first push: every graph, with counts equal to graph.nq's.
local_counts
graphs=$(wc -l <"$work/local.tsv")
push >"$work/1.log" 2>&1 || fail "the first push failed"
grep -q "pushed $graphs, unchanged 0, failed 0" "$work/1.log" || fail "the first push did not push $graphs graphs"
check_counts "after the first push"
echo "ok: $graphs graphs pushed; the triples per graph equal graph.nq's"

# Stores write unbound trailing columns as empty fields: compare rows without them. Expected
# rows of the seeds keep fingerprints of long literals (tests/consumers/rdf-consumers.mjs).
fingerprint_rows() {
  if [[ $corpus != seeds ]]; then cat "$1"; return; fi
  /usr/bin/python3 -c '
import hashlib, re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    cells = line.rstrip("\n").split("\t")
    print("\t".join("sha256:" + hashlib.sha256(c.encode()).hexdigest()[:16]
                    if re.fullmatch(r"\".{24,}\"(@[\w-]+)?", c, re.S) else c for c in cells))' "$1"
}
# Sorted with duplicates kept: a row the store repeats is a difference.
trim_rows() { fingerprint_rows "$1" | sed -E 's/[[:space:]]+$//' | LC_ALL=C sort; }

# 2. Every example query gives, on the store's default graph (Virtuoso's: the union of every
#    graph, a statement once per graph that holds it), exactly the rows it gives on graph.ttl
#    (graph.nq for the provenance query): the same rows as many times each, compared sorted
#    (a store's collation may order ties differently).
check_queries() {
  local query name expected got
  for query in "$root"/examples/queries/*.rq; do
    name=$(basename "$query" .rq)
    expected=$root/examples/queries/$name.$corpus.tsv
    [[ -f $expected ]] || fail "$name.rq: no expected rows in $expected"
    query_rows "$query" >"$work/$name.tsv" || fail "$name.rq failed on the store"
    diff <(trim_rows "$expected") <(trim_rows "$work/$name.tsv") >"$work/$name.diff" ||
      fail "$1: $name.rq: the store's rows differ from $expected: $(cat "$work/$name.diff")"
  done
}
check_queries "after the first push"
echo "ok: every example query ($(ls "$root"/examples/queries/*.rq | wc -l)) returns on the store exactly the rows of graph.ttl"

# 3. The same build again: nothing sent, nothing changed. Then everything again with --force,
#    the credentials from a netrc file this time: the same counts.
push >"$work/3.log" 2>&1 || fail "the second push failed"
grep -q "pushed 0, unchanged $graphs, failed 0" "$work/3.log" || fail "the second push was not all unchanged"
check_counts "after the second push"
printf 'machine 127.0.0.1\nlogin dba\npassword dba\n' >"$work/netrc"
env -u DEALGRAPH_PASSWORD "$dealgraph" push out --endpoint "$endpoint" --netrc-file "$work/netrc" --force >"$work/3b.log" 2>&1 ||
  fail "the push with a netrc file failed"
grep -q "pushed $graphs, unchanged 0, failed 0" "$work/3b.log" || fail "--force did not push every graph"
check_counts "after pushing everything again"
check_queries "after pushing everything again"
echo "ok: the second push reports every graph unchanged; --force (netrc credentials) pushes all again; counts unchanged"

# 4. One article changes (a sentence added at its end, so a new SHA-256 of its bytes): only its
#    graph is sent, and it holds the new facts and not the old.
article=$(cd in && find . -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' \) | sort | head -1)
article=${article#./}
[[ -n $article ]] || fail "no .md or .txt input to edit"
source_id=${article%.*}
graph_iri=https://w3id.org/dealgraph/id/article/$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="-._~"))' "$source_id")
old_sha=$(python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "in/$article")
printf '\n\nEditor'"'"'s note: this article was corrected on 2 December.\n' >>"in/$article"
new_sha=$(python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "in/$article")
"$dealgraph" build in -o out --format ttl,nq -q || fail "the second build failed"
local_counts
push -v >"$work/4.log" 2>&1 || fail "the push after the change failed"
grep -q "pushed 1, unchanged $((graphs - 1)), failed 0" "$work/4.log" || fail "the push after one change did not send exactly one graph"
grep -q "^pushed $graph_iri " "$work/4.log" || fail "the graph sent was not $graph_iri"
check_counts "after one article changed"
printf 'SELECT ?sha WHERE { GRAPH <%s> { <%s> <https://w3id.org/dealgraph#sha256> ?sha } }\n' "$graph_iri" "$graph_iri" >"$work/sha.rq"
query_rows "$work/sha.rq" >"$work/sha.tsv"
[[ $(sed 1d "$work/sha.tsv") == "\"$new_sha\"" ]] || fail "the store's graph of $source_id does not hold exactly the new SHA-256 (old $old_sha): $(cat "$work/sha.tsv")"
echo "ok: after $article changed, only its graph was replaced, old facts gone"

# 5. Virtuoso killed in the middle of a push (behind a small proxy that kills it after three
#    graphs have gone through): a clear error and exit 1. Restarted, the next push finishes.
cat >"$work/proxy.py" <<'PY'
import http.client, os, signal, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
upstream_port, pid_file, kill_after, port_file = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
done = {"ok": 0, "killed": False}
class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *args):
        pass
    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not done["killed"] and done["ok"] >= kill_after:
            os.kill(int(open(pid_file).read()), signal.SIGKILL)
            done["killed"] = True
            time.sleep(0.5)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "keep-alive", "expect", "host")}
        try:
            upstream = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=30)
            upstream.request("PUT", self.path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
        except OSError:
            self.close_connection = True  # the server is gone: no answer at all
            return
        if 200 <= response.status < 300:
            done["ok"] += 1
        self.send_response(response.status)
        for k, v in response.getheaders():
            if k.lower() not in ("connection", "keep-alive", "transfer-encoding", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
open(port_file, "w").write(str(server.server_address[1]))
server.serve_forever()
PY
# The store dies after `kill_after` graphs: 3, or 1 when the build has few graphs (the seeds).
kill_after=$((graphs > 4 ? 3 : 1))
python3 "$work/proxy.py" "$http_port" "$work/db/virtuoso.pid" "$kill_after" "$work/proxy.port" &
proxy_pid=$!
for _ in $(seq 1 50); do [[ -s $work/proxy.port ]] && break; sleep 0.1; done
proxied=http://127.0.0.1:$(cat "$work/proxy.port")/sparql-graph-crud-auth
if "$dealgraph" push out --endpoint "$proxied" --user dba --retries 1 >"$work/5.log" 2>&1; then
  fail "the push to a server killed mid-way gave exit 0"
fi
grep -q "stopped: $proxied cannot be reached (no HTTP status)" "$work/5.log" || fail "no clear message naming the endpoint"
grep -q "pushed $kill_after, unchanged 0, failed 1, not tried $((graphs - kill_after - 1))" "$work/5.log" || fail "the summary of the broken push is wrong"
running "$(cat "$work/db/virtuoso.pid")" && fail "Virtuoso was not killed"
start_virtuoso
"$dealgraph" push out --endpoint "$proxied" --user dba >"$work/5b.log" 2>&1 || fail "the push after the restart failed"
grep -q "pushed $((graphs - kill_after)), unchanged $kill_after, failed 0" "$work/5b.log" || fail "the push after the restart did not finish the rest"
check_counts "after the restart"
check_queries "after the restart"
echo "ok: Virtuoso killed mid-push: exit 1 with a clear message; restarted, the next push finished the rest"

# 6. A wrong password, a dead port: exit 1, the endpoint and the status named.
if DEALGRAPH_PASSWORD=not-the-password push --force >"$work/6.log" 2>&1; then fail "a wrong password gave exit 0"; fi
grep -q "stopped: $endpoint refused the push: HTTP 401 Unauthorized" "$work/6.log" || fail "no clear message for a wrong password"
grep -q "not-the-password" "$work"/*.log && fail "the password appears in the output"
dead=http://127.0.0.1:$(free_port)/sparql-graph-crud-auth
if "$dealgraph" push out --endpoint "$dead" --user dba --retries 1 >"$work/6b.log" 2>&1; then fail "a dead port gave exit 0"; fi
grep -q "stopped: $dead cannot be reached (no HTTP status)" "$work/6b.log" || fail "no clear message for a dead port"
echo "ok: a wrong password and a dead port fail with exit 1, naming the endpoint and the status"
echo "PASS: push to Virtuoso ($corpus, $graphs graphs) in $((SECONDS - started)) s"
