"""Sections over functions and control as learners' programs use them: method values and method
expressions (promoted through embedded structs and pointers, interface method expressions),
closures kept in struct fields, slices and maps, package-level function literals returning
closures, package-level comma-ok initialisers and constants declared after their use, labelled
break/continue through switch and select, defer order with loop variables, recover and re-panic.

Same contract as data.py: every local is read, nothing prints a pointer or a func value.
"""


def methodvals(g):
    """Method values (bound at evaluation: value receivers copy, pointer receivers alias) and
    method expressions, through value and pointer embedding, on interfaces (`I.M`, `i.M`), nil;
    a struct embedding an interface (promoted and overriding methods)."""
    r = g.r
    B, M, T, E, G, Bu = (g.fresh(x) for x in ("Base", "Mid", "Top", "Emb", "Getter", "Bumper"))
    k = r.randint(2, 9)
    g.decl(f"type {B} struct {{\n\tN int\n}}")
    g.decl(f"func ({'b'} {B}) Val() int {{\n\treturn b.N*{k} + 1\n}}")
    g.decl(f"func (b *{B}) Bump(d int) {{\n\tb.N += d\n}}")
    g.decl(f"type {M} struct {{\n\t*{B}\n\tTag string\n}}")
    g.decl(f"func (m {M}) Describe() string {{\n\treturn m.Tag + fmt.Sprint(m.N)\n}}")
    g.decl(f"type {T} struct {{\n\t{M}\n\tX int\n}}")
    g.decl(f"type {E} struct {{\n\t{B}\n\tS string\n}}")
    g.decl(f"type {G} interface {{\n\tVal() int\n}}")
    g.decl(f"type {Bu} interface {{\n\t{G}\n\tBump(int)\n}}")
    (t, f, gb, e, h, vv, fe, fp, ft, fpt, fd, gi, bi, ig, ib, iv, fs, i, ms, bs, b, nc, ni, np, mp,
     mf, t0, s) = (g.fresh(x) for x in (
        "t", "f", "gb", "e", "h", "vv", "fe", "fp", "ft", "fpt", "fd", "gi", "bi", "ig", "ib", "iv", "fs", "i",
        "ms", "bs", "b", "nilval", "nilif", "nilptr", "mp", "mf", "t0", "s"))
    rec = "defer func() {{\n\t{s} = fmt.Sprint(\"recovered: \", recover())\n}}()"
    lines = [
        f"{t} := {T}{{{M}{{&{B}{{{r.randint(-5, 9)}}}, \"t\"}}, {r.randint(0, 9)}}}",
        f"{f} := {t}.Val",
        f"{gb} := {t}.Bump",
        f"{t}.Bump({r.randint(1, 9)})",
        f"{gb}({r.randint(1, 9)})",
        f"mix({f}(), {t}.Val(), {t}.N, {t}.Describe())",
        f"{e} := {E}{{{B}{{{r.randint(0, 9)}}}, \"e\"}}",
        f"{h} := {e}.Bump",
        f"{vv} := {e}.Val",
        f"{h}({r.randint(1, 20)})",
        f"mix({vv}(), {e}.Val(), {e}.N, {e})",
        f"{fe} := {B}.Val",
        f"{fp} := (*{B}).Bump",
        f"{fp}(&{e}.{B}, 1)",
        f"{ft} := {T}.Val",
        f"{fpt} := (*{T}).Bump",
        f"{fpt}(&{t}, {r.randint(1, 9)})",
        f"{T}.Bump({t}, 1)",
        f"{fd} := {M}.Describe",
        f"mix({fe}({e}.{B}), {ft}({t}), {fd}({t}.{M}), (*{E}).Val(&{e}), {E}.Val({e}))",
        f"var {gi} {G} = {t}",
        f"var {bi} {Bu} = &{e}",
        f"{ig} := {G}.Val",
        f"{ib} := {Bu}.Bump",
        f"{ib}({bi}, {r.randint(1, 9)})",
        f"{iv} := {gi}.Val",
        f"{t}.Bump({r.randint(10, 99)})",
        f"mix({ig}({gi}), {ig}({bi}), {iv}(), {e}.N, {Bu}.Val({bi}))",
        f"{fs} := []func() int{{{t}.Val, {e}.Val, {gi}.Val, {bi}.Val, {f}}}",
        f"{e}.N = {r.randint(-9, 9)}",
        f"for {i} := range {fs} {{\n\tmix({i}, {fs}[{i}]())\n}}",
        f"var {ms} []func(int)",
        f"var {bs} []*{B}",
        f"for {i} := range {r.randint(1, 5)} {{\n\t{b} := &{B}{{{i}}}\n\t{bs} = append({bs}, {b})\n"
        f"\t{ms} = append({ms}, {b}.Bump, {bs}[0].Bump)\n}}",
        f"for {i}, {f} := range {ms} {{\n\t{f}({i} + 1)\n}}",
        f"for _, {b} := range {bs} {{\n\tmix(*{b}, {b}.Val())\n}}",
        f"{mp} := map[string]{B}{{\"a\": {{{r.randint(0, 9)}}}}}",
        f"{mf} := {mp}[\"a\"].Val",
        f"{mp}[\"a\"] = {B}{{100}}",
        f"mix({mf}(), {mp}[\"a\"].Val())",
        f"{nc} := func() ({s} string) {{\n\t{rec.format(s=s)}\n\tvar {b} *{B}\n\t{f} := {b}.Val\n\treturn fmt.Sprint({f} != nil)\n}}",
        f"{ni} := func() ({s} string) {{\n\t{rec.format(s=s)}\n\tvar {gi} {G}\n\t{f} := {gi}.Val\n\treturn fmt.Sprint({f} != nil)\n}}",
        f"{np} := func() ({s} string) {{\n\t{rec.format(s=s)}\n\tvar {b} *{B}\n\t{f} := {b}.Bump\n\tmix(\"bound\")\n\t{f}(1)\n\treturn \"called\"\n}}",
        f"{t0} := func() ({s} string) {{\n\t{rec.format(s=s)}\n\tvar {t} {T}\n\treturn fmt.Sprint({t}.Tag, {t}.Val())\n}}",
        f"mix({nc}(), {ni}(), {np}(), {t0}())",
        f"fmt.Println({nc}(), {np}(), {t0}())",
        f"fmt.Println(\"{g.fn}:\", {t}.N, {e}.N, {iv}())",
    ]
    # A struct embedding an interface (the sort.Reverse pattern): promoted and overriding methods.
    H, Rv = g.fresh("Holder"), g.fresh("Rev")
    g.decl(f"type {H} struct {{\n\t{G}\n\tx int\n}}")
    g.decl(f"type {Rv} struct {{\n\t{G}\n}}")
    g.decl(f"func (r {Rv}) Val() int {{\n\treturn -r.{G}.Val() * 2\n}}")
    hv, rv, gg, ph = g.fresh("h"), g.fresh("rv"), g.fresh("g"), g.fresh("ph")
    lines[-1:-1] = [
        f"{hv} := {H}{{{t}, {r.randint(0, 9)}}}",
        f"{ph} := &{hv}",
        f"{rv} := {Rv}{{{hv}}}",
        f"var {gg} {G} = {rv}",
        f"{hv}.{G} = {e}",
        f"mix({hv}.Val(), {ph}.Val(), {rv}.Val(), {gg}.Val(), {rv}.{G}.Val(), {hv}.x)",
        f"{t0} = func() ({s} string) {{\n\t{rec.format(s=s)}\n\tvar {hv} {H}\n\treturn fmt.Sprint({hv}.x, {hv}.Val())\n}}",
        f"fmt.Println({t0}())",
    ]
    if r.random() < 0.1:
        # Method values and expressions of a method promoted from an embedded interface (each
        # called: an uncalled func value prints as its address, which differs between runs).
        lines.insert(-1, f"mix(({hv}.Val)(), {H}.Val({hv}), ({ph}.Val)())")
    if r.random() < 0.1:
        # A type assertion on a nil interface (the panic message names the static type).
        lines.insert(-1, f"{t0} = func() ({s} string) {{\n\t{rec.format(s=s)}\n\tvar {gg} {G}\n\treturn fmt.Sprint({gg}.({E}))\n}}")
        lines.insert(-1, f"fmt.Println({t0}())")
    return "\n".join(lines)


