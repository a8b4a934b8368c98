//! The lexer: logos drives the token dispatch; numbers, strings, runes and block comments are
//! scanned by hand in the callbacks below, following gc's `syntax/scanner.go` so that the literal
//! rules and the error wording (and positions) match.
//!
//! Invariants: callbacks only ever `bump` to a char boundary inside the source, and never fail the
//! token: a bad literal still yields a `Lit` token (with a best-effort value) and records its error
//! in `Extras`, as gc keeps scanning after a lexical error. Spans are absolute byte offsets.

use crate::ast::{LitKind, Span};
use crate::token::Token;
use crate::SyntaxError;
use logos::{Lexer, Logos};

/// Lexical errors found so far (the lexer's logos extras).
pub type Extras = Vec<SyntaxError>;

/// A token with its byte range.
pub type Spanned<'s> = (usize, Token<'s>, usize);

/// Splits `src` into raw tokens (newlines and comments included) and the lexical errors found.
pub fn tokenize(src: &str) -> (Vec<Spanned<'_>>, Vec<SyntaxError>) {
    // A byte order mark is allowed (and ignored) only as the very first character.
    let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lex = Token::lexer(&src[start..]);
    let mut toks = Vec::new();
    while let Some(res) = lex.next() {
        let span = lex.span();
        let (lo, hi) = (span.start + start, span.end + start);
        match res {
            Ok(tok) => toks.push((lo, tok, hi)),
            Err(()) => {
                let c = src[lo..].chars().next().unwrap_or('\0');
                let msg = invalid_char_message(c);
                lex.extras.push(err(lo, lo + c.len_utf8(), msg));
            }
        }
    }
    let mut errors = std::mem::take(&mut lex.extras);
    for e in &mut errors {
        e.span.start += start as u32;
        e.span.end += start as u32;
    }
    (toks, errors)
}

fn invalid_char_message(c: char) -> String {
    match c {
        '\0' => "invalid NUL character".into(),
        '\u{feff}' => "invalid BOM in the middle of the file".into(),
        c if c.is_ascii() => format!("invalid character {}", sharp_u(c)),
        c if c.is_numeric() => format!("identifier cannot begin with digit {}", sharp_u(c)),
        c => format!("invalid character {} in identifier", sharp_u(c)),
    }
}

/// Go's `%#U` format: `U+0040 '@'` (the quoted char only when printable).
pub fn sharp_u(c: char) -> String {
    let printable = !c.is_control() && (c == ' ' || !c.is_whitespace()) && !is_format(c);
    if printable {
        format!("U+{:04X} '{c}'", c as u32)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

fn is_format(c: char) -> bool {
    matches!(c as u32, 0xAD | 0x600..=0x605 | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF)
}

fn err(lo: usize, hi: usize, message: String) -> SyntaxError {
    SyntaxError {
        span: Span::new(lo, hi),
        message,
    }
}

/// Records an error at absolute byte offset `at` (one character wide, or empty at end of input).
fn report<'s>(lex: &mut Lexer<'s, Token<'s>>, at: usize, message: String) {
    let src = lex.source();
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at += 1;
    }
    let hi = src[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    lex.extras.push(err(at, hi, message));
}

/// Extends the current token to end at absolute offset `end` (a char boundary at or after the
/// current end).
fn extend_to<'s>(lex: &mut Lexer<'s, Token<'s>>, end: usize) {
    let cur = lex.span().end;
    if end > cur && lex.source().is_char_boundary(end) {
        lex.bump(end - cur);
    }
}

// ---------------------------------------------------------------- numbers

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Scans `{ digit | '_' }` from `i`; returns the new index and the digit/separator bits
/// (bit 0: a digit was seen, bit 1: a '_' was seen). For bases ≤ 10 any decimal digit is consumed
/// and the first one ≥ base is recorded in `invalid`.
fn digits(b: &[u8], mut i: usize, base: u32, invalid: &mut Option<usize>) -> (usize, u32) {
    let mut digsep = 0;
    while i < b.len() {
        let c = b[i];
        let ok = if base <= 10 {
            c.is_ascii_digit()
        } else {
            c.is_ascii_hexdigit()
        };
        if c == b'_' {
            digsep |= 2;
        } else if ok {
            digsep |= 1;
            if base <= 10 && u32::from(c - b'0') >= base && invalid.is_none() {
                *invalid = Some(i);
            }
        } else {
            break;
        }
        i += 1;
    }
    (i, digsep)
}

