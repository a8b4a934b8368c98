//! Every literal form: integer bases and separators, floats (decimal and hex), imaginary, runes
//! and strings with every escape, raw strings; and the lexical errors in gc's words.

use grammar::ast::{ExprKind, LitKind};
use grammar::{parse_expr, parse_file};

fn lit(src: &str) -> LitKind {
    match parse_expr(src, 0) {
        Ok((e, _)) => match e.kind {
            ExprKind::BasicLit(l) => l,
            other => panic!("{src:?} is not a literal: {other:?}"),
        },
        Err(errs) => panic!("{src:?}: {errs:?}"),
    }
}

fn text(src: &str) -> (&'static str, String) {
    match lit(src) {
        LitKind::Int(t) => ("int", t),
        LitKind::Float(t) => ("float", t),
        LitKind::Imag(t) => ("imag", t),
        other => panic!("{src:?}: {other:?}"),
    }
}

fn bytes(src: &str) -> Vec<u8> {
    match lit(src) {
        LitKind::Str(b) => b,
        other => panic!("{src:?}: {other:?}"),
    }
}

fn rune(src: &str) -> u32 {
    match lit(src) {
        LitKind::Rune(r) => r,
        other => panic!("{src:?}: {other:?}"),
    }
}

/// The lexical errors of a one-line variable initializer, as `col: message`.
fn lex_errors(init: &str) -> Vec<String> {
    let src = format!("package main\nvar x = {init}\n");
    match parse_file(&src, 0) {
        Ok(_) => vec![],
        Err(errs) => errs
            .iter()
            .map(|e| {
                let at = e.span.start as usize;
                let col = at - src[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
                format!("{col}: {}", e.message)
            })
            .collect(),
    }
}

#[test]
fn integers() {
    for (src, kind) in [
        ("0", "int"),
        ("42", "int"),
        ("1_000_000", "int"),
        ("0x1F", "int"),
        ("0X_ff", "int"),
        ("0o17", "int"),
        ("0O17", "int"),
        ("017", "int"),
        ("0b1010", "int"),
        ("0B_1", "int"),
        ("0_7", "int"),
    ] {
        assert_eq!(text(src), (kind, src.to_string()), "{src}");
    }
}

#[test]
fn floats_and_imaginary() {
    for (src, kind) in [
        ("1.5", "float"),
        ("1.", "float"),
        (".5", "float"),
        ("1e10", "float"),
        ("1E-3", "float"),
        ("6.02e+23", "float"),
        ("0x1p-2", "float"),
        ("0x1.8p1", "float"),
        ("0X.8P0", "float"),
        ("1_0.2_5", "float"),
        ("09.5", "float"),
        ("2i", "imag"),
        ("1.5i", "imag"),
        ("0x1p2i", "imag"),
        ("0i", "imag"),
        ("017i", "imag"),
    ] {
        assert_eq!(text(src), (kind, src.to_string()), "{src}");
    }
}

#[test]
fn runes() {
    assert_eq!(rune("'a'"), 97);
    assert_eq!(rune("'é'"), 0xE9);
    assert_eq!(rune("'😀'"), 0x1F600);
    assert_eq!(rune(r"'\n'"), 10);
    assert_eq!(rune(r"'\a'"), 7);
    assert_eq!(rune(r"'\b'"), 8);
    assert_eq!(rune(r"'\f'"), 12);
    assert_eq!(rune(r"'\r'"), 13);
    assert_eq!(rune(r"'\t'"), 9);
    assert_eq!(rune(r"'\v'"), 11);
    assert_eq!(rune(r"'\\'"), 92);
    assert_eq!(rune(r"'\''"), 39);
    assert_eq!(rune(r"'\x41'"), 65);
    assert_eq!(rune(r"'\xff'"), 255);
    assert_eq!(rune(r"'\101'"), 65);
    assert_eq!(rune(r"'\u00e9'"), 0xE9);
    assert_eq!(rune(r"'\U0001F600'"), 0x1F600);
}

#[test]
fn interpreted_strings() {
    assert_eq!(bytes(r#""""#), b"");
    assert_eq!(bytes(r#""hello""#), b"hello");
    assert_eq!(bytes(r#""a\nb\tc\\d\"e""#), b"a\nb\tc\\d\"e");
    assert_eq!(bytes(r#""\a\b\f\r\v""#), [7, 8, 12, 13, 11]);
    assert_eq!(bytes(r#""\x41\xff""#), [0x41, 0xFF]);
    assert_eq!(bytes(r#""\101\377""#), [0x41, 0xFF]);
    assert_eq!(bytes(r#""\u00e9""#), "é".as_bytes());
    assert_eq!(bytes(r#""\U0001F600""#), "😀".as_bytes());
    assert_eq!(bytes(r#""日本""#), "日本".as_bytes());
}

#[test]
fn raw_strings() {
    assert_eq!(bytes("`a\\nb`"), b"a\\nb");
    assert_eq!(bytes("`line1\nline2`"), b"line1\nline2");
    assert_eq!(bytes("`cr\r\nlf`"), b"cr\nlf");
    assert_eq!(bytes("`\"quoted\"`"), b"\"quoted\"");
}

#[test]
fn number_errors() {
    assert_eq!(
        lex_errors("0o8"),
        ["11: invalid digit '8' in octal literal"]
    );
    assert_eq!(lex_errors("09"), ["10: invalid digit '9' in octal literal"]);
    assert_eq!(
        lex_errors("0b102"),
        ["13: invalid digit '2' in binary literal"]
    );
    assert_eq!(lex_errors("0x"), ["11: hexadecimal literal has no digits"]);
    assert_eq!(lex_errors("1e"), ["11: exponent has no digits"]);
    assert_eq!(
        lex_errors("1_"),
        ["10: '_' must separate successive digits"]
    );
    assert_eq!(
        lex_errors("1__0"),
        ["11: '_' must separate successive digits"]
    );
    assert_eq!(
        lex_errors("0x1.5"),
        ["14: hexadecimal mantissa requires a 'p' exponent"]
    );
    assert_eq!(
        lex_errors("0o1.5"),
        ["12: invalid radix point in octal literal"]
    );
    assert_eq!(lex_errors("0x1e2"), Vec::<String>::new());
    assert_eq!(
        lex_errors("0b1e2"),
        ["12: 'e' exponent requires decimal mantissa"]
    );
    assert_eq!(
        lex_errors("1p2"),
        ["10: 'p' exponent requires hexadecimal mantissa"]
    );
}

#[test]
fn string_and_rune_errors() {
    assert_eq!(lex_errors("\"abc"), ["13: newline in string"]);
    assert_eq!(lex_errors("`abc"), ["9: string not terminated"]);
    assert_eq!(lex_errors("'a"), ["11: newline in rune literal"]);
    assert_eq!(lex_errors("''"), ["10: empty rune literal or unescaped '"]);
    assert_eq!(
        lex_errors("'ab'"),
        ["9: more than one character in rune literal"]
    );
    assert_eq!(lex_errors(r#""\q""#), ["11: unknown escape"]);
    assert_eq!(
        lex_errors(r"'\xZ1'"),
        ["12: invalid character 'Z' in hexadecimal escape"]
    );
    assert_eq!(lex_errors(r"'\400'"), ["14: octal escape value 256 > 255"]);
    assert_eq!(
        lex_errors(r#""\uD800""#),
        ["16: escape is invalid Unicode code point U+D800"]
    );
    assert_eq!(lex_errors(r#""\'""#), ["11: unknown escape"]);
    assert_eq!(lex_errors(r#"'\"'"#), ["11: unknown escape"]);
}

#[test]
fn unterminated_at_end_of_file() {
    let errs = parse_file("package main\nvar x = \"abc", 0).expect_err("unterminated");
    assert_eq!(errs[0].message, "string not terminated");
    assert_eq!(errs[0].span.start, 21);
    let errs = parse_file("package main\nvar x = 'a", 0).expect_err("unterminated");
    assert_eq!(errs[0].message, "rune literal not terminated");
    let errs = parse_file("package main\n/* open", 0).expect_err("unterminated");
    assert_eq!(errs[0].message, "comment not terminated");
    assert_eq!(errs[0].span.start, 13);
}

#[test]
fn invalid_characters() {
    assert_eq!(lex_errors("@"), ["9: invalid character U+0040 '@'"]);
    assert_eq!(lex_errors("a $ b"), ["11: invalid character U+0024 '$'"]);
    assert_eq!(
        lex_errors("x€"),
        ["10: invalid character U+20AC '€' in identifier"]
    );
    assert_eq!(lex_errors("\u{0}"), ["9: invalid NUL character"]);
    assert!(parse_file("\u{feff}package main\n", 0).is_ok());
}

#[test]
fn unicode_identifiers() {
    match parse_expr("日本語 + ñ_1", 0) {
        Ok((e, _)) => assert_eq!(grammar::dump::expr(&e), "(+ 日本語 ñ_1)"),
        Err(errs) => panic!("{errs:?}"),
    }
}
