//! Exact constant arithmetic (spec: "Constants", "Constant expressions"): literal parsing,
//! operations on `ConstValue`s, representability in a basic type (with float rounding), and
//! Go's printing of constant values in diagnostics (go/constant's `String`).
//!
//! Invariants: integers are `BigInt`, floats exact `BigRational`s; a value stored for a typed float
//! constant is already rounded to that type's precision; no function here panics on any value
//! (huge shifts and exponents are bounded by the callers through `MAX_*` limits).

use super::info::ConstValue;
use super::ty::BasicKind;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Largest decimal exponent accepted in a float literal (keeps exact arithmetic affordable).
pub const MAX_LIT_EXP: i64 = 100_000;
/// Bit length beyond which untyped integer constants overflow (go/types' `prec`).
pub const MAX_INT_BITS: u64 = 512;
/// Largest constant shift count (go/types' `shiftBound`).
pub const SHIFT_BOUND: u64 = 1023 - 1 + 52;

/// Why a constant is not representable in a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unrepresentable {
    /// A numeric value out of range (`(overflows)`).
    Overflow,
    /// A float with a fractional part converted to an integer type (`(truncated)`).
    Truncated,
    /// A value of another kind (string to int...).
    Other,
}

pub fn int(v: i64) -> ConstValue {
    ConstValue::Int(BigInt::from(v))
}

/// Parses an integer literal: decimal, `0x`, `0o`, `0b`, legacy octal `017`, with `_` separators.
pub fn parse_int_lit(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a decimal or hexadecimal float literal exactly.
pub fn parse_float_lit(text: &str) -> Result<BigRational, String> {
    let t: String = text
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (hex, body) = match t.strip_prefix("0x") {
        Some(b) => (true, b.to_string()),
        None => (false, t.clone()),
    };
    let exp_char = if hex { 'p' } else { 'e' };
    let (mant, exp) = match body.find(exp_char) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (&body[..], ""),
    };
    let exp: i64 = if exp.is_empty() {
        0
    } else {
        exp.parse::<i64>()
            .map_err(|_| "invalid float literal".to_string())?
    };
    if exp.abs() > MAX_LIT_EXP * if hex { 4 } else { 1 } {
        return Err("not supported yet: float constant exponent out of range".into());
    }
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{int_part}{frac_part}");
    let num = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), radix)
            .ok_or_else(|| "invalid float literal".to_string())?
    };
    let mut r = BigRational::from_integer(num);
    let frac_len = frac_part.len() as i64;
    if hex {
        // each hex digit after the point is 4 bits; the exponent is binary
        r = mul_pow(r, 2, exp - 4 * frac_len);
    } else {
        r = mul_pow(r, 10, exp - frac_len);
    }
    Ok(r)
}

fn mul_pow(r: BigRational, base: u32, exp: i64) -> BigRational {
    let p = num_traits::pow(BigInt::from(base), exp.unsigned_abs() as usize);
    if exp >= 0 {
        r * BigRational::from_integer(p)
    } else {
        r / BigRational::from_integer(p)
    }
}

pub fn to_rat(v: &ConstValue) -> Option<BigRational> {
    match v {
        ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
        ConstValue::Float(f) => Some(f.clone()),
        _ => None,
    }
}

/// The integer value of a numeric constant, if it is integral.
pub fn to_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Float(f) if f.is_integer() => Some(f.to_integer()),
        _ => None,
    }
}

pub fn is_zero(v: &ConstValue) -> bool {
    match v {
        ConstValue::Int(i) => i.is_zero(),
        ConstValue::Float(f) => f.is_zero(),
        _ => false,
    }
}

pub fn sign(v: &ConstValue) -> i32 {
    match v {
        ConstValue::Int(i) => i.sign() as i32 - 1,
        ConstValue::Float(f) => {
            if f.is_negative() {
                -1
            } else if f.is_zero() {
                0
            } else {
                1
            }
        }
        _ => 0,
    }
}

