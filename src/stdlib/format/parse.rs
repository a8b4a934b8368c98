//! Go's `strconv` integer and bool parsers (`ParseInt`, `ParseUint`, `Atoi`, `ParseBool`)
//! and the `NumError` / `ErrKind` that all parsers report (floats are in `atof.rs`). Each
//! parser returns Go's pair `(value, error)`: on a range error the value is the clamped
//! limit, on other errors it is zero.

use std::fmt;

use super::quote::quote;

/// Go's `strconv` error reasons (`ErrSyntax`, `ErrRange`, and the base/bit-size errors).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrKind {
    /// `invalid syntax`
    Syntax,
    /// `value out of range`
    Range,
    /// `invalid base N`
    Base(i64),
    /// `invalid bit size N`
    BitSize(i64),
}

impl fmt::Display for ErrKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrKind::Syntax => f.write_str("invalid syntax"),
            ErrKind::Range => f.write_str("value out of range"),
            ErrKind::Base(b) => write!(f, "invalid base {b}"),
            ErrKind::BitSize(b) => write!(f, "invalid bit size {b}"),
        }
    }
}

impl std::error::Error for ErrKind {}

/// Go's `*strconv.NumError`; its `Display` is Go's `Error()`, e.g.
/// `strconv.Atoi: parsing "abc": invalid syntax`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The failing function: `ParseInt`, `ParseUint`, `Atoi`, `ParseFloat`, `ParseBool`.
    pub func: &'static str,
    /// The input, as Go bytes.
    pub num: Vec<u8>,
    /// Why it failed.
    pub err: ErrKind,
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "strconv.{}: parsing {}: {}",
            self.func,
            quote(&self.num),
            self.err
        )
    }
}

impl std::error::Error for NumError {}

pub(super) fn num_error(func: &'static str, s: &[u8], err: ErrKind) -> Option<NumError> {
    Some(NumError {
        func,
        num: s.to_vec(),
        err,
    })
}

pub(super) fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Go's `underscoreOK`: underscores only between digits (or after a base prefix).
pub(super) fn underscore_ok(s: &[u8]) -> bool {
    let mut s = s;
    if let Some(b'+' | b'-') = s.first() {
        s = &s[1..];
    }
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    for &c in &s[i..] {
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
    }
    saw != b'_'
}

/// The unsigned core shared by `ParseUint` and `ParseInt`: value or (clamped value, reason).
fn parse_uint_core(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, ErrKind)> {
    if s.is_empty() {
        return Err((0, ErrKind::Syntax));
    }
    let base0 = base == 0;
    let s0 = s;
    let (base, s) = match base {
        2..=36 => (base as u64, s),
        0 if s[0] == b'0' && s.len() >= 3 && lower(s[1]) == b'b' => (2, &s[2..]),
        0 if s[0] == b'0' && s.len() >= 3 && lower(s[1]) == b'o' => (8, &s[2..]),
        0 if s[0] == b'0' && s.len() >= 3 && lower(s[1]) == b'x' => (16, &s[2..]),
        0 if s[0] == b'0' => (8, &s[1..]),
        0 => (10, s),
        _ => return Err((0, ErrKind::Base(base))),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err((0, ErrKind::BitSize(bit_size))),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return Err((0, ErrKind::Syntax)),
        };
        if u64::from(d) >= base {
            return Err((0, ErrKind::Syntax));
        }
        if n >= cutoff {
            return Err((max_val, ErrKind::Range));
        }
        n *= base;
        match n.checked_add(u64::from(d)) {
            Some(n1) if n1 <= max_val => n = n1,
            _ => return Err((max_val, ErrKind::Range)),
        }
    }
    if underscores && !underscore_ok(s0) {
        return Err((0, ErrKind::Syntax));
    }
    Ok(n)
}

/// Go's `strconv.ParseUint(s, base, bitSize)`.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumError>) {
    match parse_uint_core(s, base, bit_size) {
        Ok(n) => (n, None),
        Err((v, e)) => (v, num_error("ParseUint", s, e)),
    }
}

fn parse_int_named(
    func: &'static str,
    s: &[u8],
    base: i64,
    bit_size: i64,
) -> (i64, Option<NumError>) {
    let (neg, body) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    if s.is_empty() {
        return (0, num_error(func, s, ErrKind::Syntax));
    }
    let un = match parse_uint_core(body, base, bit_size) {
        Ok(n) => n,
        Err((n, ErrKind::Range)) => n,
        Err((_, e)) => return (0, num_error(func, s, e)),
    };
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, num_error(func, s, ErrKind::Range));
    }
    if neg && un > cutoff {
        return (
            (cutoff as i64).wrapping_neg(),
            num_error(func, s, ErrKind::Range),
        );
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// Go's `strconv.ParseInt(s, base, bitSize)`; out of range gives the clamped limit and a
/// `value out of range` error.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    parse_int_named("ParseInt", s, base, bit_size)
}

