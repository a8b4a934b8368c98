"""Sections over values: numbers, constants, strings, arrays, slices, maps.

A section is a function `(g) -> str`: the body of one `func tN()` (statements one per line, nested
blocks indented by tabs), adding any package-level declarations it needs through `g.decl`. Every
local it declares is read (usually by `mix`, which folds its argument into the checksum), so real
Go never reports an unused variable.
"""

from numeric import INTS, NUMERIC, Expr, int_range, literal


def arith(g):
    """Wrapping integer and float arithmetic over random sized types."""
    r = g.r
    scope, lines = [], []
    for t in r.sample(NUMERIC, r.randint(2, 4)):
        for _ in range(r.randint(1, 2)):
            v = g.fresh("v")
            lines.append(f"var {v} {t} = {literal(r, t)}")
            scope.append((v, t))
    e = Expr(r, scope)
    for _ in range(r.randint(4, 9)):
        lines.append(arith_statement(g, e, scope))
    lines.append(f"fmt.Println(\"{g.fn}:\", {', '.join(v for v, _ in scope[:3])})")
    lines.append(f"mix({', '.join(v for v, _ in scope)})")
    return "\n".join(lines)


def arith_statement(g, e, scope):
    r = g.r
    v, t = r.choice(scope)
    k = r.random()
    is_int = t in INTS
    if k < 0.3:
        return f"{v} = {e.gen(t)[0]}"
    if k < 0.5:
        ops = ["+=", "-=", "*="] + (["|=", "^=", "&=", "&^="] if is_int else [])
        return f"{v} {r.choice(ops)} {e.gen(t)[0]}"
    if k < 0.58 and is_int:
        return f"{v} {r.choice(['<<=', '>>='])} {e.shift_count()}"
    if k < 0.63 and is_int:
        return f"{v} {r.choice(['/=', '%='])} ({e.gen(t)[0]} | 1)"
    if k < 0.68:
        return f"{v}{r.choice(['++', '--'])}"
    if k < 0.82:
        i = g.fresh("i")
        n = r.randint(1, 12)
        head = f"for {i} := 0; {i} < {n}; {i}++" if r.random() < 0.5 else f"for {i} := range {n}"
        return f"{head} {{\n\t{v} = {e.gen(t)[0]} + {t}({i})\n}}"
    if k < 0.94:
        w, u = r.choice(scope)
        return (f"if {e.cond()} {{\n\t{v} = {e.gen(t)[0]}\n}} else {{\n"
                f"\t{w} -= {e.gen(u)[0]}\n}}")
    text, const = e.gen(t)
    # An untyped constant argument would be an int, which a large uint64 literal overflows.
    return f"fmt.Println(\"{g.fn}\", {v}, {e.var_leaf(t) if const else text})"


# Each iota formula: Go text (with K), its value at (iota, K).
IOTA_FORMULAS = [
    ("iota * K", lambda i, k: i * k),
    ("1 << iota", lambda i, k: 1 << i),
    ("K - iota", lambda i, k: k - i),
    ("iota*iota + K", lambda i, k: i * i + k),
    ("(iota + K) % 7", lambda i, k: (i + k) % 7),
    ("K << (iota * 2)", lambda i, k: k << (i * 2)),
]


def const_range(typ):
    """The values a constant of type typ (None: untyped, used as int) may hold."""
    if typ is None:
        return int_range("int64")
    return int_range(typ)


