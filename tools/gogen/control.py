"""Sections over control: closures, defer/panic/recover, labels, goroutines, package-level
initialisation order, and the program's optional fatal ending.

Same contract as data.py. Goroutine sections stay deterministic: each goroutine writes its own slot,
results are combined commutatively, or a single producer feeds a channel in order; nothing prints
from a goroutine.
"""


def closures(g):
    """Closures capturing per-iteration loop variables (Go 1.22), counters, recursion, variadics."""
    r = g.r
    sm, dm = g.fresh("sum"), g.fresh("divmod")
    g.decl(f"func {sm}(xs ...int) int {{\n\tt := 0\n\tfor _, x := range xs {{\n\t\tt = t*3 + x\n\t}}\n\treturn t\n}}")
    g.decl(f"func {dm}(a, b int) (q, r int) {{\n\tq = a / b\n\tr = a % b\n\treturn\n}}")
    fs, i, tot, f, mk, c, a, b, x, inc, fib, n, cnt, h, v, fs2, q, rr = (g.fresh(s) for s in (
        "fs", "i", "tot", "f", "mk", "c", "a", "b", "x", "inc", "fib", "n", "cnt", "h", "v", "fs2", "q", "r"))
    k1, k2 = r.randint(1, 9), r.randint(1, 9)
    lines = [
        f"var {fs} []func() int",
        f"for {i} := 0; {i} < {r.randint(1, 6)}; {i}++ {{\n\t{fs} = append({fs}, func() int {{ return {i} * {k1} }})\n}}",
        f"for {i} := range {r.randint(1, 4)} {{\n\t{fs} = append({fs}, func() int {{ return {i} + {k2} }})\n}}",
        f"{tot} := 0",
        f"for _, {f} := range {fs} {{\n\t{tot} = {tot}*31 + {f}()\n}}",
        f"{mk} := func(step int) func() int {{\n\t{c} := 0\n\treturn func() int {{\n\t\t{c} += step\n\t\treturn {c}\n\t}}\n}}",
        f"{a}, {b} := {mk}({k1}), {mk}({k2})",
        f"mix({tot}, {a}(), {a}(), {b}(), {a}())",
        f"{x} := {r.randint(-9, 9)}",
        f"{inc} := func() {{\n\t{x} *= 3\n\t{x}++\n}}",
        f"{inc}()",
        f"{inc}()",
        f"var {fib} func(int) int",
        f"{fib} = func({n} int) int {{\n\tif {n} < 2 {{\n\t\treturn {n}\n\t}}\n\treturn {fib}({n}-1) + {fib}({n}-2)\n}}",
        f"{cnt} := 0",
        f"for {i} := 0; {i} < {r.randint(3, 12)}; {i}++ {{\n\t{h} := func() {{ {i} += 2 }}\n"
        f"\tif {i}%3 == 0 {{\n\t\t{h}()\n\t}}\n\t{cnt} = {cnt}*7 + {i}\n}}",
        f"var {fs2} []func() string",
        f"for _, {v} := range []string{{\"a\", \"b\", \"c\"}} {{\n\t{fs2} = append({fs2}, func() string {{ return {v} + {v} }})\n}}",
        f"{q}, {rr} := {dm}({r.randint(-99, 99)}, {r.choice([-7, -3, 2, 5])})",
        f"mix({x}, {fib}({r.randint(0, 15)}), {cnt}, {fs2}[2](), {fs2}[0](), {q}, {rr})",
        f"mix({sm}(), {sm}(1, 2), {sm}([]int{{4, 5, 6}}...), func(a, b int) int {{ return a*b - {k1} }}({x}, 3))",
        f"fmt.Println(\"{g.fn}:\", {tot}, {cnt})",
    ]
    return "\n".join(lines)


