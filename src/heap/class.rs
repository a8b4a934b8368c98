//! Size classes of small objects (after Go's `sizeclasses.go`, counted in 8-byte words): every
//! small allocation is rounded up to its class, and a span holds objects of one class only, so
//! an object's start is found from any address inside it by one multiply (no headers).
//!
//! Invariants: classes ascend; the largest is `MAX_SMALL_WORDS`; `SPAN_BYTES / size` objects of
//! a class fit a span's bitmaps (`MAX_OBJECTS`).

use super::arena::SPAN_BYTES;

/// Object sizes in words, one per class (class 0 is unused so that 0 can mean "no class").
pub const CLASS_WORDS: [u32; 42] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112,
    128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 1024, 1280, 1638, 2048, 2730, 4096,
];

pub const NCLASSES: usize = CLASS_WORDS.len();
pub const MAX_SMALL_WORDS: usize = 4096;
/// Objects of the 1-word class fill a span: the bitmaps' capacity.
pub const MAX_OBJECTS: usize = SPAN_BYTES / 8;

/// The class of each size in words up to `MAX_SMALL_WORDS`.
static CLASS_OF: [u8; MAX_SMALL_WORDS + 1] = class_table();

const fn class_table() -> [u8; MAX_SMALL_WORDS + 1] {
    let mut t = [0u8; MAX_SMALL_WORDS + 1];
    let mut words = 1;
    let mut c = 1;
    while words <= MAX_SMALL_WORDS {
        while (CLASS_WORDS[c] as usize) < words {
            c += 1;
        }
        t[words] = c as u8;
        words += 1;
    }
    t
}

/// The class of an object of `words` words (1 ..= MAX_SMALL_WORDS).
#[inline]
pub fn class_of(words: usize) -> usize {
    CLASS_OF[words] as usize
}

/// Per class: objects per span, and the `divMagic` of its size (no division when marking).
static PER_SPAN: [u32; NCLASSES] = per_class(false);
static MAGIC: [u32; NCLASSES] = per_class(true);

const fn per_class(magic: bool) -> [u32; NCLASSES] {
    let mut t = [0u32; NCLASSES];
    let mut c = 1;
    while c < NCLASSES {
        let size = CLASS_WORDS[c] as u64 * 8;
        t[c] = if magic {
            (1u64 << 32).div_ceil(size) as u32
        } else {
            (SPAN_BYTES as u64 / size) as u32
        };
        c += 1;
    }
    t
}

/// Objects of class `c` in one span.
#[inline]
pub fn objects_per_span(c: usize) -> usize {
    PER_SPAN[c] as usize
}

/// `off / (size_words * 8)` for offsets inside a span, by Go's `divMagic`: multiply by
/// `ceil(2^32 / size_bytes)` and shift (exact for every offset below `SPAN_BYTES`, checked by a
/// test over all classes and offsets).
#[inline]
pub fn div_magic(c: usize) -> u64 {
    MAGIC[c] as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_maps_to_the_smallest_class_that_holds_it() {
        for words in 1..=MAX_SMALL_WORDS {
            let c = class_of(words);
            assert!(CLASS_WORDS[c] as usize >= words);
            assert!(CLASS_WORDS[c - 1] < words as u32 || c == 1);
        }
        assert!(objects_per_span(1) <= MAX_OBJECTS);
        assert!(objects_per_span(NCLASSES - 1) >= 2);
    }

    #[test]
    fn magic_division_is_exact_inside_a_span() {
        for (c, &w) in CLASS_WORDS.iter().enumerate().skip(1) {
            let size = w as u64 * 8;
            let m = div_magic(c);
            for off in 0..SPAN_BYTES as u64 {
                assert_eq!((off * m) >> 32, off / size, "class {c} offset {off}");
            }
        }
    }
}
