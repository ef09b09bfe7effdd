#!/usr/bin/env python3
"""The client side of tests/e2e/dask_shards.sh: shards of `dealgraph build` as dask.distributed tasks.

Connects to the scheduler named in --scheduler-file, waits for its two workers, and for each
corpus (--corpus NAME PATH...):
  - submits one task per shard, each running `dealgraph build PATH... -o DIR/NAME-shard-K
    --shard K/N -q` in a subprocess on a worker, and records the exit code and the worker;
  - checks that every task exited 0 and that the tasks ran on two distinct worker processes;
  - merges the shards here (`dealgraph merge`) and checks graph.ttl, graph.graphml and
    report.json are byte-identical to one `dealgraph build` of the same input;
  - merges again as a tree, (1+2) and (3+4) on the workers then those two here, and checks
    the same files;
  - map, reduce, concat: `merge --part K/2` of the shards as two tasks on the workers (each
    part of the subjects, as N-Triples, N-Quads, Turtle and GraphML), then `dealgraph concat`
    of the parts here, and checks every file is byte-identical to one build of those formats.
One line per check on standard output; exit 1 on the first failure.
"""
import argparse
import asyncio
import filecmp
import logging
import os
import subprocess
import sys
import time

from distributed import Client, get_worker, wait

FILES = ("graph.ttl", "graph.graphml", "report.json")
PART_FORMATS = "ttl,nt,nq,graphml"
PART_FILES = ("graph.ttl", "graph.nt", "graph.nq", "graph.graphml", "report.json")
TASK_TIMEOUT = 600  # seconds, for one dealgraph process and for waiting on a round of tasks


def run_dealgraph(argv):
    """A task: run dealgraph on the worker; report the exit code, the end of stderr and where it ran."""
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TASK_TIMEOUT)
    return {
        "code": proc.returncode,
        "stderr": proc.stderr.decode("utf-8", "replace")[-2000:],
        "worker": get_worker().address,
        "pid": os.getpid(),
    }


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run_tasks(client, name, label, argvs):
    """Runs one dask task per argv, waits for all, fails unless each exited 0; returns the results."""
    futures = [client.submit(run_dealgraph, argv, pure=False) for argv in argvs]
    done, not_done = wait(futures, timeout=TASK_TIMEOUT)
    if not_done:
        fail(f"{name}: {len(not_done)} of {len(futures)} {label} tasks unfinished after {TASK_TIMEOUT} s")
    results = client.gather(futures)
    for argv, result in zip(argvs, results):
        if result["code"] != 0:
            fail(f"{name}: `{' '.join(argv)}` exited {result['code']} on {result['worker']}:\n{result['stderr']}")
    return results


def check_same(name, what, expected_dir, actual_dir, files=FILES):
    for file in files:
        expected, actual = os.path.join(expected_dir, file), os.path.join(actual_dir, file)
        if not os.path.exists(actual):
            fail(f"{name}: {what}: {file} was not written")
        if not filecmp.cmp(expected, actual, shallow=False):
            with open(expected, "rb") as a, open(actual, "rb") as b:
                line = next((n for n, (x, y) in enumerate(zip(a, b), 1) if x != y), "the end")
            fail(f"{name}: {what}: {file} differs from one build (first at line {line})")


def local(argv):
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TASK_TIMEOUT)
    if proc.returncode != 0:
        fail(f"`{' '.join(argv)}` exited {proc.returncode}:\n{proc.stderr.decode('utf-8', 'replace')[-2000:]}")


