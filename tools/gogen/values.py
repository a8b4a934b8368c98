"""Sections over values as learners' programs use them: struct and array values (copied, compared,
map keys, one-field structs and [1]T everywhere), conversions between sized integers and floats
with large shifts and wrapping, fmt's verbs on composite values, strings with invalid UTF-8, and
the sort, strconv, strings and unicode/utf8 packages.

Same contract as data.py. Extra determinism rules kept here:
- no pointer is ever printed (a top-level &struct prints as &{...}, which is fine; nested ones not);
- float-to-integer conversions only of values known to be in the target type's range;
- sort.Slice only on slices whose keys are all distinct (its order of equal keys is unspecified);
  sort.SliceStable for the others.
"""

from numeric import INTS, int_range, literal


def structvals(g):
    """Struct and array values: copies, ==, map keys (struct, [1]T, one-field struct), arrays of
    structs, one-field structs and [1]T in slices, maps, channels, variadic args and receivers."""
    r = g.r
    K, One, W, Pair = g.fresh("Key"), g.fresh("One"), g.fresh("Wrap"), g.fresh("Pair")
    et = r.choice(["int8", "uint16", "int", "int64", "uint8"])
    st = r.choice(["string", "int32", "bool"])
    g.decl(f"type {K} struct {{\n\tA {et}\n\tB string\n}}")
    g.decl(f"type {One} struct {{\n\tV {st}\n}}")
    g.decl(f"type {W} [1]{et}")
    g.decl(f"type {Pair} struct {{\n\tK   {K}\n\tN   [2]{One}\n\tArr {W}\n}}")
    g.decl(f"func (w {W}) Get() {et} {{\n\treturn w[0] * 3\n}}")
    g.decl(f"func (w *{W}) Set(v {et}) {{\n\tw[0] = v\n}}")
    g.decl(f"func (o {One}) Show() string {{\n\treturn fmt.Sprint(\"one:\", o.V)\n}}")
    g.decl(f"func (o *{One}) Reset() {{\n\to.V = {One}{{}}.V\n}}")
    cnt = g.fresh("countOnes")
    g.decl(f"func {cnt}(xs ...{One}) int {{\n\tn := 0\n\tfor _, x := range xs {{\n\t\tif x != ({One}{{}}) {{\n"
           f"\t\t\tn++\n\t\t}}\n\t}}\n\treturn n + len(xs)*10\n}}")
    one_val = {"string": lambda i: f"fmt.Sprint({i} % 3)", "int32": lambda i: f"int32({i} % 3)",
               "bool": lambda i: f"{i}%2 == 0"}[st]
    one_lit = {"string": lambda: f"\"{r.randint(0, 2)}\"", "int32": lambda: str(r.randint(-5, 5)),
               "bool": lambda: r.choice(["true", "false"])}[st]
    m, i, k, v, ok, arr, b, e, ms, mw, mo, ch, chw, sl, w, w2, p, x, y, ok2, pr, pr2, set = (g.fresh(s) for s in (
        "m", "i", "k", "v", "ok", "arr", "b", "e", "ms", "mw", "mo", "ch", "chw", "sl", "w", "w2", "p", "x", "y",
        "ok", "pr", "pr", "set"))
    ia, ib = g.fresh("ia"), g.fresh("ib")
    n = r.randint(2, 12)
    lines = [
        f"{m} := map[{K}]int{{}}",
        f"for {i} := 0; {i} < {n}; {i}++ {{\n\t{m}[{K}{{{et}({i} % {r.randint(1, 4)}), string(rune('a' + {i}%{r.randint(1, 3)}))}}] += {i} + 1\n}}",
        f"{v}, {ok} := {m}[{K}{{0, \"a\"}}]",
        f"{k} := {K}{{A: 1, B: \"b\"}}",
        f"delete({m}, {k})",
        f"mix({v}, {ok}, len({m}), {m})",
        f"fmt.Println({m})",
        f"{arr} := [3]{K}{{{{1, \"x\"}}, {{B: \"y\"}}, {{{literal(r, et)}, \"z\"}}}}",
        f"{b} := {arr}",
        f"{b}[{r.randint(0, 2)}].A++",
        f"mix({arr} == {b}, {arr}, {b}, {arr}[0] == {b}[0])",
        f"for {i}, {e} := range {arr} {{\n\t{e}.B += \"!\"\n\t{arr}[({i}+1)%3].B += {e}.B\n}}",
        f"fmt.Printf(\"%v %+v\\n\", {arr}, {b}[1])",
        f"{ms} := map[{One}][]int{{}}",
        f"for {i} := range {r.randint(1, 9)} {{\n\t{ms}[{One}{{{one_val(i)}}}] = append({ms}[{One}{{{one_val(i)}}}], {i})\n}}",
        f"{mw} := map[{W}]{One}{{}}",
        f"for {i} := range {r.randint(1, 6)} {{\n\t{mw}[{W}{{{et}({i} % 3)}}] = {One}{{{one_val(i)}}}\n}}",
        f"{mo} := map[[1]string]{W}{{{{\"a\"}}: {{1}}, {{\"b\"}}: {{2}}}}",
        f"{x} := {mo}[[1]string{{\"a\"}}]",
        f"{x}[0] += 5",
        f"{mo}[[1]string{{\"c\"}}] = {x}",
        f"mix({ms}, {mw}, {mo}, len({ms}), {x})",
        f"fmt.Println({ms}, {mw}, {mo})",
        f"{ch} := make(chan {One}, 3)",
        f"{ch} <- {One}{{{one_lit()}}}",
        f"{ch} <- {One}{{}}",
        f"close({ch})",
        f"{chw} := make(chan [1]{et}, 1)",
        f"{chw} <- [1]{et}{{{literal(r, et)}}}",
        f"{y} := <-{chw}",
        f"{sl} := []{One}{{}}",
        f"for {e} := range {ch} {{\n\t{sl} = append({sl}, {e}, {e})\n}}",
        f"{e}, {ok2} := <-{ch}",
        f"mix({sl}, {e}, {ok2}, {y}, {cnt}({sl}...), {cnt}(), {cnt}({One}{{{one_lit()}}}, {One}{{}}))",
        f"var {w} {W}",
        f"{w}.Set({literal(r, et)})",
        f"{w2} := {w}",
        f"{w2}.Set({w}.Get())",
        f"{p} := &{w2}",
        f"{p}.Set({p}.Get() + 1)",
        f"mix({w}, {w2}, {w} == {w2}, {w}.Get(), {W}.Get({w2}))",
        f"{sl}[0].Reset()",
        f"mix({sl}[0].Show(), {sl}[len({sl})-1].Show(), {sl}[0] == {sl}[1])",
        f"{pr} := {Pair}{{K: {K}{{2, \"p\"}}, N: [2]{One}{{{{{one_lit()}}}}}, Arr: {W}{{7}}}}",
        f"{pr2} := {pr}",
        f"{pr2}.N[1] = {pr}.N[0]",
        f"{pr2}.Arr.Set(8)",
        f"mix({pr} == {pr2}, {pr}, {pr2}, {pr}.K == {pr2}.K)",
        f"fmt.Printf(\"%v|%+v\\n\", {pr}, {pr2})",
        f"{set} := map[{Pair}]struct{{}}{{{pr}: {{}}, {pr2}: {{}}, {Pair}{{}}: {{}}}}",
        f"{set}[{pr}] = struct{{}}{{}}",
        f"var {ia}, {ib} any = {pr}, {pr2}",
        f"mix(len({set}), {ia} == {ib}, {ia} == any({pr}), {ib} != nil)",
        f"fmt.Println(\"{g.fn}:\", len({m}), {w}, {pr2}.N)",
    ]
    return "\n".join(lines)