/// Callback for a number literal (gc's `scanner.number`).
pub fn number<'s>(lex: &mut Lexer<'s, Token<'s>>) -> LitKind {
    let start = lex.span().start;
    let src: &'s str = lex.source();
    let b = &src.as_bytes()[start..];
    let mut errors: Vec<(usize, String)> = Vec::new();
    let (mut base, mut prefix) = (10u32, b'\0');
    let mut digsep = 0;
    let mut invalid = None;
    let mut i = 0;
    let mut float = false;
    if b[0] != b'.' {
        if b[0] == b'0' {
            i = 1;
            match b.get(1).map(u8::to_ascii_lowercase) {
                Some(c @ (b'x' | b'o' | b'b')) => {
                    i = 2;
                    prefix = c;
                    base = match c {
                        b'x' => 16,
                        b'o' => 8,
                        _ => 2,
                    };
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        let (j, ds) = digits(b, i, base, &mut invalid);
        i = j;
        digsep |= ds;
        if b.get(i) == Some(&b'.') {
            if prefix == b'o' || prefix == b'b' {
                errors.push((
                    i,
                    format!("invalid radix point in {} literal", base_name(base)),
                ));
            }
            i += 1;
            float = true;
        }
    } else {
        i = 1;
        float = true;
    }
    if float {
        let (j, ds) = digits(b, i, base, &mut invalid);
        i = j;
        digsep |= ds;
    }
    if digsep & 1 == 0 && errors.is_empty() {
        errors.push((i, format!("{} literal has no digits", base_name(base))));
    }
    match b.get(i).map(u8::to_ascii_lowercase) {
        Some(e @ (b'e' | b'p')) => {
            if errors.is_empty() {
                if e == b'e' && prefix != b'\0' && prefix != b'0' {
                    errors.push((
                        i,
                        format!("'{}' exponent requires decimal mantissa", b[i] as char),
                    ));
                } else if e == b'p' && prefix != b'x' {
                    errors.push((
                        i,
                        format!("'{}' exponent requires hexadecimal mantissa", b[i] as char),
                    ));
                }
            }
            i += 1;
            float = true;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let (j, ds) = digits(b, i, 10, &mut None);
            i = j;
            digsep |= ds & 2;
            if ds & 1 == 0 && errors.is_empty() {
                errors.push((i, "exponent has no digits".into()));
            }
        }
        _ if prefix == b'x' && float && errors.is_empty() => {
            errors.push((i, "hexadecimal mantissa requires a 'p' exponent".into()));
        }
        _ => {}
    }
    let imag = b.get(i) == Some(&b'i');
    if imag {
        i += 1;
    }
    let text = &src[start..start + i];
    if !float && !imag && errors.is_empty() {
        if let Some(at) = invalid {
            errors.push((
                at,
                format!(
                    "invalid digit '{}' in {} literal",
                    b[at] as char,
                    base_name(base)
                ),
            ));
        }
    }
    if digsep & 2 != 0 && errors.is_empty() {
        if let Some(at) = invalid_sep(text.as_bytes()) {
            errors.push((at, "'_' must separate successive digits".into()));
        }
    }
    extend_to(lex, start + i);
    for (at, msg) in errors {
        report(lex, start + at, msg);
    }
    let text = text.to_string();
    if imag {
        LitKind::Imag(text)
    } else if float {
        LitKind::Float(text)
    } else {
        LitKind::Int(text)
    }
}

/// Index of the first misplaced '_' in a number literal (gc's `invalidSep`).
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if matches!(x1, b'x' | b'o' | b'b') {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| x.len() - 1)
}

// ---------------------------------------------------------------- strings and runes

/// The value of one escape sequence: a raw byte (`\x`, octal) or a code point (everything else).
enum Escaped {
    Byte(u8),
    Char(u32),
}

/// Decodes the escape after a backslash; `chars` is positioned after the `\`. Returns None after
/// reporting an error (or at end of input, which the caller reports).
fn escape<'s>(
    lex: &mut Lexer<'s, Token<'s>>,
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    base_off: usize,
    quote: char,
) -> Option<Escaped> {
    let &(at, c) = chars.peek()?;
    let simple = match c {
        'a' => Some(7),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        't' => Some(9),
        'v' => Some(11),
        '\\' => Some(u32::from('\\')),
        c if c == quote => Some(c as u32),
        _ => None,
    };
    if let Some(v) = simple {
        chars.next();
        return Some(Escaped::Char(v));
    }
    let (n, base, max) = match c {
        '0'..='7' => (3, 8, 255),
        'x' => (2, 16, 255),
        'u' => (4, 16, 0x10FFFF),
        'U' => (8, 16, 0x10FFFF),
        '\n' => {
            report(lex, base_off + at, "unknown escape".into());
            return None;
        }
        _ => {
            chars.next();
            report(lex, base_off + at, "unknown escape".into());
            return None;
        }
    };
    if base == 16 {
        chars.next();
    }
    let mut x: u32 = 0;
    for _ in 0..n {
        let &(at, c) = chars.peek()?;
        let d = c.to_digit(16).unwrap_or(base);
        if d >= base {
            let msg = format!("invalid character {:?} in {} escape", c, base_name(base));
            report(lex, base_off + at, msg);
            return None;
        }
        x = x * base + d;
        chars.next();
    }
    // gc reports a bad value after the digits (all ASCII, so `n` bytes past their start).
    let after = base_off + at + n + usize::from(base == 16);
    if x > max && base == 8 {
        report(lex, after, format!("octal escape value {x} > 255"));
        return None;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let shown = char::from_u32(x).map_or(format!("U+{x:04X}"), sharp_u);
        report(
            lex,
            after,
            format!("escape is invalid Unicode code point {shown}"),
        );
        return None;
    }
    Some(if n <= 3 {
        Escaped::Byte(x as u8)
    } else {
        Escaped::Char(x)
    })
}

