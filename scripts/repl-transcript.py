#!/usr/bin/env python3
"""Rewrites the expected output of REPL transcripts (tests/repl/*.txt) from gorun's output.

A developer tool for the REPL's own formats (prompts, `VALUE (TYPE)`, diagnostics rendering):
review every change with `git diff` before committing, and check what Go itself defines (values,
panic and error messages) against real Go. Each input's output is found by running the session
with the inputs up to it and taking what was added.

usage: scripts/repl-transcript.py tests/repl/NAME.txt [...]
"""
import os, subprocess, sys

BIN = os.environ.get("GORUN_BIN", os.path.join(os.path.dirname(__file__), "..", "target", "release", "gorun"))

def parse(path):
    items = []  # ("comment", line) | ("input", [lines])
    threads = None
    cur = None
    for line in open(path).read().split("\n"):
        if line.startswith("> ") or line == ">":
            text = line[2:] if line.startswith("> ") else ""
            if cur is None:
                cur = []
                items.append(("input", cur))
            cur.append(text)
            continue
        cur = None
        if line.startswith("#"):
            items.append(("comment", line))
            if line[1:].strip().startswith("threads:"):
                threads = line[1:].strip()[len("threads:"):].strip()
    return items, threads

def run(lines, threads, cwd):
    cmd = [BIN] + (["--threads", threads] if threads else [])
    env = dict(os.environ, NO_COLOR="1")
    env.pop("GODEBUG", None)
    p = subprocess.run(cmd, input="".join(l + "\n" for l in lines), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, cwd=cwd, env=env, timeout=60)
    return [l.rstrip() for l in p.stdout.split("\n")]

def main():
    for path in sys.argv[1:]:
        items, threads = parse(path)
        cwd = os.path.dirname(os.path.abspath(path))
        out = []
        fed = []
        prev = []
        for kind, val in items:
            if kind == "comment":
                out.append(val)
                continue
            # one step per line (a line that leaves an input open prints nothing)
            for l in val:
                fed.append(l)
                out.append("> " + l if l else ">")
                got = run(fed, threads, cwd)
                while got and got[-1] == "":
                    got.pop()
                new = got[len(prev):] if got[:len(prev)] == prev else got
                out.extend(new)
                prev = got
        while out and out[-1] == "":
            out.pop()
        open(path, "w").write("\n".join(out) + "\n")

main()