def consts(g):
    """Constant blocks with iota, typed and untyped constants, exact big and fractional ones."""
    r = g.r
    text, k = r.choice(IOTA_FORMULAS)
    kval = r.randint(1, 40)
    typ = r.choice([None, "int8", "uint8", "int16", "int64", "uint32", "Kind"])
    n = r.randint(3, 7)
    values = [k(i, kval) for i in range(n)]
    base = typ
    if typ == "Kind":
        typ, base = g.fresh("Kind"), r.choice(["int", "uint16", "int32"])
        g.decl(f"type {typ} {base}")
        if r.random() < 0.5:
            g.decl(f"func (k {typ}) String() string {{\n\treturn fmt.Sprintf(\"{typ}(%d)\", int(k))\n}}")
    lo, hi = const_range(base)
    if not all(lo <= v <= hi for v in values):
        typ = None
    names, block = [], []
    for i in range(n):
        if i > 0 and r.random() < 0.2:
            block.append("\t_")
            continue
        c = g.fresh("c")
        names.append(c)
        if i == 0:
            block.append(f"\t{c}{' ' + typ if typ else ''} = {text.replace('K', str(kval))}")
        else:
            block.append(f"\t{c}")
    g.decl("const (\n" + "\n".join(block) + "\n)")
    big, small, frac, later, earlier = (g.fresh("big"), g.fresh("small"), g.fresh("frac"),
                                       g.fresh("later"), g.fresh("earlier"))
    b = r.randint(64, 120)
    g.decl(f"const {big} = 1 << {b}")
    g.decl(f"const {small} = {big} >> ({b} - {r.randint(1, 30)})")
    d = r.choice([3, 7, 10, 49])
    g.decl(f"const {frac} = 1.0 / {d}")
    # A constant may refer to one declared later in the file.
    g.decl(f"const {earlier} = {later}*2 + 'a'")
    g.decl(f"const {later} {r.choice(['int32', 'int', 'uint16'])} = {r.randint(0, 1000)}")
    s = g.fresh("s")
    lines = [
        f"mix({', '.join(names)})" if names else "mix(0)",
        f"mix({small}, {big} > 0, {frac}*{d} == 1, {frac}, float32({frac}), {earlier})",
        f"const (\n\t{s}a = iota + {kval}\n\t{s}b\n\t{s}c = \"x\" + \"y\"\n\t{s}d\n)",
        f"mix({s}a, {s}b, {s}c, {s}d, len({s}c))",
        f"fmt.Println(\"{g.fn}:\", {names[-1] if names else 1}, {small}%1000)",
    ]
    return "\n".join(lines)


STRINGS = ['"hello"', '"héllo, wörld"', '"日本語"', '"a\\xffb"', '""', '"Go is fun"', '"αβγ-δ"',
           '"x,y,,z"', '"🙂ok"', '"tab\\there"', '`raw\\n`', '"a b  c"', '"\\u00e9e\\u0301"']


def strings_(g):
    """Strings and runes: indexing, ranging, conversions, the strings package, Builder."""
    r = g.r
    g.imports.add("strings")
    s, t, u = g.fresh("s"), g.fresh("t"), g.fresh("u")
    lines = [f"{s} := {r.choice(STRINGS)}", f"{t} := {r.choice(STRINGS)}", f"{u} := {s} + {t}"]
    snippets = [
        lambda n=g.fresh("n"), i=g.fresh("i"), c=g.fresh("r"):
            f"{n} := 0\nfor {i}, {c} := range {u} {{\n\t{n} += ({i} + 1) * int({c})\n}}\nmix({n})",
        lambda rs=g.fresh("rs"), bs=g.fresh("bs"):
            f"{rs} := []rune({u})\n{bs} := []byte({u})\n"
            f"mix(len({rs}), len({bs}), string({rs}), string({bs}[:len({bs})/2]))",
        lambda k=r.randint(0, 6):
            f"if len({u}) > {k} {{\n\tmix({u}[{k}], {u}[{k}:], {u}[:{k}], string({u}[{k}]))\n}}",
        lambda: "mix(" + ", ".join(r.sample([
            f"strings.ToUpper({u})", f"strings.Repeat({s}, {r.randint(0, 3)})",
            f"strings.Contains({u}, {t})", f"strings.Index({u}, {t})", f"strings.Split({u}, \",\")",
            f"strings.Fields({u})", f"strings.Count({u}, \"l\")", f"strings.HasPrefix({u}, {s})",
            f"strings.TrimSpace({u})", f"strings.ReplaceAll({u}, \"o\", \"0\")",
            f"strings.Join([]string{{{s}, {t}, {s}}}, \"-\")", f"strings.LastIndex({u}, \"a\")",
            f"strings.ToLower({u})", f"strings.TrimLeft({u}, \"ah\")",
        ], 3)) + ")",
        lambda b=g.fresh("b"), i=g.fresh("i"), k=r.randint(1, 5):
            f"var {b} strings.Builder\nfor {i} := 0; {i} < {k}; {i}++ {{\n\t{b}.WriteString({s})\n"
            f"\t{b}.WriteByte('a' + byte({i}))\n\t{b}.WriteRune(rune(0x3b1 + {i}))\n}}\nmix({b}.String(), {b}.Len())",
        lambda c=g.fresh("r"), v=r.choice(["65", "0x3b1", "0x1F600", "0xD800", "0x10FFFF", "-1", "0x110000"]):
            f"{c} := rune({v})\nmix(string({c}), {c}, len(string({c})), []byte(string({c})))",
        lambda c=g.fresh("c"): f"if len({u}) > 0 {{\n\t{c} := {u}[0]\n\t{c} += 200\n\tmix({c}, {c}>>1)\n}}",
        lambda n=g.fresh("n"), i=g.fresh("i"):
            f"{n} := 0\nfor {i} := 0; {i} < len({s}); {i}++ {{\n\tif {s}[{i}] >= 0x80 {{\n\t\t{n}++\n\t}}\n}}\nmix({n})",
        lambda: f"fmt.Printf(\"%q %x %v %d\\n\", {u}, {s}, []byte({t}), []rune({t}))",
        lambda: f"mix({s} < {t}, {s} == {t}, {s} >= {t}, strings.Compare({t}, {s}))",
    ]
    for snip in r.sample(snippets, r.randint(3, 6)):
        lines.append(snip())
    lines.append(f"mix({s}, {t}, {u}, len({u}), strings.ToUpper({s}))")
    return "\n".join(lines)


