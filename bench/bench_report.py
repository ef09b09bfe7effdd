#!/usr/bin/env python3
"""Turns a results folder of scripts/bench.sh into Markdown tables (printed on standard output).

    python3 bench/bench_report.py build-bench/bench-results/STAMP

Reads machine.txt, runs.tsv (one line per timed run: kind, label, threads, bytes, then
"wall user sys rss_kb" and JSON extras), stages.json and path.json (Google Benchmark JSON),
and the profile files when present. Medians throughout; MB are 10^6 bytes.
"""

import json
import os
import re
import statistics
import sys
from collections import defaultdict

PROFILE_STAGES = [
    ("knowledge (lexicon, rules, automata)", ["dealgraph::Extractor::Extractor", "dealgraph::TextRules::load"]),
    ("text", ["dealgraph::TextStage::prepare"]),
    ("extract", ["dealgraph::Extractor::extract"]),
    ("graph", ["dealgraph::KnowledgeGraph::add", "dealgraph::KnowledgeGraph::finish"]),
    ("checks", ["dealgraph::check_graph"]),
    ("Turtle writing", ["dealgraph::write_turtle"]),
    ("GraphML writing", ["dealgraph::write_graphml"]),
    ("report.json and the rest of the writing", ["dealgraph::{anon}::write_outputs"]),
]

CALLGRIND_LINE = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(?:\*\s+)?(.*)$")


def clean_function(text):
    """'???:ns::f(args) [obj]' -> 'ns::f'; './malloc/malloc.c:free [libc]' -> 'free'."""
    text = re.sub(r" \[[^\]]*\]$", "", text.strip())
    head, colon, rest = text.partition(":")
    if colon and (head == "???" or "/" in head or head.endswith((".c", ".S", ".h", ".cpp", ".hpp"))):
        text = rest
    text = text.replace("(anonymous namespace)", "{anon}").replace("[abi:cxx11]", "")
    out, depth = [], 0
    for ch in text:  # template arguments collapsed to <…>; the argument list cut
        if ch == "<":
            if depth == 0:
                out.append("<…>")
            depth += 1
        elif ch == ">":
            depth -= 1
        elif depth == 0:
            if ch == "(" and "".join(out).strip():
                break
            out.append(ch)
    text = "".join(out).strip()
    if " " in text:
        text = text.split(" ")[-1]  # a return type before the name
    return text


def read_callgrind(path, ordered=False):
    """function -> instructions (the largest line per function), in file order."""
    costs = {}
    if not os.path.exists(path):
        return costs
    for line in open(path, encoding="utf-8", errors="replace"):
        m = CALLGRIND_LINE.match(line)
        if not m or "PROGRAM TOTALS" in line:
            continue
        name = clean_function(m.group(2))
        if not name or name.startswith("0x"):
            continue
        cost = int(m.group(1).replace(",", ""))
        if cost > costs.get(name, 0):
            costs[name] = cost
    return costs


def profile_bytes(folder, which):
    if which == "real":
        p = os.path.join(folder, "profile-input", "reuters-1MB.jsonl")
        return os.path.getsize(p) if os.path.exists(p) else 0
    log = os.path.join(folder, f"callgrind-{which}.log")
    m = re.search(r"build (\S+) -o", open(log).read()) if os.path.exists(log) else None
    if not m or not os.path.isdir(m.group(1)):
        return 0
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(m.group(1)) for f in fs if not f.startswith("."))


def which_label(folder, which):
    size = profile_bytes(folder, which)
    name = "the first MB of reuters21578.jsonl" if which == "real" else "a generated corpus"
    return f"{name} ({size / 1e6:.1f} MB)" if size else name