/// Rounds `r` to a binary float with `mant` mantissa bits and exponent range `[emin, emax]`
/// (round half to even); `None` when it rounds to infinity.
pub fn round_float(r: &BigRational, mant: i64, emin: i64, emax: i64) -> Option<BigRational> {
    if r.is_zero() {
        return Some(BigRational::zero());
    }
    let neg = r.is_negative();
    let a = r.abs();
    let n = a.numer().clone();
    let d = a.denom().clone();
    let mut e = n.bits() as i64 - d.bits() as i64;
    // make 2^e <= a < 2^(e+1)
    let two_e = if e >= 0 {
        BigRational::from_integer(BigInt::one() << e as usize)
    } else {
        BigRational::new(BigInt::one(), BigInt::one() << (-e) as usize)
    };
    if a < two_e {
        e -= 1;
    } else if a >= two_e * BigRational::from_integer(BigInt::from(2)) {
        e += 1;
    }
    if e > emax + 1 {
        return None;
    }
    let e_eff = e.max(emin);
    let shift = mant - 1 - e_eff;
    let (num, den) = if shift >= 0 {
        (n << shift as usize, d)
    } else {
        (n, d << (-shift) as usize)
    };
    let mut q = &num / &den;
    let rem = &num - &q * &den;
    let twice = rem * 2;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1;
    }
    let value_exp = q.bits() as i64 - 1 - shift;
    if value_exp > emax {
        return None;
    }
    let mut v: BigRational = if shift >= 0 {
        BigRational::new(q, BigInt::one() << shift as usize)
    } else {
        BigRational::from_integer(q << (-shift) as usize)
    };
    if neg {
        v = -v;
    }
    Some(v)
}

pub fn round_f64(r: &BigRational) -> Option<BigRational> {
    round_float(r, 53, -1022, 1023)
}

pub fn round_f32(r: &BigRational) -> Option<BigRational> {
    round_float(r, 24, -126, 127)
}

pub fn to_f64(r: &BigRational) -> f64 {
    r.to_f64().unwrap_or(0.0)
}

/// Range of a sized integer kind, `None` for non-integers.
pub fn int_range(kind: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let (bits, signed): (usize, bool) = match kind {
        Int | Int64 => (64, true),
        Int8 => (8, true),
        Int16 => (16, true),
        Int32 => (32, true),
        Uint | Uint64 | Uintptr => (64, false),
        Uint8 => (8, false),
        Uint16 => (16, false),
        Uint32 => (32, false),
        _ => return None,
    };
    if signed {
        let m = BigInt::one() << (bits - 1);
        Some((-m.clone(), m - 1))
    } else {
        Some((BigInt::zero(), (BigInt::one() << bits) - 1))
    }
}

pub fn is_integer_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        Int | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | UntypedInt
            | UntypedRune
    )
}

pub fn is_unsigned_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(k, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
}

pub fn is_float_kind(k: BasicKind) -> bool {
    matches!(
        k,
        BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
    )
}

pub fn is_complex_kind(k: BasicKind) -> bool {
    matches!(
        k,
        BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
    )
}

pub fn is_numeric_kind(k: BasicKind) -> bool {
    is_integer_kind(k) || is_float_kind(k) || is_complex_kind(k)
}

pub fn is_string_kind(k: BasicKind) -> bool {
    matches!(k, BasicKind::String | BasicKind::UntypedString)
}

pub fn is_bool_kind(k: BasicKind) -> bool {
    matches!(k, BasicKind::Bool | BasicKind::UntypedBool)
}