def funcvals(g):
    """Closures in struct fields, slices and maps built in loops; package-level function literals
    returning closures (called from package-level initialisers); shared captured state; the loop
    variable changed in the body of a 3-clause for loop; defer changing a named result."""
    r = g.r
    Op, Ma, mk, cA, ad = g.fresh("Op"), g.fresh("Machine"), g.fresh("makeCounter"), g.fresh("counter"), g.fresh("adders")
    k = r.randint(1, 9)
    g.decl(f"type {Op} struct {{\n\tName string\n\tF    func(int) int\n}}")
    g.decl(f"type {Ma} struct {{\n\tstate int\n\tstep  func(*{Ma}) bool\n\tlog   []string\n}}")
    g.decl(f"var {mk} = func(start, step int) func() int {{\n\tc := start\n\treturn func() int {{\n\t\tc += step\n\t\treturn c\n\t}}\n}}")
    g.decl(f"var {cA} = {mk}({r.randint(-9, 9)}, {r.randint(1, 9)})")
    g.decl(f"var {ad} = func() (fs []func(int) int) {{\n\tfor i := range {r.randint(1, 4)} {{\n"
           f"\t\tfs = append(fs, func(x int) int {{ return x + i*{k} }})\n\t}}\n\treturn\n}}()")
    (ops, i, kk, acc, o, tb, nm, c2, f, m, fs, get, set, nf, arr, fa, res, n, memo, fib) = (g.fresh(x) for x in (
        "ops", "i", "k", "acc", "o", "table", "name", "c", "f", "m", "fs", "get", "set", "nf", "arr", "fa", "res",
        "n", "memo", "fib"))
    lines = [
        f"{ops} := []{Op}{{}}",
        f"for {i} := range {r.randint(1, 6)} {{\n\t{kk} := {i}*{i} + {k}\n"
        f"\t{ops} = append({ops}, {Op}{{fmt.Sprint(\"op\", {i}), func(x int) int {{ return (x*{kk} + {i}) % 100003 }}}})\n}}",
        f"{acc} := {r.randint(1, 9)}",
        f"for _, {o} := range {ops} {{\n\t{acc} = {o}.F({acc})\n\tmix({o}.Name, {acc})\n}}",
        f"{ops}[0].F = func(x int) int {{ return -x }}",
        f"mix({ops}[0].F(3), {ops}[len({ops})-1].F(3))",
        f"{tb} := map[string]func(int, int) int{{\n\t\"add\": func(a, b int) int {{ return a + b }},\n"
        f"\t\"sub\": func(a, b int) int {{ return a - b }},\n\t\"mul\": func(a, b int) int {{ return a * b }},\n}}",
        f"for _, {nm} := range []string{{\"add\", \"mul\", \"sub\", \"add\"}} {{\n\t{acc} = {tb}[{nm}]({acc}, {r.randint(1, 9)})\n}}",
        f"_, {f} := {tb}[\"div\"]",
        f"{c2} := {mk}({r.randint(0, 9)}, {r.randint(-3, 3)})",
        f"mix({acc}, {f}, {cA}(), {cA}(), {c2}(), {cA}(), {c2}())",
        f"for _, {f} := range {ad} {{\n\tmix({f}(10))\n}}",
        f"{m} := &{Ma}{{}}",
        f"{m}.step = func(mm *{Ma}) bool {{\n\tmm.state = mm.state*{r.randint(2, 3)} + 1\n"
        f"\tmm.log = append(mm.log, fmt.Sprint(mm.state))\n\treturn mm.state < {r.randint(1, 500)}\n}}",
        f"for {m}.step({m}) {{\n}}",
        f"mix({m}.state, {m}.log, len({m}.log))",
        f"var {fs} []func() int",
        f"for {i} := 0; {i} < {r.randint(1, 9)}; {i}++ {{\n\t{fs} = append({fs}, func() int {{ return {i} }})\n\t{i}++\n}}",
        f"for _, {f} := range {fs} {{\n\tmix({f}())\n}}",
        f"{get}, {set} := func() (func() int, func(int)) {{\n\tv := 0\n\treturn func() int {{ return v }}, func(x int) {{ v = x }}\n}}()",
        f"{set}({r.randint(1, 99)})",
        f"var {nf} func()",
        f"mix({get}(), {nf} == nil, {m}.step != nil)",
        f"{arr} := [3]int{{1, 2, 3}}",
        f"{fa} := func() int {{ return {arr}[0] }}",
        f"{arr}[0] = {r.randint(4, 9)}",
        f"{res} := func() ({n} int) {{\n\tdefer func() {{\n\t\t{n} *= 2\n\t}}()\n\t{n} = {k}\n\treturn {n} + 1\n}}()",
        f"mix({fa}(), {arr}, {res})",
        f"{memo} := map[int]int{{}}",
        f"var {fib} func(int) int",
        f"{fib} = func(x int) int {{\n\tif x < 2 {{\n\t\treturn x\n\t}}\n\tif v, ok := {memo}[x]; ok {{\n\t\treturn v\n\t}}\n"
        f"\t{memo}[x] = {fib}(x-1) + {fib}(x-2)\n\treturn {memo}[x]\n}}",
        f"mix({fib}({r.randint(10, 90)}), len({memo}))",
        f"fmt.Println(\"{g.fn}:\", {acc}, {m}.state, {res})",
    ]
    return "\n".join(lines)


