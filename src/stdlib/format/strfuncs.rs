//! Go's `strings` functions whose semantics differ from Rust's std, on byte strings:
//! rune-wise operations treat each invalid UTF-8 byte as one U+FFFD rune (Go's `range`
//! rule), case mapping and `Fields` use Go's Unicode tables, and the empty-separator
//! rules of `Split`, `Count`, `Replace` and `Index` are Go's. Index results are
//! `Option<usize>` (`None` is Go's -1).

use super::unicode::{is_space, simple_fold, to_lower, to_title, to_upper};
use super::utf8::{
    decode_last_rune, decode_rune, encode_rune, rune_count, rune_string, runes, valid_rune,
    RUNE_ERROR, RUNE_SELF,
};

/// Go's `strings.Index`: first byte offset of `sep` in `s` (0 for an empty `sep`).
pub fn index(s: &[u8], sep: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = sep.split_first() else {
        return Some(0);
    };
    if sep.len() > s.len() {
        return None;
    }
    let last_start = s.len() - sep.len();
    let mut i = 0;
    while i <= last_start {
        let off = s[i..=last_start].iter().position(|&c| c == first)?;
        i += off;
        if &s[i + 1..i + sep.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Go's `strings.LastIndex`: last byte offset of `sep` in `s` (`len(s)` for an empty `sep`).
pub fn last_index(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(s.len());
    }
    if sep.len() > s.len() {
        return None;
    }
    (0..=s.len() - sep.len())
        .rev()
        .find(|&i| &s[i..i + sep.len()] == sep)
}

/// Go's `strings.Contains`.
pub fn contains(s: &[u8], sep: &[u8]) -> bool {
    index(s, sep).is_some()
}

/// Go's `strings.IndexByte`.
pub fn index_byte(s: &[u8], c: u8) -> Option<usize> {
    s.iter().position(|&b| b == c)
}

/// Go's `strings.IndexRune`: for `RUNE_ERROR` the first invalid byte or real U+FFFD;
/// an invalid rune is never found.
pub fn index_rune(s: &[u8], r: i32) -> Option<usize> {
    if (0..i32::from(RUNE_SELF)).contains(&r) {
        return index_byte(s, r as u8);
    }
    if r == RUNE_ERROR {
        return runes(s)
            .find(|&(_, c, _)| c == RUNE_ERROR)
            .map(|(i, _, _)| i);
    }
    if !valid_rune(r) {
        return None;
    }
    index(s, &rune_string(r))
}

/// Go's `strings.ContainsRune`.
pub fn contains_rune(s: &[u8], r: i32) -> bool {
    index_rune(s, r).is_some()
}

/// Go's `strings.IndexAny`: first offset of any rune of `chars` in `s`.
pub fn index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    runes(s)
        .find(|&(_, c, _)| index_rune(chars, c).is_some())
        .map(|(i, _, _)| i)
}

/// Go's `strings.Count`: non-overlapping occurrences; an empty `sep` counts runes + 1.
pub fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return rune_count(s) + 1;
    }
    let (mut n, mut rest) = (0, s);
    while let Some(i) = index(rest, sep) {
        n += 1;
        rest = &rest[i + sep.len()..];
    }
    n
}

/// Go's `strings.Repeat`; `Err` is Go's panic message for a negative count or an
/// overflowing length, or Go's fatal error when the memory cannot be allocated.
pub fn repeat(s: &[u8], count: i64) -> Result<Vec<u8>, &'static str> {
    if count < 0 {
        return Err("strings: negative Repeat count");
    }
    let len = (s.len() as u128) * (count as u128);
    if len > i64::MAX as u128 {
        return Err("strings: Repeat output length overflow");
    }
    let mut out = Vec::new();
    out.try_reserve_exact(len as usize)
        .map_err(|_| "runtime: out of memory")?;
    for _ in 0..count {
        if s.is_empty() {
            break;
        }
        out.extend_from_slice(s);
    }
    Ok(out)
}

