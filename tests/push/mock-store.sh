#!/usr/bin/env bash
# `dealgraph push` against a small Graph Store Protocol server in Python (mock_store.py): digest
# authentication from DEALGRAPH_PASSWORD and from a netrc file, a store asking for Basic over
# http, a redirect, redirects to another port and from https to http (not followed), retries of
# 503s, a graph the store rejects, an error body with terminal escape codes, a server that dies
# in the middle of a push, TLS with --cacert, the progress line, and `build --push`. The real
# store is tests/e2e/virtuoso.sh.
#   mock-store.sh DEALGRAPH ROOT
set -euo pipefail
dealgraph=$1
root=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v python3 >/dev/null || { echo "SKIPPED: python3 is not installed"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dealgraph-push-mock.XXXXXX")
server_pid=""
stop_server() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}
trap 'stop_server; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; for f in "$work"/*.log; do echo "--- $f"; cat "$f"; done; exit 1; }

password=s3cret-$RANDOM
port=""
# start_server [ARGS...]: on $port when set, else on a free port (written to $port).
start_server() {
  rm -f "$work/port"
  python3 "$here/mock_store.py" --port-file "$work/port" --port "${port:-0}" --db "$work/store.json" \
    --user alice --password "$password" "$@" 2>>"$work/server.log" &
  server_pid=$!
  for _ in $(seq 1 100); do [[ -s $work/port ]] && break; sleep 0.05; done
  [[ -s $work/port ]] || fail "the mock store did not start"
  port=$(cat "$work/port")
}
# http_call PATH [DATA]: GET (or POST DATA to) the mock store's test controls (at $base when set).
http_call() {
  python3 - "${base:-$scheme://127.0.0.1:$port}$1" "${2-}" "$cafile" <<'PY'
import ssl, sys, urllib.request
url, data, cafile = sys.argv[1], sys.argv[2], sys.argv[3]
context = ssl.create_default_context(cafile=cafile) if cafile else None
request = urllib.request.Request(url, data=data.encode() if data else None)
sys.stdout.write(urllib.request.urlopen(request, timeout=10, context=context).read().decode())
PY
}
control() { http_call /_control "$1" >/dev/null; }
store_json() { http_call /_graphs; }
scheme=http
cafile=""

"$dealgraph" build "$root/examples" -o "$work/out" --format ttl,nq -q
# The statements per graph in graph.nq, and the ontology's.
awk '{ print $(NF-1) }' "$work/out/graph.nq" | sed 's/^<//; s/>$//' | sort | uniq -c | awk '{ print $2 "\t" $1 }' >"$work/local.tsv"
articles=$(wc -l <"$work/local.tsv")
graphs=$((articles + 1))

start_server
endpoint=http://127.0.0.1:$port/gsp
push() { "$dealgraph" push "$work/out" --endpoint "$endpoint" "$@"; }

# 1. No credentials: refused, exit 1, a message naming the endpoint and the HTTP status.
if push >"$work/1.log" 2>&1; then fail "a push without credentials succeeded"; fi
grep -q "$endpoint refused the push: HTTP 401 Unauthorized" "$work/1.log" || fail "no clear refusal"
echo "ok: refused without credentials (exit 1, HTTP 401 named)"

# 2. Through a redirect, with the password from the environment, two 503s retried.
control '{"fail_next": [503, 503]}'
redirected=http://127.0.0.1:$port/old-gsp
DEALGRAPH_PASSWORD=$password "$dealgraph" push "$work/out" --endpoint "$redirected" --user alice -v >"$work/2.log" 2>&1 ||
  fail "the push through a redirect failed"
grep -q "pushed $graphs, unchanged 0, failed 0" "$work/2.log" || fail "not every graph pushed"
[[ $(grep -c "^retrying" "$work/2.log") == 2 ]] || fail "the two 503s were not retried"
store_json >"$work/store-2.json"
python3 - "$work/store-2.json" "$work/local.tsv" <<'PY' || fail "the store does not hold the local graphs"
import json, sys
store = json.load(open(sys.argv[1]))
local = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[2]))
graphs = store["graphs"]
for graph, count in local.items():
    assert graphs.get(graph) == int(count), (graph, graphs.get(graph), count)
