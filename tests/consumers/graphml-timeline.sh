#!/usr/bin/env bash
# GraphML's timeline (docs/gephi.md, "Playing the graph as a timeline") in the file Gephi opens:
# the file with its start and end keys validates against tests/consumers/graphml-structure.xsd
# (xmllint, offline) and networkx reads it; the keys are declared as Gephi's dialect wants them
# (attr.name start and end, typed string, for nodes and for edges, under unique ids); every
# value is a calendar date yyyy-mm-dd with start <= end; a deal's edges have the deal's days;
# an entity's span is the hull of its dated deals'; undated deals and posts have none. A
# second build gives the same bytes. Deliberately broken files must be caught.
#   tests/consumers/graphml-timeline.sh [DEALGRAPH] [ROOT]
source "$(dirname "$0")/common.sh"
xsd=$consumers_dir/graphml-structure.xsd
command -v xmllint >/dev/null || { echo "FAIL: xmllint is not installed (scripts/install-deps.sh installs it)"; exit 1; }
[[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import networkx' 2>/dev/null ||
  { echo "FAIL: /usr/bin/python3 with networkx is needed (python3-networkx)"; exit 1; }

check_timeline() {  # FILE [dated: some deal must be dated]
  xmllint --noout --nonet --schema "$xsd" "$1" 2>"$work/xmllint.log" || { cat "$work/xmllint.log"; return 1; }
  /usr/bin/python3 - "$1" "${2:-}" <<'PY'
import datetime, sys, xml.etree.ElementTree as ET
import networkx
path = sys.argv[1]
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
keys = {(k.get("for"), k.get("attr.name")): (k.get("id"), k.get("attr.type"))
        for k in ET.parse(path).getroot().findall("g:key", ns)}
for kind in ("node", "edge"):
    for name in ("start", "end"):
        assert (kind, name) in keys, f"no {kind} key named {name}"
        assert keys[(kind, name)][1] == "string", f"the {kind} key {name} is not a string"
graph = networkx.read_graphml(path)
def day(value, where):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{where}: {value!r} is no yyyy-mm-dd date")
spans = {}
for node, data in graph.nodes(data=True):
    if ("start" in data) != ("end" in data):
        raise AssertionError(f"node {node} has one of start and end")
    if "start" in data:
        spans[node] = (day(data["start"], node), day(data["end"], node))
        assert spans[node][0] <= spans[node][1], f"node {node} ends before it starts"
deals = {n for n in graph if n.startswith("deal:")}
assert sys.argv[2] != "dated" or any(n in spans for n in deals), "no deal is dated: the timeline would be empty"
hull = {}
for source, target, data in graph.edges(data=True):
    deal = source if source in deals else target if target in deals else None
    if deal is None or deal not in spans:
        assert "start" not in data, f"edge {source} -> {target} has a time but no dated deal"
        continue
    assert (day(data.get("start"), source), day(data.get("end"), source)) == spans[deal], \
        f"edge {source} -> {target} does not live as long as its deal"
    party = target if deal == source else source
    low, high = hull.get(party, spans[deal])
    hull[party] = (min(low, spans[deal][0]), max(high, spans[deal][1]))
for node, span in spans.items():
    if node in deals:
        continue
    assert hull.get(node) == span, f"entity {node}: span {span}, its deals' {hull.get(node)}"
for node in hull:
    assert node in spans, f"entity {node} is in a dated deal but has no span"
dated = sum(1 for n in deals if n in spans)
period = f", from {min(s for s, _ in spans.values())} to {max(e for _, e in spans.values())}" if spans else ""
print(f"{path.split('/')[-2]}/graph.graphml: {dated} of {len(deals)} deals dated, "
      f"{len(spans) - dated} entities spanning their deals{period}")
PY
}

for name in "${builds[@]}"; do
  echo "== $name"
  # The examples state dates; the seeds may state none.
  check_timeline "$work/$name/graph.graphml" "$([[ $name == examples ]] && echo dated)"
done

echo "== the same bytes from a second build"
"$dealgraph" build "$root/examples" -o "$work/again" --format graphml -q
cmp "$work/examples/graph.graphml" "$work/again/graph.graphml"
echo "graph.graphml: byte-identical"

echo "== broken timelines"
dir=$work/examples
broken=$work/broken
mkdir -p "$broken"
sed '0,/<data key="end">[0-9-]*</s//<data key="end">1999-01-01</' "$dir/graph.graphml" >"$broken/backwards.graphml"
expect_failure "a node that ends before it starts" check_timeline "$broken/backwards.graphml" dated
sed '0,/<data key="start">\([0-9]*\)-[0-9]*-\([0-9]*\)</s//<data key="start">\1-13-\2</' "$dir/graph.graphml" >"$broken/month13.graphml"
expect_failure "a start in month 13" check_timeline "$broken/month13.graphml" dated
sed '0,/<data key="estart">[0-9-]*</s//<data key="estart">2001-01-01</' "$dir/graph.graphml" >"$broken/edge.graphml"
expect_failure "an edge whose days are not its deal's" check_timeline "$broken/edge.graphml" dated
sed 's/<key id="eend" for="edge" attr.name="end"/<key id="eend" for="edge" attr.name="finish"/' "$dir/graph.graphml" >"$broken/name.graphml"
expect_failure "an edge end key under a name Gephi does not know" check_timeline "$broken/name.graphml" dated
sed '0,/<data key="estart">/s//<data key="nokey">/' "$dir/graph.graphml" >"$broken/undeclared.graphml"
expect_failure "data under an undeclared key (the schema)" check_timeline "$broken/undeclared.graphml" dated
echo "graphml-timeline: ok"
