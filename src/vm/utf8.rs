//! Go's UTF-8 on byte slices, owned by the VM (`for range` over a string, `[]rune(s)`) and
//! shared with the standard library's `unicode/utf8`, `strings` and `fmt`: decoding that never
//! fails (an invalid or truncated sequence decodes as `(RUNE_ERROR, 1)`, one byte at a time,
//! unlike Rust's lossy decoding which replaces a maximal invalid subpart), rune counting,
//! validity and encoding.
//! Runes are `i32` as in Go, so negative and out-of-range values can be passed and are
//! treated the way Go treats them.

/// Go's `utf8.RuneError`, U+FFFD.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// Go's `utf8.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// Go's `utf8.RuneSelf`: bytes below it are single-byte runes.
pub const RUNE_SELF: u8 = 0x80;

/// Go's `utf8.DecodeRune`: the first rune of `b` and its width; `(RUNE_ERROR, 0)` for an
/// empty slice and `(RUNE_ERROR, 1)` for any invalid, overlong, surrogate or truncated
/// encoding.
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    let Some(&b0) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < RUNE_SELF {
        return (i32::from(b0), 1);
    }
    let (size, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < size || b[1] < lo || b[1] > hi {
        return (RUNE_ERROR, 1);
    }
    if b[2..size].iter().any(|&c| !(0x80..=0xBF).contains(&c)) {
        return (RUNE_ERROR, 1);
    }
    let lead = i32::from(b0) & (0x7F >> size);
    let r = b[1..size]
        .iter()
        .fold(lead, |acc, &c| (acc << 6) | i32::from(c & 0x3F));
    (r, size)
}

/// Go's `utf8.DecodeLastRune`: the last rune of `b` and its width, with the same error
/// convention as [`decode_rune`].
pub fn decode_last_rune(b: &[u8]) -> (i32, usize) {
    let end = b.len();
    let Some(&last) = b.last() else {
        return (RUNE_ERROR, 0);
    };
    if last < RUNE_SELF {
        return (i32::from(last), 1);
    }
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim {
        start -= 1;
        if b[start] & 0xC0 != 0x80 {
            break;
        }
    }
    let (r, size) = decode_rune(&b[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Go's `for i, r := range s`: yields `(byte offset, rune, width)` for each rune of `b`.
pub fn runes(b: &[u8]) -> impl Iterator<Item = (usize, i32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, w) = decode_rune(&b[i..]);
        let item = (i, r, w);
        i += w;
        Some(item)
    })
}

/// The runes of a Go string, as `[]rune(s)` gives them.
pub fn runes_of(b: &[u8]) -> Vec<u32> {
    runes(b).map(|(_, r, _)| r as u32).collect()
}

/// Go's `utf8.RuneCount`: the number of runes, each invalid byte counting as one.
pub fn rune_count(b: &[u8]) -> usize {
    runes(b).count()
}

/// Go's `utf8.Valid`: whether `b` is entirely valid UTF-8.
pub fn valid(b: &[u8]) -> bool {
    std::str::from_utf8(b).is_ok()
}

/// Go's `utf8.ValidRune`: in range and not a surrogate.
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Go's `utf8.RuneLen`: bytes needed to encode `r`, or -1 if `r` is not a valid rune.
pub fn rune_len(r: i32) -> i32 {
    match r {
        _ if r < 0 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=MAX_RUNE => 4,
        _ => -1,
    }
}

/// Go's `utf8.AppendRune`: appends the UTF-8 encoding of `r`, or of U+FFFD if `r` is
/// not a valid rune.
pub fn encode_rune(out: &mut Vec<u8>, r: i32) {
    let c = to_char(r);
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// The Rust `char` for a Go rune, U+FFFD for invalid runes (Go's `string(r)` conversion).
pub fn to_char(r: i32) -> char {
    u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}')
}