/// go/types' `representableConst`: converts `v` to the representation of `kind`, or says why not.
pub fn representable(
    v: &ConstValue,
    kind: BasicKind,
    from_kind: BasicKind,
) -> Result<ConstValue, Unrepresentable> {
    let numeric_conv = || {
        if !is_integer_kind(from_kind) && is_integer_kind(kind) {
            Unrepresentable::Truncated
        } else {
            Unrepresentable::Overflow
        }
    };
    let numeric = matches!(v, ConstValue::Int(_) | ConstValue::Float(_));
    if is_integer_kind(kind) {
        let Some(i) = to_int(v) else {
            return Err(if numeric && is_numeric_kind(kind) {
                numeric_conv()
            } else {
                Unrepresentable::Other
            });
        };
        if let Some((lo, hi)) = int_range(kind) {
            if i < lo || i > hi {
                return Err(numeric_conv());
            }
        }
        return Ok(ConstValue::Int(i));
    }
    if is_float_kind(kind) {
        let Some(r) = to_rat(v) else {
            return Err(Unrepresentable::Other);
        };
        return match kind {
            BasicKind::Float64 => round_f64(&r)
                .map(ConstValue::Float)
                .ok_or_else(numeric_conv),
            BasicKind::Float32 => round_f32(&r)
                .map(ConstValue::Float)
                .ok_or_else(numeric_conv),
            _ => Ok(ConstValue::Float(r)),
        };
    }
    if is_string_kind(kind) {
        return match v {
            ConstValue::String(_) => Ok(v.clone()),
            _ => Err(Unrepresentable::Other),
        };
    }
    if is_bool_kind(kind) {
        return match v {
            ConstValue::Bool(_) => Ok(v.clone()),
            _ => Err(Unrepresentable::Other),
        };
    }
    Err(Unrepresentable::Other)
}

/// A binary arithmetic or logical operation on two constants of the same (matched) kind.
/// `int_div` selects truncated integer division. `None` on division by zero or kind mismatch.
pub fn binary(
    op: grammar::ast::BinaryOp,
    a: &ConstValue,
    b: &ConstValue,
    int_div: bool,
) -> Option<ConstValue> {
    use grammar::ast::BinaryOp::*;
    use ConstValue as C;
    match (a, b) {
        (C::Bool(x), C::Bool(y)) => match op {
            LAnd => Some(C::Bool(*x && *y)),
            LOr => Some(C::Bool(*x || *y)),
            _ => None,
        },
        (C::String(x), C::String(y)) => match op {
            Add => {
                let mut s = x.clone();
                s.extend_from_slice(y);
                Some(C::String(s))
            }
            _ => None,
        },
        (C::Int(x), C::Int(y)) => Some(C::Int(match op {
            Add => x + y,
            Sub => x - y,
            Mul => x * y,
            Div if y.is_zero() => return None,
            Div if int_div => x / y,
            Div => return Some(C::Float(BigRational::new(x.clone(), y.clone()))),
            Rem if y.is_zero() => return None,
            Rem => x % y,
            And => x & y,
            Or => x | y,
            Xor => x ^ y,
            AndNot => x & !y,
            _ => return None,
        })),
        _ => {
            let (x, y) = (to_rat(a)?, to_rat(b)?);
            if int_div {
                // an integer operation on integral float values (typed integer constants stored as Int
                // never reach here; untyped values may be Float with integral value)
                let (xi, yi) = (to_int(a)?, to_int(b)?);
                return binary(op, &C::Int(xi), &C::Int(yi), true);
            }
            Some(C::Float(match op {
                Add => x + y,
                Sub => x - y,
                Mul => x * y,
                Div if y.is_zero() => return None,
                Div => x / y,
                _ => return None,
            }))
        }
    }
}

