//! Go's `strconv.FormatFloat(f, fmt, prec, bitSize)` for the formats `b e E f g G x X`.
//!
//! Decimal digits come from Rust's float formatting, which is exact: `{:e}` gives the
//! shortest digits that round-trip (for `f32` when formatting a float32, so `float32(0.1)`
//! prints `0.1`), and `{:.N}` / `{:.Ne}` give correctly rounded digits with ties to even,
//! the same as Go's decimal rounding. The digits are then laid out by a port of Go's
//! `fmtEFG`, so `%g`'s exponent thresholds and trailing-zero rules are Go's.

/// Decimal digits `0.d1d2d3... × 10^dp` with trailing zeros trimmed (`nd == 0` for zero).
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

/// Beyond this many digits every float's exact decimal expansion is complete (a float64
/// has at most 767 significant digits and 1074 fractional ones), so more are zeros.
const EXACT_LIMIT: usize = 1100;

/// Parses Rust's `{:e}` output (`"1.2345e-7"`, `"5e0"`) into trimmed digits.
fn from_sci(text: &str) -> Digits {
    let (mant, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut d = Vec::with_capacity(mant.len());
    d.extend(mant.bytes().filter(u8::is_ascii_digit));
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// Parses Rust's `{:.N}` output (`"0.00123"`, `"120.50"`) into trimmed digits.
fn from_fixed(text: &str) -> Digits {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as i64;
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as i64;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// Shortest round-trip digits of `v` (non-negative, finite, non-zero) at the given size.
///
/// When two shortest candidates are equally close to `v`, Rust rounds the tie up but Go
/// picks the correctly rounded (even) one: 714.56573486328125 is `714.5657348632812` in Go.
/// Such a tie needs the exact value to have exactly one digit (a 5) more than the shortest
/// form, which [`exact_digits`] checks cheaply; only then are the correctly rounded digits
/// computed, and used if they round-trip too.
fn shortest(v: f64, bits32: bool) -> Digits {
    let text = if bits32 {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let digs = from_sci(&text);
    let nd = digs.d.len();
    if exact_digits(v) != Some(nd + 1) {
        return digs;
    }
    let rounded = format!("{v:.*e}", nd - 1);
    let round_trips = if bits32 {
        rounded.parse::<f32>().is_ok_and(|r| r == v as f32)
    } else {
        rounded.parse::<f64>().is_ok_and(|r| r == v)
    };
    if round_trips {
        from_sci(&rounded)
    } else {
        digs
    }
}

/// The number of significant decimal digits of `v`'s exact value when it is a fraction
/// with at most ~40 of them, else `None`. With `v = m·2^-k` (m odd, k > 0) the exact value
/// is `m·5^k / 10^k`, whose significant digits are those of `m·5^k` (never ending in 0).
fn exact_digits(v: f64) -> Option<usize> {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    };
    if m == 0 {
        return None;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    if !(-32..0).contains(&e) {
        return None; // an integer (no trailing 5), or more digits than any tie can have
    }
    let p = u128::from(m) * 5u128.pow((-e) as u32);
    Some(p.ilog10() as usize + 1)
}

/// Go's `FormatFloat`. `bit_size` 32 first rounds `v` to float32 (Go panics for sizes
/// other than 32 and 64; here they mean 64). An unknown `fmt` byte yields `%` + fmt.
pub fn format_float(v: f64, fmt: u8, prec: i64, bit_size: u32) -> String {
    let mut out = Vec::with_capacity(24);
    append_float(&mut out, v, fmt, prec, bit_size);
    // Every byte appended is ASCII except an unknown (non-ASCII) fmt byte, made lossy here.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Go's `AppendFloat`: [`format_float`] appending to `out`.
pub fn append_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i64, bit_size: u32) {
    let bits32 = bit_size == 32;
    let v = if bits32 { f64::from(v as f32) } else { v };
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = v.is_sign_negative();
    let a = v.abs();
    match fmt {
        b'b' => return fmt_b(out, neg, a, bits32),
        b'x' | b'X' => return fmt_x(out, prec, fmt, neg, a, bits32),
        _ => {}
    }
    let shortest_mode = prec < 0;
    let mut prec = prec;
    let digs = if a == 0.0 {
        Digits {
            d: Vec::new(),
            dp: 0,
        }
    } else if shortest_mode {
        let digs = shortest(a, bits32);
        let nd = digs.d.len() as i64;
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        digs
    } else {
        let p = prec.min(EXACT_LIMIT as i64) as usize;
        match fmt {
            b'e' | b'E' => from_sci(&format!("{a:.p$e}")),
            b'f' => from_fixed(&format!("{a:.p$}")),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                from_sci(&format!("{a:.*e}", p.max(1) - 1))
            }
            _ => Digits {
                d: Vec::new(),
                dp: 0,
            },
        }
    };
    fmt_efg(out, neg, &digs, prec, fmt, shortest_mode);
}

/// Go's `fmtEFG`: lays out digits as %e, %f, or %g's choice between them.
fn fmt_efg(out: &mut Vec<u8>, neg: bool, digs: &Digits, prec: i64, fmt: u8, shortest: bool) {
    let nd = digs.d.len() as i64;
    let dp = digs.dp;
    let mut prec = prec;
    let mut fmt = fmt;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        // %e is used if the exponent from the conversion is less than -4 or greater than
        // or equal to the precision; shortest formatting uses precision 6 for this test.
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            prec = prec.min(nd) - 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    if neg && (fmt == b'e' || fmt == b'E' || fmt == b'f') {
        out.push(b'-');
    }
    let digit = |i: i64| {
        if (0..nd).contains(&i) {
            digs.d[i as usize]
        } else {
            b'0'
        }
    };
    match fmt {
        b'e' | b'E' => {
            out.push(digit(0));
            if prec > 0 {
                out.push(b'.');
                out.extend((1..=prec).map(digit));
            }
            out.push(fmt);
            let exp = if nd == 0 { 0 } else { dp - 1 };
            out.push(if exp < 0 { b'-' } else { b'+' });
            let exp = exp.unsigned_abs();
            if exp < 10 {
                out.push(b'0');
            }
            out.extend_from_slice(exp.to_string().as_bytes());
        }
        b'f' => {
            if dp > 0 {
                out.extend((0..dp).map(digit));
            } else {
                out.push(b'0');
            }
            if prec > 0 {
                out.push(b'.');
                out.extend((dp..dp + prec).map(digit));
            }
        }
        _ => {
            // Go's "unknown format" result, without a sign.
            out.push(b'%');
            out.push(fmt);
        }
    }
}

/// The raw (mantissa, binary exponent) of `a` as Go's `ftoa` sees them.
fn mant_exp(a: f64, bits32: bool) -> (u64, i64, u32) {
    let (mant, exp, mantbits, bias) = if bits32 {
        let b = (a as f32).to_bits();
        (
            u64::from(b & 0x7F_FFFF),
            i64::from(b >> 23 & 0xFF),
            23,
            -127,
        )
    } else {
        let b = a.to_bits();
        (b & ((1 << 52) - 1), (b >> 52 & 0x7FF) as i64, 52, -1023)
    };
    let (mant, exp) = if exp == 0 {
        (mant, 1)
    } else {
        (mant | 1 << mantbits, exp)
    };
    (mant, exp + bias, mantbits)
}

/// Go's `%b`: `-ddddp±ddd`.
fn fmt_b(out: &mut Vec<u8>, neg: bool, a: f64, bits32: bool) {
    let (mant, exp, mantbits) = mant_exp(a, bits32);
    if neg {
        out.push(b'-');
    }
    let exp = exp - i64::from(mantbits);
    out.extend_from_slice(format!("{mant}p{}{exp}", if exp >= 0 { "+" } else { "" }).as_bytes());
}

/// Go's `%x`: `-0x1.yyyyp±dd`, rounding the hex mantissa to `prec` digits when given.
fn fmt_x(out: &mut Vec<u8>, prec: i64, fmt: u8, neg: bool, a: f64, bits32: bool) {
    let (mut mant, mut exp, mantbits) = mant_exp(a, bits32);
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so the leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4; // remove the leading 0 or 1
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    // Generated by Go 1.27: strconv.FormatFloat(math.Float64frombits(bits), fmt, prec, bitSize).
    #[rustfmt::skip]
    const FORMAT_FLOAT: &[(u64, u8, i64, u32, &str)] = &[
        (0x4415af1d78b58c40, b'g', -1, 64, "1e+20"),
        (0x4197d78400000000, b'g', -1, 64, "1e+08"),
        (0x419d6f3454000000, b'g', -1, 64, "1.23456789e+08"),
        (0x3eb0c6f7a0b5ed8d, b'g', -1, 64, "1e-06"),
        (0x3f1a36e2eb1c432d, b'g', -1, 64, "0.0001"),
        (0x4008000000000000, b'g', -1, 64, "3"),
        (0x3fb99999a0000000, b'g', -1, 32, "0.1"),
        (0x3fd5555560000000, b'g', -1, 32, "0.33333334"),
        (0x3fb99999a0000000, b'g', -1, 64, "0.10000000149011612"),
        (0x3fb999999999999a, b'g', -1, 32, "0.1"),
        (0x3fd5555555555555, b'f', -1, 32, "0.33333334"),
        (0x8000000000000000, b'g', -1, 64, "-0"),
        (0x8000000000000000, b'f', 2, 64, "-0.00"),
        (0x7ff0000000000000, b'f', 2, 64, "+Inf"),
        (0xfff0000000000000, b'e', -1, 32, "-Inf"),
        (0x7ff8000000000001, b'g', 3, 64, "NaN"),
        (0x444b1ae4d6e2ef50, b'f', -1, 64, "1000000000000000000000"),
        (0x444b1ae4d6e2ef50, b'f', 0, 64, "1000000000000000000000"),
        (0x405edd2f1a9fbe77, b'e', 2, 64, "1.23e+02"),
        (0x405edd2f1a9fbe77, b'E', -1, 64, "1.23456E+02"),
        (0x3fe0000000000000, b'f', 0, 64, "0"),
        (0x3ff8000000000000, b'f', 0, 64, "2"),
        (0x4004000000000000, b'f', 0, 64, "2"),
        (0x3fc0000000000000, b'f', 2, 64, "0.12"),
        (0x3ff0000000000000, b'g', 5, 64, "1"),
        (0x4059000000000000, b'g', 3, 64, "100"),
        (0x4202a05f20000000, b'g', 3, 64, "1e+10"),
        (0x40fe240000000000, b'g', 2, 64, "1.2e+05"),
        (0x3ee9e0fcaf9380fc, b'g', 2, 64, "1.2e-05"),
        (0x0, b'g', 0, 64, "0"),
        (0x0, b'e', 3, 64, "0.000e+00"),
        (0x0, b'g', 3, 64, "0"),
        (0x1, b'g', -1, 64, "5e-324"),
        (0x1, b'e', 5, 64, "4.94066e-324"),
        (0x7fefffffffffffff, b'g', -1, 64, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, b'f', 0, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        (0x7e37e43c8800759c, b'f', 3, 32, "+Inf"),
        (0x47efffffe0000000, b'g', -1, 32, "3.4028235e+38"),
        (0x3ff0000000000000, b'b', -1, 64, "4503599627370496p-52"),
        (0x3ff0000000000000, b'b', -1, 32, "8388608p-23"),
        (0x3fb999999999999a, b'x', -1, 64, "0x1.999999999999ap-04"),
        (0x3fb999999999999a, b'x', 3, 64, "0x1.99ap-04"),
        (0xbff0000000000000, b'X', 0, 64, "-0X1P+00"),
        (0x0, b'x', -1, 64, "0x0p+00"),
        (0x3ff0000000000000, b'x', 20, 64, "0x1.00000000000000000000p+00"),
        (0x1, b'x', -1, 64, "0x1p-1074"),
        (0x3ff8000000000000, b'z', 2, 64, "%z"),
        (0xbff8000000000000, b'z', -1, 64, "%z"),
        (0x3fb999999999999a, b'f', 30, 64, "0.100000000000000005551115123126"),
        (0x3fb999999999999a, b'e', 25, 32, "1.0000000149011611938476562e-01"),
        (0x40865486a0000000, b'g', -1, 64, "714.5657348632812"),
        (0x4005666666666666, b'f', 2, 64, "2.67"),
        (0x44b52d02c7e14af6, b'g', -1, 64, "1e+23"),
        (0x44b52d02c7e14af6, b'e', 30, 64, "9.999999999999999161139200000000e+22"),
        (0x3f1a36e2bf21436a, b'g', 3, 64, "0.0001"),
        (0x4058fccccccccccd, b'g', 3, 64, "100"),
    ];

    #[test]
    fn format_float_matches_go() {
        for &(bits, fmt, prec, size, want) in FORMAT_FLOAT {
            let v = f64::from_bits(bits);
            assert_eq!(
                format_float(v, fmt, prec, size),
                want,
                "FormatFloat({v:e}, {}, {prec}, {size})",
                fmt as char
            );
        }
    }

    #[test]
    fn huge_precisions_are_exact_then_zero_filled() {
        // Go: FormatFloat(0.1, 'f', 2000, 64) has length 2002: the exact expansion, then
        // zeros from byte 57; FormatFloat(5e-324, 'e', 1000000, 64) has length 1000007 and
        // starts "4.9406564584124654417656879286".
        let s = format_float(0.1, b'f', 2000, 64);
        assert_eq!(s.len(), 2002);
        assert!(s.starts_with("0.1000000000000000055511151231257827021181583404541015625000"));
        assert!(s[57..].bytes().all(|c| c == b'0'));
        let e = format_float(5e-324, b'e', 1_000_000, 64);
        assert_eq!(e.len(), 1_000_007);
        assert!(e.starts_with("4.9406564584124654417656879286") && e.ends_with("00000e-324"));
    }
}
