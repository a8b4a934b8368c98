//! Go's `strconv.ParseFloat`. Decimal input is validated with Go's grammar (a port of
//! `readFloat`: optional sign, digits with one optional point, exponent, underscores only
//! between digits) and then rounded by Rust's correctly rounding `str::parse`, which gives
//! the IEEE nearest-even result Go gives; hexadecimal floats (`0x1.8p3`, exponent required)
//! use a port of Go's `atofHex`. `inf`/`infinity` (signed, any case) and `nan` are accepted.

use super::parse::{lower, num_error, underscore_ok, ErrKind, NumError};

/// Go's `special`: `inf`, `infinity` (any case, optional sign) and `nan` (any case, no sign),
/// returning the value and bytes consumed.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix_len = |s: &[u8], word: &[u8]| {
        s.iter()
            .zip(word)
            .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
            .count()
    };
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'i' | b'I' => (1.0, 0, s),
        b'n' | b'N' => return (prefix_len(s, b"nan") == 3).then_some((f64::NAN, 3)),
        _ => return None,
    };
    let n = match prefix_len(rest, b"infinity") {
        8 => 8,
        3..=7 => 3,
        _ => return None,
    };
    Some((sign * f64::INFINITY, nsign + n))
}

/// What Go's `readFloat` learns about a float literal prefix.
struct FloatLit {
    mantissa: u64,
    exp: i64,
    neg: bool,
    trunc: bool,
    hex: bool,
    len: usize,
}