assert "https://w3id.org/dealgraph/id/graph/ontology" in graphs and graphs["https://w3id.org/dealgraph/id/graph/ontology"] > 100
assert store["content_types"] == ["text/turtle"], store["content_types"]
print(f"{len(local)} article graphs with the local statement counts, and the ontology")
PY
echo "ok: pushed through a 307 redirect with digest auth, 503s retried"

# 3. The same build again: nothing sent.
puts_before=$(store_json | python3 -c 'import json,sys; print(json.load(sys.stdin)["puts"])')
DEALGRAPH_PASSWORD=$password "$dealgraph" push "$work/out" --endpoint "$redirected" --user alice >"$work/3.log" 2>&1 ||
  fail "the second push failed"
grep -q "pushed 0, unchanged $graphs, failed 0" "$work/3.log" || fail "the second push was not all unchanged"
[[ $(store_json | python3 -c 'import json,sys; print(json.load(sys.stdin)["puts"])') == "$puts_before" ]] ||
  fail "the second push sent graphs"
echo "ok: pushing twice sends nothing the second time"

# 4. Credentials from a netrc file, --force.
printf 'machine 127.0.0.1\nlogin alice\npassword %s\n' "$password" >"$work/netrc"
push --netrc-file "$work/netrc" --force >"$work/4.log" 2>&1 || fail "the push with a netrc file failed"
grep -q "pushed $graphs, unchanged 0" "$work/4.log" || fail "--force did not push every graph"
echo "ok: credentials from a netrc file; --force pushes all"

# 5. One graph rejected: the others go on, exit 1; the next push sends only that one.
control '{"reject": "zh-hans"}'
if DEALGRAPH_PASSWORD=$password push --user alice --force >"$work/5.log" 2>&1; then fail "a rejected graph gave exit 0"; fi
grep -q "article/zh-hans-nvidia-openai failed at $endpoint: HTTP 400 Bad Request: Syntax error at line 1" "$work/5.log" ||
  fail "no message for the rejected graph"
grep -q "pushed $((graphs - 1)), unchanged 0, failed 1" "$work/5.log" || fail "the other graphs were not pushed"
control '{}'
DEALGRAPH_PASSWORD=$password push --user alice >"$work/5b.log" 2>&1 || fail "the push after a rejection failed"
grep -q "pushed 1, unchanged $((graphs - 1)), failed 0" "$work/5b.log" || fail "the next push did not send only the rejected graph"
echo "ok: a rejected graph fails alone, and the next push sends only it"

# 6. The server dies after 3 graphs: a clear error, exit 1; after a restart the push finishes.
rm "$work/out/push-state.json"
control '{"die_after": 3}'
if DEALGRAPH_PASSWORD=$password push --user alice --retries 1 >"$work/6.log" 2>&1; then fail "a push to a dead server gave exit 0"; fi
wait "$server_pid" 2>/dev/null || true
server_pid=""
grep -q "stopped: $endpoint cannot be reached (no HTTP status)" "$work/6.log" || fail "no clear message about the dead server"
grep -q "pushed 3, unchanged 0, failed 1, not tried $((graphs - 4))" "$work/6.log" || fail "the summary of the broken push is wrong"
grep -q "run the same command again" "$work/6.log" || fail "no hint to run again"
start_server  # the same port, the same data
DEALGRAPH_PASSWORD=$password push --user alice >"$work/6b.log" 2>&1 || fail "the push after the restart failed"
grep -q "pushed $((graphs - 3)), unchanged 3, failed 0" "$work/6b.log" || fail "the push after the restart did not finish the rest"
echo "ok: a server dying mid-push stops it with exit 1; the next push finishes the rest"

# 7. The progress line, and a dry run.
DEALGRAPH_PASSWORD=$password push --user alice --force --progress >"$work/7.log" 2>&1 || fail "the push with --progress failed"
grep -q "\[push\] $graphs/$graphs graphs" "$work/7.log" || fail "no progress line"
push --dry-run --force >"$work/7b.log" 2>&1 || fail "the dry run failed"
grep -q "would push $graphs" "$work/7b.log" || fail "the dry run did not list the graphs"
echo "ok: progress line and dry run"