/// Constant comparison; operands already matched.
pub fn compare(op: grammar::ast::BinaryOp, a: &ConstValue, b: &ConstValue) -> Option<bool> {
    use grammar::ast::BinaryOp::*;
    use std::cmp::Ordering;
    let ord: Ordering = match (a, b) {
        (ConstValue::Bool(x), ConstValue::Bool(y)) => {
            return match op {
                Eq => Some(x == y),
                Ne => Some(x != y),
                _ => None,
            }
        }
        (ConstValue::String(x), ConstValue::String(y)) => x.cmp(y),
        (ConstValue::Int(x), ConstValue::Int(y)) => x.cmp(y),
        _ => to_rat(a)?.cmp(&to_rat(b)?),
    };
    Some(match op {
        Eq => ord == Ordering::Equal,
        Ne => ord != Ordering::Equal,
        Lt => ord == Ordering::Less,
        Le => ord != Ordering::Greater,
        Gt => ord == Ordering::Greater,
        Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// `x << s` / `x >> s` on an integer constant (`s` already bounded by `SHIFT_BOUND`).
pub fn shift(x: &BigInt, left: bool, s: u64) -> BigInt {
    if left {
        x << s as usize
    } else {
        // arithmetic shift: floor division by 2^s
        x >> s as usize
    }
}

/// Go's `strconv.Quote`.
pub fn go_quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < bytes.len() {
        let (c, size) = decode_rune(&bytes[i..]);
        if c == 0xFFFD && size == 1 {
            out.push_str(&format!("\\x{:02x}", bytes[i]));
            i += 1;
            continue;
        }
        i += size;
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_control() => {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32))
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Decodes one UTF-8 sequence: (rune, size); invalid input gives (0xFFFD, 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let n = match b.first() {
        None => return (0xFFFD, 0),
        Some(&c) if c < 0x80 => return (c as u32, 1),
        Some(&c) if c & 0xE0 == 0xC0 => 2,
        Some(&c) if c & 0xF0 == 0xE0 => 3,
        Some(&c) if c & 0xF8 == 0xF0 => 4,
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().map_or(0xFFFD, |c| c as u32), n),
        Err(_) => (0xFFFD, 1),
    }
}

/// UTF-8 encoding of a rune (invalid code points become U+FFFD), as Go's `string(rune)`.
pub fn encode_rune(r: &BigInt) -> Vec<u8> {
    let c = r.to_u32().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    c.to_string().into_bytes()
}

/// Go's `%.6g`-based printing of a float constant (go/constant's `String`).
pub fn float_string(r: &BigRational) -> String {
    let f = to_f64(r);
    if f.is_infinite() || (f == 0.0 && !r.is_zero()) {
        // outside float64 range: print with a decimal exponent from the exact value
        return big_float_string(r);
    }
    let s = format_g(f, 6);
    if !r.is_integer() && !s.contains('.') && !s.contains('e') {
        return format_g(f, -1);
    }
    s
}

fn big_float_string(r: &BigRational) -> String {
    // mantissa * 10^exp with 6 significant digits
    let neg = r.is_negative();
    let a = r.abs();
    let mut exp: i64 = (a.numer().bits() as i64 - a.denom().bits() as i64) * 30103 / 100000;
    let ten = BigRational::from_integer(BigInt::from(10));
    let scaled = |e: i64| {
        let p =
            BigRational::from_integer(num_traits::pow(BigInt::from(10), e.unsigned_abs() as usize));
        if e >= 0 {
            a.clone() / p
        } else {
            a.clone() * p
        }
    };
    let mut m = scaled(exp);
    while m >= ten {
        exp += 1;
        m = scaled(exp);
    }
    while m < BigRational::one() {
        exp -= 1;
        m = scaled(exp);
    }
    let mf = to_f64(&m);
    let mut ms = format!("{:.5}", mf);
    while ms.ends_with('0') {
        ms.pop();
    }
    if ms.ends_with('.') {
        ms.pop();
    }
    format!(
        "{}{}e{}{:02}",
        if neg { "-" } else { "" },
        ms,
        if exp < 0 { "-" } else { "+" },
        exp.abs()
    )
}

/// Go's `%g` with precision `prec` (-1 = shortest representation).
pub fn format_g(f: f64, prec: i32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // digits and decimal exponent
    let (digits, exp10) = if prec < 0 {
        let s = format!("{:e}", f.abs());
        split_exp(&s)
    } else {
        let s = format!("{:.*e}", (prec.max(1) - 1) as usize, f.abs());
        split_exp(&s)
    };
    let mut digits = digits;
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let eprec = if prec < 0 { 21 } else { prec.max(1) as i64 };
    let eprec = if prec < 0 && (digits.len() as i64) > eprec {
        digits.len() as i64
    } else {
        eprec
    };
    let sign = if f < 0.0 { "-" } else { "" };
    if exp10 < -4 || exp10 >= eprec {
        let mant = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        return format!(
            "{}{}e{}{:02}",
            sign,
            mant,
            if exp10 < 0 { "-" } else { "+" },
            exp10.abs()
        );
    }
    // fixed notation
    let s = if exp10 < 0 {
        format!("0.{}{}", "0".repeat((-exp10 - 1) as usize), digits)
    } else if (exp10 as usize) + 1 >= digits.len() {
        format!(
            "{}{}",
            digits,
            "0".repeat(exp10 as usize + 1 - digits.len())
        )
    } else {
        format!(
            "{}.{}",
            &digits[..exp10 as usize + 1],
            &digits[exp10 as usize + 1..]
        )
    };
    format!("{sign}{s}")
}

fn split_exp(s: &str) -> (String, i64) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, e.parse().unwrap_or(0))
}

