"""Sections over user types: structs, pointers, methods, interfaces and type switches.

Same contract as data.py: each section returns a function body and declares its package-level
types, methods and helpers through `g.decl` (their text order is shuffled later, as Go allows).
"""


def structs(g):
    """Structs: one-field, nested, embedded (promoted fields and methods), comparison, copies."""
    r = g.r
    P, Q, R = g.fresh("Point"), g.fresh("One"), g.fresh("Outer")
    g.decl(f"type {P} struct {{\n\tX, Y int\n\tName string\n}}")
    g.decl(f"type {Q} struct {{\n\tV int8\n}}")
    g.decl(f"type {R} struct {{\n\t{P}\n\tQ    {Q}\n\tTags [2]string\n}}")
    g.decl(f"func (p {P}) Sum() int {{\n\treturn p.X*{r.randint(1, 9)} + p.Y\n}}")
    g.decl(f"func (p *{P}) Move(dx int) {{\n\tp.X += dx\n\tp.Name += \"'\"\n}}")
    p, q, o, ps, e, i, pp, an = (g.fresh(x) for x in ("p", "q", "o", "ps", "e", "i", "pp", "anon"))
    lines = [
        f"{p} := {P}{{X: {r.randint(-9, 9)}, Y: {r.randint(-9, 9)}, Name: \"n\"}}",
        f"{q} := {p}",
        f"{q}.X = {r.randint(-9, 9)}",
        f"{o} := {R}{{{P}: {p}, Q: {Q}{{V: {r.randint(-128, 127)}}}, Tags: [2]string{{\"a\", \"b\"}}}}",
        f"{o}.Y += {r.randint(1, 9)}",
        f"{o}.Move({r.randint(-5, 5)})",
        f"{o}.Q.V *= {r.randint(2, 9)}",
        f"mix({p}, {q}, {o}, {p} == {q}, {o}.Sum(), {o}.{P}.X, {o}.X)",
        f"fmt.Printf(\"%v %+v\\n\", {o}, {q})",
        f"{ps} := []{P}{{{{1, 2, \"a\"}}, {{3, 4, \"b\"}}, {{X: 5}}}}",
        f"for _, {e} := range {ps} {{\n\t{e}.X = 100\n\tmix({e}.X)\n}}",
        f"for {i} := range {ps} {{\n\t{ps}[{i}].Y *= {r.randint(2, 5)}\n\t{ps}[{i}].Move({i})\n}}",
        f"{pp} := &{ps}[{r.randint(0, 2)}]",
        f"{pp}.X = {r.randint(-9, 9)}",
        f"{an} := struct {{\n\tA int\n\tB string\n}}{{{r.randint(0, 9)}, \"z\"}}",
        f"var {e} struct{{}}",
        f"mix({ps}, *{pp}, {an}, {an}.A, {e}, {o} == {R}{{}}, {Q}{{3}} == {Q}{{V: 3}})",
    ]
    return "\n".join(lines)


def pointers(g):
    """Pointers: to locals, pointers to pointers, new, slice elements, linked lists, swaps."""
    r = g.r
    N, swap = g.fresh("Node"), g.fresh("swap")
    g.decl(f"type {N} struct {{\n\tVal  int\n\tNext *{N}\n}}")
    g.decl(f"func {swap}(a, b *int) {{\n\t*a, *b = *b, *a\n}}")
    x, p, pp, q, s, e, h, i, n, sm, y, np, arr = (
        g.fresh(v) for v in ("x", "p", "pp", "q", "s", "e", "head", "i", "n", "sum", "y", "np", "arr"))
    lines = [
        f"{x} := {r.randint(-50, 50)}",
        f"{p} := &{x}",
        f"*{p} += {r.randint(1, 9)}",
        f"{pp} := &{p}",
        f"**{pp} *= {r.randint(2, 5)}",
        f"mix({x}, *{p}, {p} == *{pp})",
        f"{q} := new(int)",
        f"*{q} = {x}",
        f"mix(*{q}, {q} == {p})",
        f"{s} := []int{{1, 2, 3}}",
        f"{e} := &{s}[1]",
        f"*{e} = 20",
        f"{s} = append({s}, 4)",
        f"*{e} = 30",
        f"mix({s}, *{e})",
        f"var {h} *{N}",
        f"for {i} := 0; {i} < {r.randint(0, 8)}; {i}++ {{\n\t{h} = &{N}{{Val: {i} * {r.randint(1, 9)}, Next: {h}}}\n}}",
        f"{sm} := 0",
        f"for {n} := {h}; {n} != nil; {n} = {n}.Next {{\n\t{sm} = {sm}*3 + {n}.Val\n}}",
        f"{y} := {r.randint(0, 99)}",
        f"{swap}(&{x}, &{y})",
        f"var {np} *int",
        f"{arr} := [3]int{{}}",
        f"(&{arr})[2] = {r.randint(1, 9)}",
        f"mix({sm}, {x}, {y}, {np} == nil, {arr}, {h} == nil)",
    ]
    return "\n".join(lines)


