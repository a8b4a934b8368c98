//! Go's `unicode` predicates and simple case mapping, driven by tables generated from Go
//! itself (`tables.rs`, Unicode 17.0.0 as of Go 1.27), so they agree with Go rune for rune.
//!
//! Rust's `char` methods are *not* used because they answer different questions
//! (counts measured over all chars with Rust 1.95): `char::is_alphabetic` is the Alphabetic
//! property and differs from Go's `IsLetter` (category L) on 1749 runes, e.g. marks such as
//! U+0345 and letter numbers such as U+2160 'Ⅰ'; `is_uppercase` / `is_lowercase` include
//! Other_Uppercase / Other_Lowercase and differ from `IsUpper` / `IsLower` on 120 / 312
//! runes (U+24B6 'Ⓐ' is upper in Rust, not in Go); `char::to_uppercase` may yield several
//! chars ('ß' → "SS") where Go maps rune to rune ('ß' stays 'ß'), 102 differences; Rust has
//! no `IsPunct` or `IsDigit` (Nd). `is_numeric` and `is_whitespace` happen to agree with
//! Go's `IsNumber` and `IsSpace` today, but tables keep us independent of Rust's Unicode
//! version. Runes are `i32`; negative or too-large runes satisfy no predicate and map to
//! themselves.

use super::tables;

fn in_table(table: &[(u32, u32, u32)], r: i32) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    let i = table.partition_point(|&(lo, _, _)| lo <= r);
    if i == 0 {
        return false;
    }
    let (lo, hi, stride) = table[i - 1];
    r <= hi && (r - lo) % stride == 0
}

/// Go's `unicode.IsLetter` (category L).
pub fn is_letter(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_alphabetic();
    }
    in_table(tables::LETTER, r)
}

/// Go's `unicode.IsUpper` (category Lu).
pub fn is_upper(r: i32) -> bool {
    in_table(tables::UPPER, r)
}

/// Go's `unicode.IsLower` (category Ll).
pub fn is_lower(r: i32) -> bool {
    in_table(tables::LOWER, r)
}

/// Go's `unicode.IsTitle` (category Lt).
pub fn is_title(r: i32) -> bool {
    in_table(tables::TITLE, r)
}

/// Go's `unicode.IsDigit` (category Nd).
pub fn is_digit(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_digit();
    }
    in_table(tables::DIGIT, r)
}

/// Go's `unicode.IsNumber` (category N).
pub fn is_number(r: i32) -> bool {
    in_table(tables::NUMBER, r)
}

/// Go's `unicode.IsPunct` (category P).
pub fn is_punct(r: i32) -> bool {
    in_table(tables::PUNCT, r)
}

/// Go's `unicode.IsSpace`: '\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0 and the
/// other White_Space runes.
pub fn is_space(r: i32) -> bool {
    in_table(tables::SPACE, r)
}

/// Go's `unicode.IsControl`: only the Latin-1 C0/C1 controls.
pub fn is_control(r: i32) -> bool {
    (0..0x20).contains(&r) || (0x7F..0xA0).contains(&r)
}

/// Go's `unicode.IsPrint`, which equals `strconv.IsPrint`: letters, marks, numbers,
/// punctuation, symbols and the ASCII space (U+0020) only.
pub fn is_print(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (0x20..0x7F).contains(&r);
    }
    in_table(tables::PRINT, r)
}

/// Go's `unicode.IsGraphic` / `strconv.IsGraphic`: `is_print` plus the Zs spaces.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || in_table(tables::GRAPHIC_EXTRA, r)
}

/// Go's `unicode.UpperCase`, `LowerCase`, `TitleCase` selectors for [`to_case`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Upper = 0,
    Lower = 1,
    Title = 2,
}

const UPPER_LOWER: i32 = 0x10FFFF + 1;