/// go/constant's `String` of a value (as printed in diagnostics).
pub fn value_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_string(f),
        ConstValue::String(s) => {
            const MAX_LEN: usize = 72;
            let q = go_quote(s);
            if q.chars().count() > MAX_LEN {
                let cut: String = q.chars().take(MAX_LEN - 3).collect();
                format!("{cut}...")
            } else {
                q
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(parse_int_lit("0x1F"), Some(BigInt::from(31)));
        assert_eq!(parse_int_lit("1_000"), Some(BigInt::from(1000)));
        assert_eq!(parse_int_lit("017"), Some(BigInt::from(15)));
        assert_eq!(parse_int_lit("0o17"), Some(BigInt::from(15)));
        assert_eq!(parse_int_lit("0b101"), Some(BigInt::from(5)));
        assert_eq!(parse_int_lit("0"), Some(BigInt::from(0)));
        let half = BigRational::new(BigInt::from(1), BigInt::from(2));
        assert_eq!(parse_float_lit(".5").ok(), Some(half.clone()));
        assert_eq!(parse_float_lit("5e-1").ok(), Some(half.clone()));
        assert_eq!(parse_float_lit("0x1p-1").ok(), Some(half));
        assert_eq!(
            parse_float_lit("1.5e3").ok(),
            Some(BigRational::from_integer(BigInt::from(1500)))
        );
        assert_eq!(
            parse_float_lit("0x1.8p1").ok(),
            Some(BigRational::from_integer(BigInt::from(3)))
        );
    }

    #[test]
    fn rounding() {
        let r = parse_float_lit("0.1").unwrap_or_default();
        let f = round_f64(&r).unwrap_or_default();
        assert_eq!(to_f64(&f), 0.1);
        assert_eq!(BigRational::from_float(0.1f64), Some(f));
        assert!(round_f64(&parse_float_lit("1e309").unwrap_or_default()).is_none());
        assert!(round_f32(&parse_float_lit("1e39").unwrap_or_default()).is_none());
        let max =
            parse_float_lit("1.79769313486231570814527423731704356798070e+308").unwrap_or_default();
        assert!(round_f64(&max).is_some());
        let tiny = parse_float_lit("4.9406564584124654e-324").unwrap_or_default();
        assert_eq!(round_f64(&tiny).map(|v| to_f64(&v)), Some(5e-324));
    }

    #[test]
    fn printing() {
        assert_eq!(format_g(1.5, 6), "1.5");
        assert_eq!(format_g(1e100, 6), "1e+100");
        assert_eq!(format_g(123456789.0, 6), "1.23457e+08");
        assert_eq!(format_g(0.0001, 6), "0.0001");
        assert_eq!(format_g(0.00001, 6), "1e-05");
        assert_eq!(format_g(1.23456789, 6), "1.23457");
        assert_eq!(format_g(100000.0, 6), "100000");
        assert_eq!(
            float_string(&BigRational::from_integer(BigInt::from(2))),
            "2"
        );
        assert_eq!(go_quote(b"a\"b\n\xff"), "\"a\\\"b\\n\\xff\"");
    }
}