/// Go's `strconv.Atoi` (64-bit `int`).
pub fn atoi(s: &[u8]) -> (i64, Option<NumError>) {
    parse_int_named("Atoi", s, 10, 0)
}

/// Go's `strconv.ParseBool`: 1 t T TRUE true True / 0 f F FALSE false False.
pub fn parse_bool(s: &[u8]) -> (bool, Option<NumError>) {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => (true, None),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => (false, None),
        _ => (false, num_error("ParseBool", s, ErrKind::Syntax)),
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    fn msg(e: Option<NumError>) -> String {
        e.map(|e| e.to_string()).unwrap_or_default()
    }

    // Tables generated by Go 1.27 strconv.
    #[rustfmt::skip]
    const PARSE_INT: &[(&[u8], i64, i64, i64, &str)] = &[
        (b"0", 10, 64, 0, ""),
        (b"-0", 10, 64, 0, ""),
        (b"123", 10, 64, 123, ""),
        (b"-123", 10, 64, -123, ""),
        (b"+5", 10, 64, 5, ""),
        (b"", 10, 64, 0, "strconv.ParseInt: parsing \"\": invalid syntax"),
        (b"-", 10, 64, 0, "strconv.ParseInt: parsing \"-\": invalid syntax"),
        (b"+", 10, 0, 0, "strconv.ParseInt: parsing \"+\": invalid syntax"),
        (b"abc", 10, 64, 0, "strconv.ParseInt: parsing \"abc\": invalid syntax"),
        (b"999999999999999999999", 10, 64, 9223372036854775807, "strconv.ParseInt: parsing \"999999999999999999999\": value out of range"),
        (b"-999999999999999999999", 10, 64, -9223372036854775808, "strconv.ParseInt: parsing \"-999999999999999999999\": value out of range"),
        (b"9223372036854775807", 10, 64, 9223372036854775807, ""),
        (b"9223372036854775808", 10, 64, 9223372036854775807, "strconv.ParseInt: parsing \"9223372036854775808\": value out of range"),
        (b"-9223372036854775808", 10, 64, -9223372036854775808, ""),
        (b"-9223372036854775809", 10, 64, -9223372036854775808, "strconv.ParseInt: parsing \"-9223372036854775809\": value out of range"),
        (b"127", 10, 8, 127, ""),
        (b"128", 10, 8, 127, "strconv.ParseInt: parsing \"128\": value out of range"),
        (b"-128", 10, 8, -128, ""),
        (b"-129", 10, 8, -128, "strconv.ParseInt: parsing \"-129\": value out of range"),
        (b"0x1F", 0, 64, 31, ""),
        (b"0X1f", 0, 64, 31, ""),
        (b"0b101", 0, 64, 5, ""),
        (b"0o17", 0, 64, 15, ""),
        (b"017", 0, 64, 15, ""),
        (b"1_000", 0, 64, 1000, ""),
        (b"1_000", 10, 64, 0, "strconv.ParseInt: parsing \"1_000\": invalid syntax"),
        (b"_1", 0, 64, 0, "strconv.ParseInt: parsing \"_1\": invalid syntax"),
        (b"1__0", 0, 64, 0, "strconv.ParseInt: parsing \"1__0\": invalid syntax"),
        (b"0x_1F", 0, 64, 31, ""),
        (b"0x", 0, 64, 0, "strconv.ParseInt: parsing \"0x\": invalid syntax"),
        (b"0_7", 0, 64, 7, ""),
        (b"z", 36, 64, 35, ""),
        (b"Z", 36, 64, 35, ""),
        (b"10", 2, 64, 2, ""),
        (b"12", 2, 64, 0, "strconv.ParseInt: parsing \"12\": invalid syntax"),
        (b"10", 1, 64, 0, "strconv.ParseInt: parsing \"10\": invalid base 1"),
        (b"10", 37, 64, 0, "strconv.ParseInt: parsing \"10\": invalid base 37"),
        (b"10", 10, 65, 0, "strconv.ParseInt: parsing \"10\": invalid bit size 65"),
        (b"10", 10, -1, 0, "strconv.ParseInt: parsing \"10\": invalid bit size -1"),
        (b"", 99, 0, 0, "strconv.ParseInt: parsing \"\": invalid syntax"),
        (b"1", 10, 1, 0, "strconv.ParseInt: parsing \"1\": value out of range"),
        (b"-1", 10, 1, -1, ""),
        (b"08", 0, 64, 0, "strconv.ParseInt: parsing \"08\": invalid syntax"),
        (b" 1", 10, 64, 0, "strconv.ParseInt: parsing \" 1\": invalid syntax"),
        (b"1 ", 10, 64, 0, "strconv.ParseInt: parsing \"1 \": invalid syntax"),
        (b"\xd9\xa1", 10, 64, 0, "strconv.ParseInt: parsing \"١\": invalid syntax"),
        (b"0x8000000000000000", 0, 64, 9223372036854775807, "strconv.ParseInt: parsing \"0x8000000000000000\": value out of range"),
        (b"-0x8000000000000000", 0, 64, -9223372036854775808, ""),
        (b"ffffffffffffffff", 16, 64, 9223372036854775807, "strconv.ParseInt: parsing \"ffffffffffffffff\": value out of range"),
    ];
    #[rustfmt::skip]
    const PARSE_UINT: &[(&[u8], i64, i64, u64, &str)] = &[
        (b"0", 10, 64, 0, ""),
        (b"-0", 10, 64, 0, "strconv.ParseUint: parsing \"-0\": invalid syntax"),
        (b"123", 10, 64, 123, ""),
        (b"-123", 10, 64, 0, "strconv.ParseUint: parsing \"-123\": invalid syntax"),
        (b"+5", 10, 64, 0, "strconv.ParseUint: parsing \"+5\": invalid syntax"),
        (b"", 10, 64, 0, "strconv.ParseUint: parsing \"\": invalid syntax"),
        (b"-", 10, 64, 0, "strconv.ParseUint: parsing \"-\": invalid syntax"),
        (b"+", 10, 0, 0, "strconv.ParseUint: parsing \"+\": invalid syntax"),
        (b"abc", 10, 64, 0, "strconv.ParseUint: parsing \"abc\": invalid syntax"),
        (b"999999999999999999999", 10, 64, 18446744073709551615, "strconv.ParseUint: parsing \"999999999999999999999\": value out of range"),
        (b"-999999999999999999999", 10, 64, 0, "strconv.ParseUint: parsing \"-999999999999999999999\": invalid syntax"),
        (b"9223372036854775807", 10, 64, 9223372036854775807, ""),
        (b"9223372036854775808", 10, 64, 9223372036854775808, ""),
        (b"-9223372036854775808", 10, 64, 0, "strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax"),
        (b"-9223372036854775809", 10, 64, 0, "strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax"),
        (b"127", 10, 8, 127, ""),
        (b"128", 10, 8, 128, ""),
        (b"-128", 10, 8, 0, "strconv.ParseUint: parsing \"-128\": invalid syntax"),
        (b"-129", 10, 8, 0, "strconv.ParseUint: parsing \"-129\": invalid syntax"),
        (b"0x1F", 0, 64, 31, ""),
        (b"0X1f", 0, 64, 31, ""),
        (b"0b101", 0, 64, 5, ""),
        (b"0o17", 0, 64, 15, ""),
        (b"017", 0, 64, 15, ""),
        (b"1_000", 0, 64, 1000, ""),
        (b"1_000", 10, 64, 0, "strconv.ParseUint: parsing \"1_000\": invalid syntax"),
        (b"_1", 0, 64, 0, "strconv.ParseUint: parsing \"_1\": invalid syntax"),
        (b"1__0", 0, 64, 0, "strconv.ParseUint: parsing \"1__0\": invalid syntax"),
        (b"0x_1F", 0, 64, 31, ""),
        (b"0x", 0, 64, 0, "strconv.ParseUint: parsing \"0x\": invalid syntax"),
        (b"0_7", 0, 64, 7, ""),
        (b"z", 36, 64, 35, ""),
        (b"Z", 36, 64, 35, ""),
        (b"10", 2, 64, 2, ""),
        (b"12", 2, 64, 0, "strconv.ParseUint: parsing \"12\": invalid syntax"),
        (b"10", 1, 64, 0, "strconv.ParseUint: parsing \"10\": invalid base 1"),
        (b"10", 37, 64, 0, "strconv.ParseUint: parsing \"10\": invalid base 37"),
        (b"10", 10, 65, 0, "strconv.ParseUint: parsing \"10\": invalid bit size 65"),
        (b"10", 10, -1, 0, "strconv.ParseUint: parsing \"10\": invalid bit size -1"),
        (b"", 99, 0, 0, "strconv.ParseUint: parsing \"\": invalid syntax"),
        (b"1", 10, 1, 1, ""),
        (b"-1", 10, 1, 0, "strconv.ParseUint: parsing \"-1\": invalid syntax"),
        (b"08", 0, 64, 0, "strconv.ParseUint: parsing \"08\": invalid syntax"),
        (b" 1", 10, 64, 0, "strconv.ParseUint: parsing \" 1\": invalid syntax"),
        (b"1 ", 10, 64, 0, "strconv.ParseUint: parsing \"1 \": invalid syntax"),
        (b"\xd9\xa1", 10, 64, 0, "strconv.ParseUint: parsing \"١\": invalid syntax"),
        (b"0x8000000000000000", 0, 64, 9223372036854775808, ""),
        (b"-0x8000000000000000", 0, 64, 0, "strconv.ParseUint: parsing \"-0x8000000000000000\": invalid syntax"),
        (b"ffffffffffffffff", 16, 64, 18446744073709551615, ""),
        (b"18446744073709551615", 10, 64, 18446744073709551615, ""),
        (b"18446744073709551616", 10, 64, 18446744073709551615, "strconv.ParseUint: parsing \"18446744073709551616\": value out of range"),
        (b"255", 10, 8, 255, ""),
        (b"256", 10, 8, 255, "strconv.ParseUint: parsing \"256\": value out of range"),
        (b"0xFFFFFFFFFFFFFFFFF", 0, 64, 18446744073709551615, "strconv.ParseUint: parsing \"0xFFFFFFFFFFFFFFFFF\": value out of range"),
    ];
    #[rustfmt::skip]
    const ATOI: &[(&[u8], i64, &str)] = &[
        (b"0", 0, ""),
        (b"42", 42, ""),
        (b"-42", -42, ""),
        (b"+42", 42, ""),
        (b"abc", 0, "strconv.Atoi: parsing \"abc\": invalid syntax"),
        (b"", 0, "strconv.Atoi: parsing \"\": invalid syntax"),
        (b"-", 0, "strconv.Atoi: parsing \"-\": invalid syntax"),
        (b"1_000", 0, "strconv.Atoi: parsing \"1_000\": invalid syntax"),
        (b"0x10", 0, "strconv.Atoi: parsing \"0x10\": invalid syntax"),
        (b"999999999999999999999", 9223372036854775807, "strconv.Atoi: parsing \"999999999999999999999\": value out of range"),
        (b"-9223372036854775808", -9223372036854775808, ""),
        (b"12a", 0, "strconv.Atoi: parsing \"12a\": invalid syntax"),
        (b"\xff", 0, "strconv.Atoi: parsing \"\\xff\": invalid syntax"),
    ];
    #[rustfmt::skip]
    const PARSE_BOOL: &[(&[u8], bool, &str)] = &[
        (b"1", true, ""),
        (b"t", true, ""),
        (b"T", true, ""),
        (b"TRUE", true, ""),
        (b"true", true, ""),
        (b"True", true, ""),
        (b"0", false, ""),
        (b"f", false, ""),
        (b"F", false, ""),
        (b"FALSE", false, ""),
        (b"false", false, ""),
        (b"False", false, ""),
        (b"tRUE", false, "strconv.ParseBool: parsing \"tRUE\": invalid syntax"),
        (b"yes", false, "strconv.ParseBool: parsing \"yes\": invalid syntax"),
        (b"", false, "strconv.ParseBool: parsing \"\": invalid syntax"),
    ];

    #[test]
    fn parse_int_matches_go() {
        for &(s, base, bits, want, err) in PARSE_INT {
            let (v, e) = parse_int(s, base, bits);
            assert_eq!(
                (v, msg(e).as_str()),
                (want, err),
                "ParseInt({s:?}, {base}, {bits})"
            );
        }
        for &(s, base, bits, want, err) in PARSE_UINT {
            let (v, e) = parse_uint(s, base, bits);
            assert_eq!(
                (v, msg(e).as_str()),
                (want, err),
                "ParseUint({s:?}, {base}, {bits})"
            );
        }
        for &(s, want, err) in ATOI {
            let (v, e) = atoi(s);
            assert_eq!((v, msg(e).as_str()), (want, err), "Atoi({s:?})");
        }
        for &(s, want, err) in PARSE_BOOL {
            let (v, e) = parse_bool(s);
            assert_eq!((v, msg(e).as_str()), (want, err), "ParseBool({s:?})");
        }
    }

    #[test]
    fn parsers_never_panic() {
        let alphabet = b"0123456789abcdefxXpPeE+-._iInNtTyo \xff";
        let mut seed = 0x9E3779B97F4A7C15u64;
        for _ in 0..50_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 14) as usize;
            let s: Vec<u8> = (0..len)
                .map(|i| alphabet[((seed >> (i * 4)) % alphabet.len() as u64) as usize])
                .collect();
            let base = [0, 2, 8, 10, 16, 36, 1, 37][(seed >> 60) as usize % 8];
            let bits = [0, 8, 32, 64, 65, -1][(seed >> 56) as usize % 6];
            let _ = (
                parse_int(&s, base, bits),
                parse_uint(&s, base, bits),
                atoi(&s),
                parse_bool(&s),
            );
            let _ = (
                super::super::atof::parse_float(&s, 64),
                super::super::atof::parse_float(&s, 32),
            );
        }
    }
}
