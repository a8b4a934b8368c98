//! Go's `strconv` quoting: `Quote`, `QuoteToASCII`, `QuoteToGraphic`, the rune variants,
//! `CanBackquote`, `UnquoteChar`, `Unquote` and `QuotedPrefix`. Quoted output is always
//! valid UTF-8 (invalid input bytes become `\xNN`), so the quoters return `String`.

use super::parse::ErrKind;
use super::unicode::{is_graphic, is_print};
use super::utf8::{decode_rune, encode_rune, valid, valid_rune, RUNE_ERROR, RUNE_SELF};

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` quoted with `quote` (`"` or `'` or any byte), escaping like Go's
/// `appendQuotedWith`: non-printable runes as `\u`/`\U`, invalid bytes as `\xNN`.
pub fn append_quoted(out: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool, graphic_only: bool) {
    out.push(quote);
    let mut rest = s;
    while !rest.is_empty() {
        let (r, width) = decode_rune(rest);
        if width == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LOWERHEX[usize::from(rest[0] >> 4)]);
            out.push(LOWERHEX[usize::from(rest[0] & 0xF)]);
        } else {
            append_escaped_rune(out, r, quote, ascii_only, graphic_only);
        }
        rest = &rest[width..];
    }
    out.push(quote);
}

/// Appends rune `r` single-quoted like Go's `appendQuotedRuneWith` (invalid runes print
/// as U+FFFD).
pub fn append_quoted_rune(out: &mut Vec<u8>, r: i32, ascii_only: bool, graphic_only: bool) {
    out.push(b'\'');
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    append_escaped_rune(out, r, b'\'', ascii_only, graphic_only);
    out.push(b'\'');
}

fn append_escaped_rune(out: &mut Vec<u8>, r: i32, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == i32::from(quote) || r == i32::from(b'\\') {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii_only {
        if r < i32::from(RUNE_SELF) && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) || graphic_only && is_graphic(r) {
        encode_rune(out, r);
        return;
    }
    let short: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !short.is_empty() {
        out.extend_from_slice(short);
        return;
    }
    let (prefix, digits, r) = match r {
        _ if (0..0x20).contains(&r) || r == 0x7F => ("\\x", 2, r),
        _ if !valid_rune(r) => ("\\u", 4, 0xFFFD),
        _ if r < 0x10000 => ("\\u", 4, r),
        _ => ("\\U", 8, r),
    };
    out.extend_from_slice(prefix.as_bytes());
    for shift in (0..digits).rev() {
        out.push(LOWERHEX[((r >> (4 * shift)) & 0xF) as usize]);
    }
}

fn quote_with(s: &[u8], quote: u8, ascii_only: bool, graphic_only: bool) -> String {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quoted(&mut out, s, quote, ascii_only, graphic_only);
    // INVARIANT: append_quoted escapes every invalid byte, so the output is UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

fn quote_rune_with(r: i32, ascii_only: bool, graphic_only: bool) -> String {
    let mut out = Vec::with_capacity(8);
    append_quoted_rune(&mut out, r, ascii_only, graphic_only);
    String::from_utf8(out).unwrap_or_default()
}

/// Go's `strconv.Quote`.
pub fn quote(s: &[u8]) -> String {
    quote_with(s, b'"', false, false)
}

/// Go's `strconv.QuoteToASCII`: non-ASCII runes escaped too.
pub fn quote_to_ascii(s: &[u8]) -> String {
    quote_with(s, b'"', true, false)
}

/// Go's `strconv.QuoteToGraphic`: Zs spaces such as U+00A0 left unescaped.
pub fn quote_to_graphic(s: &[u8]) -> String {
    quote_with(s, b'"', false, true)
}

/// Go's `strconv.QuoteRune`.
pub fn quote_rune(r: i32) -> String {
    quote_rune_with(r, false, false)
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i32) -> String {
    quote_rune_with(r, true, false)
}

/// Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i32) -> String {
    quote_rune_with(r, false, true)
}

/// Go's `strconv.CanBackquote`: no control characters other than tab, no backquote, no
/// invalid UTF-8 and no BOM.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        let (r, width) = decode_rune(rest);
        rest = &rest[width..];
        if width > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR || (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<i32> {
    (b as char).to_digit(16).map(|d| d as i32)
}

/// Go's `strconv.UnquoteChar`: decodes the first character or escape of `s` (the body of
/// a literal quoted by `quote`), returning the value, whether it must be UTF-8 encoded
/// (`multibyte`), and the rest of `s`.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<(i32, bool, &[u8]), ErrKind> {
    let Some(&c) = s.first() else {
        return Err(ErrKind::Syntax);
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(ErrKind::Syntax);
    }
    if c >= RUNE_SELF {
        let (r, size) = decode_rune(s);
        return Ok((r, true, &s[size..]));
    }
    if c != b'\\' {
        return Ok((i32::from(c), false, &s[1..]));
    }
    let Some(&c) = s.get(1) else {
        return Err(ErrKind::Syntax);
    };
    let s = &s[2..];
    let simple = match c {
        b'a' => Some(0x07),
        b'b' => Some(0x08),
        b'f' => Some(0x0C),
        b'n' => Some(0x0A),
        b'r' => Some(0x0D),
        b't' => Some(0x09),
        b'v' => Some(0x0B),
        b'\\' => Some(0x5C),
        b'\'' | b'"' if c == quote => Some(i32::from(c)),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, false, s));
    }
    match c {
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = s.get(..n).ok_or(ErrKind::Syntax)?;
            let mut v: i64 = 0;
            for &d in digits {
                v = (v << 4) | i64::from(unhex(d).ok_or(ErrKind::Syntax)?);
            }
            if c == b'x' {
                return Ok((v as i32, false, &s[n..]));
            }
            let v = i32::try_from(v).map_err(|_| ErrKind::Syntax)?;
            if !valid_rune(v) {
                return Err(ErrKind::Syntax);
            }
            Ok((v, true, &s[n..]))
        }
        b'0'..=b'7' => {
            let more = s.get(..2).ok_or(ErrKind::Syntax)?;
            let mut v = i32::from(c - b'0');
            for &d in more {
                if !(b'0'..=b'7').contains(&d) {
                    return Err(ErrKind::Syntax);
                }
                v = (v << 3) | i32::from(d - b'0');
            }
            if v > 255 {
                return Err(ErrKind::Syntax);
            }
            Ok((v, false, &s[2..]))
        }
        _ => Err(ErrKind::Syntax),
    }
}

