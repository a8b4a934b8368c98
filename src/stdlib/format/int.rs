//! Integer formatting: Go's `fmt.fmtInteger` (bases, precision as minimum digits, zero
//! padding, `#` prefixes), `fmtUnicode` (`%U`), `fmtC` (`%c`), `fmtQc` (`%q` of a rune),
//! and `strconv.FormatInt` / `FormatUint` / `Itoa`.
//!
//! Integers travel as Go does internally: a `u64` bit pattern plus a `signed` flag, so an
//! `int8(-1)` is passed as `(-1i64) as u64, true` and a `uint64` as itself, `false`.

use super::quote::append_quoted_rune;
use super::spec::{pad, pad_spaces, Spec};
use super::unicode::is_print;
use super::utf8::{encode_rune, MAX_RUNE, RUNE_ERROR};

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Go's `fmt.fmtInteger`: formats `bits` (sign-extended when `signed`) in `base` (2, 8,
/// 10 or 16); `verb` matters only for `O` (adds `0o`) and `upper` picks `ABCDEF`/`0X`.
pub fn fmt_integer(
    out: &mut Vec<u8>,
    spec: &Spec,
    bits: u64,
    base: u32,
    signed: bool,
    verb: char,
    upper: bool,
) {
    let negative = signed && (bits as i64) < 0;
    let mut u = if negative { bits.wrapping_neg() } else { bits };
    let digits = if upper { UDIGITS } else { LDIGITS };
    // Two ways to ask for extra leading zeros: %.3d or %03d. If both are given the
    // zero flag is ignored and padding uses spaces.
    let mut prec: isize = 0;
    if let Some(p) = spec.prec {
        prec = p as isize;
        if p == 0 && u == 0 {
            let spaces = Spec {
                zero: false,
                ..*spec
            };
            super::spec::write_padding(out, &spaces, spec.wid());
            return;
        }
    } else if spec.zero && !spec.minus && spec.width.is_some() {
        prec = spec.wid() as isize;
        if negative || spec.plus || spec.space {
            prec -= 1; // leave room for the sign
        }
    }
    // Digits are produced right to left into `rev`, then reversed.
    let mut rev: Vec<u8> = Vec::with_capacity(24);
    let base = u64::from(base.clamp(2, 16));
    loop {
        rev.push(digits[(u % base) as usize]);
        u /= base;
        if u == 0 {
            break;
        }
    }
    while (rev.len() as isize) < prec {
        rev.push(b'0');
    }
    if spec.sharp {
        match base {
            2 => rev.extend_from_slice(b"b0"),
            8 if rev.last() != Some(&b'0') => rev.push(b'0'),
            16 => rev.extend_from_slice(&[digits[16], b'0']),
            _ => {}
        }
    }
    if verb == 'O' {
        rev.extend_from_slice(b"o0");
    }
    if negative {
        rev.push(b'-');
    } else if spec.plus {
        rev.push(b'+');
    } else if spec.space {
        rev.push(b' ');
    }
    rev.reverse();
    // Zero padding was already applied as precision, or is ignored because of it.
    pad_spaces(out, spec, &rev);
}

/// Go's `fmt.fmtUnicode`: `U+0041`, or with `#` and a printable rune `U+0041 'A'`;
/// precision raises the minimum of 4 hex digits.
pub fn fmt_unicode(out: &mut Vec<u8>, spec: &Spec, u: u64) {
    let prec = spec.prec.filter(|&p| p > 4).unwrap_or(4);
    let mut text = format!("U+{u:0prec$X}").into_bytes();
    if spec.sharp && u <= MAX_RUNE as u64 && is_print(u as i32) {
        text.extend_from_slice(b" '");
        encode_rune(&mut text, u as i32);
        text.push(b'\'');
    }
    pad_spaces(out, spec, &text);
}

/// The rune Go's `%c`/`%q` print for an integer: values above `MaxRune` (including
/// negative ones, seen as huge unsigned) become U+FFFD.
fn rune_of(c: u64) -> i32 {
    if c > MAX_RUNE as u64 {
        RUNE_ERROR
    } else {
        c as i32
    }
}

/// Go's `fmt.fmtC`: the integer as a UTF-8 character (invalid → U+FFFD), padded.
pub fn fmt_c(out: &mut Vec<u8>, spec: &Spec, c: u64) {
    let mut text = Vec::with_capacity(4);
    encode_rune(&mut text, rune_of(c));
    pad(out, spec, &text);
}

/// Go's `fmt.fmtQc`: the integer as a quoted rune literal (`'a'`, `'\n'`, `'�'`); with
/// `+` the quoting is ASCII-only.
pub fn fmt_qc(out: &mut Vec<u8>, spec: &Spec, c: u64) {
    let mut text = Vec::with_capacity(8);
    append_quoted_rune(&mut text, rune_of(c), spec.plus, false);
    pad(out, spec, &text);
}

/// Go's `strconv.FormatUint(u, base)`; `Err` carries Go's panic message for a base
/// outside 2..=36.
pub fn format_uint(u: u64, base: u32) -> Result<String, &'static str> {
    if !(2..=36).contains(&base) {
        return Err("strconv: illegal AppendInt/FormatInt base");
    }
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut rev = Vec::with_capacity(64);
    let mut u = u;
    let base = u64::from(base);
    loop {
        rev.push(DIGITS[(u % base) as usize]);
        u /= base;
        if u == 0 {
            break;
        }
    }
    Ok(rev.iter().rev().map(|&c| c as char).collect())
}

/// Go's `strconv.FormatInt(i, base)`; `Err` carries Go's panic message for a bad base.
pub fn format_int(i: i64, base: u32) -> Result<String, &'static str> {
    let digits = format_uint(i.unsigned_abs(), base)?;
    Ok(if i < 0 { format!("-{digits}") } else { digits })
}

/// Go's `strconv.Itoa`.
pub fn itoa(i: i64) -> String {
    i.to_string()
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    // Generated by Go 1.27: strconv.FormatInt(i, base) and FormatUint(MaxUint64, 10/16/2).
    #[rustfmt::skip]
    const FORMAT_INT: &[(i64, u32, &str)] = &[
        (0, 10, "0"),
        (-42, 10, "-42"),
        (255, 16, "ff"),
        (-255, 2, "-11111111"),
        (-9223372036854775808, 10, "-9223372036854775808"),
        (-9223372036854775808, 16, "-8000000000000000"),
        (9223372036854775807, 36, "1y2p0ij32e8e7"),
        (35, 36, "z"),
        (-8, 8, "-10"),
    ];
    const FORMAT_UINT_MAX: [&str; 3] = [
        "18446744073709551615",
        "ffffffffffffffff",
        "1111111111111111111111111111111111111111111111111111111111111111",
    ];

    #[test]
    fn format_int_matches_go() {
        for &(i, base, want) in FORMAT_INT {
            assert_eq!(
                format_int(i, base).as_deref(),
                Ok(want),
                "FormatInt({i}, {base})"
            );
        }
        let maxes = [
            format_uint(u64::MAX, 10),
            format_uint(u64::MAX, 16),
            format_uint(u64::MAX, 2),
        ];
        assert_eq!(
            maxes.map(Result::unwrap_or_default),
            FORMAT_UINT_MAX.map(String::from)
        );
        assert_eq!(
            format_int(5, 1),
            Err("strconv: illegal AppendInt/FormatInt base")
        );
        assert_eq!(
            format_uint(5, 37),
            Err("strconv: illegal AppendInt/FormatInt base")
        );
        assert_eq!(itoa(i64::MIN), "-9223372036854775808");
    }
}