# Panicking bodies of a recovering helper: (Go statements using `arg`, a safe arg, a failing arg).
PANICS = [
    ("s := make([]int, 3)\nreturn s[arg]", 2, 5),
    ("s := []int{1, 2, 3}\nreturn len(s[1:arg])", 2, 5),
    ("var m map[int]int\nif arg > 3 {\n\tm = map[int]int{}\n}\nm[arg] = 1\nreturn len(m)", 4, 1),
    ("return 100 / (arg - 3)", 5, 3),
    ("return 100 % (arg - 3)", 2, 3),
    ("var p *int\nif arg > 5 {\n\tp = new(int)\n}\nreturn *p + arg", 6, 1),
    ("var v any = arg\nif arg > 5 {\n\tv = \"str\"\n}\nreturn len(v.(string))", 7, 2),
    ("if arg%2 == 1 {\n\tpanic(fmt.Sprintf(\"boom %d\", arg))\n}\nreturn arg", 2, 3),
    ("if arg > 5 {\n\tpanic(arg)\n}\nreturn arg", 1, 8),
    ("if arg > 5 {\n\tpanic(fmt.Errorf(\"wrapped %d\", arg))\n}\nreturn arg", 1, 8),
    ("ch := make(chan int, 1)\nclose(ch)\nif arg > 5 {\n\tclose(ch)\n}\nreturn arg", 1, 8),
    ("var a [4]int\nreturn a[arg%8]", 3, 6),
    ("s := \"abc\"\nreturn int(s[arg])", 1, 3),
    ("return len(make([]int, arg-3))", 4, 1),
    ("s := []int{1, 2}\nif arg > 5 {\n\ts = s[:1]\n}\na := [2]int(s)\nreturn a[0]", 1, 6),
    ("var a, b any = arg, arg\nif arg > 5 {\n\ta, b = []int{arg}, []int{arg}\n}\nif a == b {\n\treturn 1\n}\nreturn 0", 1, 9),
    ("defer func() {\n\tif arg > 5 {\n\t\tpanic(fmt.Sprint(\"second \", arg))\n\t}\n}()\nif arg > 5 {\n\tpanic(\"first\")\n}\nreturn arg", 2, 6),
    ("for i := 0; i < 3; i++ {\n\tdefer fmt.Println(\"deferred\", arg, i)\n}\nif arg > 5 {\n\tpanic(\"after defers\")\n}\nreturn arg", 1, 6),
    ("defer func() {\n\tres *= 2\n}()\nvar s []string\nif arg > 5 {\n\treturn len(s[arg])\n}\nreturn arg + 1", 3, 6),
    ("var e error\nif arg > 5 {\n\treturn len(e.Error())\n}\nreturn arg", 3, 7),
]


def panics(g):
    """defer/panic/recover: runtime errors and panics recovered, their values printed."""
    r = g.r
    calls = []
    for body, ok, bad in r.sample(PANICS, r.randint(3, 6)):
        f = g.fresh("try")
        inner = "\n".join("\t" + line for line in body.split("\n"))
        g.decl(f"func {f}(arg int) (res int) {{\n\tdefer func() {{\n\t\tif r := recover(); r != nil {{\n"
               f"\t\t\tfmt.Println(\"recovered:\", r)\n\t\t\tif e, ok := r.(error); ok {{\n"
               f"\t\t\t\tmix(\"runtime error?\", e.Error())\n\t\t\t}}\n\t\t\tres = -arg\n\t\t}}\n\t}}()\n{inner}\n}}")
        args = [ok, bad]
        r.shuffle(args)
        calls.append(f"mix({f}({args[0]}), {f}({args[1]}))")
    x = g.fresh("x")
    lines = calls + [
        f"{x} := {r.randint(0, 9)}",
        f"defer mix(\"deferred\", {x})",
        f"defer func() {{\n\tmix(\"closure sees\", {x}, recover() == nil)\n}}()",
        f"{x} += {r.randint(1, 9)}",
        f"fmt.Println(\"{g.fn}:\", {x})",
    ]
    return "\n".join(lines)