def read_machine(folder):
    info = {}
    path = os.path.join(folder, "machine.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            key, _, value = line.rstrip("\n").partition("=")
            info[key] = value
    return info


def read_runs(folder):
    """(kind, label, threads) -> {"bytes", "runs": [dict], "failed": [reason], "js": dict}"""
    groups = defaultdict(lambda: {"bytes": 0, "runs": [], "failed": [], "js": None})
    path = os.path.join(folder, "runs.tsv")
    if not os.path.exists(path):
        return groups
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        kind, label, threads, size = fields[0], fields[1], int(fields[2]), int(fields[3])
        group = groups[(kind, label, threads)]
        group["bytes"] = size
        if fields[4] == "failed":
            reason = fields[5] if len(fields) > 5 else "failed"
            if len(fields) > 6 and len(fields[6].split()) == 4:
                wall, _, _, rss = fields[6].split()
                reason += f", after {float(wall):.0f} s at {int(rss) / 1048576:.1f} GB peak RSS"
            group["failed"].append(reason)
            continue
        if kind == "js":
            group["js"] = json.loads(fields[5])
            continue
        wall, user, system, rss = fields[4].split()
        run = {"wall": float(wall), "cpu": float(user) + float(system), "rss_kb": int(rss)}
        if len(fields) > 5 and fields[5]:
            run.update(json.loads(fields[5]))
        if len(fields) > 6 and fields[6]:
            run["ttl_bytes"] = int(fields[6])
        group["runs"].append(run)
    return groups


def median(values):
    return statistics.median(values) if values else None


def per(a, b):
    return a / b if a is not None and b else None


def fmt(value, digits=1):
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def gbench(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    try:
        data = json.load(open(path, encoding="utf-8"))
    except json.JSONDecodeError:
        return None
    rows = {}
    for b in data.get("benchmarks", []):
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        name = b.get("run_name", b["name"])
        for suffix in ("/real_time", "/manual_time"):
            name = name[: -len(suffix)] if name.endswith(suffix) else name
        rows[name] = b
    return rows


def seconds_of(b):
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b.get("time_unit", "ns")]
    return b["real_time"] * scale


def main():
    folder = sys.argv[1]
    machine = read_machine(folder)
    groups = read_runs(folder)
    out = []
    w = out.append

    w(f"## dealgraph benchmark, {machine.get('date', '?')}")
    w("")
    w(f"Machine: {machine.get('cores', '?')} cores ({machine.get('cpu', '?')}), {machine.get('memory_gb', '?')} GB, "
      f"Linux {machine.get('kernel', '?')}, {machine.get('compiler', '?')}, Release build; "
      f"load average (1, 5, 15 min) at start {machine.get('load', '?')}, at end {machine.get('load_end', '?')}. Commit {machine.get('commit', '?')}. "
      f"Medians of {machine.get('runs', '?')} runs; MB = 10^6 bytes of input.")
    w("")

    # ---- whole process ----
    labels = []
    for kind, label, threads in groups:
        if label not in labels and kind in ("build", "grep"):
            labels.append(label)
    grep_rate = {}
    build_rate = {}
    cpu_rate = {}
    w("### Whole process")
    w("")
    w("`median s` is wall-clock time; `CPU %` is (user + system) / wall (200% = both cores busy); "
      "`MB per CPU s` is the rate per core busy, the figure least disturbed by other work on a shared machine.")
    w("")
    w("| input | MB | articles | command | median s | CPU % | MB/s | articles/s | MB per CPU s | peak RSS MB | vs grep |")
    w("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label in labels:
        g = groups.get(("grep", label, 1))
        mb = None
        if g and g["runs"]:
            mb = g["bytes"] / 1e6
            wall = median([r["wall"] for r in g["runs"]])
            grep_rate[label] = mb / wall
            gcpu = median([r["cpu"] for r in g["runs"]])
            w(f"| {label} | {fmt(mb)} | | `grep -o -F -f NAMES` | {wall:.2f} | {fmt(per(100 * gcpu, wall), 0)} | {fmt(grep_rate[label])} | | "
              f"{fmt(per(mb, median([r['cpu'] for r in g['runs']])))} | {fmt(median([r['rss_kb'] for r in g['runs']]) / 1024)} | 1x |")
        for threads in (1, 2):
            b = groups.get(("build", label, threads))
            if not b:
                continue
            mb = b["bytes"] / 1e6
            if not b["runs"]:
                limit = machine.get("large_limit_gb")
                w(f"| {label} | {fmt(mb)} | | `dealgraph build --threads {threads}` | failed ({'; '.join(b['failed'])})"
                  + (f" under a {limit} GB address-space limit" if limit and label.endswith("1000MB") else "") + " | | | | | | |")
                continue
            wall = median([r["wall"] for r in b["runs"]])
            cpu = median([r["cpu"] for r in b["runs"]])
            articles = b["runs"][0].get("articles")
            rate = mb / wall
            build_rate[(label, threads)] = rate
            ratio = f"{grep_rate[label] / rate:.0f}x slower" if label in grep_rate else "–"
            cpu_rate[(label, threads)] = per(mb, cpu)
            w(f"| {label} | {fmt(mb)} | {articles:,} | `dealgraph build --threads {threads}` | {wall:.2f} | {fmt(per(100 * cpu, wall), 0)} | {fmt(rate)} | "
              f"{fmt(articles / wall if articles else None)} | {fmt(per(mb, cpu))} | {fmt(max(r['rss_kb'] for r in b['runs']) / 1024)} | {ratio} |")
        for lib in ("wink", "compromise"):
            js = groups.get(("js", lib, 1))
            if js and js["js"] and js["bytes"] and abs(js["bytes"] / 1e6 - (mb or 0)) < 0.01:
                j = js["js"]
                name = "wink-nlp + wink-eng-lite-web-model, entities" if lib == "wink" else "compromise: people, organisations, money"
                rate = j["mb_per_s"]
                ours = build_rate.get((label, 1))
                versus = f"dealgraph {ours / rate:.0f}x faster" if ours and ours > rate else (f"{rate / ours:.1f}x dealgraph" if ours else "–")
                w(f"| {label} | {fmt(j['bytes'] / 1e6)} | {j['articles']:,} | node: {name} (load {j['load_s']} s apart) | "
                  f"{j['seconds']:.2f} | | {fmt(rate, 2)} | {fmt(j['articles'] / j['seconds'])} | | | {versus} |")
    w("")
    speedups = []
    for label in labels:
        if (label, 1) in build_rate and (label, 2) in build_rate:
            speedups.append(f"{label} {build_rate[(label, 2)] / build_rate[(label, 1)]:.2f}x")
    if speedups:
        w(f"`--threads 2` over `--threads 1` (wall clock): {', '.join(speedups)}.")
        w("")

    # ---- memory ----
    mem_rows = []
    for (kind, label, threads), b in groups.items():
        if kind == "build" and b["runs"]:
            r = max(b["runs"], key=lambda x: x["rss_kb"])
            mem_rows.append((b["bytes"], label, threads, r))
    if mem_rows:
        w("### Memory")
        w("")
        w("| input | MB | threads | peak RSS MB | RSS / input | graph.ttl MB | entities | deals |")
        w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for size, label, threads, r in sorted(mem_rows, key=lambda x: (x[0], x[2])):
            w(f"| {label} | {fmt(size / 1e6)} | {threads} | {fmt(r['rss_kb'] / 1024)} | {r['rss_kb'] * 1024 / size:.1f}x | "
              f"{fmt(r.get('ttl_bytes', 0) / 1e6)} | {r.get('entities', 0):,} | {r.get('deals', 0):,} |")
        w("")

    # ---- stages ----
    stages = gbench(folder, "stages.json")
    if stages:
        order = ["ingest", "detect_format", "text", "fold", "match", "amounts", "extract", "graph", "checks",
                 "turtle_write", "graphml_write", "turtle_load"]
        parts = {"detect_format": "ingest", "fold": "extract", "match": "extract", "amounts": "extract"}
        corpora = [c for c in ("real", "generated") if any(k.endswith("/" + c) for k in stages)]
        build_stages = ["ingest", "text", "extract", "graph", "checks", "turtle_write", "graphml_write"]
        w("### Stages (Google Benchmark, in process, one thread, 8 MB samples, median of 3)")
        w("")
        w("MB/s are MB of input files, so that stages compare with the whole process; the time "
          "share is of the stages a build runs (ingest, text, extract, graph, checks, Turtle and GraphML writing).")
        w("")
        head = "| stage |" + "".join(f" {c} MB/s | {c} items/s | {c} share |" for c in corpora)
        w(head)
        w("| --- |" + " ---: | ---: | ---: |" * len(corpora))
        totals = {}
        for c in corpora:
            totals[c] = sum(seconds_of(stages[f"{s}/{c}"]) for s in build_stages if f"{s}/{c}" in stages)
        for stage in order:
            cells = []
            for c in corpora:
                b = stages.get(f"{stage}/{c}")
                if not b:
                    cells.append(" – | – | – |")
                    continue
                unit = {"amounts": "sentences", "turtle_write": "triples", "turtle_load": "triples",
                        "graphml_write": "deals"}.get(stage, "articles")
                share = f"{100 * seconds_of(b) / totals[c]:.0f}%" if stage in build_stages and totals[c] else f"(in {parts.get(stage, '–')})"
                if stage == "turtle_load":
                    share = "(query)"
                cells.append(f" {fmt(b.get('bytes_per_second', 0) / 1e6)} | {fmt(b.get('items_per_second', 0))} {unit} | {share} |")
            w(f"| {stage} |" + "".join(cells))
        if "load_knowledge" in stages:
            w(f"| load_knowledge (once per process) | {seconds_of(stages['load_knowledge']) * 1000:.0f} ms | | |" + " | | |" * (len(corpora) - 1))
        for c in corpora:
            if totals.get(c):
                b = stages.get(f"ingest/{c}")
                mb = b.get("input_MB", 0) if b else 0
                w("")
                parallel = sum(seconds_of(stages[f"{s}/{c}"]) for s in ("text", "extract") if f"{s}/{c}" in stages) / totals[c]
                w(f"Sum of the build's stages on the {c} sample: {totals[c]:.2f} s for {mb:.1f} MB, "
                  f"{mb / totals[c]:.1f} MB/s on one thread. The stages that run on every thread (text, extract) "
                  f"are {100 * parallel:.0f}% of it: with 2 threads the build can be at most "
                  f"{1 / ((1 - parallel) + parallel / 2):.2f}x faster (Amdahl) while the rest stays on one thread.")
        w("")
        tw = [(c, stages[f"turtle_write/{c}"]) for c in corpora if f"turtle_write/{c}" in stages]
        for c, b in tw:
            w(f"Turtle on the {c} sample: {b.get('triples', 0):,.0f} triples, {b.get('ttl_MB', 0):.1f} MB of graph.ttl.")
        w("")

    # ---- path ----
    path = gbench(folder, "path.json")
    if path:
        w("### Paths and Turtle loading on 1,000,000 entities and 5,000,000 edges (bench/path_bench.cpp)")
        w("")
        w("| benchmark | time | counters |")
        w("| --- | ---: | --- |")
        skip = {"name", "run_name", "run_type", "repetitions", "repetition_index", "threads", "iterations", "real_time",
                "cpu_time", "time_unit", "family_index", "per_family_instance_index", "aggregate_name", "error_occurred",
                "error_message"}
        for name, b in path.items():
            counters = ", ".join(f"{k}={v:,.4g}" for k, v in b.items() if k not in skip and isinstance(v, (int, float)))
            w(f"| {name} | {b['real_time']:.4g} {b.get('time_unit', '')} | {counters} |")
        w("")

    # ---- targets ----
    w("### Targets of issue 7")
    w("")
    w("| target | measured | met |")
    w("| --- | --- | --- |")
    gen = next((l for l in labels if l.startswith("generated")), None)
    if gen and (gen, 1) in build_rate:
        r1 = build_rate[(gen, 1)]
        c1 = cpu_rate.get((gen, 1)) or 0
        w(f"| >= 50 MB/s per core on the generated corpus | {r1:.1f} MB/s wall with --threads 1; {c1:.1f} MB per CPU second | {'yes' if max(r1, c1) >= 50 else 'no'} |")
        if gen in grep_rate:
            ratio = grep_rate[gen] / r1
            best = max(build_rate.get((gen, t), 0) for t in (1, 2))
            w(f"| within 3x the bare grep scan | grep {grep_rate[gen]:.0f} MB/s: dealgraph {ratio:.0f}x slower with 1 thread, "
              f"{grep_rate[gen] / best:.0f}x with 2 | {'yes' if ratio <= 3 else 'no'} |")
        if (gen, 2) in build_rate:
            s = build_rate[(gen, 2)] / r1
            w(f"| --threads 2 >= 1.8x one thread | {s:.2f}x | {'yes' if s >= 1.8 else 'no'} |")
    if stages:
        for stage, what in (("turtle_write", "Turtle writing"), ("turtle_load", "Turtle loading")):
            rates = {c: stages[f"{stage}/{c}"].get("items_per_second", 0) for c in ("real", "generated") if f"{stage}/{c}" in stages}
            if rates:
                best = min(rates.values())
                text = ", ".join(f"{c} {v / 1e6:.2f}M triples/s" for c, v in rates.items())
                w(f"| {what} >= 1,000,000 triples/s | {text} | {'yes' if best >= 1e6 else 'no'} |")
    if path:
        lt = next((b for n, b in path.items() if n.startswith("BM_LoadTurtle")), None)
        if lt and "triples_per_s" in lt:
            w(f"| (Turtle loading at scale) | {lt['triples_per_s'] / 1e6:.2f}M triples/s on {lt.get('triples', 0) / 1e6:.2f}M triples | "
              f"{'yes' if lt['triples_per_s'] >= 1e6 else 'no'} |")
        sp = {n: b for n, b in path.items() if n.startswith("BM_ShortestPathRandom")}
        for n, b in sp.items():
            ms = seconds_of(b) * 1000
            w(f"| path query on 1M entities < 10 ms | {n.split('/')[-1]} hops at most: {ms:.1f} ms | {'yes' if ms < 10 else 'no'} |")
    mem = sorted((b["bytes"], max(r["rss_kb"] for r in b["runs"])) for (k, l, t), b in groups.items()
                 if k == "build" and b["runs"] and l.startswith("generated"))
    if len(mem) >= 2 and mem[0][0] != mem[-1][0]:
        (b1, r1), (b2, r2) = mem[0], mem[-1]
        w(f"| RSS grows with the graph, not the corpus | {b1 / 1e6:.0f} MB: {r1 / 1024:.0f} MB RSS; {b2 / 1e6:.0f} MB: {r2 / 1024:.0f} MB RSS | see Memory |")
    w("")

    # ---- profile ----
    for which in ("generated", "real"):
        inclusive = read_callgrind(os.path.join(folder, f"callgrind-{which}-inclusive.txt"))
        self_cost = read_callgrind(os.path.join(folder, f"callgrind-{which}-self.txt"), ordered=True)
        if not inclusive:
            continue
        total = inclusive.get("dealgraph::run_build") or max(inclusive.values())
        w(f"### Profile: callgrind, `dealgraph build --threads 1` on {which_label(folder, which)}")
        w("")
        w(f"Instructions in run_build: {total / 1e9:.2f} billion"
          + (f", {total / profile_bytes(folder, which):,.0f} per input byte." if profile_bytes(folder, which) else "."))
        w("")
        w("| stage | functions | share of instructions |")
        w("| --- | --- | ---: |")
        shown = 0
        for stage, functions in PROFILE_STAGES:
            cost = sum(inclusive.get(f, 0) for f in functions)
            if stage == "report.json and the rest of the writing":
                cost = inclusive.get("dealgraph::{anon}::write_outputs", 0) - sum(
                    inclusive.get(f, 0) for f in ("dealgraph::write_turtle", "dealgraph::write_graphml"))
            shown += cost
            w(f"| {stage} | {', '.join('`' + '::'.join(f.split('::')[-2:]) + '`' for f in functions)} | {100 * cost / total:.1f}% |")
        w(f"| ingest (reading, JSON Lines, decoding, hashing) and the rest | | {100 * (total - shown) / total:.1f}% |")
        w("")
        w("Top functions by their own instructions:")
        w("")
        w("| function | share |")
        w("| --- | ---: |")
        for name, cost in list(self_cost.items())[:15]:
            w(f"| `{name}` | {100 * cost / total:.1f}% |")
        w("")
    p = os.path.join(folder, "perf-self.txt")
    if os.path.exists(p) and os.path.getsize(p):
        w("### Profile: perf record -e cpu-clock, generated 20 MB, self")
        w("")
        w("```")
        w(open(p, encoding="utf-8", errors="replace").read().rstrip())
        w("```")
        w("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