def methods(g):
    """Methods: value and pointer receivers, method values (bound copies), method expressions."""
    r = g.r
    C, A, S = g.fresh("Cnt"), g.fresh("Acc"), g.fresh("Stack")
    g.decl(f"type {C} {r.choice(['int', 'int16', 'uint8'])}")
    g.decl(f"func (c {C}) Double() {C} {{\n\treturn c * 2\n}}")
    g.decl(f"func (c *{C}) Inc(d {C}) {{\n\t*c += d\n}}")
    g.decl(f"type {A} struct {{\n\ttotal int\n\thist  []int\n}}")
    g.decl(f"func (a {A}) Get() int {{\n\treturn a.total\n}}")
    g.decl(f"func (a *{A}) Add(v int) *{A} {{\n\ta.total += v\n\ta.hist = append(a.hist, v)\n\treturn a\n}}")
    g.decl(f"type {S} []int")
    g.decl(f"func (s *{S}) Push(v int) {{\n\t*s = append(*s, v)\n}}")
    g.decl(f"func (s *{S}) Pop() int {{\n\told := *s\n\tv := old[len(old)-1]\n\t*s = old[:len(old)-1]\n\treturn v\n}}")
    c, a, get, add, fe, pe, st, i, accs = (
        g.fresh(v) for v in ("c", "acc", "get", "add", "fexpr", "pexpr", "st", "i", "accs"))
    lines = [
        f"var {c} {C} = {r.randint(0, 100)}",
        f"{c}.Inc({r.randint(0, 100)})",
        f"{c} = {c}.Double().Double()",
        f"mix({c})",
        f"{a} := {A}{{}}",
        f"{a}.Add(1).Add({r.randint(1, 9)}).Add(3)",
        f"{get} := {a}.Get",
        f"{a}.Add(100)",
        f"mix({get}(), {a}.Get(), {a}.hist)",
        f"{add} := {a}.Add",
        f"{add}({r.randint(1, 9)})",
        f"{fe} := {A}.Get",
        f"{pe} := (*{A}).Add",
        f"{pe}(&{a}, {r.randint(1, 9)})",
        f"mix({a}.total, {fe}({a}))",
        f"var {st} {S}",
        f"for {i} := 0; {i} < {r.randint(2, 9)}; {i}++ {{\n\t{st}.Push({i} * {i})\n}}",
        f"mix({st}.Pop(), {st}.Pop(), {st}, len({st}))",
        f"{accs} := []{A}{{{{}}, {{total: 5}}}}",
        f"{accs}[1].Add({r.randint(1, 9)})",
        f"mix({accs}[1].total, {accs}[0].Get())",
        f"fmt.Println(\"{g.fn}:\", {c}, {a}.total)",
    ]
    return "\n".join(lines)


