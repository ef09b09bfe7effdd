"""Compares the scorer's figures for each set with the floors kept in floors.txt.

floors.txt holds one line per figure: SET FIGURE FLOOR, where FIGURE is a path into the
scorer's JSON summary (entities.f1, deals.p, roles.f1) or amounts / quantities, counted as
the number right. With "raise", figures above their floor become the new floor.
"""
import json
import sys
from pathlib import Path


def figure(summary, name):
    if name in ("amounts", "quantities", "statuses"):
        return summary[name]["correct"]
    group, measure = name.split(".")
    return summary[group][measure]


def read_floors(path):
    floors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            set_name, name, floor = line.split()
            floors.append((set_name, name, float(floor)))
    return floors


def main():
    floors_path, results, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    summaries = {}
    failures, raised, lines = [], [], []
    header = [line for line in floors_path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    for set_name, name, floor in read_floors(floors_path):
        if set_name not in summaries:
            summaries[set_name] = json.loads((results / f"{set_name}.json").read_text(encoding="utf-8"))["summary"]
        measured = figure(summaries[set_name], name)
        if measured < floor - 1e-9:
            failures.append(f"{set_name} {name}: {measured:g} is below its floor {floor:g}")
        if mode == "--raise" and measured > floor + 1e-9:
            raised.append(f"{set_name} {name}: floor {floor:g} -> {measured:g}")
            floor = measured
        lines.append(f"{set_name:<10} {name:<14} {floor:g}")
    if mode == "--raise":
        floors_path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
        print("\n".join(raised) if raised else "no floor raised")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