/// Go's `string(rune)` conversion as bytes.
pub fn rune_string(r: i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(4);
    encode_rune(&mut out, r);
    out
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn decode_table() {
        // Expectations from Go: utf8.DecodeRune / DecodeLastRune.
        let cases: &[(&[u8], (i32, usize), (i32, usize))] = &[
            (b"", (0xFFFD, 0), (0xFFFD, 0)),
            (b"a", (97, 1), (97, 1)),
            ("é".as_bytes(), (233, 2), (233, 2)),
            ("€x".as_bytes(), (8364, 3), (120, 1)),
            ("😀".as_bytes(), (128512, 4), (128512, 4)),
            (b"\xff", (0xFFFD, 1), (0xFFFD, 1)),
            (b"\xc0\x80", (0xFFFD, 1), (0xFFFD, 1)),
            (b"\xed\xa0\x80", (0xFFFD, 1), (0xFFFD, 1)),
            (b"\xe2\x82", (0xFFFD, 1), (0xFFFD, 1)),
            (b"\xf4\x90\x80\x80", (0xFFFD, 1), (0xFFFD, 1)),
            (b"a\xe2\x82\xac", (97, 1), (8364, 3)),
            (b"\xe2\x82\xac\x80", (8364, 3), (0xFFFD, 1)),
        ];
        for &(input, first, last) in cases {
            assert_eq!(decode_rune(input), first, "{input:?}");
            assert_eq!(decode_last_rune(input), last, "{input:?}");
        }
    }

    #[test]
    fn count_len_encode() {
        // Go: utf8.RuneCountInString("a\xffé\xe2\x82") == 5
        assert_eq!(rune_count(b"a\xff\xc3\xa9\xe2\x82"), 5);
        assert_eq!(rune_count(b"\xf0\x9f\x98"), 3);
        let lens = [
            (0, 1),
            (0x7F, 1),
            (0x80, 2),
            (0x7FF, 2),
            (0x800, 3),
            (0xD800, -1),
            (0xFFFF, 3),
        ];
        for (r, want) in lens {
            assert_eq!(rune_len(r), want);
        }
        assert_eq!(rune_len(0x10FFFF), 4);
        assert_eq!(rune_len(0x110000), -1);
        assert_eq!(rune_len(-1), -1);
        assert_eq!(rune_string(0xD800), "\u{FFFD}".as_bytes());
        assert_eq!(rune_string(-5), "\u{FFFD}".as_bytes());
        assert_eq!(rune_string(0x1F600), "😀".as_bytes());
        assert!(valid(b"abc") && !valid(b"\xed\xa0\x80"));
    }

    #[test]
    fn random_bytes_decode_like_go() {
        // Go's rule: a valid sequence decodes whole, anything else is (U+FFFD, 1).
        let mut seed = 0x9E3779B97F4A7C15u64;
        for _ in 0..50_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let bytes: Vec<u8> = (0..(seed % 9) as usize)
                .map(|i| ((seed >> (i * 7)) as u8) | (0x80 * (i as u8 & 1)))
                .collect();
            let mut total = 0;
            for (i, r, w) in runes(&bytes) {
                assert_eq!(i, total);
                total += w;
                match std::str::from_utf8(&bytes[i..i + w]) {
                    Ok(s) => assert_eq!(s.chars().next().map(|c| c as i32), Some(r)),
                    Err(_) => assert_eq!((r, w), (RUNE_ERROR, 1)),
                }
                if w == 1 && r == RUNE_ERROR {
                    assert!(std::str::from_utf8(&bytes[i..])
                        .map_or(true, |s| !s.starts_with('\u{FFFD}')));
                }
            }
            assert_eq!(total, bytes.len());
            assert_eq!(
                valid(&bytes),
                runes(&bytes).all(|(_, r, w)| r != RUNE_ERROR || w == 3)
            );
        }
    }

    #[test]
    fn decode_agrees_with_std_on_valid_input() {
        let s = "aé€😀\u{10FFFF}\u{E000}\u{D7FF}";
        let ours: Vec<i32> = runes(s.as_bytes()).map(|(_, r, _)| r).collect();
        let std: Vec<i32> = s.chars().map(|c| c as i32).collect();
        assert_eq!(ours, std);
    }
}