/// Go's `explode`: `s` split into at most `n` UTF-8 sequences (n < 0: all); each invalid
/// byte is its own element.
fn explode(s: &[u8], n: i64) -> Vec<&[u8]> {
    let l = rune_count(s);
    let n = if n < 0 || n as u64 > l as u64 {
        l
    } else {
        n as usize
    };
    let mut out = Vec::with_capacity(n);
    let mut rest = s;
    for _ in 1..n {
        let (_, size) = decode_rune(rest);
        out.push(&rest[..size]);
        rest = &rest[size..];
    }
    if n > 0 {
        out.push(rest);
    }
    out
}

/// Go's `genSplit`: the shared core of `Split`, `SplitN`, `SplitAfter`, `SplitAfterN`.
fn gen_split<'a>(s: &'a [u8], sep: &[u8], sep_save: usize, n: i64) -> Vec<&'a [u8]> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        return explode(s, n);
    }
    let n = if n < 0 {
        count(s, sep) + 1
    } else {
        usize::try_from(n).unwrap_or(usize::MAX)
    };
    let n = n.min(s.len() + 1);
    let mut out = Vec::with_capacity(n);
    let mut rest = s;
    while out.len() + 1 < n {
        let Some(m) = index(rest, sep) else { break };
        out.push(&rest[..m + sep_save]);
        rest = &rest[m + sep.len()..];
    }
    out.push(rest);
    out
}

/// Go's `strings.Split`: `Split("", ",")` is `[""]`; an empty `sep` splits after each
/// UTF-8 sequence.
pub fn split<'a>(s: &'a [u8], sep: &[u8]) -> Vec<&'a [u8]> {
    gen_split(s, sep, 0, -1)
}

/// Go's `strings.SplitN`: at most `n` pieces, the last unsplit; `n == 0` gives none
/// (Go returns nil), `n < 0` all.
pub fn split_n<'a>(s: &'a [u8], sep: &[u8], n: i64) -> Vec<&'a [u8]> {
    gen_split(s, sep, 0, n)
}

/// Go's `strings.SplitAfter`: like `split` but each piece keeps its separator.
pub fn split_after<'a>(s: &'a [u8], sep: &[u8]) -> Vec<&'a [u8]> {
    gen_split(s, sep, sep.len(), -1)
}

/// Go's `strings.SplitAfterN`.
pub fn split_after_n<'a>(s: &'a [u8], sep: &[u8], n: i64) -> Vec<&'a [u8]> {
    gen_split(s, sep, sep.len(), n)
}

/// Go's `strings.Fields`: the runs of non-space runes (Go's `unicode.IsSpace`).
pub fn fields(s: &[u8]) -> Vec<&[u8]> {
    fields_func(s, is_space)
}