def interfaces(g):
    """Interfaces: dynamic dispatch, embedding, type switches (multi-type cases), assertions,
    typed nils, Stringer and error values printed by fmt."""
    r = g.r
    Sh, Nm, Re, Sq, Lb, Er = (g.fresh(x) for x in ("Shape", "Named", "Rect", "Sq", "Label", "Err"))
    g.decl(f"type {Nm} interface {{\n\tName() string\n}}")
    g.decl(f"type {Sh} interface {{\n\t{Nm}\n\tArea() int\n}}")
    g.decl(f"type {Re} struct {{\n\tW, H int\n}}")
    g.decl(f"func (r {Re}) Area() int {{\n\treturn r.W * r.H\n}}")
    g.decl(f"func (r {Re}) Name() string {{\n\treturn \"rect\"\n}}")
    g.decl(f"type {Sq} struct {{\n\tS int\n}}")
    g.decl(f"func (s *{Sq}) Area() int {{\n\treturn s.S * s.S\n}}")
    g.decl(f"func (s *{Sq}) Name() string {{\n\treturn \"sq\"\n}}")
    g.decl(f"type {Lb} string")
    g.decl(f"func (l {Lb}) String() string {{\n\treturn \"<\" + string(l) + \">\"\n}}")
    g.decl(f"type {Er} struct {{\n\tCode int\n}}")
    g.decl(f"func (e *{Er}) Error() string {{\n\treturn fmt.Sprintf(\"err %d\", e.Code)\n}}")
    shs, tot, i, sh, v, vals, x, n, ok, e1, e2, sp, nm, f, err, pe = (g.fresh(s) for s in (
        "shapes", "tot", "i", "sh", "v", "vals", "x", "n", "ok", "e", "e", "sp", "nm", "f", "err", "pe"))
    items = [f"{Re}{{{r.randint(1, 9)}, {r.randint(1, 9)}}}", f"&{Sq}{{{r.randint(1, 9)}}}",
             f"{Re}{{W: {r.randint(1, 9)}}}", f"&{Sq}{{}}"]
    r.shuffle(items)
    anys = ["int8(-3)", "uint16(7)", "\"str\"", "2.5", "nil", f"{Re}{{1, 2}}", "[]int{1, 2}", "true",
            "'x'", f"{Lb}(\"hi\")", "float32(0.1)", f"&{Er}{{7}}", "42", "[2]bool{}"]
    r.shuffle(anys)
    lines = [
        f"{shs} := []{Sh}{{{', '.join(items[:r.randint(2, 4)])}}}",
        f"{tot} := 0",
        f"for {i}, {sh} := range {shs} {{\n\t{tot} += {sh}.Area() * ({i} + 1)\n"
        f"\tswitch {v} := {sh}.(type) {{\n\tcase {Re}:\n\t\t{tot} += {v}.W\n\tcase *{Sq}:\n"
        f"\t\t{v}.S++\n\t\t{tot} += {v}.S\n\t}}\n}}",
        f"mix({tot}, {shs}[1].Area(), {shs}[0].Name())",
        f"{vals} := []any{{{', '.join(anys[:r.randint(5, len(anys))])}}}",
        f"for _, {v} := range {vals} {{\n\tswitch {x} := {v}.(type) {{\n\tcase nil:\n\t\tmix(\"nil\")\n"
        f"\tcase int, int8:\n\t\tmix(\"int-ish\", {x})\n\tcase uint16:\n\t\tmix({x} + 1)\n"
        f"\tcase string:\n\t\tmix(len({x}))\n\tcase float64, float32:\n\t\tmix(\"float\", {x})\n"
        f"\tcase error:\n\t\tmix(\"error\", {x}.Error())\n"
        f"\tcase fmt.Stringer:\n\t\tmix(\"stringer\", {x}.String(), {x})\n\tcase {Sh}:\n\t\tmix({x}.Area())\n"
        f"\tcase []int:\n\t\tmix(len({x}), {x}[0])\n\tdefault:\n\t\tmix(fmt.Sprintf(\"%T %v\", {x}, {x}))\n\t}}\n}}",
        f"{n}, {ok} := {vals}[0].(int8)",
        f"mix({n}, {ok})",
        f"var {e1}, {e2} any = {r.randint(1, 3)}, 3",
        f"mix({e1} == {e2})",
        f"{e2} = int64(3)",
        f"mix({e1} == {e2}, {e1} != nil)",
        f"var {sp} *{Sq}",
        f"var {nm} {Nm} = {shs}[0]",
        f"mix({nm}.Name(), {nm} == nil)",
        f"{nm} = {sp}",
        f"mix({nm} == nil, {nm} != nil)",
        f"{f} := {shs}[0].Area",
        f"mix({f}())",
        f"var {err} error = &{Er}{{{r.randint(1, 99)}}}",
        f"if {pe}, {ok} := {err}.(*{Er}); {ok} {{\n\tmix({pe}.Code)\n}}",
        f"fmt.Println(\"{g.fn}:\", {err}, {Lb}(\"x\"), {tot})",
    ]
    return "\n".join(lines)
