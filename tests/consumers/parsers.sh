#!/usr/bin/env bash
# Independent parsers from Debian on the examples and the seeds:
# - rapper (Raptor) and serdi (Serd) parse Turtle, N-Triples, N-Quads and TriG, and count
#   the same statements;
# - GraphML validates against the GraphML 1.0 structure with xmllint (offline, against
#   tests/consumers/graphml-structure.xsd) and networkx reads it with the node and edge
#   counts of report.json and the attributes Gephi maps (label, size, r, g, b, weight);
# - Graphviz parses the DOT file.
# Deliberately broken outputs must be caught by each of them.
#   tests/consumers/parsers.sh [DEALGRAPH] [ROOT]
source "$(dirname "$0")/common.sh"
xsd=$consumers_dir/graphml-structure.xsd
for tool in rapper serdi xmllint; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/install-deps.sh installs it)"; exit 1; }
done
[[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import networkx' 2>/dev/null ||
  { echo "FAIL: /usr/bin/python3 with networkx is needed (python3-networkx)"; exit 1; }
have_dot=yes
command -v dot >/dev/null || { have_dot=""; echo "NOTE: Graphviz (dot) is not installed: the DOT files are not parsed"; }

syntax() { case $1 in ttl) echo turtle ;; nt) echo ntriples ;; nq) echo nquads ;; trig) echo trig ;; esac; }
rapper_count() { rapper -q -i "$(syntax "${1##*.}")" -c "$1" 2>&1 >/dev/null | grep -q . && return 1; rapper -i "$(syntax "${1##*.}")" -c "$1" 2>&1 | sed -n 's/.*returned \([0-9]*\) \(triples\|statements\).*/\1/p'; }
serdi_count() { serdi -i "$(syntax "${1##*.}")" -o nquads "$1" | wc -l; }

check_graphml() {  # FILE REPORT (explicit returns: set -e does not apply inside `if`)
  xmllint --noout --nonet "$1" || return 1
  xmllint --noout --nonet --schema "$xsd" "$1" 2>"$work/xmllint.log" || { cat "$work/xmllint.log"; return 1; }
  echo "${1#$work/}: valid GraphML (xmllint, graphml-structure.xsd)"
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys, networkx
graph = networkx.read_graphml(sys.argv[1])
report = json.load(open(sys.argv[2]))
counts = (graph.number_of_nodes(), graph.number_of_edges())
wanted = (report["graphml"]["nodes"], report["graphml"]["edges"])
assert counts == wanted, f"networkx reads {counts[0]} nodes and {counts[1]} edges, report.json says {wanted}"
iris = set()
for node, data in graph.nodes(data=True):
    for key in ("label", "type", "iri", "r", "g", "b", "size", "articles"):
        assert key in data, f"node {node} has no {key}"
    assert all(isinstance(data[c], int) and 0 <= data[c] <= 255 for c in "rgb"), (node, data)
    assert data["size"] > 0, (node, data)
    assert data["iri"] not in iris, f"two nodes for {data['iri']}"
    iris.add(data["iri"])
for source, target, data in graph.edges(data=True):
    assert "label" in data and data["weight"] >= 1, (source, target, data)
print(f"{sys.argv[1].split('/')[-2]}/graph.graphml: networkx reads {counts[0]} nodes and {counts[1]} edges, as report.json says")
PY
}

for name in "${builds[@]}"; do
  dir=$work/$name
  echo "== $name"
  for format in ttl nt nq trig; do
    file=$dir/graph.$format
    by_rapper=$(rapper_count "$file") || { echo "FAIL: rapper reports problems in $file"; rapper -q -i "$(syntax $format)" -c "$file"; exit 1; }
    by_serdi=$(serdi_count "$file") || { echo "FAIL: serdi cannot parse $file"; exit 1; }
    [[ $by_rapper == "$by_serdi" && $by_rapper -gt 0 ]] ||
      { echo "FAIL: $file: rapper counts $by_rapper statements, serdi $by_serdi"; exit 1; }
    echo "graph.$format: rapper and serdi both read $by_rapper statements"
  done
  check_graphml "$dir/graph.graphml" "$dir/report.json"
  if [[ -n $have_dot ]]; then
    dot -Tcanon "$dir/graph.dot" >/dev/null
    echo "graph.dot: Graphviz parses it"
  fi
done

echo "== broken outputs"
dir=$work/examples
broken=$work/broken
mkdir -p "$broken"
sed '0,/dg:sourceId "/s//dg:sourceId "unterminated /; 0,/dg:sourceId "unterminated \(.*\)" ;/s//dg:sourceId "unterminated \1 ;/' "$dir/graph.ttl" >"$broken/graph.ttl"
expect_failure "Turtle with an unterminated string, read by rapper" rapper_count "$broken/graph.ttl"
expect_failure "Turtle with an unterminated string, read by serdi" serdi -i turtle -o nquads "$broken/graph.ttl"
sed '1s/> \.$/ ./' "$dir/graph.nq" >"$broken/graph.nq"
expect_failure "N-Quads with an unclosed graph IRI, read by rapper" rapper_count "$broken/graph.nq"
expect_failure "N-Quads with an unclosed graph IRI, read by serdi" serdi -i nquads -o nquads "$broken/graph.nq"
sed '0,/<node id="\([^"]*\)">/s//<node id="https:\/\/example.org\/\1">/' "$dir/graph.graphml" >"$broken/iri-id.graphml"
expect_failure "GraphML with an IRI as node id (not an NMTOKEN)" xmllint --noout --nonet --schema "$xsd" "$broken/iri-id.graphml"
sed '0,/target="[^"]*"/s//target="nowhere"/' "$dir/graph.graphml" >"$broken/dangling.graphml"
expect_failure "GraphML with an edge to a node that does not exist" xmllint --noout --nonet --schema "$xsd" "$broken/dangling.graphml"
sed '0,/<data key="label">/s//<data key="label">\x01/' "$dir/graph.graphml" >"$broken/control.graphml"
expect_failure "GraphML with a control character XML 1.0 forbids" xmllint --noout --nonet "$broken/control.graphml"
awk '/<edge / && !done { skip = 1; done = 1 } !skip { print } /<\/edge>/ { skip = 0 }' "$dir/graph.graphml" >"$broken/one-edge-less.graphml"
expect_failure "GraphML with one edge less than report.json counts" check_graphml "$broken/one-edge-less.graphml" "$dir/report.json"
if [[ -n $have_dot ]]; then
  sed '$d' "$dir/graph.dot" >"$broken/graph.dot"
  expect_failure "DOT without its closing brace" dot -Tcanon "$broken/graph.dot"
fi
echo "parsers: ok"