def labels(g):
    """Labelled break/continue over nested loops, switch with fallthrough, goto."""
    r = g.r
    cnt, outer, i, j, c2, loop, k, retry, rows, row, v, grid = (g.fresh(s) for s in (
        "cnt", "outer", "i", "j", "cnt", "loop", "k", "retry", "rows", "row", "v", "grid"))
    kk, lim = r.randint(2, 7), r.randint(3, 30)
    lines = [
        f"{cnt} := 0",
        f"{outer}:\n\tfor {i} := 0; {i} < {r.randint(1, 9)}; {i}++ {{\n\t\tfor {j} := 0; {j} < {r.randint(1, 9)}; {j}++ {{\n"
        f"\t\t\tif ({i}*{j}+{r.randint(0, 9)})%{r.randint(2, 7)} == 0 {{\n\t\t\t\tcontinue {outer}\n\t\t\t}}\n"
        f"\t\t\tif {i}+{j} > {r.randint(3, 12)} {{\n\t\t\t\tbreak {outer}\n\t\t\t}}\n"
        f"\t\t\t{cnt} = {cnt}*3 + {i} ^ {j}\n\t\t}}\n\t}}",
        f"{c2} := 0",
        f"{loop}:\n\tfor {i} := 0; ; {i}++ {{\n\t\tswitch {{\n\t\tcase {i}%{kk} == 0:\n\t\t\t{c2} += {i}\n"
        f"\t\tcase {i} > {lim}:\n\t\t\tbreak {loop}\n\t\tcase {i}%2 == 1:\n\t\t\t{c2} -= 1\n\t\t\tfallthrough\n"
        f"\t\tdefault:\n\t\t\t{c2} ^= {i}\n\t\t}}\n\t}}",
        f"{k} := 0",
        f"{retry}:\n\t{k}++\n\tif {k} < {r.randint(1, 9)} {{\n\t\tgoto {retry}\n\t}}",
        f"{grid} := [][]int{{{{1, -2, 3}}, {{4, 5}}, {{-6}}, {{7, 8, 9}}}}",
        f"{rows}:\n\tfor _, {row} := range {grid} {{\n\t\tfor _, {v} := range {row} {{\n\t\t\tif {v} < 0 {{\n"
        f"\t\t\t\tcontinue {rows}\n\t\t\t}}\n\t\t\t{k} = {k}*2 + {v}\n\t\t}}\n\t}}",
        f"switch {v} := {k} % 4; {v} {{\ncase 0, 1:\n\tmix(\"low\")\ncase 2:\n\tmix(\"two\")\n\tfallthrough\ncase 3:\n\tmix(\"three\")\n}}",
        f"mix({cnt}, {c2}, {k})",
        f"fmt.Println(\"{g.fn}:\", {cnt}, {c2}, {k})",
    ]
    return "\n".join(lines)


def goroutines(g):
    """Goroutines with WaitGroup, channels (buffered, unbuffered, closed), Mutex, Once, select."""
    r = g.r
    g.imports.add("sync")
    wg, res, i, s, k, ch, sm, v, ok, inn, out, mu, tot, wg2, rc, once, n, done, c1 = (g.fresh(x) for x in (
        "wg", "res", "i", "s", "k", "ch", "sum", "v", "ok", "in", "out", "mu", "tot", "wg", "rc", "once", "n",
        "done", "c"))
    nw = r.randint(1, 8)
    lines = [
        f"var {wg} sync.WaitGroup",
        f"{res} := make([]int, {nw})",
        f"for {i} := 0; {i} < {nw}; {i}++ {{\n\t{wg}.Add(1)\n\tgo func() {{\n\t\tdefer {wg}.Done()\n\t\t{s} := 0\n"
        f"\t\tfor {k} := 0; {k} <= {i}*{r.randint(1, 50)}; {k}++ {{\n\t\t\t{s} += {k} ^ {i}\n\t\t}}\n\t\t{res}[{i}] = {s}\n\t}}()\n}}",
        f"{wg}.Wait()",
        f"mix({res})",
        f"{ch} := make(chan int, {r.choice([0, 1, 3, 10])})",
        f"go func() {{\n\tfor {i} := 0; {i} < {r.randint(0, 12)}; {i}++ {{\n\t\t{ch} <- {i} * {i}\n\t}}\n\tclose({ch})\n}}()",
        f"{sm} := 0",
        f"for {v} := range {ch} {{\n\t{sm} = {sm}*7 + {v}\n}}",
        f"{v}, {ok} := <-{ch}",
        f"mix({sm}, {v}, {ok})",
        f"{inn}, {out} := make(chan int), make(chan int)",
        f"go func() {{\n\tfor {i} := range {r.randint(0, 9)} {{\n\t\t{inn} <- {i}\n\t}}\n\tclose({inn})\n}}()",
        f"go func() {{\n\tfor {v} := range {inn} {{\n\t\t{out} <- {v}*{v} + {r.randint(0, 9)}\n\t}}\n\tclose({out})\n}}()",
        f"for {v} := range {out} {{\n\tmix({v})\n}}",
        f"var {mu} sync.Mutex",
        f"{tot} := 0",
        f"var {wg2} sync.WaitGroup",
        f"for {i} := 0; {i} < {r.randint(1, 6)}; {i}++ {{\n\t{wg2}.Add(1)\n\tgo func(d int) {{\n\t\tdefer {wg2}.Done()\n"
        f"\t\tfor range {r.randint(1, 50)} {{\n\t\t\t{mu}.Lock()\n\t\t\t{tot} += d\n\t\t\t{mu}.Unlock()\n\t\t}}\n\t}}({i} + 1)\n}}",
        f"{wg2}.Wait()",
        f"{rc} := make(chan int)",
        f"for {i} := 0; {i} < {nw}; {i}++ {{\n\tgo func() {{\n\t\t{rc} <- {i} * {r.randint(1, 9)}\n\t}}()\n}}",
        f"{n} := 0",
        f"for range {nw} {{\n\t{n} += <-{rc}\n}}",
        f"var {once} sync.Once",
        f"for range 3 {{\n\t{once}.Do(func() {{ {n}++ }})\n}}",
        f"{done} := make(chan struct{{}})",
        f"close({done})",
        f"{c1} := make(chan int, 1)",
        f"{c1} <- {r.randint(0, 9)}",
        f"select {{\ncase <-{done}:\n\tmix(\"done\")\ndefault:\n\tmix(\"default\")\n}}",
        f"select {{\ncase {v} := <-{c1}:\n\tmix(\"got\", {v})\ncase {c1} <- 1:\n\tmix(\"sent\")\n}}",
        f"mix({tot}, {n})",
        f"fmt.Println(\"{g.fn}:\", {tot}, {n})",
    ]
    return "\n".join(lines)