# 8. build --push: builds graph.nq too, and pushes.
DEALGRAPH_PASSWORD=$password "$dealgraph" build "$root/examples" -o "$work/out-build" --push "$endpoint" --push-user alice \
  >"$work/8.log" 2>&1 || fail "build --push failed"
[[ -s $work/out-build/graph.nq ]] || fail "build --push did not write graph.nq"
grep -q "pushed $graphs, unchanged 0, failed 0" "$work/8.log" || fail "build --push did not push"
echo "ok: build --push"

# A second store on another port, where redirects below must not lead.
python3 "$here/mock_store.py" --port-file "$work/other-port" --db "$work/other.json" 2>>"$work/other-server.log" &
other_pid=$!
trap 'stop_server; kill "$other_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [[ -s $work/other-port ]] && break; sleep 0.05; done
[[ -s $work/other-port ]] || fail "the second mock store did not start"
other=http://127.0.0.1:$(cat "$work/other-port")
other_puts() { base=$other http_call /_graphs | python3 -c 'import json,sys; print(json.load(sys.stdin)["puts"])'; }
basic_seen() { http_call /_graphs | python3 -c 'import json,sys; print(json.load(sys.stdin)["basic_auth_seen"])'; }

# 10. A redirect to another port: not followed, nothing sent there, exit 1 with the reason.
control "{\"redirect_to\": \"$other/gsp\"}"
if DEALGRAPH_PASSWORD=$password push --user alice --force >"$work/10.log" 2>&1; then fail "a redirect to another port gave exit 0"; fi
grep -q "redirected the PUT to $other/gsp?graph=.*another origin (scheme, host or port): not followed" "$work/10.log" ||
  fail "no clear message about the redirect to another port"
[[ $(other_puts) == 0 ]] || fail "the push followed the redirect to another port"
control '{}'
echo "ok: a redirect to another port is not followed"

# 11. An error body with terminal escape codes (OSC, CSI, C1 CSI): printed escaped.
control '{"reject": "zh-hans", "reject_body": "\u001b]0;owned\u0007\u001b[2J\u001b[31mred\u0085 \u009b31m"}'
if DEALGRAPH_PASSWORD=$password push --user alice --force >"$work/11.log" 2>&1; then fail "a rejected graph gave exit 0"; fi
if grep -q $'\x1b\|\x07\|\xc2\x85\|\xc2\x9b' "$work/11.log"; then fail "control characters from the store reached the output"; fi
grep -qF 'HTTP 400 Bad Request: \x1b]0;owned\x07\x1b[2J\x1b[31mred\u0085 \u009b31m' "$work/11.log" ||
  fail "the error body is not shown escaped"
control '{}'
echo "ok: control characters in an error body are printed escaped"

# 13. An article id of 5,000 characters: its graph is refused before it is sent (Virtuoso would
# cut the IRI), not recorded as pushed, and the other graphs go; with --store fuseki it goes too.
python3 -c 'import json; print(json.dumps({"id": "a" * 5000, "title": "T", "text": "Nvidia invested in OpenAI."}))' \
  >"$work/long-id.jsonl"
"$dealgraph" build "$work/long-id.jsonl" -o "$work/out-long" --format nq -q
long_graph=https://w3id.org/dealgraph/id/article/$(printf 'a%.0s' $(seq 1 5000))
if DEALGRAPH_PASSWORD=$password "$dealgraph" push "$work/out-long" --endpoint "$endpoint" --user alice >"$work/13.log" 2>&1; then
  fail "a graph with a 5,038-byte name gave exit 0"
fi
grep -q "not pushed: its name in the store is an IRI of 5,038 bytes, longer than the 1,879 a store of kind any keeps" \
  "$work/13.log" || fail "no clear message about the long IRI"