def corpus(client, dealgraph, work, shards, name, inputs, workers):
    dirs = [os.path.join(work, f"{name}-shard-{k}") for k in range(1, shards + 1)]
    started = time.monotonic()
    results = run_tasks(client, name, "shard", [
        [dealgraph, "build", *inputs, "-o", out, "--shard", f"{k}/{shards}", "-q"]
        for k, out in enumerate(dirs, 1)])
    seconds = time.monotonic() - started
    ran_on = sorted({r["worker"] for r in results})
    pids = {r["pid"] for r in results}
    if len(ran_on) != 2 or len(pids) != 2 or os.getpid() in pids or not set(ran_on) <= workers:
        fail(f"{name}: the {shards} tasks ran on {ran_on} (pids {sorted(pids)}), not on the 2 workers")
    per_worker = ", ".join(f"{w} x{sum(r['worker'] == w for r in results)}" for w in ran_on)
    print(f"{name}: {shards} shard builds exited 0 in {seconds:.1f} s on 2 worker processes ({per_worker})")

    full = os.path.join(work, f"{name}-full")
    local([dealgraph, "build", *inputs, "-o", full, "-q"])
    merged = os.path.join(work, f"{name}-merged")
    local([dealgraph, "merge", *dirs, "-o", merged])
    check_same(name, "merge of the shards", full, merged)
    print(f"{name}: merge of the {shards} shards is byte-identical to one build ({', '.join(FILES)})")

    half = shards // 2
    pairs = [os.path.join(work, f"{name}-tree-a"), os.path.join(work, f"{name}-tree-b")]
    run_tasks(client, name, "pair merge", [
        [dealgraph, "merge", *dirs[:half], "-o", pairs[0]],
        [dealgraph, "merge", *dirs[half:], "-o", pairs[1]]])
    tree = os.path.join(work, f"{name}-tree")
    local([dealgraph, "merge", *pairs, "-o", tree])
    check_same(name, "tree merge", full, tree)
    print(f"{name}: tree merge (1..{half} and {half + 1}..{shards} on the workers, then those two) is byte-identical too")

    # Reduce in parts: each worker writes one part of the subjects; concat joins them.
    parts = [os.path.join(work, f"{name}-part-{k}") for k in (1, 2)]
    results = run_tasks(client, name, "merge part", [
        [dealgraph, "merge", *dirs, "-o", out, "--part", f"{k}/2", "--format", PART_FORMATS, "-j", "1"]
        for k, out in enumerate(parts, 1)])
    all_formats = os.path.join(work, f"{name}-full-formats")
    local([dealgraph, "build", *inputs, "-o", all_formats, "--format", PART_FORMATS, "-q"])
    joined = os.path.join(work, f"{name}-joined")
    local([dealgraph, "concat", *parts, "-o", joined])
    check_same(name, "concat of the merge parts", all_formats, joined, PART_FILES)
    ran_on = sorted({r["worker"] for r in results})
    print(f"{name}: merge --part 1/2 and 2/2 on {len(ran_on)} worker(s), joined by concat, are byte-identical "
          f"to one build ({', '.join(PART_FILES)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scheduler-file", required=True)
    parser.add_argument("--dealgraph", required=True)
    parser.add_argument("--work", required=True, help="folder for the outputs (every worker sees it)")
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--corpus", nargs="+", action="append", required=True, metavar="NAME PATH",
                        help="a name, then the inputs of one build (repeatable)")
    args = parser.parse_args()
    logging.getLogger("distributed").setLevel(logging.ERROR)

    try:
        client = Client(scheduler_file=args.scheduler_file, timeout=60)
    except (OSError, asyncio.TimeoutError) as error:
        fail(f"no scheduler to connect to: {error}")
    with client:
        try:
            client.wait_for_workers(2, timeout=60)
        except (OSError, asyncio.TimeoutError):
            fail(f"{len(client.scheduler_info()['workers'])} of 2 workers connected within 60 s")
        info = client.scheduler_info()
        workers = set(info["workers"])
        threads = sorted(w["nthreads"] for w in info["workers"].values())
        if len(workers) != 2 or threads != [1, 1]:
            fail(f"expected 2 workers of 1 thread, the scheduler has {len(workers)} with threads {threads}")
        print(f"cluster: scheduler {info['address']}, 2 workers of 1 thread ({', '.join(sorted(workers))})")
        for name, *inputs in args.corpus:
            corpus(client, args.dealgraph, args.work, args.shards, name, inputs, workers)


if __name__ == "__main__":
    main()
