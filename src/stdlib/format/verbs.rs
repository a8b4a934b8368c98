//! fmt's per-type verb handling, ported from Go's `pp.fmtBool`, `fmtInteger`, `fmtFloat`,
//! `fmtComplex`, `fmtString`, `fmtBytes`, `fmtPointer` and the `fmt.fmtFloat`, `fmtS`,
//! `fmtQ`, `fmtSbx` they call. Each `fmt_*` appends the operand formatted by `spec` and
//! returns `Err(BadVerb)` (having written nothing) when Go would print `%!z(type=value)`;
//! the caller, which knows the Go type name, then uses [`bad_verb_start`], renders the
//! value with `Spec { verb: 'v', ..spec }` (Go keeps the width and flags and does not move
//! them, so `%5z` of 3 is `%!z(int=    3)` and `%+z` of 42 is `%!z(int=+42)`), and
//! [`bad_verb_end`].

use super::float::append_float;
use super::int::{fmt_c, fmt_integer, fmt_qc, fmt_unicode};
use super::quote::{append_quoted, can_backquote};
use super::spec::{pad, pad_spaces, write_padding, Spec};
use super::utf8::runes;

/// The verb does not apply to the operand's type (Go's `badVerb`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadVerb;

/// Starts Go's bad-verb text: `%!z(TYPE=`; the caller renders the value, then
/// [`bad_verb_end`].
pub fn bad_verb_start(out: &mut Vec<u8>, verb: char, type_name: &str) {
    out.extend_from_slice(b"%!");
    push_char(out, verb);
    out.push(b'(');
    out.extend_from_slice(type_name.as_bytes());
    out.push(b'=');
}

/// Ends Go's bad-verb text with `)`.
pub fn bad_verb_end(out: &mut Vec<u8>) {
    out.push(b')');
}

/// Go's bad-verb text for a nil operand: `%!z(<nil>)`.
pub fn bad_verb_nil(out: &mut Vec<u8>, verb: char) {
    out.extend_from_slice(b"%!");
    push_char(out, verb);
    out.extend_from_slice(b"(<nil>)");
}

pub(super) fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Go's `pp.fmtBool`: verbs `t` and `v`.
pub fn fmt_bool(out: &mut Vec<u8>, spec: &Spec, v: bool) -> Result<(), BadVerb> {
    match spec.verb {
        't' | 'v' => {
            pad(out, spec, if v { b"true" } else { b"false" });
            Ok(())
        }
        _ => Err(BadVerb),
    }
}

/// Go's `pp.fmtInteger`: verbs `v d b o O x X c q U`. `bits` is the value's bit pattern
/// sign-extended to 64 bits when `signed` (see `int.rs`).
pub fn fmt_int(out: &mut Vec<u8>, spec: &Spec, bits: u64, signed: bool) -> Result<(), BadVerb> {
    let verb = spec.verb;
    match verb {
        'v' if spec.sharp_v && !signed => fmt_0x64(out, spec, bits, true),
        'v' | 'd' => fmt_integer(out, spec, bits, 10, signed, verb, false),
        'b' => fmt_integer(out, spec, bits, 2, signed, verb, false),
        'o' | 'O' => fmt_integer(out, spec, bits, 8, signed, verb, false),
        'x' => fmt_integer(out, spec, bits, 16, signed, verb, false),
        'X' => fmt_integer(out, spec, bits, 16, signed, verb, true),
        'c' => fmt_c(out, spec, bits),
        'q' => fmt_qc(out, spec, bits),
        'U' => fmt_unicode(out, spec, bits),
        _ => return Err(BadVerb),
    }
    Ok(())
}

/// Go's `pp.fmt0x64`: hexadecimal with or without a leading `0x`, regardless of `#`.
fn fmt_0x64(out: &mut Vec<u8>, spec: &Spec, u: u64, leading_0x: bool) {
    let spec = Spec {
        sharp: leading_0x,
        ..*spec
    };
    fmt_integer(out, &spec, u, 16, false, 'v', false);
}

/// Go's `pp.fmtFloat`: verbs `v b g G x X f F e E`; `size` is 32 for float32 (shortest
/// digits are then float32's) and 64 otherwise.
pub fn fmt_float(out: &mut Vec<u8>, spec: &Spec, v: f64, size: u32) -> Result<(), BadVerb> {
    let (verb, prec) = match spec.verb {
        'v' => (b'g', -1),
        c @ ('b' | 'g' | 'G' | 'x' | 'X') => (c as u8, -1),
        c @ ('f' | 'e' | 'E') => (c as u8, 6),
        'F' => (b'f', 6),
        _ => return Err(BadVerb),
    };
    fmt_float_raw(out, spec, v, size, verb, prec);
    Ok(())
}