def globals_(g):
    """Package-level vars initialised in dependency order (declared in random text order), init
    functions, initialisers that call functions and closures; traced so the order shows."""
    r = g.r
    trace = "trace"
    g.decl(f"func {trace}(name string, v int) int {{\n\tfmt.Println(\"init\", name, v)\n\treturn v\n}}",
           key="trace")
    names = []
    for rank in range(r.randint(3, 7)):
        v = g.fresh("g")
        deps = r.sample(names, min(len(names), r.randint(0, 2)))
        expr = " + ".join([str(r.randint(1, 20))] + [f"{d}*{r.randint(1, 3)}" for d in deps])
        kind = r.random()
        if kind < 0.35:
            g.decl(f"var {v} = {trace}(\"{v}\", {expr})")
        elif kind < 0.55 and deps:
            fn = g.fresh("calc")
            g.decl(f"func {fn}() int {{\n\treturn {expr}\n}}")
            g.decl(f"var {v} = {fn}()")
        elif kind < 0.7:
            g.decl(f"var {v} = func() int {{\n\treturn {expr} - 1\n}}()")
        else:
            g.decl(f"var {v} int = {expr}")
        names.append(v)
    sv = g.fresh("gs")
    g.decl(f"var {sv} = fmt.Sprint({names[-1]}, \"/\", {names[0]})")
    a, b = g.fresh("ga"), g.fresh("gb")
    g.decl(f"var {a}, {b} = {names[-1]} + 1, {r.choice(names)} - 1")
    if r.random() < 0.6:
        tgt = r.choice(names)
        g.decl(f"func init() {{\n\t{tgt} = {tgt}*2 + 1\n\tfmt.Println(\"init func\", {tgt})\n}}")
    return f"mix({', '.join(names)}, {sv}, {a}, {b})\nfmt.Println(\"{g.fn}:\", {sv}, {a}, {b})"


FINAL_HELPER = "func $NAME(i int) int {\n\ts := []int{1, 2, 3}\n\treturn s[i]\n}"


def ending(g):
    """The last statements of main: usually none, sometimes an unrecovered panic or a deadlock."""
    r = g.r
    kind = r.random()
    if kind < 0.8:
        return ""
    if kind < 0.85:
        return "panic(fmt.Sprintf(\"final %d\", ck%1000))"
    if kind < 0.9:
        f = g.fresh("final")
        g.decl(FINAL_HELPER.replace("$NAME", f))
        return f"fmt.Println({f}(int(ck%7) + 3))"
    if kind < 0.93:
        return "panic(fmt.Errorf(\"final error %d\", ck%100))"
    if kind < 0.96:
        g.imports.add("sync")
        return ("var fwg sync.WaitGroup\nfwg.Add(1)\ngo func() {\n\tdefer fwg.Done()\n"
                "\tvar m map[string]int\n\tm[\"x\"] = int(ck % 5)\n}()\nfwg.Wait()")
    if kind < 0.98:
        return "fch := make(chan int)\nfch <- 1"
    if kind < 0.99:
        # A recovered panic panicked again with the same value: "[recovered, repanicked]".
        return "defer func() {\n\tpanic(recover())\n}()\npanic(fmt.Sprint(\"final re \", ck%10))"
    # A panic in a deferred call while panicking: both are reported.
    return "defer func() {\n\tpanic(\"final second\")\n}()\npanic(fmt.Errorf(\"final first %d\", ck%10))"