# Float values in range of every integer type they are converted to (|v| < 127, some negative).
SMALL_FLOATS = ["0.5", "1.75", "-2.5", "99.99", "-0.75", "126.9", "3.0", "-127.9", "64.5"]
POS_FLOATS = ["0.5", "1.75", "99.99", "126.9", "3.0", "64.5", "254.5", "0.0"]


def conv(g):
    """Conversions between sized integers and floats, shifts by large and variable counts, integer
    overflow wrapping (MinInt / -1 included), unsigned wrap, NaN and infinities."""
    r = g.r
    lines = []
    names = []

    def var(t, text):
        v = g.fresh("c")
        lines.append(f"var {v} {t} = {text}")
        names.append(v)
        return v

    sints = [t for t in INTS if INTS[t][1]]
    uints = [t for t in INTS if not INTS[t][1]]
    # Wrapping at the edges of each sized type.
    for t in r.sample(list(INTS), r.randint(3, 6)):
        lo, hi = int_range(t)
        a = var(t, str(hi))
        b = var(t, f"({lo})" if lo < 0 else str(lo))
        one = var(t, "1")
        lines.append(f"{a} += {one}")
        lines.append(f"{b} -= {one}")
        lines.append(f"mix({a}, {b}, {a}*{a}, -{b}, ^{a}, {b}-{a})")
        if INTS[t][1]:
            m1 = var(t, "-1")
            mn = var(t, f"({lo})")
            lines.append(f"mix({mn} / {m1}, {mn} % {m1}, {mn} * {m1}, -{mn}, {mn} >> 1, {mn} >> 200)")
    # Sign and zero extension between sized types.
    src_t = r.choice(sints)
    s = var(src_t, f"({r.randint(*int_range(src_t)) if r.random() < 0.5 else -1})".replace("(-", "(-") )
    lines.append("mix(" + ", ".join(f"{t}({s})" for t in r.sample(list(INTS), 6)) + ")")
    src_u = r.choice(uints)
    u = var(src_u, str(r.choice([int_range(src_u)[1], 128, 255, 200, 65535 % (int_range(src_u)[1] + 1)])))
    lines.append("mix(" + ", ".join(f"{t}({u})" for t in r.sample(list(INTS), 6)) + ")")
    # Shifts by large and variable counts.
    cnt = var("uint", str(r.choice([63, 64, 65, 100, 255, 1000])))
    sc = var("int", str(r.randint(0, 80)))
    for t in r.sample(list(INTS), 3):
        x = var(t, literal(r, t))
        lines.append(f"mix({x} << {cnt}, {x} >> {cnt}, {x} << {sc}, {x} >> {sc}, {x} << ({cnt} - 60), {x} >> 63)")
    neg, sh = g.fresh("neg"), g.fresh("shf")
    lines.append(f"{sh} := func(n int) (res int64) {{\n\tdefer func() {{\n\t\tif e := recover(); e != nil {{\n"
                 f"\t\t\tmix(\"shift panic\", e)\n\t\t\tres = -1\n\t\t}}\n\t}}()\n\treturn int64(1) << n\n}}")
    lines.append(f"{neg} := {r.randint(-3, -1)}")
    lines.append(f"mix({sh}({neg}), {sh}({r.randint(0, 70)}), {sh}(-{neg}))")
    # Integer to float and float to integer (only in-range values).
    for _ in range(r.randint(2, 4)):
        ft = r.choice(["float32", "float64"])
        it = r.choice(list(INTS))
        f = var(ft, r.choice(POS_FLOATS if it in uints else SMALL_FLOATS))
        lines.append(f"mix({it}({f}), {it}(-{f} * -1), {ft}({it}({f})) == {f})")
    big = var("uint64", str(r.choice([(1 << 64) - 1, (1 << 63) + 1, (1 << 53) + 1, 12345678901234567])))
    bi = var("int64", str(r.choice([(1 << 63) - 1, -(1 << 63), (1 << 53) + 1, -(1 << 24) - 1])))
    lines.append(f"mix(float64({big}), float32({big}), float64({bi}), float32({bi}), float32(float64({bi})) == float32({bi}))")
    f64 = var("float64", r.choice(["0.1", "1e300", "3.4028235e38", "1.0000001", "16777217.0", "-2.5e-8"]))
    lines.append(f"mix(float32({f64}), float64(float32({f64})), float32({f64}) == float32({f64}*1))")
    z, inf, nan = g.fresh("zero"), g.fresh("inf"), g.fresh("nan")
    lines.append(f"{z} := 0.0")
    lines.append(f"{inf}, {nan} := 1/{z}, {z}/{z}")
    lines.append(f"mix({inf}, -{inf}, {nan} == {nan}, {nan} != {nan}, {inf} > 1e308, -{z}, 1/-{z}, float32({inf}))")
    # Unsigned wrap and mixed-width arithmetic in loops.
    acc, i = g.fresh("acc"), g.fresh("i")
    at = r.choice(["uint8", "int8", "uint16", "int16", "uint32", "int32"])
    lines.append(f"var {acc} {at} = {literal(r, at)}")
    lines.append(f"for {i} := 0; {i} < {r.randint(5, 40)}; {i}++ {{\n\t{acc} = {acc}*{r.randint(3, 31)} + {at}({i})\n"
                 f"\t{acc} ^= {acc} >> {r.randint(1, 7)}\n}}")
    lines.append(f"mix({acc})")
    lines.append(f"fmt.Printf(\"%d %x %b %o %08b %#x %X\\n\", {acc}, {acc}, {acc}, {acc}, uint8({acc}), {acc}, -int64({acc}))")
    lines.append(f"mix({', '.join(names)})")
    lines.append(f"fmt.Println(\"{g.fn}:\", {', '.join(names[:4])})")
    return "\n".join(lines)