def pkginit(g):
    """Package-level `var v, ok = m[k]`, `= x.(T)` and `= <-ch` initialisers and constants
    (typed, untyped, iota groups, a named type with String) used before their declaration, all in
    random text order; the order of initialisation shows through traced keys and receives."""
    r = g.r
    key, mkc, Col = g.fresh("pkey"), g.fresh("mkch"), g.fresh("Color")
    gm, gi, gch = g.fresh("gm"), g.fresh("gi"), g.fresh("gch")
    g.decl(f"func {key}(s string) string {{\n\tfmt.Println(\"key\", s)\n\treturn s\n}}")
    vals = [r.randint(-9, 99) for _ in range(2)]
    g.decl(f"func {mkc}() chan int {{\n\tfmt.Println(\"make channel\")\n\tc := make(chan int, 2)\n"
           f"\tc <- {vals[0]}\n\tc <- {vals[1]}\n\tclose(c)\n\treturn c\n}}")
    g.decl(f"var {gm} = map[string]int{{\"a\": {r.randint(0, 9)}, \"b\": {r.randint(0, 9)}}}")
    it = r.choice(["int16", "string", "float64", "uint8"])
    ival = {"int16": "int16(7)", "string": "\"seven\"", "float64": "7.5", "uint8": "uint8(200)"}[it]
    g.decl(f"var {gi} any = {ival}")
    g.decl(f"var {gch} = {mkc}()")
    names = []

    def pair(expr):
        v, ok = g.fresh("gv"), g.fresh("gok")
        g.decl(f"var {v}, {ok} = {expr}")
        names.extend([v, ok])

    pair(f"{gm}[{key}(\"a\")]")
    pair(f"{gm}[{key}(\"zz\")]")
    pair(f"{gi}.(int16)")
    pair(f"{gi}.(string)")
    pair(f"{gi}.(fmt.Stringer)")
    for _ in range(3):
        pair(f"<-{gch}")
    # Constants used (by vars, array lengths, other constants) before they are declared.
    ct = r.choice(["int8", "uint16", "int", "int32", "uint8"])
    q = [g.fresh("q") for _ in range(5)]
    kk = r.randint(1, 5)
    blank = r.randint(1, 3)
    block = [f"\t{q[0]} {ct} = iota*{kk} + {r.randint(0, 3)}"] + [f"\t{q[j]}" if j != blank else "\t_" for j in range(1, 5)]
    used = [q[j] for j in range(5) if j != blank]
    ln, sz, ss, st, fl, fg, cv, ca, gv = (g.fresh(x) for x in ("qLen", "qSize", "qS", "qT", "qF", "qG", "gcv", "garr", "gsum"))
    g.decl(f"var {cv} = {used[-1]}*2 + {used[0]}")
    g.decl("const (\n" + "\n".join(block) + "\n)")
    g.decl(f"var {ca} [{ln}]{ct}")
    g.decl(f"const {ln} = {sz} - 1")
    g.decl(f"const {sz} = {r.randint(2, 6)}")
    g.decl(f"const {ss} = \"s\" + {st}")
    g.decl(f"const {st} = \"t{r.randint(0, 9)}\"")
    g.decl(f"const {fl} float32 = {fg} / 3")
    g.decl(f"const {fg} = {r.choice(['1.0', '2', '1e10', '0.1'])}")
    g.decl(f"var {gv} = len({ca}) + int({used[1]})")
    g.decl(f"type {Col} int")
    cols = ["Red", "Green", "Blue", "Gray"]
    cn = [g.fresh(c) for c in cols]
    g.decl(f"const (\n\t{cn[0]} {Col} = iota\n\t{cn[1]}\n\t{cn[2]}\n\t{cn[3]}\n)")
    g.decl(f"func (c {Col}) String() string {{\n\tif c < 0 || c > {cn[2]} {{\n\t\treturn fmt.Sprintf(\"Color(%d)\", int(c))\n\t}}\n"
           f"\treturn [...]string{{\"red\", \"green\", \"blue\"}}[c]\n}}")
    cv2, c = g.fresh("gcol"), g.fresh("c")
    g.decl(f"var {cv2} = {cn[r.randint(0, 3)]} + {r.randint(0, 1)}")
    lines = [
        f"mix({', '.join(names)})",
        f"fmt.Println({', '.join(names[:6])})",
        f"mix({', '.join(used)}, {cv}, {ca}, len({ca}), {ss}, {fl}, {gv})",
        f"fmt.Println({cv}, {ss}, {fl}, {gv}, {cv2}, {cn[1]}, {cn[3]})",
        f"for {c} := {cn[0]}; {c} <= {cn[3]}; {c}++ {{\n\tmix({c}, int({c}))\n}}",
        f"fmt.Printf(\"%v %d %s %+v %#v\\n\", {cn[2]}, {cn[2]}, {cv2}, []{Col}{{{cn[0]}, {cn[3]}}}, {cn[1]})",
        f"fmt.Println(\"{g.fn}:\", {names[0]}, {names[-2]}, {len(used)})",
    ]
    return "\n".join(lines)