fn push_char(out: &mut Vec<u8>, v: u32) {
    let c = char::from_u32(v).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Callback for an interpreted string literal `"..."`.
pub fn string<'s>(lex: &mut Lexer<'s, Token<'s>>) -> LitKind {
    let start = lex.span().start;
    let body_off = lex.span().end;
    let rest: &'s str = lex.remainder();
    let mut chars = rest.char_indices().peekable();
    let mut out = Vec::new();
    let end = loop {
        let Some(&(at, c)) = chars.peek() else {
            report(lex, start, "string not terminated".into());
            break rest.len();
        };
        match c {
            '"' => break at + 1,
            '\n' => {
                report(lex, body_off + at, "newline in string".into());
                break at;
            }
            '\\' => {
                chars.next();
                match escape(lex, &mut chars, body_off, '"') {
                    Some(Escaped::Byte(b)) => out.push(b),
                    Some(Escaped::Char(v)) => push_char(&mut out, v),
                    None => {}
                }
            }
            c => {
                chars.next();
                push_char(&mut out, c as u32);
            }
        }
    };
    extend_to(lex, body_off + end);
    LitKind::Str(out)
}

/// Callback for a raw string literal `` `...` `` (carriage returns are dropped from the value).
pub fn raw_string<'s>(lex: &mut Lexer<'s, Token<'s>>) -> LitKind {
    let start = lex.span().start;
    let rest: &'s str = lex.remainder();
    let (body, end) = match rest.find('`') {
        Some(i) => (&rest[..i], i + 1),
        None => {
            report(lex, start, "string not terminated".into());
            (rest, rest.len())
        }
    };
    let value = body.bytes().filter(|&b| b != b'\r').collect();
    let body_off = lex.span().end;
    extend_to(lex, body_off + end);
    LitKind::Str(value)
}

/// Callback for a rune literal `'x'`.
pub fn rune<'s>(lex: &mut Lexer<'s, Token<'s>>) -> LitKind {
    let start = lex.span().start;
    let body_off = lex.span().end;
    let rest: &'s str = lex.remainder();
    let mut chars = rest.char_indices().peekable();
    let mut ok = true;
    let mut n = 0;
    let mut value = 0u32;
    let end = loop {
        let Some(&(at, c)) = chars.peek() else {
            if ok {
                report(lex, start, "rune literal not terminated".into());
            }
            break rest.len();
        };
        match c {
            '\'' => {
                if ok && n == 0 {
                    report(
                        lex,
                        body_off + at,
                        "empty rune literal or unescaped '".into(),
                    );
                } else if ok && n != 1 {
                    report(lex, start, "more than one character in rune literal".into());
                }
                break at + 1;
            }
            '\n' => {
                if ok {
                    report(lex, body_off + at, "newline in rune literal".into());
                }
                break at;
            }
            '\\' => {
                chars.next();
                match escape(lex, &mut chars, body_off, '\'') {
                    Some(Escaped::Byte(b)) => value = u32::from(b),
                    Some(Escaped::Char(v)) => value = v,
                    None => ok = false,
                }
            }
            c => {
                chars.next();
                value = c as u32;
            }
        }
        n += 1;
    };
    extend_to(lex, body_off + end);
    LitKind::Rune(value)
}

/// Callback for a `/* */` comment; its value says whether it spans a newline.
pub fn block_comment<'s>(lex: &mut Lexer<'s, Token<'s>>) -> bool {
    let start = lex.span().start;
    let rest: &'s str = lex.remainder();
    let (body, end) = match rest.find("*/") {
        Some(i) => (&rest[..i], i + 2),
        None => {
            report(lex, start, "comment not terminated".into());
            (rest, rest.len())
        }
    };
    let newline = body.contains('\n');
    let off = lex.span().end;
    extend_to(lex, off + end);
    newline
}