grep -q "It comes from the article's id" "$work/13.log" || fail "the long IRI's source is not named"
# The ontology's graph and the nodes' own graphs go; only the article's is refused.
long_graphs=$(awk '{ print $(NF-1) }' "$work/out-long/graph.nq" | sort -u | wc -l)
grep -q "pushed $long_graphs, unchanged 0, failed 1" "$work/13.log" || fail "the other graphs were not pushed beside the refused one"
store_json | grep -q "article/aaaa" && fail "the graph with the long IRI reached the store"
grep -q "article/aaaa" "$work/out-long/push-state.json" && fail "the graph with the long IRI is recorded as pushed"
DEALGRAPH_PASSWORD=$password "$dealgraph" push "$work/out-long" --endpoint "$endpoint" --user alice --store fuseki \
  >"$work/13b.log" 2>&1 || fail "the push with --store fuseki failed"
store_json | grep -q "\"$long_graph\"" || fail "--store fuseki did not push the long graph"
echo "ok: an IRI longer than the store keeps is refused before pushing, and not recorded"

# 12. A store that asks for Basic only, over http: the password is not sent unless --auth basic.
stop_server
start_server --basic-only
if DEALGRAPH_PASSWORD=$password push --user alice --force >"$work/12.log" 2>&1; then fail "basic over http without --auth basic"; fi
grep -q "$endpoint asks for Basic authentication, which over http would send the password in cleartext: not sent" \
  "$work/12.log" || fail "no clear message about Basic over http"
printf 'machine 127.0.0.1\nlogin alice\npassword %s\n' "$password" >"$work/netrc"
if push --netrc-file "$work/netrc" --force >"$work/12b.log" 2>&1; then fail "basic over http from a netrc file"; fi
if HOME=$work push --force >"$work/12d.log" 2>&1; then fail "a push without credentials succeeded"; fi
grep -q "$endpoint refused the push: HTTP 401 Unauthorized" "$work/12d.log" || fail "no plain refusal without credentials"
[[ $(basic_seen) == 0 ]] || fail "the password went as Basic over http"
DEALGRAPH_PASSWORD=$password push --user alice --force --auth basic >"$work/12c.log" 2>&1 || fail "--auth basic failed"
grep -q "pushed $graphs, unchanged 0" "$work/12c.log" || fail "--auth basic did not push every graph"
[[ $(basic_seen) != 0 ]] || fail "--auth basic did not send Basic"
echo "ok: Basic over http only with --auth basic"

# 9. TLS: refused without the certificate (no retries), accepted with --cacert.
if command -v openssl >/dev/null; then
  stop_server
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" >/dev/null 2>&1
  port=""
  start_server --cert "$work/cert.pem" --key "$work/key.pem"
  scheme=https
  cafile=$work/cert.pem
  endpoint=https://127.0.0.1:$port/gsp
  if DEALGRAPH_PASSWORD=$password push --user alice --force >"$work/9.log" 2>&1; then fail "an untrusted certificate was accepted"; fi
  grep -qi "certificate" "$work/9.log" || fail "no word of the certificate"
  DEALGRAPH_PASSWORD=$password push --user alice --force --cacert "$work/cert.pem" >"$work/9b.log" 2>&1 || fail "the push over TLS failed"
  grep -q "pushed $graphs" "$work/9b.log" || fail "not every graph pushed over TLS"
  echo "ok: TLS with --cacert; an untrusted certificate stops the push"
  control "{\"redirect_to\": \"$other/gsp\"}"
  if DEALGRAPH_PASSWORD=$password push --user alice --force --cacert "$work/cert.pem" >"$work/9c.log" 2>&1; then
    fail "a redirect from https to http gave exit 0"
  fi
  grep -q "redirected the PUT to $other/gsp?graph=.*from https to http: not followed" "$work/9c.log" ||
    fail "no clear message about the redirect to http"
  [[ $(other_puts) == 0 ]] || fail "the push followed the redirect from https to http"
  echo "ok: a redirect from https to http is not followed"
else
  echo "NOTE: openssl is not installed: the TLS part is skipped"
fi

# The password never appears in what dealgraph printed.
if grep -l -- "$password" "$work"/[0-9]*.log; then fail "the password appears in the output"; fi
echo "ok: the password appears in no output"
echo "PASS: push against the mock Graph Store"