def printing(g):
    """fmt's verbs on composite values: %v %+v %#v %T %q %x %s %d, widths and flags, Stringer and
    error fields, nil slices and maps, wrong verbs and argument counts."""
    r = g.r
    T, In, St, Er, Sp = g.fresh("Rec"), g.fresh("Inner"), g.fresh("Tag"), g.fresh("Fail"), g.fresh("PtrStr")
    g.decl(f"type {In} struct {{\n\tX  int8\n\tYs []string\n}}")
    g.decl(f"type {St} int")
    g.decl(f"func (t {St}) String() string {{\n\treturn fmt.Sprintf(\"tag#%d\", int(t))\n}}")
    g.decl(f"type {Er} struct {{\n\tCode int\n}}")
    g.decl(f"func (e {Er}) Error() string {{\n\treturn fmt.Sprint(\"fail \", e.Code)\n}}")
    g.decl(f"type {Sp} struct {{\n\tN int\n}}")
    g.decl(f"func (p *{Sp}) String() string {{\n\treturn fmt.Sprint(\"ptr-stringer \", p.N)\n}}")
    g.decl(f"type {T} struct {{\n\tName  string\n\tIn    {In}\n\tM     map[string]int\n\tArr   [2]bool\n"
           f"\tTag   {St}\n\ttag   {St}\n\tErr   error\n\tAny   any\n\tOne   [1]float64\n}}")
    v, nilv, sp, ifs, f32, neg = (g.fresh(s) for s in ("rec", "nilrec", "sp", "ifs", "f", "neg"))
    anys = [f"{St}({r.randint(0, 9)})", "[]byte(\"hi\")", f"{In}{{}}", "nil", "3.5", "int8(-2)",
            f"{Er}{{{r.randint(1, 9)}}}", "[1]string{\"s\"}", "map[int]bool{2: true, 1: false}"]
    name = r.choice(['é', 'x', '\\"q'])
    lines = [
        f"{v} := {T}{{Name: \"n\\t{name}\", In: {In}{{{r.randint(-9, 9)}, []string{{\"a\", \"\"}}}}, "
        f"M: map[string]int{{\"z\": 1, \"a\": {r.randint(0, 9)}}}, Tag: {r.randint(0, 9)}, tag: {r.randint(0, 9)}, "
        f"Err: {Er}{{{r.randint(1, 9)}}}, Any: {r.choice(anys)}, One: [1]float64{{{r.choice(['0.1', '1e21', '-0.5', '1e-7', '100'])}}}}}",
        f"var {nilv} {T}",
        f"{sp} := {Sp}{{{r.randint(1, 9)}}}",
        f"{ifs} := []any{{{', '.join(r.sample(anys, r.randint(3, len(anys))))}}}",
        f"var {f32} float32 = {r.choice(['0.1', '16777217', '1e-3', '3.4e38', '-2.5'])}",
        f"{neg} := {r.choice(['0.0', '1.0'])}",
        f"{neg} = -{neg} * 0",
    ]
    verbs = ["%v", "%+v", "%#v", "%T"]
    prints = [
        lambda: f"fmt.Printf(\"{r.choice(verbs)}\\n\", {v})",
        lambda: f"fmt.Printf(\"{r.choice(verbs)}\\n\", {nilv})",
        lambda: f"fmt.Printf(\"%v %+v %#v %T\\n\", {v}.In, {v}.In, {v}.In, {v}.In)",
        lambda: f"fmt.Printf(\"%v %s %d %x %q\\n\", {v}.Tag, {v}.Tag, {v}.Tag, {v}.Tag, {v}.Tag)",
        lambda: f"fmt.Printf(\"%v|%+v|%#v\\n\", {sp}, &{sp}, {sp})",
        lambda: f"fmt.Println({sp}, &{sp}, {v}.Err, {v}.Arr, {v}.One)",
        lambda: "fmt.Printf(\"" + " ".join(["%v"] * 4) + f"\\n\", {ifs}, len({ifs}), {ifs}[0], {ifs}[1:])",
        lambda: f"for _, x := range {ifs} {{\n\tfmt.Printf(\"%T=%v;%#v\\n\", x, x, x)\n}}",
        lambda: f"fmt.Printf(\"%q %x % x %X %s\\n\", []string{{\"a\", \"b\\n\"}}, \"hi\\xff\", []byte(\"ab\"), \"hé\", []byte(\"xy\"))",
        lambda: f"fmt.Printf(\"%#v %#v %#v %#v %#v\\n\", []int(nil), map[string]int(nil), []string{{}}, struct{{}}{{}}, [0]int{{}})",
        lambda: f"fmt.Printf(\"%#v %#v %#v %v\\n\", any(nil), {f32}, {neg}, {neg})",
        lambda: f"fmt.Printf(\"%5d|%-5d|%+d|%05d|%x|%#o|%b|%c|%U|%q\\n\", {r.randint(-99, 99)}, {r.randint(-99, 99)}, "
                f"{r.randint(-99, 99)}, {r.randint(-99, 99)}, {r.randint(-999, 999)}, {r.randint(0, 99)}, "
                f"{r.randint(-9, 9)}, 0x{r.choice(['41', '3b1', '1f600'])}, 0x{r.choice(['41', 'e9', '1f600'])}, {r.randint(32, 126)})",
        lambda: f"fmt.Printf(\"%v %.2f %8.3f|%-8.2e|%g %G %e\\n\", {f32}, {f32}, {f32}, {f32}, float64({f32}), 1e21, 123456.0)",
        lambda: f"fmt.Printf(\"%t %v %d %s\\n\", true, []bool{{true}}, []int8{{-1, 2}}, []string{{\"p\", \"q\"}})",
        lambda: f"fmt.Printf(\"%d %s\\n\", \"str\", {r.randint(0, 9)})",
        lambda: f"fmt.Printf(\"%d %d\\n\", {r.randint(0, 9)})",
        lambda: f"fmt.Printf(\"%d\\n\", {r.randint(0, 9)}, \"extra\")",
        lambda: f"fmt.Printf(\"%6.2v|%-6s|%6q|%x\\n\", 3.14159, \"ab\", \"c\", {v}.One)",
        lambda: f"fmt.Printf(\"%v %+v\\n\", map[{St}]int{{3: 1, 1: 2}}, map[[2]int]string{{{{2, 1}}: \"b\", {{1, 9}}: \"a\"}})",
        lambda: f"fmt.Printf(\"%T %T %T %T %T\\n\", {St}.String, func(int) string {{ return \"\" }}, make(chan<- {In}), "
                f"&{sp}, struct{{ A int; b []{St} }}{{}})",
        lambda: f"fmt.Print({v}.Tag, {v}.tag, \"x\", 1, 2, \"y\", \"z\", 3.0, '\\n')",
        lambda: f"fmt.Println(fmt.Sprint({v}.tag), fmt.Sprintf(\"%v\", {v}.M), fmt.Sprintln(\"a\", 1))",
    ]
    for p in r.sample(prints, r.randint(6, 12)):
        lines.append(p())
    lines += [
        f"mix(fmt.Sprintf(\"%v %+v %#v\", {v}, {nilv}, {v}.In), fmt.Sprintf(\"%v\", {ifs}))",
        f"mix(fmt.Sprint({sp}, &{sp}), fmt.Sprintf(\"%x %X %q\", {v}.Name, {v}.In.Ys, {v}.In.Ys), {f32}, {neg})",
        f"fmt.Println(\"{g.fn}:\", {v}.Name, {v}.Tag)",
    ]
    return "\n".join(lines)