/// Go's `fmt.fmtFloat`: sign and space handling, `#` (keep the point and trailing zeros),
/// zero padding after the sign, and unpadded-with-zeros `Inf`/`NaN`.
fn fmt_float_raw(out: &mut Vec<u8>, spec: &Spec, v: f64, size: u32, verb: u8, prec: i64) {
    let prec = spec.prec.map_or(prec, |p| p as i64);
    // Format with room for a leading sign at num[0].
    let mut num = vec![b'+'];
    append_float(&mut num, v, verb, prec, size);
    if num[1] == b'-' || num[1] == b'+' {
        num.remove(0);
    }
    if spec.space && num[0] == b'+' && !spec.plus {
        num[0] = b' ';
    }
    // Infinities and NaN don't look like numbers, so they are never zero padded.
    if num[1] == b'I' || num[1] == b'N' {
        if num[1] == b'N' && !spec.space && !spec.plus {
            num.remove(0);
        }
        pad_spaces(out, spec, &num);
        return;
    }
    if spec.sharp && verb != b'b' {
        sharp_float(&mut num, verb, prec);
    }
    if spec.plus || num[0] != b'+' {
        // Zero padding goes between the sign and the digits.
        let wid = spec.wid();
        if spec.zero && !spec.minus && spec.width.is_some() && wid > num.len() {
            out.push(num[0]);
            write_padding(out, spec, wid - num.len());
            out.extend_from_slice(&num[1..]);
            return;
        }
        pad(out, spec, &num);
        return;
    }
    pad(out, spec, &num[1..]);
}

/// The `#` flag for floats: force a decimal point and, for `%g`-like verbs, restore the
/// trailing zeros up to the precision (default 6). `num[0]` is the sign.
fn sharp_float(num: &mut Vec<u8>, verb: u8, prec: i64) {
    let mut digits = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec
            }
        }
        _ => 0,
    };
    let mut tail = Vec::new();
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut i = 1;
    while i < num.len() {
        match num[i] {
            b'.' => has_point = true,
            b'p' | b'P' => {
                tail = num.split_off(i);
                break;
            }
            b'e' | b'E' if verb != b'x' && verb != b'X' => {
                tail = num.split_off(i);
                break;
            }
            c => {
                if c != b'0' {
                    saw_nonzero = true;
                }
                // Count significant digits after the first non-zero digit.
                if saw_nonzero {
                    digits -= 1;
                }
            }
        }
        i += 1;
    }
    if !has_point {
        // A lone leading 0 counts once as a digit.
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend_from_slice(&tail);
}

/// Go's `pp.fmtComplex`: `(re+imi)`, each part formatted as a float of `size / 2` bits
/// with the same spec (so width applies to each part); the imaginary part always signed.
pub fn fmt_complex(
    out: &mut Vec<u8>,
    spec: &Spec,
    re: f64,
    im: f64,
    size: u32,
) -> Result<(), BadVerb> {
    if !matches!(
        spec.verb,
        'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
    ) {
        return Err(BadVerb);
    }
    out.push(b'(');
    fmt_float(out, spec, re, size / 2)?;
    fmt_float(
        out,
        &Spec {
            plus: true,
            ..*spec
        },
        im,
        size / 2,
    )?;
    out.extend_from_slice(b"i)");
    Ok(())
}

/// Go's `fmt.truncate`: at most `spec.prec` runes of `s` (invalid bytes count as one).
fn truncate<'a>(spec: &Spec, s: &'a [u8]) -> &'a [u8] {
    match spec.prec.and_then(|p| runes(s).nth(p)) {
        Some((i, _, _)) => &s[..i],
        None => s,
    }
}

/// Go's `pp.fmtString`: verbs `v s x X q` (`%#v` quotes).
pub fn fmt_string(out: &mut Vec<u8>, spec: &Spec, s: &[u8]) -> Result<(), BadVerb> {
    match spec.verb {
        'v' if spec.sharp_v => fmt_q(out, spec, s),
        'v' | 's' => pad(out, spec, truncate(spec, s)),
        'x' => fmt_sbx(out, spec, s, false),
        'X' => fmt_sbx(out, spec, s, true),
        'q' => fmt_q(out, spec, s),
        _ => return Err(BadVerb),
    }
    Ok(())
}