def arrays(g):
    """Arrays: value semantics, comparison, nested arrays, pointers to arrays, range copies."""
    r = g.r
    t = r.choice(list(INTS))
    n = r.randint(2, 6)
    a, b, i, v, p, sm = (g.fresh(x) for x in ("a", "b", "i", "v", "p", "sum"))
    kk, cc = r.randint(1, 90), r.randint(-50, 50)
    lines = [
        f"var {a} [{n}]{t}",
        f"for {i} := range {a} {{\n\t{a}[{i}] = {t}({i}*{kk} + {cc})\n}}",
        f"{b} := {a}",
        f"{b}[{r.randrange(n)}] += {literal(r, t)}",
        f"mix({a}, {b}, {a} == {b}, len({a}))",
        f"for {i}, {v} := range {a} {{\n\t{a}[({i}+1)%{n}] = {v} * 2\n}}",
        f"mix({a})",
        f"{p} := &{a}",
        f"{p}[{r.randrange(n)}] = {literal(r, t)}",
        f"{sm} := 0",
        f"for _, {v} := range {p} {{\n\t{sm} += int({v})\n}}",
        f"mix({sm}, *{p})",
    ]
    rows, cols = r.randint(1, 4), r.randint(1, 4)
    m, m2, j, ks = g.fresh("m"), g.fresh("m"), g.fresh("j"), g.fresh("k")
    lines += [
        f"var {m} [{rows}][{cols}]int",
        f"for {i} := range {rows} {{\n\tfor {j} := range {cols} {{\n\t\t{m}[{i}][{j}] = {i}*{cols} + {j}\n\t}}\n}}",
        f"{m2} := {m}",
        f"{m2}[0][0] = 99",
        f"{ks} := [...]string{{2: \"c\", 0: \"a\", \"b\", 5: \"f\"}}",
        f"mix({m}, {m2}[0], {m} == {m2}, {ks}, len({ks}))",
        f"fmt.Println(\"{g.fn}:\", {a}, {m2})",
    ]
    return "\n".join(lines)


