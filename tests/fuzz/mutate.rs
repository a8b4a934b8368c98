//! The mutation engine shared by the fuzz tests (`tests/fuzz_front_end.rs`,
//! `tests/fuzz_pipeline.rs`), included by each with `#[path = "fuzz/mutate.rs"] mod mutate;`.
//!
//! `mutate` makes random byte-level edits, good at reaching the lexer's and parser's corners;
//! `mutate_program` makes edits that keep a program well-formed more often (whole lines,
//! literals, operators, identifiers, inserted statements), so that many mutants still type-check
//! and can be run.

// Each including test uses a part of this module.
#![allow(dead_code)]

use std::path::Path;

pub const TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    "\n",
    ",",
    ":=",
    "=",
    "...",
    ".",
    "*",
    "&",
    "<-",
    "func",
    "go",
    "defer",
    "chan",
    "map",
    "struct",
    "interface",
    "type",
    "var",
    "const",
    "return",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "nil",
    "iota",
    "\"s\"",
    "`r`",
    "'c'",
    "1e309",
    "0x",
    "1<<70",
    "x",
    "T",
    "[]int",
    "[...]int",
    "map[string]int",
    "any",
    "error",
    "string(",
    "panic(",
    "recover()",
    "new(",
    "make(",
    "append(",
    "len(",
    "_",
    "//",
    "/*",
    "*/",
    "~",
    "|",
    "^",
    "&^",
];

/// xorshift64*: a small, seedable generator (the runs must be reproducible).
pub struct Rng(pub u64);

impl Rng {
    /// A generator for round `round` of a campaign with base seed `base`: each round can be
    /// replayed on its own. (splitmix64 of the pair; never 0, which xorshift cannot leave.)
    pub fn for_round(base: u64, round: u64) -> Rng {
        let mut z = base ^ round.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(z | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// One to four random byte-level edits: overwrite a byte, delete a run, splice in a Go token,
/// duplicate a chunk, truncate.
pub fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if at < v.len() => v[at] = rng.next() as u8,
            1 if at < v.len() => {
                let end = (at + 1 + rng.below(16)).min(v.len());
                v.drain(at..end);
            }
            2 => {
                let tok = TOKENS[rng.below(TOKENS.len())].as_bytes();
                v.splice(at..at, tok.iter().copied());
            }
            3 if !v.is_empty() => {
                let from = rng.below(v.len());
                let end = (from + rng.below(32)).min(v.len());
                let chunk: Vec<u8> = v[from..end].to_vec();
                v.splice(at..at, chunk);
            }
            _ => v.truncate(at),
        }
    }
    v
}

/// Integer literals that reach the edges of the runtime: zero lengths and divisors, negative
/// indices and sizes, the bounds of the integer types, shift counts past the width.
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3",
    "7",
    "8",
    "31",
    "32",
    "63",
    "64",
    "65",
    "127",
    "128",
    "255",
    "256",
    "1000",
    "65536",
    "0x7fffffff",
    "0x80000000",
    "0xffffffff",
    "1<<62",
    "1<<63 - 1",
    "-1<<63",
    "0.5",
    "1e100",
    "'\\xff'",
    "0x10FFFF",
];

/// Operators swapped for one another (only with one of their own group, and only where the
/// text around them is not part of a longer operator). Not `++` for `--`: that mostly makes
/// loops endless, which only costs a timeout.
const OPERATORS: &[&[&str]] = &[
    &["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>"],
    &["==", "!=", "<", "<=", ">", ">="],
    &["&&", "||"],
    &["+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="],
];