BAD_UTF8 = ['"a\\xffb"', '"\\xc0\\x80"', '"\\xed\\xa0\\x80x"', '"日\\xe6\\x9c"', '"\\xf4\\x90\\x80\\x80"',
            '"é\\x80\\x80"', '"ok"', '"\\xe2\\x82"', '"\\U0010ffff\\xfe"', '"\\xff\\xfe\\xfd"']


def utf8(g):
    """Strings with invalid UTF-8: ranging (U+FFFD with width 1), []rune and back, byte indexing,
    utf8 and strings functions, %q and %+q, surrogate and out-of-range runes."""
    r = g.r
    g.imports.update({"strings", "unicode/utf8"})
    s, t, i, c, n, rs, bs, w = (g.fresh(x) for x in ("s", "t", "i", "r", "n", "rs", "bs", "w"))
    lines = [
        f"{s} := {' + '.join(r.sample(BAD_UTF8, r.randint(1, 3)))}",
        f"{t} := {r.choice(BAD_UTF8)}",
        f"{n} := 0",
        f"for {i}, {c} := range {s} {{\n\t{n} = {n}*31 + {i}*7 + int({c})\n\tmix({i}, {c}, {c} == utf8.RuneError)\n}}",
        f"{rs} := []rune({s})",
        f"{bs} := []byte(string({rs}))",
        f"mix({n}, len({s}), len({rs}), {rs}, {bs}, string({rs}) == {s}, utf8.RuneCountInString({s}))",
        f"mix(utf8.ValidString({s}), utf8.ValidString({t}), utf8.RuneCount([]byte({t})), utf8.FullRuneInString({t}))",
        f"for {w} := {s}; len({w}) > 0; {{\n\t{c}, {n} := utf8.DecodeRuneInString({w})\n\tmix({c}, {n})\n\t{w} = {w}[{n}:]\n}}",
        f"if len({t}) > 0 {{\n\t{c}, {n} := utf8.DecodeLastRuneInString({t})\n\tmix({c}, {n}, {t}[len({t})-1])\n}}",
        f"fmt.Printf(\"%q %+q %x %v %s|\\n\", {s}, {s}, {s}, []byte({t}), {t})",
        f"mix(strings.ToUpper({s}), strings.Count({s}, \"\"), strings.IndexRune({s}, utf8.RuneError), strings.ToLower({t}))",
        f"mix(strings.Map(func(r rune) rune {{\n\tif r == utf8.RuneError {{\n\t\treturn -1\n\t}}\n\treturn r + 1\n}}, {s}))",
        f"mix(string(rune({r.choice(['0xD800', '0xDFFF', '0x110000', '-5', '0x10FFFF', '0xFFFD'])})), utf8.RuneLen({r.choice(['0xD800', '0x7f', '0x80', '0x10000', '-1'])}))",
        f"mix(utf8.ValidRune({r.choice(['0xD800', '0x10FFFF', '65', '-1'])}), []rune({t}), string([]byte{{0xff, 'a'}}))",
        f"{bs} = utf8.AppendRune({bs}[:0], {r.choice(['0x1F600', '0xD800', '0xe9'])})",
        f"mix({bs}, len({bs}))",
        f"fmt.Println(\"{g.fn}:\", len({s}), len({rs}), {s} < {t})",
    ]
    if r.random() < 0.1:
        # Rare: gorun lacks strings.ToValidUTF8 (difftest-findings/strings_tovalidutf8_missing.go),
        # which would otherwise hide every other difference of this section.
        lines.insert(-1, f"mix(strings.ToValidUTF8({s}, \"?\"), strings.ToValidUTF8({t}, \"\"))")
    return "\n".join(lines)


