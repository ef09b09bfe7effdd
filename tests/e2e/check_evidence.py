#!/usr/bin/env python3
# Every evidence node of a graph: its quote is exactly the slice [start, end) of its article's
# extracted text, counted in code points.
#   check_evidence.py GRAPH.nt EXPLAIN.json   (N-Triples with non-ASCII decoded; `dealgraph explain` output)
import json, re, sys
texts = {d["id"]: d["text"] for d in json.load(open(sys.argv[2], encoding="utf-8")) if "id" in d}
DG = "https://w3id.org/dealgraph#"
nodes = {}
literal = re.compile(r'^(_:\S+) <' + re.escape(DG) + r'(quote|start|end|source)> (.*) \.$')
for line in open(sys.argv[1], encoding="utf-8"):
    m = literal.match(line.rstrip("\n"))
    if not m:
        continue
    node, key, obj = m.groups()
    if key == "source":
        value = obj.strip("<>").rsplit("/", 1)[1]
    else:
        text = obj[: obj.rindex('"') + 1]
        value = json.loads(re.sub(r"\\U([0-9A-Fa-f]{8})", lambda u: chr(int(u.group(1), 16)), text))
    nodes.setdefault(node, {})[key] = value
checked = 0
for node, ev in nodes.items():
    text = texts[ev["source"]]
    start, end = int(ev["start"]), int(ev["end"])
    assert text[start:end] == ev["quote"], (node, ev["quote"], text[start:end])
    checked += 1
assert checked > 0
print(f"{checked} evidence quotes match their offsets")
