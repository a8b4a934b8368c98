"""Typed numeric expressions that real Go always accepts.

Compile-time traps avoided by construction:
- constant overflow: literals are in their type's range, and no operator ever has two constant
  operands (so no constant expression other than a literal is formed);
- constant division by zero: a literal divisor is never 0, a variable one is `(e | 1)` for integers;
- float-to-integer conversions (implementation-defined when out of range) are never generated;
- shift counts are never negative: a literal 0..69 or `uint(v) % 70`.
Integer arithmetic wraps at run time, which is the point.
"""

INTS = {
    "int": (64, True), "int8": (8, True), "int16": (16, True), "int32": (32, True),
    "int64": (64, True), "uint": (64, False), "uint8": (8, False), "uint16": (16, False),
    "uint32": (32, False), "uint64": (64, False), "uintptr": (64, False), "byte": (8, False),
    "rune": (32, True),
}
FLOATS = ["float32", "float64"]
NUMERIC = list(INTS) + FLOATS

FLOAT_LITERALS = ["0.5", "1.25", "3.0", "2.5", "0.1", "1e3", "1e-3", "7.75", "100.0", "0.3", "1e10"]


def int_range(t):
    bits, signed = INTS[t]
    if signed:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def literal(r, t):
    """A constant of type t's range, as Go text (negative ones parenthesised)."""
    if t in FLOATS:
        text = r.choice(FLOAT_LITERALS)
        return f"(-{text})" if r.random() < 0.3 else text
    lo, hi = int_range(t)
    v = r.choice([0, 1, 2, 3, 5, 7, 10, 100, hi, hi - 1, lo, lo + 1, r.randint(lo, hi),
                  r.randint(max(lo, -1000), min(hi, 1000))])
    v = max(lo, min(hi, v))
    return f"({v})" if v < 0 else str(v)


class Expr:
    """Builds expressions over the numeric variables in scope (a list of (name, type))."""

    def __init__(self, r, scope):
        self.r = r
        self.scope = scope

    def vars_of(self, t):
        return [n for n, vt in self.scope if vt == t]

    def var_leaf(self, t):
        """A non-constant expression of type t: a variable, or a conversion of one."""
        own = self.vars_of(t)
        if own and self.r.random() < 0.8:
            return self.r.choice(own)
        sources = [(n, vt) for n, vt in self.scope
                   if vt in NUMERIC and (t in FLOATS or vt not in FLOATS)]
        if not sources:
            raise ValueError(f"no variable convertible to {t} in scope")
        n, _ = self.r.choice(sources)
        return f"{t}({n})"

    def gen(self, t, depth=2):
        """Returns (text, is_constant)."""
        r = self.r
        if depth <= 0 or r.random() < 0.25:
            if r.random() < 0.3:
                return literal(r, t), True
            return self.var_leaf(t), False
        kind = r.random()
        if kind < 0.55:
            return self.binary(t, depth), False
        if kind < 0.7:
            inner, const = self.gen(t, depth - 1)
            if const:
                inner = self.var_leaf(t)
            ops = ["-", "+"] + (["^"] if t in INTS else [])
            return f"{r.choice(ops)}({inner})", False
        if kind < 0.85 and t in INTS:
            left, const = self.gen(t, depth - 1)
            if const:
                left = self.var_leaf(t)
            return f"({left} {r.choice(['<<', '>>'])} {self.shift_count()})", False
        # A conversion from another numeric type.
        choices = [s for s in NUMERIC if s != t and (t in FLOATS or s not in FLOATS)
                   and any(vt == s for _, vt in self.scope)]
        if not choices:
            return self.var_leaf(t), False
        s = r.choice(choices)
        inner, const = self.gen(s, depth - 1)
        if const:
            inner = self.var_leaf(s)
        return f"{t}({inner})", False

    def shift_count(self):
        ints = [n for n, vt in self.scope if vt in INTS]
        if ints and self.r.random() < 0.6:
            return f"(uint({self.r.choice(ints)}) % 70)"
        return str(self.r.choice([0, 1, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 69]))

    def binary(self, t, depth):
        r = self.r
        ops = ["+", "-", "*", "/"] + (["%", "&", "|", "^", "&^"] if t in INTS else [])
        op = r.choice(ops)
        left, lconst = self.gen(t, depth - 1)
        if op in "/%":
            if r.random() < 0.5:
                right, rconst = self.gen(t, depth - 1)
                right = f"({right} | 1)" if t in INTS else right
            else:
                right, rconst = self.nonzero_literal(t), True
        else:
            right, rconst = self.gen(t, depth - 1)
        if lconst and rconst:
            left = self.var_leaf(t)
        return f"({left} {op} {right})"

    def nonzero_literal(self, t):
        for _ in range(20):
            lit = literal(self.r, t)
            if lit.strip("()-") not in ("0", "0.0"):
                return lit
        return "3"

    def cond(self, depth=1):
        """A boolean comparison of two numeric expressions of one type."""
        t = self.r.choice([vt for _, vt in self.scope if vt in NUMERIC])
        left, lconst = self.gen(t, depth)
        right, rconst = self.gen(t, depth)
        if lconst and rconst:
            left = self.var_leaf(t)
        return f"{left} {self.r.choice(['<', '<=', '>', '>=', '==', '!='])} {right}"