def library(g):
    """sort.Slice (distinct keys) and sort.SliceStable, sort.Ints/Strings/Search, strings.Builder
    and fmt.Fprintf into it, strings helpers, strconv round trips and its error values."""
    r = g.r
    g.imports.update({"sort", "strconv", "strings"})
    It = g.fresh("Item")
    g.decl(f"type {It} struct {{\n\tName string\n\tQty  int\n}}")
    its, i, xs, ss, b, k, v, err, f, s, ok, idx, j, e2 = (g.fresh(x) for x in (
        "items", "i", "xs", "ss", "b", "k", "v", "err", "f", "s", "ok", "idx", "j", "err"))
    n = r.randint(2, 9)
    mul = r.choice([3, 5, 7])
    lines = [
        f"{its} := []{It}{{}}",
        f"for {i} := range {n} {{\n\t{its} = append({its}, {It}{{string(rune('a' + ({i}*{mul})%13)), ({i} * {r.randint(2, 9)}) % {r.randint(2, 5)}}})\n}}",
        f"sort.Slice({its}, func({i}, {j} int) bool {{ return {its}[{i}].Name {r.choice(['<', '>'])} {its}[{j}].Name }})",
        f"mix({its})",
        f"sort.SliceStable({its}, func({i}, {j} int) bool {{ return {its}[{i}].Qty < {its}[{j}].Qty }})",
        f"fmt.Println({its})",
        f"{xs} := []int{{{', '.join(str(r.randint(-50, 50)) for _ in range(r.randint(0, 10)))}}}",
        f"sort.Ints({xs})",
        f"{idx} := sort.SearchInts({xs}, {r.randint(-50, 50)})",
        f"mix({xs}, {idx}, sort.IntsAreSorted({xs}), sort.Search(100, func(x int) bool {{ return x*x >= {r.randint(0, 9999)} }}))",
        f"{ss} := strings.Fields(\"{' '.join(r.sample(['pear', 'Apple', 'fig', 'apple', 'é', 'b', 'Z', '10', '9'], r.randint(1, 9)))}\")",
        f"sort.Strings({ss})",
        f"sort.Sort(sort.Reverse(sort.StringSlice({ss})))",
        f"mix({ss}, sort.SearchStrings({ss}, \"fig\"))",
        f"var {b} strings.Builder",
        f"{b}.Grow({r.randint(0, 64)})",
        f"for {i}, {s} := range {ss} {{\n\tif {i} > 0 {{\n\t\t{b}.WriteString(\", \")\n\t}}\n"
        f"\tfmt.Fprintf(&{b}, \"%d:%q\", {i}, {s})\n\t{b}.WriteByte('.')\n\t{b}.WriteRune('→')\n}}",
        f"mix({b}.String(), {b}.Len())",
        f"fmt.Println({b}.String())",
        f"{b}.Reset()",
        f"{b}.WriteString(strings.Repeat(\"ab\", {r.randint(0, 4)}))",
        f"mix({b}.String(), {b}.Len())",
    ]
    ints = [str(x) for x in (0, -1, 127, -128, 255, 256, 65535, 2147483647, -2147483648, 1 << 40, -(1 << 63), (1 << 63) - 1)]
    strs = ['"42"', '"-0"', '"+7"', '"12a"', '""', '"0x1f"', '"1_000"', '"99999999999999999999"', '"-129"', '"255"',
            '" 3"', '"007"', '"0b101"']
    quoted = r.choice(['tab\\t', 'é', 'nul\\x00', 'q\\"', 'bad\\xff', '☺'])
    qrune = r.choice(['a', 'é', '\\n'])
    floats = ["0.1", "1.0/3", "1e21", "1e-7", "123456789.0", "-0.0", "2.5", "float64(float32(0.1))", "5e-324", "1.7976931348623157e308"]
    lines += [
        f"for _, {v} := range []int64{{{', '.join(r.sample(ints, r.randint(3, 7)))}}} {{\n"
        f"\t{s} := strconv.FormatInt({v}, {r.choice([2, 8, 10, 16, 36])})\n"
        f"\t{k}, {err} := strconv.ParseInt({s}, {r.choice([0, 10, 16, 36])}, {r.choice([0, 8, 16, 32, 64])})\n"
        f"\tmix({s}, {k}, {err})\n\tfmt.Println({s}, {k}, {err})\n}}",
        f"for _, {s} := range []string{{{', '.join(r.sample(strs, r.randint(3, 7)))}}} {{\n"
        f"\t{k}, {err} := strconv.Atoi({s})\n\t{v}, {e2} := strconv.ParseUint({s}, 0, {r.choice([8, 16, 64])})\n"
        f"\tfmt.Println({k}, {err}, {v}, {e2})\n\tmix({k}, {v}, {err} == nil)\n}}",
        f"for _, {f} := range []float64{{{', '.join(r.sample(floats, r.randint(2, 6)))}}} {{\n"
        f"\t{s} := strconv.FormatFloat({f}, '{r.choice('gef')}', {r.choice([-1, 0, 2, 6])}, {r.choice([32, 64])})\n"
        f"\t{v}, {err} := strconv.ParseFloat({s}, 64)\n\tmix({s}, {v}, {err})\n"
        f"\tfmt.Println({s}, {v}, {err}, strconv.FormatFloat({f}, 'g', -1, 64))\n}}",
        f"{s} = strconv.Quote(\"{quoted}\")",
        f"{v}, {err} := strconv.Unquote({s})",
        f"{ok}, {e2} := strconv.ParseBool(\"{r.choice(['true', 'T', '0', 'yes', 'FALSE'])}\")",
        f"mix({s}, {v}, {err}, {ok}, {e2}, strconv.QuoteRune('{qrune}'), strconv.QuoteToASCII({s}))",
        f"mix(string(strconv.AppendInt([]byte(\"n=\"), {r.randint(-999, 999)}, 10)), strconv.Itoa({r.randint(-999, 999)}))",
    ]
    # s must be declared before the assignment above
    lines.insert(0, f"var {s} string")
    lines.append(f"mix({s})")
    lines.append(f"fmt.Println(\"{g.fn}:\", len({its}), {xs}, {ss})")
    return "\n".join(lines)