/// Go's `readFloat`: validates the longest float-literal prefix of `s`.
fn read_float(s: &[u8]) -> Option<FloatLit> {
    let mut i = 0;
    let mut lit = FloatLit {
        mantissa: 0,
        exp: 0,
        neg: false,
        trunc: false,
        hex: false,
        len: 0,
    };
    let mut underscores = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            lit.neg = true;
        }
        _ => {}
    }
    let (mut base, mut max_mant_digits, mut exp_char) = (10u64, 19, b'e');
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        (base, max_mant_digits, exp_char) = (16, 16, b'p');
        i += 2;
        lit.hex = true;
    }
    let (mut sawdot, mut sawdigits) = (false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i64, 0i64, 0i64);
    while i < s.len() {
        let c = s[i];
        let digit = match c {
            b'_' => {
                underscores = true;
                i += 1;
                continue;
            }
            b'.' if sawdot => break,
            b'.' => {
                sawdot = true;
                dp = nd;
                i += 1;
                continue;
            }
            b'0'..=b'9' => u64::from(c - b'0'),
            _ if base == 16 && (b'a'..=b'f').contains(&lower(c)) => u64::from(lower(c) - b'a' + 10),
            _ => break,
        };
        sawdigits = true;
        i += 1;
        if c == b'0' && nd == 0 {
            dp -= 1; // leading zeros
            continue;
        }
        nd += 1;
        if nd_mant < max_mant_digits {
            lit.mantissa = lit.mantissa * base + digit;
            nd_mant += 1;
        } else if c != b'0' {
            lit.trunc = true;
        }
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        let mut esign = 1;
        match s.get(i)? {
            b'+' => i += 1,
            b'-' => {
                i += 1;
                esign = -1;
            }
            _ => {}
        }
        if !s.get(i)?.is_ascii_digit() {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(s[i] - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    if lit.mantissa != 0 {
        lit.exp = dp - nd_mant;
    }
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    lit.len = i;
    Some(lit)
}

/// Go's `atofHex`: rounds a hex mantissa and binary exponent to float32 or float64.
fn atof_hex(lit: &FloatLit, bits32: bool) -> (f64, bool) {
    let (mantbits, expbits, bias): (u32, u32, i64) = if bits32 {
        (23, 8, -127)
    } else {
        (52, 11, -1023)
    };
    let max_exp = (1i64 << expbits) + bias - 2;
    let min_exp = bias + 1;
    let mut mantissa = lit.mantissa;
    let mut exp = lit.exp + i64::from(mantbits);
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if lit.trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    // Denormalise, keeping a sticky bit, while the exponent is below the minimum.
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1; // round to even
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        exp = bias; // denormal or zero
    }
    let mut overflow = false;
    if exp > max_exp {
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        overflow = true;
    }
    let mut bits = mantissa & ((1 << mantbits) - 1);
    bits |= (((exp - bias) as u64) & ((1 << expbits) - 1)) << mantbits;
    if lit.neg {
        bits |= 1 << mantbits << expbits;
    }
    let v = if bits32 {
        f64::from(f32::from_bits(bits as u32))
    } else {
        f64::from_bits(bits)
    };
    (v, overflow)
}

/// Go's `strconv.ParseFloat(s, bitSize)`: bitSize 32 rounds to float32 (returned widened);
/// any other bitSize means 64. Overflow gives ±Inf with `value out of range`.
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumError>) {
    let bits32 = bit_size == 32;
    let syntax = || (0.0, num_error("ParseFloat", s, ErrKind::Syntax));
    if let Some((v, n)) = special(s) {
        return if n == s.len() { (v, None) } else { syntax() };
    }
    let Some(lit) = read_float(s) else {
        return syntax();
    };
    if lit.len != s.len() {
        return syntax();
    }
    let (v, overflow) = if lit.hex {
        atof_hex(&lit, bits32)
    } else {
        // read_float accepted only ASCII, so the text is valid UTF-8; drop the underscores.
        let clean: std::borrow::Cow<'_, str> = if s.contains(&b'_') {
            s.iter()
                .filter(|&&c| c != b'_')
                .map(|&c| c as char)
                .collect::<String>()
                .into()
        } else {
            String::from_utf8_lossy(s)
        };
        let v = if bits32 {
            clean.parse::<f32>().map(f64::from)
        } else {
            clean.parse::<f64>()
        };
        match v {
            Ok(v) => (v, v.is_infinite()),
            Err(_) => return syntax(),
        }
    };
    if overflow {
        return (v, num_error("ParseFloat", s, ErrKind::Range));
    }
    (v, None)
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    fn msg(e: Option<NumError>) -> String {
        e.map(|e| e.to_string()).unwrap_or_default()
    }

    // Generated by Go 1.27 strconv.ParseFloat(s, 64) and (s, 32); NaN is recorded as
    // 0x7ff8000000000001 / 0x7fc00000.
    #[rustfmt::skip]
    const PARSE_FLOAT: &[(&[u8], u64, u32, &str, &str)] = &[
        (b"0", 0x0, 0x0, "", ""),
        (b"-0", 0x8000000000000000, 0x80000000, "", ""),
        (b"1", 0x3ff0000000000000, 0x3f800000, "", ""),
        (b"1.5", 0x3ff8000000000000, 0x3fc00000, "", ""),
        (b".5", 0x3fe0000000000000, 0x3f000000, "", ""),
        (b"5.", 0x4014000000000000, 0x40a00000, "", ""),
        (b"+.5e-3", 0x3f40624dd2f1a9fc, 0x3a03126f, "", ""),
        (b"1e", 0x0, 0x0, "strconv.ParseFloat: parsing \"1e\": invalid syntax", "strconv.ParseFloat: parsing \"1e\": invalid syntax"),
        (b"1e+", 0x0, 0x0, "strconv.ParseFloat: parsing \"1e+\": invalid syntax", "strconv.ParseFloat: parsing \"1e+\": invalid syntax"),
        (b"e5", 0x0, 0x0, "strconv.ParseFloat: parsing \"e5\": invalid syntax", "strconv.ParseFloat: parsing \"e5\": invalid syntax"),
        (b".", 0x0, 0x0, "strconv.ParseFloat: parsing \".\": invalid syntax", "strconv.ParseFloat: parsing \".\": invalid syntax"),
        (b"-.", 0x0, 0x0, "strconv.ParseFloat: parsing \"-.\": invalid syntax", "strconv.ParseFloat: parsing \"-.\": invalid syntax"),
        (b"1e308", 0x7fe1ccf385ebc8a0, 0x7f800000, "", "strconv.ParseFloat: parsing \"1e308\": value out of range"),
        (b"1.7976931348623157e308", 0x7fefffffffffffff, 0x7f800000, "", "strconv.ParseFloat: parsing \"1.7976931348623157e308\": value out of range"),
        (b"1.7976931348623159e308", 0x7ff0000000000000, 0x7f800000, "strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range", "strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range"),
        (b"1e309", 0x7ff0000000000000, 0x7f800000, "strconv.ParseFloat: parsing \"1e309\": value out of range", "strconv.ParseFloat: parsing \"1e309\": value out of range"),
        (b"-1e309", 0xfff0000000000000, 0xff800000, "strconv.ParseFloat: parsing \"-1e309\": value out of range", "strconv.ParseFloat: parsing \"-1e309\": value out of range"),
        (b"1e-400", 0x0, 0x0, "", ""),
        (b"-1e-400", 0x8000000000000000, 0x80000000, "", ""),
        (b"4.9e-324", 0x1, 0x0, "", ""),
        (b"2.4e-324", 0x0, 0x0, "", ""),
        (b"2.5e-324", 0x1, 0x0, "", ""),
        (b"inf", 0x7ff0000000000000, 0x7f800000, "", ""),
        (b"+Inf", 0x7ff0000000000000, 0x7f800000, "", ""),
        (b"-INF", 0xfff0000000000000, 0xff800000, "", ""),
        (b"infinity", 0x7ff0000000000000, 0x7f800000, "", ""),
        (b"+Infinity", 0x7ff0000000000000, 0x7f800000, "", ""),
        (b"infin", 0x0, 0x0, "strconv.ParseFloat: parsing \"infin\": invalid syntax", "strconv.ParseFloat: parsing \"infin\": invalid syntax"),
        (b"nan", 0x7ff8000000000001, 0x7fc00000, "", ""),
        (b"NaN", 0x7ff8000000000001, 0x7fc00000, "", ""),
        (b"-nan", 0x0, 0x0, "strconv.ParseFloat: parsing \"-nan\": invalid syntax", "strconv.ParseFloat: parsing \"-nan\": invalid syntax"),
        (b"+nan", 0x0, 0x0, "strconv.ParseFloat: parsing \"+nan\": invalid syntax", "strconv.ParseFloat: parsing \"+nan\": invalid syntax"),
        (b"nanx", 0x0, 0x0, "strconv.ParseFloat: parsing \"nanx\": invalid syntax", "strconv.ParseFloat: parsing \"nanx\": invalid syntax"),
        (b"0x1p-2", 0x3fd0000000000000, 0x3e800000, "", ""),
        (b"0x1.8p1", 0x4008000000000000, 0x40400000, "", ""),
        (b"0X1P+2", 0x4010000000000000, 0x40800000, "", ""),
        (b"0x1", 0x0, 0x0, "strconv.ParseFloat: parsing \"0x1\": invalid syntax", "strconv.ParseFloat: parsing \"0x1\": invalid syntax"),
        (b"0x.8p1", 0x3ff0000000000000, 0x3f800000, "", ""),
        (b"0x1p", 0x0, 0x0, "strconv.ParseFloat: parsing \"0x1p\": invalid syntax", "strconv.ParseFloat: parsing \"0x1p\": invalid syntax"),
        (b"0x_1p0", 0x3ff0000000000000, 0x3f800000, "", ""),
        (b"0x1_0p0", 0x4030000000000000, 0x41800000, "", ""),
        (b"1_000", 0x408f400000000000, 0x447a0000, "", ""),
        (b"1_000.5", 0x408f440000000000, 0x447a2000, "", ""),
        (b"_1", 0x0, 0x0, "strconv.ParseFloat: parsing \"_1\": invalid syntax", "strconv.ParseFloat: parsing \"_1\": invalid syntax"),
        (b"1__0", 0x0, 0x0, "strconv.ParseFloat: parsing \"1__0\": invalid syntax", "strconv.ParseFloat: parsing \"1__0\": invalid syntax"),
        (b"1e1_0", 0x4202a05f20000000, 0x501502f9, "", ""),
        (b"0x1.fffffffffffff7ffp1023", 0x7fefffffffffffff, 0x7f800000, "", "strconv.ParseFloat: parsing \"0x1.fffffffffffff7ffp1023\": value out of range"),
        (b"0x1.fffffffffffff8p1023", 0x7ff0000000000000, 0x7f800000, "strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range", "strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range"),
        (b"0x1p-1074", 0x1, 0x0, "", ""),
        (b"0x1p-1075", 0x0, 0x0, "", ""),
        (b"0x1.8p-1075", 0x1, 0x0, "", ""),
        (b"0x1p-1076", 0x0, 0x0, "", ""),
        (b"1e23", 0x44b52d02c7e14af6, 0x65a96816, "", ""),
        (b"8.41e21", 0x447c7e83209e90b2, 0x63e3f419, "", ""),
        (b"0.1", 0x3fb999999999999a, 0x3dcccccd, "", ""),
        (b"3.4028234663852886e38", 0x47efffffe0000000, 0x7f7fffff, "", ""),
        (b"3.4028236e38", 0x47effffff514a7bc, 0x7f800000, "", "strconv.ParseFloat: parsing \"3.4028236e38\": value out of range"),
        (b"1e-46", 0x366244ce242c5561, 0x0, "", ""),
        (b"0x1p-149", 0x36a0000000000000, 0x1, "", ""),
        (b"0x1p-150", 0x3690000000000000, 0x0, "", ""),
        (b"0x1.8p-150", 0x3698000000000000, 0x1, "", ""),
        (b"123456789012345678901234567890", 0x45f8ee90ff6c373e, 0x6fc77488, "", ""),
        (b"0.000000000000000000000000000001e30", 0x3ff0000000000000, 0x3f800000, "", ""),
        (b" 1", 0x0, 0x0, "strconv.ParseFloat: parsing \" 1\": invalid syntax", "strconv.ParseFloat: parsing \" 1\": invalid syntax"),
        (b"1 ", 0x0, 0x0, "strconv.ParseFloat: parsing \"1 \": invalid syntax", "strconv.ParseFloat: parsing \"1 \": invalid syntax"),
        (b"1.2.3", 0x0, 0x0, "strconv.ParseFloat: parsing \"1.2.3\": invalid syntax", "strconv.ParseFloat: parsing \"1.2.3\": invalid syntax"),
        (b"0x", 0x0, 0x0, "strconv.ParseFloat: parsing \"0x\": invalid syntax", "strconv.ParseFloat: parsing \"0x\": invalid syntax"),
        (b"0x1.p1", 0x4000000000000000, 0x40000000, "", ""),
        (b"0x.p1", 0x0, 0x0, "strconv.ParseFloat: parsing \"0x.p1\": invalid syntax", "strconv.ParseFloat: parsing \"0x.p1\": invalid syntax"),
        (b"1e99999999999", 0x7ff0000000000000, 0x7f800000, "strconv.ParseFloat: parsing \"1e99999999999\": value out of range", "strconv.ParseFloat: parsing \"1e99999999999\": value out of range"),
        (b"0e99999999", 0x0, 0x0, "", ""),
        (b"1e-99999999999", 0x0, 0x0, "", ""),
        (b"1_", 0x0, 0x0, "strconv.ParseFloat: parsing \"1_\": invalid syntax", "strconv.ParseFloat: parsing \"1_\": invalid syntax"),
        (b"0b1", 0x0, 0x0, "strconv.ParseFloat: parsing \"0b1\": invalid syntax", "strconv.ParseFloat: parsing \"0b1\": invalid syntax"),
        (b"0o1", 0x0, 0x0, "strconv.ParseFloat: parsing \"0o1\": invalid syntax", "strconv.ParseFloat: parsing \"0o1\": invalid syntax"),
    ];

    #[test]
    fn parse_float_matches_go() {
        for &(s, bits64, bits32, err64, err32) in PARSE_FLOAT {
            let (v, e) = parse_float(s, 64);
            let got = if v.is_nan() {
                0x7ff8000000000001
            } else {
                v.to_bits()
            };
            assert_eq!(
                (got, msg(e).as_str()),
                (bits64, err64),
                "ParseFloat({s:?}, 64)"
            );
            let (v, e) = parse_float(s, 32);
            let got = if v.is_nan() {
                0x7fc00000
            } else {
                (v as f32).to_bits()
            };
            assert_eq!(
                (got, msg(e).as_str()),
                (bits32, err32),
                "ParseFloat({s:?}, 32)"
            );
            assert!(
                v.is_nan() || f64::from(v as f32) == v,
                "32-bit result must be exact in f32"
            );
        }
    }
}