/// Go's `strings.FieldsFunc`: the runs of runes for which `f` is false.
pub fn fields_func(s: &[u8], f: impl Fn(i32) -> bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, r, _) in runes(s) {
        match (f(r), start) {
            (true, Some(st)) => {
                out.push(&s[st..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// Go's `strings.Map`: each rune replaced by `f(rune)`, dropped when negative; invalid
/// bytes reach `f` as U+FFFD and invalid results are written as U+FFFD.
pub fn map(s: &[u8], f: impl Fn(i32) -> i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        let m = f(r);
        if m >= 0 {
            encode_rune(&mut out, m);
        }
    }
    out
}

/// Go's `strings.ToUpper` (simple per-rune mapping: "ß" stays "ß"; invalid bytes become
/// U+FFFD unless the string is ASCII-only).
pub fn to_upper_string(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map(s, to_upper)
}

/// Go's `strings.ToLower`.
pub fn to_lower_string(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map(s, to_lower)
}

/// Go's `strings.ToTitle`.
pub fn to_title_string(s: &[u8]) -> Vec<u8> {
    map(s, to_title)
}

/// Go's `strings.TrimLeftFunc`.
pub fn trim_left_func(s: &[u8], f: impl Fn(i32) -> bool) -> &[u8] {
    let start = runes(s)
        .find(|&(_, r, _)| !f(r))
        .map_or(s.len(), |(i, _, _)| i);
    &s[start..]
}

/// Go's `strings.TrimRightFunc`.
pub fn trim_right_func(s: &[u8], f: impl Fn(i32) -> bool) -> &[u8] {
    let mut end = s.len();
    while end > 0 {
        let (r, size) = decode_last_rune(&s[..end]);
        if !f(r) {
            break;
        }
        end -= size;
    }
    &s[..end]
}

/// Go's `strings.TrimFunc`.
pub fn trim_func(s: &[u8], f: impl Fn(i32) -> bool) -> &[u8] {
    trim_right_func(trim_left_func(s, &f), &f)
}

/// Go's `strings.TrimSpace`.
pub fn trim_space(s: &[u8]) -> &[u8] {
    trim_func(s, is_space)
}

/// Whether rune `r` is in Go's cutset (`strings.ContainsRune(cutset, r)`).
fn in_cutset(cutset: &[u8], r: i32) -> bool {
    index_rune(cutset, r).is_some()
}

/// Go's `strings.TrimLeft`: drops leading runes contained in `cutset` (not a prefix!).
pub fn trim_left<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    if cutset.is_ascii() {
        let start = s
            .iter()
            .position(|c| !cutset.contains(c))
            .unwrap_or(s.len());
        return &s[start..];
    }
    trim_left_func(s, |r| in_cutset(cutset, r))
}

/// Go's `strings.TrimRight`: drops trailing runes contained in `cutset`.
pub fn trim_right<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    if cutset.is_ascii() {
        let end = s
            .iter()
            .rposition(|c| !cutset.contains(c))
            .map_or(0, |i| i + 1);
        return &s[..end];
    }
    trim_right_func(s, |r| in_cutset(cutset, r))
}

/// Go's `strings.Trim`: both ends, cutset semantics.
pub fn trim<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    trim_left(trim_right(s, cutset), cutset)
}

/// Go's `strings.Replace`: the first `n` (all if `n < 0`) non-overlapping `old` replaced
/// by `new`; an empty `old` matches at the start and after each UTF-8 sequence.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    let m = count(s, old);
    if old == new || n == 0 || m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || (n as u64) > m as u64 {
        m
    } else {
        n as usize
    };
    let mut out = Vec::with_capacity(s.len() + n * new.len());
    let mut start = 0;
    if old.is_empty() {
        out.extend_from_slice(new);
        for _ in 1..n {
            let (_, width) = decode_rune(&s[start..]);
            out.extend_from_slice(&s[start..start + width]);
            out.extend_from_slice(new);
            start += width;
        }
    } else {
        for _ in 0..n {
            let Some(j) = index(&s[start..], old) else {
                break;
            };
            out.extend_from_slice(&s[start..start + j]);
            out.extend_from_slice(new);
            start += j + old.len();
        }
    }
    out.extend_from_slice(&s[start..]);
    out
}

/// Go's `strings.ReplaceAll`.
pub fn replace_all(s: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    replace(s, old, new, -1)
}

/// Go's `strings.EqualFold`: equal under simple Unicode case folding (so "K" matches the
/// Kelvin sign U+212A, but "ß" does not match "SS").
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let mut t = t;
    for (_, sr, _) in runes(s) {
        if t.is_empty() {
            return false;
        }
        let (tr, size) = decode_rune(t);
        t = &t[size..];
        if sr == tr {
            continue;
        }
        let (lo, hi) = if tr < sr { (tr, sr) } else { (sr, tr) };
        if hi < i32::from(RUNE_SELF) {
            if (i32::from(b'A')..=i32::from(b'Z')).contains(&lo) && hi == lo + 32 {
                continue;
            }
            return false;
        }
        // SimpleFold(x) is the next equivalent rune > x, or wraps around to smaller ones.
        let mut r = simple_fold(lo);
        while r != lo && r < hi {
            r = simple_fold(r);
        }
        if r != hi {
            return false;
        }
    }
    t.is_empty()
}

#[cfg(test)]
#[path = "strfuncs_tests.rs"]
mod tests;