/// Go's `fmt.fmtQ`: a double-quoted Go string (ASCII-only with `+`), or backquoted with
/// `#` when `CanBackquote` allows.
fn fmt_q(out: &mut Vec<u8>, spec: &Spec, s: &[u8]) {
    let s = truncate(spec, s);
    let mut text = Vec::with_capacity(s.len() + 2);
    if spec.sharp && can_backquote(s) {
        text.push(b'`');
        text.extend_from_slice(s);
        text.push(b'`');
    } else {
        append_quoted(&mut text, s, b'"', spec.plus, false);
    }
    pad(out, spec, &text);
}

/// Go's `fmt.fmtSbx`: hex of each byte; precision limits the bytes, space separates
/// them, `#` adds `0x` (to each byte when combined with space).
fn fmt_sbx(out: &mut Vec<u8>, spec: &Spec, s: &[u8], upper: bool) {
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let x = if upper { b'X' } else { b'x' };
    let length = spec.prec.map_or(s.len(), |p| p.min(s.len()));
    if length == 0 {
        if spec.width.is_some() {
            write_padding(out, spec, spec.wid());
        }
        return;
    }
    let mut width = 2 * length;
    if spec.space {
        if spec.sharp {
            width *= 2;
        }
        width += length - 1;
    } else if spec.sharp {
        width += 2;
    }
    let fill = spec.wid().saturating_sub(width);
    if !spec.minus {
        write_padding(out, spec, fill);
    }
    if spec.sharp {
        out.extend_from_slice(&[b'0', x]);
    }
    for (i, &c) in s[..length].iter().enumerate() {
        if spec.space && i > 0 {
            out.push(b' ');
            if spec.sharp {
                out.extend_from_slice(&[b'0', x]);
            }
        }
        out.extend_from_slice(&[digits[usize::from(c >> 4)], digits[usize::from(c & 0xF)]]);
    }
    if spec.minus {
        write_padding(out, spec, fill);
    }
}

/// Go's `pp.fmtBytes` for `[]byte` (`None` is a nil slice) of Go type `type_name`: `v d`
/// give `[1 2 3]` (or `[]byte{0x1, 0x2}` with `%#v`), `s x X q` treat it as a string.
/// `Err(BadVerb)` here means "print it as a generic slice" (Go's `printValue`), e.g. `%c`
/// gives `[a b c]`.
pub fn fmt_bytes(
    out: &mut Vec<u8>,
    spec: &Spec,
    b: Option<&[u8]>,
    type_name: &str,
) -> Result<(), BadVerb> {
    let bytes = b.unwrap_or(&[]);
    match spec.verb {
        'v' | 'd' if spec.sharp_v => {
            out.extend_from_slice(type_name.as_bytes());
            if b.is_none() {
                out.extend_from_slice(b"(nil)");
                return Ok(());
            }
            out.push(b'{');
            for (i, &c) in bytes.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                fmt_0x64(out, spec, u64::from(c), true);
            }
            out.push(b'}');
        }
        'v' | 'd' => {
            out.push(b'[');
            for (i, &c) in bytes.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                fmt_integer(out, spec, u64::from(c), 10, false, spec.verb, false);
            }
            out.push(b']');
        }
        's' => pad(out, spec, truncate(spec, bytes)),
        'x' => fmt_sbx(out, spec, bytes, false),
        'X' => fmt_sbx(out, spec, bytes, true),
        'q' => fmt_q(out, spec, bytes),
        _ => return Err(BadVerb),
    }
    Ok(())
}

/// Go's `pp.fmtPointer` for a pointer, chan, func, map or slice at address `addr`
/// (0 = nil) of Go type `type_name`: `%p`, `%v` (`0xc000012345`, `<nil>`), `%#v`
/// (`(*int)(0xc0...)`, `(*int)(nil)`) and the integer verbs `b o d x X`.
pub fn fmt_pointer(
    out: &mut Vec<u8>,
    spec: &Spec,
    addr: u64,
    type_name: &str,
) -> Result<(), BadVerb> {
    match spec.verb {
        'v' if spec.sharp_v => {
            out.push(b'(');
            out.extend_from_slice(type_name.as_bytes());
            out.extend_from_slice(b")(");
            if addr == 0 {
                out.extend_from_slice(b"nil");
            } else {
                fmt_0x64(out, spec, addr, true);
            }
            out.push(b')');
        }
        'v' if addr == 0 => pad(out, spec, b"<nil>"),
        'v' | 'p' => fmt_0x64(out, spec, addr, !spec.sharp),
        'b' | 'o' | 'd' | 'x' | 'X' => return fmt_int(out, spec, addr, false),
        _ => return Err(BadVerb),
    }
    Ok(())
}

#[cfg(test)]
#[path = "verbs_tests.rs"]
mod tests;
