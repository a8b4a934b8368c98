//! No input makes the parser panic or overflow the stack: random bytes, every prefix of a real
//! program, random edits of it, and pathologically deep nesting (rejected with an error).

use grammar::{parse_expr, parse_file, parse_stmts};

const PROGRAM: &str = include_str!("data/every_construct.go");

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn parse_all_ways(src: &str) {
    let _ = parse_file(src, 0);
    let _ = parse_stmts(src, 0);
    let _ = parse_expr(src, 0);
}

#[test]
fn every_prefix_of_a_program() {
    let mut cut = 0;
    while cut <= PROGRAM.len() {
        if PROGRAM.is_char_boundary(cut) {
            if let Ok(f) = parse_file(&PROGRAM[..cut], 0) {
                assert!(f.expr_count as usize <= 4 * cut + 1);
            }
        }
        cut += 7;
    }
    assert!(parse_file(PROGRAM, 0).is_ok());
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let alphabet: Vec<char> = "abcxyz019_.,;:(){}[]<>-+*/%&|^!=~'\"`\\ \t\n\r@$#é😀\u{0}\u{feff}"
        .chars()
        .collect();
    for _ in 0..3000 {
        let len = rng.below(60);
        let s: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        parse_all_ways(&s);
    }
}

const SNIPPETS: &[&str] = &[
    "func",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ";",
    "\n",
    ",",
    ":=",
    "=",
    "x",
    "1",
    "\"s\"",
    "'r'",
    "`raw`",
    "if",
    "for",
    "switch",
    "case",
    "default:",
    "select",
    "go",
    "defer",
    "return",
    "range",
    "chan",
    "map[int]",
    "struct",
    "interface",
    "type",
    "var",
    "const",
    "import",
    "package",
    "...",
    ".",
    "<-",
    "*",
    "&",
    "else",
    "/*",
    "*/",
    "//",
    "[]int",
    "T{",
    "0x",
];

#[test]
fn random_edits_of_a_program() {
    let mut rng = Rng(42);
    let bytes: Vec<char> = PROGRAM.chars().collect();
    for _ in 0..400 {
        let mut chars = bytes.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(chars.len());
            match rng.below(3) {
                0 => {
                    let n = rng.below(8).min(chars.len() - at);
                    chars.drain(at..at + n);
                }
                1 => {
                    let snip = SNIPPETS[rng.below(SNIPPETS.len())];
                    for (i, c) in snip.chars().enumerate() {
                        chars.insert(at + i, c);
                    }
                }
                _ => {
                    let other = chars[rng.below(chars.len())];
                    chars[at] = other;
                }
            }
        }
        let s: String = chars.into_iter().collect();
        let _ = parse_file(&s, 0);
    }
}

/// Runs `f` on a thread with a small stack, as a library caller might.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("spawn a test thread")
        .join()
        .expect("the parse must not panic or overflow");
}

#[test]
fn deep_brackets_are_rejected() {
    on_small_stack(|| {
        for (open, close) in [("(", ")"), ("{", "}"), ("[", "]")] {
            let src = format!(
                "package main\nvar x = {}1{}\n",
                open.repeat(100_000),
                close.repeat(100_000)
            );
            let errs = parse_file(&src, 0).expect_err("too deep");
            assert_eq!(errs[0].message, "syntax error: too many nested brackets");
        }
        let src = format!(
            "package main\nfunc main() {{ {} }}\n",
            "{".repeat(5000) + &"}".repeat(5000)
        );
        assert!(parse_file(&src, 0).is_err());
    });
}

#[test]
fn long_operator_chains_are_bounded() {
    on_small_stack(|| {
        let unary = format!("package main\nvar x = {}y\n", "- ".repeat(200_000));
        let errs = parse_file(&unary, 0).expect_err("too deep");
        assert_eq!(
            errs[0].message,
            "syntax error: expression nested too deeply"
        );
        let binary = format!("package main\nvar x = y{}\n", "+y".repeat(200_000));
        assert!(parse_file(&binary, 0).is_err());
        let postfix = format!("package main\nvar x = y{}\n", ".f".repeat(200_000));
        assert!(parse_file(&postfix, 0).is_err());
        let calls = format!("package main\nvar x = f{}\n", "()".repeat(200_000));
        assert!(parse_file(&calls, 0).is_err());
        let stmts = format!(
            "package main\nfunc main() {{ {} }}\n",
            "x++\n".repeat(100_000)
        );
        assert!(parse_file(&stmts, 0).is_ok());
    });
}

#[test]
fn nested_closures_with_chains_are_bounded() {
    on_small_stack(|| {
        // 500 nested function literals, each holding a 600-term sum: only the depth bound stops it.
        let mut src = String::from("package main\nvar x = ");
        for _ in 0..500 {
            src.push_str("func() int { return y");
            src.push_str(&"+y".repeat(600));
            src.push_str(" + ");
        }
        src.push('1');
        for _ in 0..500 {
            src.push_str(" }()");
        }
        src.push('\n');
        assert!(parse_file(&src, 0).is_err());
    });
}

#[test]
fn moderate_depth_is_fine() {
    on_small_stack(|| {
        let src = format!(
            "package main\nvar x = {}1{}\n",
            "(".repeat(300),
            ")".repeat(300)
        );
        assert!(parse_file(&src, 0).is_ok());
        let src = format!("package main\nvar x = y{}\n", "+y".repeat(900));
        assert!(parse_file(&src, 0).is_ok());
    });
}