/// Go's `unicode.To`: the simple case mapping of `r`, or `r` itself when there is none.
pub fn to_case(case: Case, r: i32) -> i32 {
    let ranges = tables::CASE_RANGES;
    let Ok(ru) = u32::try_from(r) else { return r };
    let i = ranges.partition_point(|&(lo, ..)| lo <= ru);
    if i == 0 {
        return r;
    }
    let (lo, hi, du, dl, dt) = ranges[i - 1];
    if ru > hi {
        return r;
    }
    let delta = [du, dl, dt][case as usize];
    if delta == UPPER_LOWER {
        // Alternating Upper/Lower pairs start with upper case: even offsets are upper.
        let lo = lo as i32;
        return lo + (((r - lo) & !1) | (case as i32 & 1));
    }
    r + delta
}

/// Go's `unicode.ToUpper`.
pub fn to_upper(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return i32::from((r as u8).to_ascii_uppercase());
    }
    to_case(Case::Upper, r)
}

/// Go's `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return i32::from((r as u8).to_ascii_lowercase());
    }
    to_case(Case::Lower, r)
}

/// Go's `unicode.ToTitle`.
pub fn to_title(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return i32::from((r as u8).to_ascii_uppercase());
    }
    to_case(Case::Title, r)
}

/// Go's `unicode.SimpleFold`: the next rune (cyclically, upwards) in `r`'s case-folding
/// orbit, e.g. 'K' → 'k' → U+212A (Kelvin) → 'K'.
pub fn simple_fold(r: i32) -> i32 {
    let Ok(ru) = u32::try_from(r) else { return r };
    if ru > 0x10FFFF {
        return r;
    }
    let orbit = tables::FOLD_ORBIT;
    if let Ok(i) = orbit.binary_search_by_key(&ru, |&(from, _)| from) {
        return orbit[i].1 as i32;
    }
    let l = to_lower(r);
    if l != r {
        return l;
    }
    to_upper(r)
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    /// Each row: rune, then Go's IsLetter IsUpper IsLower IsTitle IsDigit IsNumber IsPunct
    /// IsSpace IsControl IsPrint IsGraphic as 0/1, then ToUpper ToLower ToTitle SimpleFold.
    #[rustfmt::skip]
    const GO_TABLE: &[(i32, [u8; 11], i32, i32, i32, i32)] = &[
        (0x41, [1,1,0,0,0,0,0,0,0,1,1], 0x41, 0x61, 0x41, 0x61),
        (0x6b, [1,0,1,0,0,0,0,0,0,1,1], 0x4b, 0x6b, 0x4b, 0x212a),
        (0x212a, [1,1,0,0,0,0,0,0,0,1,1], 0x212a, 0x6b, 0x212a, 0x4b),
        (0xdf, [1,0,1,0,0,0,0,0,0,1,1], 0xdf, 0xdf, 0xdf, 0x1e9e),
        (0x1c5, [1,0,0,1,0,0,0,0,0,1,1], 0x1c4, 0x1c6, 0x1c5, 0x1c6),
        (0x130, [1,1,0,0,0,0,0,0,0,1,1], 0x130, 0x69, 0x130, 0x130),
        (0x131, [1,0,1,0,0,0,0,0,0,1,1], 0x49, 0x131, 0x49, 0x131),
        (0x24b6, [0,0,0,0,0,0,0,0,0,1,1], 0x24b6, 0x24d0, 0x24b6, 0x24d0),
        (0x2160, [0,0,0,0,0,1,0,0,0,1,1], 0x2160, 0x2170, 0x2160, 0x2170),
        (0x345, [0,0,0,0,0,0,0,0,0,1,1], 0x399, 0x345, 0x399, 0x399),
        (0x660, [0,0,0,0,1,1,0,0,0,1,1], 0x660, 0x660, 0x660, 0x660),
        (0xbd, [0,0,0,0,0,1,0,0,0,1,1], 0xbd, 0xbd, 0xbd, 0xbd),
        (0x21, [0,0,0,0,0,0,1,0,0,1,1], 0x21, 0x21, 0x21, 0x21),
        (0x24, [0,0,0,0,0,0,0,0,0,1,1], 0x24, 0x24, 0x24, 0x24),
        (0xa7, [0,0,0,0,0,0,1,0,0,1,1], 0xa7, 0xa7, 0xa7, 0xa7),
        (0x20, [0,0,0,0,0,0,0,1,0,1,1], 0x20, 0x20, 0x20, 0x20),
        (0x85, [0,0,0,0,0,0,0,1,1,0,0], 0x85, 0x85, 0x85, 0x85),
        (0xa0, [0,0,0,0,0,0,0,1,0,0,1], 0xa0, 0xa0, 0xa0, 0xa0),
        (0x3000, [0,0,0,0,0,0,0,1,0,0,1], 0x3000, 0x3000, 0x3000, 0x3000),
        (0x200b, [0,0,0,0,0,0,0,0,0,0,0], 0x200b, 0x200b, 0x200b, 0x200b),
        (0xad, [0,0,0,0,0,0,0,0,0,0,0], 0xad, 0xad, 0xad, 0xad),
        (0xfeff, [0,0,0,0,0,0,0,0,0,0,0], 0xfeff, 0xfeff, 0xfeff, 0xfeff),
        (0x7f, [0,0,0,0,0,0,0,0,1,0,0], 0x7f, 0x7f, 0x7f, 0x7f),
        (0x1f600, [0,0,0,0,0,0,0,0,0,1,1], 0x1f600, 0x1f600, 0x1f600, 0x1f600),
        (0x10400, [1,1,0,0,0,0,0,0,0,1,1], 0x10400, 0x10428, 0x10400, 0x10428),
        (0x3a3, [1,1,0,0,0,0,0,0,0,1,1], 0x3a3, 0x3c3, 0x3a3, 0x3c2),
        (0x3c2, [1,0,1,0,0,0,0,0,0,1,1], 0x3a3, 0x3c2, 0x3a3, 0x3c3),
        (0xe000, [0,0,0,0,0,0,0,0,0,0,0], 0xe000, 0xe000, 0xe000, 0xe000),
        (0xfffd, [0,0,0,0,0,0,0,0,0,1,1], 0xfffd, 0xfffd, 0xfffd, 0xfffd),
        (0x10ffff, [0,0,0,0,0,0,0,0,0,0,0], 0x10ffff, 0x10ffff, 0x10ffff, 0x10ffff),
        (0x110000, [0,0,0,0,0,0,0,0,0,0,0], 0x110000, 0x110000, 0x110000, 0x110000),
        (-1, [0,0,0,0,0,0,0,0,0,0,0], -1, -1, -1, -1),
    ];

    #[test]
    fn predicates_and_mappings_match_go() {
        for &(r, flags, up, low, title, fold) in GO_TABLE {
            let ours = [
                is_letter(r),
                is_upper(r),
                is_lower(r),
                is_title(r),
                is_digit(r),
                is_number(r),
                is_punct(r),
                is_space(r),
                is_control(r),
                is_print(r),
                is_graphic(r),
            ];
            let want: Vec<bool> = flags.iter().map(|&f| f == 1).collect();
            assert_eq!(ours.to_vec(), want, "predicates of {r:#x}");
            assert_eq!(
                (to_upper(r), to_lower(r), to_title(r), simple_fold(r)),
                (up, low, title, fold),
                "{r:#x}"
            );
        }
    }

    #[test]
    fn table_shapes() {
        for t in [tables::LETTER, tables::UPPER, tables::PRINT, tables::PUNCT] {
            assert!(t.windows(2).all(|w| w[0].1 < w[1].0), "sorted and disjoint");
            assert!(t.iter().all(|&(lo, hi, s)| s > 0 && lo <= hi));
        }
        assert!(tables::CASE_RANGES.windows(2).all(|w| w[0].1 < w[1].0));
    }
}