/// Go's `strconv.Unquote`: the value of a Go string or rune literal (`"..."`, `'...'` or a
/// backquoted raw string, whose carriage returns are dropped).
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, ErrKind> {
    let (out, rest) = unquote_prefix(s, true)?;
    if !rest.is_empty() {
        return Err(ErrKind::Syntax);
    }
    Ok(out)
}

/// Go's `strconv.QuotedPrefix`: the quoted literal (quotes included) at the start of `s`.
pub fn quoted_prefix(s: &[u8]) -> Result<&[u8], ErrKind> {
    let (_, rest) = unquote_prefix(s, false)?;
    Ok(&s[..s.len() - rest.len()])
}

/// Go's internal `unquote`: the literal's value (when `unescape`) and the remaining input.
fn unquote_prefix(input: &[u8], unescape: bool) -> Result<(Vec<u8>, &[u8]), ErrKind> {
    if input.len() < 2 {
        return Err(ErrKind::Syntax);
    }
    let quote = input[0];
    let end = input[1..]
        .iter()
        .position(|&c| c == quote)
        .ok_or(ErrKind::Syntax)?
        + 2;
    match quote {
        b'`' => {
            let body = &input[1..end - 1];
            let out = if unescape {
                body.iter().copied().filter(|&c| c != b'\r').collect()
            } else {
                Vec::new()
            };
            Ok((out, &input[end..]))
        }
        b'"' | b'\'' => {
            let lit = &input[..end];
            if !lit.contains(&b'\\') && !lit.contains(&b'\n') {
                let body = &lit[1..end - 1];
                let ok = if quote == b'"' {
                    valid(body)
                } else {
                    let (r, n) = decode_rune(body);
                    n + 2 == end && (r != RUNE_ERROR || n != 1)
                };
                if ok {
                    let out = if unescape { body.to_vec() } else { Vec::new() };
                    return Ok((out, &input[end..]));
                }
            }
            let mut out = Vec::new();
            let mut rest = &input[1..];
            while let Some(&c) = rest.first() {
                if c == quote {
                    break;
                }
                if c == b'\n' {
                    return Err(ErrKind::Syntax);
                }
                let (r, multibyte, tail) = unquote_char(rest, quote)?;
                rest = tail;
                if unescape {
                    if r < i32::from(RUNE_SELF) || !multibyte {
                        out.push(r as u8);
                    } else {
                        encode_rune(&mut out, r);
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            match rest.first() {
                Some(&c) if c == quote => Ok((out, &rest[1..])),
                _ => Err(ErrKind::Syntax),
            }
        }
        _ => Err(ErrKind::Syntax),
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    // Tables generated by Go 1.27 (strconv) — see the module doc.
    #[rustfmt::skip]
    const QUOTE: &[(&[u8], &[u8], &[u8], &[u8], bool)] = &[
        (b"", b"\"\"", b"\"\"", b"\"\"", true),
        (b"hello", b"\"hello\"", b"\"hello\"", b"\"hello\"", true),
        (b"a\"b\\c", b"\"a\\\"b\\\\c\"", b"\"a\\\"b\\\\c\"", b"\"a\\\"b\\\\c\"", true),
        (b"\x07\x08\x0c\x0a\x0d\x09\x0b", b"\"\\a\\b\\f\\n\\r\\t\\v\"", b"\"\\a\\b\\f\\n\\r\\t\\v\"", b"\"\\a\\b\\f\\n\\r\\t\\v\"", false),
        (b"\x00\x1f\x7f", b"\"\\x00\\x1f\\x7f\"", b"\"\\x00\\x1f\\x7f\"", b"\"\\x00\\x1f\\x7f\"", false),
        (b"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c", b"\"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c\"", b"\"h\\u00e9llo, \\u4e16\\u754c\"", b"\"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c\"", true),
        (b"\xff\xfe", b"\"\\xff\\xfe\"", b"\"\\xff\\xfe\"", b"\"\\xff\\xfe\"", false),
        (b"a\xe2\x82", b"\"a\\xe2\\x82\"", b"\"a\\xe2\\x82\"", b"\"a\\xe2\\x82\"", false),
        (b"\xc2\xa0\xe2\x80\x80\xe3\x80\x80", b"\"\\u00a0\\u2000\\u3000\"", b"\"\\u00a0\\u2000\\u3000\"", b"\"\xc2\xa0\xe2\x80\x80\xe3\x80\x80\"", true),
        (b"\xc2\xad\xe2\x80\x8b\xef\xbb\xbf", b"\"\\u00ad\\u200b\\ufeff\"", b"\"\\u00ad\\u200b\\ufeff\"", b"\"\\u00ad\\u200b\\ufeff\"", false),
        (b"\xf0\x9f\x98\x80", b"\"\xf0\x9f\x98\x80\"", b"\"\\U0001f600\"", b"\"\xf0\x9f\x98\x80\"", true),
        (b"\xf3\xa0\x80\x81", b"\"\\U000e0001\"", b"\"\\U000e0001\"", b"\"\\U000e0001\"", true),
        (b"\xf4\x8f\xbf\xbf", b"\"\\U0010ffff\"", b"\"\\U0010ffff\"", b"\"\\U0010ffff\"", true),
        (b"`raw`", b"\"`raw`\"", b"\"`raw`\"", b"\"`raw`\"", false),
        (b"tab\x09here", b"\"tab\\there\"", b"\"tab\\there\"", b"\"tab\\there\"", true),
        (b"'single'", b"\"'single'\"", b"\"'single'\"", b"\"'single'\"", true),
        (b"\xcc\x80", b"\"\xcc\x80\"", b"\"\\u0300\"", b"\"\xcc\x80\"", true),
        (b"\xe2\x80\xa8", b"\"\\u2028\"", b"\"\\u2028\"", b"\"\\u2028\"", true),
    ];
    #[rustfmt::skip]
    const QUOTE_RUNE: &[(i32, &[u8], &[u8], &[u8])] = &[
        (97, b"'a'", b"'a'", b"'a'"),
        (39, b"'\\''", b"'\\''", b"'\\''"),
        (34, b"'\"'", b"'\"'", b"'\"'"),
        (92, b"'\\\\'", b"'\\\\'", b"'\\\\'"),
        (10, b"'\\n'", b"'\\n'", b"'\\n'"),
        (0, b"'\\x00'", b"'\\x00'", b"'\\x00'"),
        (127, b"'\\x7f'", b"'\\x7f'", b"'\\x7f'"),
        (233, b"'\xc3\xa9'", b"'\\u00e9'", b"'\xc3\xa9'"),
        (19990, b"'\xe4\xb8\x96'", b"'\\u4e16'", b"'\xe4\xb8\x96'"),
        (128512, b"'\xf0\x9f\x98\x80'", b"'\\U0001f600'", b"'\xf0\x9f\x98\x80'"),
        (160, b"'\\u00a0'", b"'\\u00a0'", b"'\xc2\xa0'"),
        (173, b"'\\u00ad'", b"'\\u00ad'", b"'\\u00ad'"),
        (55296, b"'\xef\xbf\xbd'", b"'\\ufffd'", b"'\xef\xbf\xbd'"),
        (1114112, b"'\xef\xbf\xbd'", b"'\\ufffd'", b"'\xef\xbf\xbd'"),
        (-1, b"'\xef\xbf\xbd'", b"'\\ufffd'", b"'\xef\xbf\xbd'"),
        (65533, b"'\xef\xbf\xbd'", b"'\\ufffd'", b"'\xef\xbf\xbd'"),
        (1114111, b"'\\U0010ffff'", b"'\\U0010ffff'", b"'\\U0010ffff'"),
    ];
    #[rustfmt::skip]
    const UNQUOTE: &[(&[u8], Option<&[u8]>)] = &[
        (b"\"abc\"", Some(b"abc")),
        (b"\"a\\nb\"", Some(b"a\x0ab")),
        (b"\"\\x41\\101\\u00e9\\U0001F600\"", Some(b"AA\xc3\xa9\xf0\x9f\x98\x80")),
        (b"'a'", Some(b"a")),
        (b"'\\''", Some(b"'")),
        (b"'\\\"'", None),
        (b"\"\\'\"", None),
        (b"\"'\"", Some(b"'")),
        (b"'\"'", Some(b"\"")),
        (b"''", Some(b"")),
        (b"'ab'", None),
        (b"`a\x0d\x0ab`", Some(b"a\x0ab")),
        (b"`a\\nb`", Some(b"a\\nb")),
        (b"\"", None),
        (b"\"abc", None),
        (b"abc", None),
        (b"\"\\400\"", None),
        (b"\"\\xZZ\"", None),
        (b"\"\\ud800\"", None),
        (b"\"\\U00110000\"", None),
        (b"\"a\x0ab\"", None),
        (b"\"a\"b\"", None),
        (b"\"\\q\"", None),
        (b"\"\xff\"", Some(b"\xef\xbf\xbd")),
        (b"'\xff'", Some(b"\xef\xbf\xbd")),
        (b"'\\xff'", Some(b"\xff")),
        (b"'\xc3\xa9'", Some(b"\xc3\xa9")),
        (b"\"\\377\"", Some(b"\xff")),
        (b"'\\u00e9'", Some(b"\xc3\xa9")),
        (b"\"a\" ", None),
        (b"``", Some(b"")),
        (b"\"\"", Some(b"")),
    ];
    #[rustfmt::skip]
    const QUOTED_PREFIX: &[(&[u8], Option<&[u8]>)] = &[
        (b"\"abc\"def", Some(b"\"abc\"")),
        (b"`x`y", Some(b"`x`")),
        (b"'a'b", Some(b"'a'")),
        (b"\"a\\\"b\"c", Some(b"\"a\\\"b\"")),
        (b"\"abc", None),
        (b"x\"a\"", None),
    ];

    #[test]
    fn quote_matches_go() {
        for &(s, q, qa, qg, bq) in QUOTE {
            assert_eq!(quote(s).as_bytes(), q, "Quote({s:?})");
            assert_eq!(quote_to_ascii(s).as_bytes(), qa, "QuoteToASCII({s:?})");
            assert_eq!(quote_to_graphic(s).as_bytes(), qg, "QuoteToGraphic({s:?})");
            assert_eq!(can_backquote(s), bq, "CanBackquote({s:?})");
        }
    }

    #[test]
    fn quote_rune_matches_go() {
        for &(r, q, qa, qg) in QUOTE_RUNE {
            assert_eq!(quote_rune(r).as_bytes(), q, "QuoteRune({r})");
            assert_eq!(
                quote_rune_to_ascii(r).as_bytes(),
                qa,
                "QuoteRuneToASCII({r})"
            );
            assert_eq!(
                quote_rune_to_graphic(r).as_bytes(),
                qg,
                "QuoteRuneToGraphic({r})"
            );
        }
    }

    #[test]
    fn unquote_matches_go() {
        for &(s, want) in UNQUOTE {
            assert_eq!(unquote(s).ok().as_deref(), want, "Unquote({s:?})");
        }
        for &(s, want) in QUOTED_PREFIX {
            assert_eq!(quoted_prefix(s).ok(), want, "QuotedPrefix({s:?})");
        }
        assert_eq!(unquote(b"x").unwrap_err().to_string(), "invalid syntax");
    }

    #[test]
    fn quote_roundtrips_and_never_panics() {
        let mut seed = 0x2545F4914F6CDD1Du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 12) as usize;
            let bytes: Vec<u8> = (0..len).map(|i| (seed >> (i * 5)) as u8).collect();
            let q = quote(&bytes);
            assert_eq!(
                unquote(q.as_bytes()),
                Ok(bytes.clone()),
                "Quote then Unquote of {bytes:?}"
            );
            let _ = (
                unquote(&bytes),
                quoted_prefix(&bytes),
                quote_to_ascii(&bytes),
                can_backquote(&bytes),
            );
            let _ = quote_rune(seed as i32);
        }
    }
}
