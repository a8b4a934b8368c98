#!/usr/bin/env python3
"""A stand-in `gorun` backed by real Go, to check the test corpus itself (not gorun):

    GORUN_BIN=$PWD/scripts/go-as-gorun.py cargo test --release --test golden
    GORUN_BIN=$PWD/scripts/go-as-gorun.py GORUN_STRESS_RUNS=20 cargo test --release --test stress

Every `// run` test must then pass (errorcheck files hold gorun's own wording and may not; the
programs of the known-failures lists fail as "passes now", which is the point of them), so a
golden that depends on scheduling, timing or the machine shows up as a failure; run it several
times and with GOMAXPROCS=1, 2 and 8. `--threads N` becomes GOMAXPROCS=N. Snippets (files without
a package clause) are built as `scripts/regen-golden.py` builds them. Binaries are cached by
content in $TMPDIR/go-as-gorun-cache.
"""

import hashlib
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

args = sys.argv[1:]
while args and args[0].startswith("--"):
    if args[0] == "--threads":
        os.environ["GOMAXPROCS"] = args[1]
        args = args[2:]
    else:
        args = args[1:]
path = Path(args[0]).resolve()
source = path.read_text()
cache = Path(tempfile.gettempdir()) / "go-as-gorun-cache"
cache.mkdir(exist_ok=True)
binary = cache / hashlib.sha256((path.name + "\0" + source).encode()).hexdigest()
if not binary.exists():
    spec = importlib.util.spec_from_file_location("regen", Path(__file__).resolve().parent / "regen-golden.py")
    regen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regen)
    tmp = f"{binary}.tmp{os.getpid()}"
    failed = regen.go_build(path, source, tmp)
    if failed is not None:
        sys.stderr.write(failed)
        sys.exit(1)
    os.replace(tmp, binary)
os.execv(binary, [str(binary), *args[1:]])