/// Statements valid in any function body (given the identifiers they use), inserted at the start
/// of a line: panics, recovers, defers, goroutines, channel and map edge cases, the collector.
const STATEMENTS: &[&str] = &[
    "defer func() { recover() }()",
    "defer func() { _ = recover() }()",
    "defer func() { panic(\"fuzz\") }()",
    "defer func() { recover(); panic(recover()) }()",
    "panic(\"fuzz\")",
    "panic(nil)",
    "panic(fmt.Errorf(\"fuzz %d\", 1))",
    "go func() {}()",
    "go func() { panic(\"in goroutine\") }()",
    "go func() { for { } }()",
    "go func() { select {} }()",
    "select {}",
    "return",
    "break",
    "continue",
    "runtime.Gosched()",
    "runtime.GC()",
    "runtime.Goexit()",
    "time.Sleep(time.Millisecond)",
    "os.Exit(3)",
    "{ var m map[string]int; m[\"k\"]++ }",
    "{ var p *struct{ x int }; p.x++ }",
    "{ c := make(chan int); close(c); close(c) }",
    "{ c := make(chan int, 1); c <- 1; close(c); <-c; <-c }",
    "{ var c chan int; close(c) }",
    "{ var s []int; _ = s[len(s)] }",
    "{ s := make([]int, 3, 10); s = s[2:1:5] }",
    "{ var i interface{} = 1; _ = i.(string) }",
    "{ var e error; _ = e.Error() }",
    "{ var f func(); f() }",
    "{ x := 0; _ = 1 / x }",
    "{ a := []int{1, 2, 3}; copy(a, a[1:]); a = append(a[:1], a...) }",
    "{ var mu sync.Mutex; mu.Unlock() }",
    "{ var wg sync.WaitGroup; wg.Done() }",
    "{ var wg sync.WaitGroup; wg.Add(1); go wg.Done(); wg.Wait() }",
    "for i := range 3 { defer func() { _ = recover(); _ = i }() }",
    "{ m := map[int]int{1: 1, 2: 2}; for k := range m { delete(m, k); m[k+10] = k } }",
    "{ b := []byte(\"héllo\"); _ = string(b[1:2]) + string(rune(-1)) }",
    "{ var r [4]int; i := 4; r[i%len(r)] = r[i-1] }",
    "{ s := \"abc\"; for i, c := range s[1:] { _, _ = i, c } }",
    "{ f := func(n int) []int { return make([]int, n) }; _ = f(-1) }",
];

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Byte ranges of the integer literals of `v` (digits not inside an identifier).
fn numbers(v: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if v[i].is_ascii_digit() && (i == 0 || !is_ident(v[i - 1])) {
            let start = i;
            while i < v.len() && (v[i].is_ascii_alphanumeric() || v[i] == b'_') {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    out
}

/// Byte ranges of the identifiers of `v` that are neither keywords nor package names before a
/// dot (approximately: strings and comments are not skipped).
fn identifiers(v: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if is_ident(v[i]) && !v[i].is_ascii_digit() {
            let start = i;
            while i < v.len() && is_ident(v[i]) {
                i += 1;
            }
            let word = &v[start..i];
            if !grammar::token::KEYWORDS
                .iter()
                .any(|k| k.as_bytes() == word)
                && v.get(i) != Some(&b'.')
            {
                out.push((start, i));
            }
        } else if v[i].is_ascii_digit() {
            while i < v.len() && is_ident(v[i]) {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Positions of the operators of `OPERATORS` in `v`, with their group and member index.
fn operators(v: &[u8]) -> Vec<(usize, usize, usize, usize)> {
    const OP_CHARS: &[u8] = b"+-*/%&|^<>=!:";
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if !OP_CHARS.contains(&v[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < v.len() && OP_CHARS.contains(&v[i]) {
            i += 1;
        }
        let run = &v[start..i];
        for (g, group) in OPERATORS.iter().enumerate() {
            if let Some(k) = group.iter().position(|op| op.as_bytes() == run) {
                out.push((start, i, g, k));
            }
        }
    }
    out
}

/// Byte ranges of the lines of `v` (without their newline).
fn lines(v: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in v.iter().enumerate() {
        if b == b'\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    if start < v.len() {
        out.push((start, v.len()));
    }
    out
}

/// One to three edits that often keep a program compiling: delete, duplicate, move or swap
/// whole lines; replace an integer literal with an edge value; swap an operator for another of
/// its kind; replace an identifier with another of the program's; insert a statement from
/// `STATEMENTS`; now and then one byte-level edit of `mutate`.
pub fn mutate_program(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(3) {
        match rng.below(13) {
            0 | 1 => {
                let ls = lines(&v);
                if !ls.is_empty() {
                    let (s, e) = ls[rng.below(ls.len())];
                    v.drain(s..e);
                }
            }
            2 => {
                let ls = lines(&v);
                if !ls.is_empty() {
                    let (s, e) = ls[rng.below(ls.len())];
                    let (at, _) = ls[rng.below(ls.len())];
                    let mut line = v[s..e].to_vec();
                    line.push(b'\n');
                    v.splice(at..at, line);
                }
            }
            3 => {
                let ls = lines(&v);
                if ls.len() >= 2 {
                    let i = rng.below(ls.len() - 1);
                    let (s1, e1) = ls[i];
                    let (s2, e2) = ls[i + 1];
                    let mut swapped = v[s2..e2].to_vec();
                    swapped.push(b'\n');
                    swapped.extend_from_slice(&v[s1..e1]);
                    v.splice(s1..e2, swapped);
                }
            }
            4..=6 => {
                let ns = numbers(&v);
                if !ns.is_empty() {
                    let (s, e) = ns[rng.below(ns.len())];
                    let n = NUMBERS[rng.below(NUMBERS.len())].as_bytes();
                    v.splice(s..e, n.iter().copied());
                }
            }
            7 | 8 => {
                let ops = operators(&v);
                if !ops.is_empty() {
                    let (s, e, g, _) = ops[rng.below(ops.len())];
                    let group = OPERATORS[g];
                    let op = group[rng.below(group.len())].as_bytes();
                    v.splice(s..e, op.iter().copied());
                }
            }
            9 => {
                let ids = identifiers(&v);
                if ids.len() >= 2 {
                    let (s, e) = ids[rng.below(ids.len())];
                    let (fs, fe) = ids[rng.below(ids.len())];
                    let word = v[fs..fe].to_vec();
                    v.splice(s..e, word);
                }
            }
            10 | 11 => {
                let ls = lines(&v);
                if !ls.is_empty() {
                    let (at, _) = ls[rng.below(ls.len())];
                    let mut stmt = STATEMENTS[rng.below(STATEMENTS.len())].as_bytes().to_vec();
                    stmt.push(b'\n');
                    v.splice(at..at, stmt);
                }
            }
            _ => v = mutate(rng, &v),
        }
    }
    v
}

/// Every `.go` file under `dir`, recursively, as bytes, in path order (the same on every machine,
/// so that a seed picks the same program everywhere).
pub fn collect(dir: &Path, out: &mut Vec<Vec<u8>>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            if let Ok(b) = std::fs::read(&p) {
                out.push(b);
            }
        }
    }
}
