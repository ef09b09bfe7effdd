#!/usr/bin/env python3
"""Draws what Gephi's timeline plays, from a real graph.graphml, as a strip of frames.

Each frame is a window of time: the dated deals whose start..end meets it, with their edges and
parties (entities whose span meets it), placed where one layout of the whole dated graph puts
them, so that a node stays in place from frame to frame. It reads only the file's own keys
(start, end, label, r, g, b) and lays out with Graphviz (neato), as docs/gephi.md describes.

  scripts/render-timeline.py GRAPHML OUT.png [--frames N]
"""
import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def read(path):
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.findall("g:key", NS)}
    graph = root.find("g:graph", NS)

    def data(element):
        return {keys[d.get("key")][1]: (d.text or "") for d in element.findall("g:data", NS)}

    nodes = {n.get("id"): data(n) for n in graph.findall("g:node", NS)}
    edges = [(e.get("source"), e.get("target"), data(e)) for e in graph.findall("g:edge", NS)]
    return nodes, edges


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def colour(attrs):
    return "#%02x%02x%02x" % (int(attrs.get("r", 120)), int(attrs.get("g", 120)), int(attrs.get("b", 120)))


def windows(first, last, count):
    """`count` windows of whole months from the first month to the last, each one month or more."""
    def month_index(day):
        return int(day[:4]) * 12 + int(day[5:7]) - 1

    def month_text(index):
        return "%04d-%02d" % (index // 12, index % 12 + 1)

    begin, end = month_index(first), month_index(last)
    size = max(1, -(-(end - begin + 1) // count))
    result = []
    for index in range(begin, end + 1, size):
        top = min(index + size - 1, end)
        result.append((month_text(index) + "-01", month_text(top) + "-31",
                       month_text(index) if top == index else month_text(index) + " .. " + month_text(top)))
    return result


def layout(nodes, edges):
    """Positions (in points) of the dated nodes, from one neato run over the whole dated graph."""
    lines = ["graph g {", "  overlap=false; splines=false; sep=\"+6\";",
             "  node [shape=circle, fixedsize=true, width=0.25, label=\"\"];"]
    for node in sorted(nodes):
        lines.append("  %s;" % quote(node))
    for source, target, _ in edges:
        lines.append("  %s -- %s;" % (quote(source), quote(target)))
    lines.append("}")
    plain = subprocess.run(["neato", "-Tplain", "-Gstart=7"], input="\n".join(lines), text=True,
                           capture_output=True, check=True).stdout
    positions = {}
    for line in plain.splitlines():
        parts = line.split(" ")
        if parts[0] == "node":
            name = parts[1].strip('"')
            positions[name] = (float(parts[2]) * 72, float(parts[3]) * 72)
    return positions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphml")
    parser.add_argument("out")
    parser.add_argument("--frames", type=int, default=4)
    args = parser.parse_args()
    nodes, edges = read(args.graphml)
    dated = {n: a for n, a in nodes.items() if a.get("start")}
    dated_edges = [(s, t, a) for s, t, a in edges if a.get("start") and s in dated and t in dated]
    if not dated:
        sys.exit("render-timeline: %s has no dated nodes" % args.graphml)
    first = min(a["start"] for a in dated.values())
    last = max(a["end"] for a in dated.values())
    positions = layout(dated, dated_edges)
    width = max(x for x, _ in positions.values()) + 160
    height = max(y for _, y in positions.values())
    lines = ["digraph timeline {", "  bgcolor=white; outputorder=edgesfirst;",
             "  node [shape=circle, style=filled, fixedsize=true, width=0.22, height=0.22, fontsize=9, fontname=\"DejaVu Sans\"];",
             "  edge [arrowsize=0.5, penwidth=1.2];"]
    for frame, (begin, end, title) in enumerate(windows(first, last, args.frames)):
        shift = frame * width
        lines.append("  %s [shape=plaintext, style=\"\", width=2, fontsize=14, label=%s, pos=\"%.0f,%.0f!\"];"
                     % (quote("frame%d" % frame), quote(title), shift + width / 2 - 80, height + 50))
        alive = {n for n, a in dated.items() if a["start"] <= end and a["end"] >= begin}
        for node in sorted(alive):
            attrs = dated[node]
            x, y = positions[node]
            is_deal = node.startswith("deal:")
            label = "" if is_deal else attrs.get("label", "")
            lines.append("  %s [fillcolor=%s, color=%s, shape=%s, xlabel=%s, label=\"\", pos=\"%.0f,%.0f!\"];"
                         % (quote("%d/%s" % (frame, node)), quote(colour(attrs)), quote(colour(attrs)),
                            "box" if is_deal else "circle", quote(label), shift + x, y))
        for source, target, attrs in dated_edges:
            if source in alive and target in alive and attrs["start"] <= end and attrs["end"] >= begin:
                lines.append("  %s -> %s [color=%s];" % (quote("%d/%s" % (frame, source)),
                                                          quote("%d/%s" % (frame, target)), quote(colour(attrs))))
    lines.append("}")
    subprocess.run(["neato", "-n2", "-Tpng", "-Gdpi=72", "-o", args.out], input="\n".join(lines), text=True, check=True)
    print("wrote %s: %d dated nodes from %s to %s, %d frames" % (args.out, len(dated), first, last, args.frames))


if __name__ == "__main__":
    main()