def slices(g):
    """Slices: append growth, 3-index slicing and aliasing, copy, deletion, nil slices, 2-D."""
    r = g.r
    n = r.randint(3, 20)
    s, caps, i, t, u, c = (g.fresh(x) for x in ("s", "caps", "i", "t", "u", "n"))
    k = r.randint(1, 9)
    lo = r.randint(0, n)
    hi = r.randint(lo, n)
    mx = r.randint(hi, n)
    # cap(t) after growing a tiny slice depends on escape analysis too (see below).
    tcap = f"cap({t})" if hi + 2 <= mx else f"cap({t}) >= len({t})"
    lines = [
        f"var {s} []int",
        f"var {caps} []int",
        # Below 32 bytes gc's capacities depend on escape analysis (a non-escaping slice grows
        # into a 32-byte stack buffer first), so only larger capacities are compared.
        f"for {i} := 0; {i} < {n}; {i}++ {{\n\t{s} = append({s}, {i}*{k})\n\tif len({s}) > 8 {{\n"
        f"\t\t{caps} = append({caps}, cap({s}))\n\t}}\n}}",
        f"mix({caps}, len({s}))",
        f"{t} := {s}[{lo}:{hi}:{mx}]",
        f"{t} = append({t}, 99, 98)",
        f"mix({s}, {t}, len({t}), {tcap})",
        f"{u} := make([]int, {r.randint(0, 8)}, {r.randint(8, 12)})",
        f"{c} := copy({u}, {s})",
        f"mix({u}, {c}, cap({u}))",
        f"copy({s}[1:], {s})",
        f"{s} = append({s}[:{r.randint(0, n - 2)}], {s}[{r.randint(n - 1, n)}:]...)",
        f"mix({s}, len({s}), cap({s}))",
    ]
    et = r.choice(["int8", "int16", "int64", "string", "[3]int32", "byte", "struct{ a, b int }"])
    w, z, b2 = g.fresh("w"), g.fresh("z"), g.fresh("b")
    lines += [
        f"var {w} []{et}",
        f"for {i} := range {r.randint(1, 40)} {{\n\t{w} = append({w}, {w}[:0:0]...)\n"
        f"\t{w} = append({w}, make([]{et}, {i}%3+1)...)\n}}",
        f"if len({w}) > 8 {{\n\tmix(len({w}), cap({w}))\n}}",
        f"var {z} []string",
        f"mix({z} == nil, len({z}))",
        f"{z} = append({z}, \"x\")",
        f"mix({z}, {z} == nil, {z}[:0] == nil)",
        f"{b2} := append([]byte(\"ab\"), \"cdé\"...)",
        f"mix({b2}, string({b2}))",
    ]
    if r.random() < 0.6:
        gr, j = g.fresh("gr"), g.fresh("j")
        rows, cols = r.randint(1, 4), r.randint(1, 4)
        lines += [
            f"{gr} := make([][]int, {rows})",
            f"for {i} := range {gr} {{\n\t{gr}[{i}] = make([]int, {cols})\n\tfor {j} := range {gr}[{i}] {{\n"
            f"\t\t{gr}[{i}][{j}] = {i} ^ {j}*{k}\n\t}}\n}}",
            f"{gr} = append({gr}[:1], {gr}...)",
            f"mix({gr})",
        ]
    lines.append(f"fmt.Println(\"{g.fn}:\", len({s}), {tcap}, {caps})")
    return "\n".join(lines)


SORT_HELPER = """func sort_$T(a []$T) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}"""


def maps(g):
    """Maps: insert, update, delete, comma-ok, sorted iteration, deletion while ranging, clear."""
    r = g.r
    kt = r.choice(["int", "string", "int8"])
    key = {"int": "{i} % {m}", "string": "string(rune('a' + {i}%{m}))", "int8": "int8({i} * 37)"}[kt]
    m, i, k, v, ok, keys = (g.fresh(x) for x in ("m", "i", "k", "v", "ok", "keys"))
    mod, n = r.randint(1, 8), r.randint(1, 15)

    def key_of(expr):
        if kt == "int8" and expr.isdigit():
            return str((int(expr) * 37 + 128) % 256 - 128).join("()")
        return key.format(i=expr, m=mod)

    g.decl(SORT_HELPER.replace("$T", kt), key=f"sort_{kt}")
    lines = [
        f"{m} := map[{kt}]int{{}}",
        f"for {i} := 0; {i} < {n}; {i}++ {{\n\t{m}[{key_of(i)}] += {i}*{r.randint(1, 9)} + 1\n}}",
        f"delete({m}, {key_of(str(r.randint(0, 5)))})",
        f"{v}, {ok} := {m}[{key_of(str(r.randint(0, 9)))}]",
        f"mix({v}, {ok}, len({m}))",
        f"{keys} := make([]{kt}, 0, len({m}))",
        f"for {k} := range {m} {{\n\t{keys} = append({keys}, {k})\n}}",
        f"sort_{kt}({keys})",
        f"for _, {k} := range {keys} {{\n\tmix({k}, {m}[{k}])\n}}",
        f"mix({m})",
        f"for {k}, {v} := range {m} {{\n\tif {v}%2 == 0 {{\n\t\tdelete({m}, {k})\n\t}}\n}}",
        f"fmt.Println(\"{g.fn}:\", {m}, len({m}))",
    ]
    ms, ma, nm = g.fresh("ms"), g.fresh("ma"), g.fresh("nm")
    lines += [
        f"{ms} := map[string][]int{{}}",
        f"for {i} := range {r.randint(1, 9)} {{\n\t{ms}[string(rune('p' + {i}%3))] = append({ms}[string(rune('p' + {i}%3))], {i})\n}}",
        f"{ma} := map[[2]int]string{{}}",
        f"for {i} := range {r.randint(1, 9)} {{\n\t{ma}[[2]int{{{i} % 2, {i} % 3}}] += \"x\"\n}}",
        f"var {nm} map[string]int",
        f"mix({ms}, {ma}, {nm}[\"q\"], len({nm}), {nm} == nil)",
        f"clear({m})",
        f"mix(len({m}), {m})",
    ]
    return "\n".join(lines)