def flow(g):
    """Labelled break/continue through switch and select, break leaving only a select or switch,
    defer order with loop variables and argument evaluation, recover and re-panic, panics in
    deferred calls replacing earlier ones, recover outside a deferred call's own frame."""
    r = g.r
    ch, cnt, i, j, v, outer = (g.fresh(x) for x in ("ch", "cnt", "i", "j", "v", "outer"))
    n, m = r.randint(1, 9), r.randint(1, 6)
    c1, c2 = r.sample(range(4), 2)
    lines = [
        f"{ch} := make(chan int, 16)",
        f"for {i} := range {r.randint(0, 16)} {{\n\t{ch} <- {i}*{r.randint(1, 9)} % {r.randint(5, 11)}\n}}",
        f"{cnt} := 0",
        f"{outer}:\n\tfor {i} := 0; {i} < {n}; {i}++ {{\n"
        f"\t\tswitch {{\n\t\tcase {i}%{r.randint(2, 5)} == {r.randint(0, 1)}:\n\t\t\t{cnt} += 1000\n\t\t\tcontinue {outer}\n"
        f"\t\tcase {i} > {r.randint(2, 9)}:\n\t\t\tbreak {outer}\n\t\t}}\n"
        f"\t\tfor {j} := 0; {j} < {m}; {j}++ {{\n"
        f"\t\t\tselect {{\n\t\t\tcase {v} := <-{ch}:\n"
        f"\t\t\t\tif {v} == {r.randint(0, 10)} {{\n\t\t\t\t\tbreak {outer}\n\t\t\t\t}}\n"
        f"\t\t\t\tif {v}%{r.randint(2, 4)} == 0 {{\n\t\t\t\t\tcontinue {outer}\n\t\t\t\t}}\n"
        f"\t\t\t\tif {v} == {r.randint(0, 10)} {{\n\t\t\t\t\tbreak\n\t\t\t\t}}\n"
        f"\t\t\t\t{cnt} += {v}\n"
        f"\t\t\tdefault:\n\t\t\t\t{cnt} += 100\n\t\t\t}}\n"
        f"\t\t\t{cnt} = {cnt}*3 + {j}\n"
        f"\t\t\tswitch {j} {{\n\t\t\tcase {c1}:\n\t\t\t\tcontinue\n\t\t\tcase {c2}:\n\t\t\t\tbreak\n"
        f"\t\t\tdefault:\n\t\t\t\t{cnt}++\n\t\t\t}}\n"
        f"\t\t\t{cnt} %= 1000003\n\t\t}}\n\t}}",
        f"mix({cnt}, len({ch}))",
    ]
    # Defer order.
    do, out, x = g.fresh("deferOrder"), g.fresh("out"), g.fresh("x")
    g.decl(f"func {do}() ({out} []int) {{\n"
           f"\tfor i := range {r.randint(0, 4)} {{\n\t\tdefer func() {{\n\t\t\t{out} = append({out}, i)\n\t\t}}()\n\t}}\n"
           f"\tfor i := 0; i < {r.randint(0, 4)}; i++ {{\n\t\tdefer func(v int) {{\n\t\t\t{out} = append({out}, v*10+i)\n\t\t}}(i * 2)\n\t}}\n"
           f"\t{x} := {r.randint(0, 9)}\n\tdefer fmt.Println(\"deferred print\", {x}, len({out}))\n"
           f"\tdefer func() {{\n\t\tfmt.Println(\"deferred closure\", {x}, len({out}))\n\t}}()\n"
           f"\t{x} = {r.randint(10, 99)}\n\treturn []int{{{x}}}\n}}")
    # Recover and re-panic.
    rp, hr, ind, nest, rt = (g.fresh(x) for x in ("repanic", "helperRecover", "indirect", "nested", "rtRepanic"))
    g.decl(f"func {rp}(k int) (res string) {{\n\tdefer func() {{\n\t\tr := recover()\n\t\tres = fmt.Sprint(\"outer got: \", r)\n\t}}()\n"
           f"\tdefer func() {{\n\t\tif r := recover(); r != nil {{\n\t\t\tpanic(fmt.Sprint(\"re-\", r))\n\t\t}}\n\t}}()\n"
           f"\tif k > 0 {{\n\t\tpanic(fmt.Sprint(\"orig\", k))\n\t}}\n\treturn \"no panic\"\n}}")
    g.decl(f"func {hr}() any {{\n\treturn recover()\n}}")
    g.decl(f"func {ind}() (res string) {{\n\tdefer func() {{\n\t\tres = fmt.Sprint(\"caught: \", recover())\n\t}}()\n"
           f"\tdefer func() {{\n\t\tmix({hr}() == nil)\n\t}}()\n\tpanic(\"indirect\")\n}}")
    g.decl(f"func {nest}() (res string) {{\n\tdefer func() {{\n\t\tres = fmt.Sprint(recover())\n\t}}()\n"
           f"\tdefer func() {{\n\t\tpanic(\"second\")\n\t}}()\n\tpanic(\"first\")\n}}")
    idx = r.randint(0, 9)
    g.decl(f"func {rt}() (res string) {{\n\tdefer func() {{\n\t\tr := recover()\n\t\tif e, ok := r.(error); ok {{\n"
           f"\t\t\tres = \"error: \" + e.Error()\n\t\t}} else {{\n\t\t\tres = fmt.Sprint(\"other: \", r)\n\t\t}}\n\t}}()\n"
           f"\tdefer func() {{\n\t\tr := recover()\n\t\tpanic(r)\n\t}}()\n\tvar a []int\n\tmix(a[{idx}])\n\treturn \"unreachable\"\n}}")
    lines += [
        f"mix({do}())",
        f"fmt.Println({do}())",
        f"fmt.Println({rp}(0), {rp}({r.randint(1, 9)}))",
        f"mix({rp}(1), {ind}(), {nest}(), {rt}(), {hr}() == nil)",
        f"fmt.Println({ind}(), {nest}(), {rt}())",
    ]
    if r.random() < 0.3:
        pn = g.fresh("panicNil")
        g.decl(f"func {pn}() (res string) {{\n\tdefer func() {{\n\t\tr := recover()\n\t\tres = fmt.Sprintf(\"%T %v\", r, r)\n\t}}()\n"
               f"\tpanic(nil)\n}}")
        lines.append(f"fmt.Println({pn}())")
    lines.append(f"fmt.Println(\"{g.fn}:\", {cnt})")
    return "\n".join(lines)
