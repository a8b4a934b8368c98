//! The parsed form of one fmt directive (`Spec`: flags, width, precision, verb) and Go's
//! padding rules (`fmt.pad` / `fmt.writePadding`): width counts runes, padding goes on the
//! left unless `-`, and is zeros only when `0` is set without `-`.

/// One fmt directive, e.g. `%-+08.3f`. Mirrors Go's `fmtFlags` plus width/precision.
///
/// For the `v` verb Go moves `+` and `#` into `plus_v` / `sharp_v` (struct field names and
/// Go syntax) and clears `plus` / `sharp`; [`Spec::for_verb`] and the printf parser do the
/// same, so `%+v` of a float prints no `+` (Go: `fmt.Sprintf("%+v", 3.0)` is `"3"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: print Go syntax.
    pub sharp_v: bool,
    /// INVARIANT: at most 1_000_000 (Go's `tooLarge` bound), as produced by the parser.
    pub width: Option<usize>,
    /// INVARIANT: at most 1_000_000, as for `width`.
    pub prec: Option<usize>,
    pub verb: char,
}

impl Default for Spec {
    fn default() -> Self {
        Spec::new('v')
    }
}

impl Spec {
    /// A flagless spec for `verb` (what `Println` uses with `'v'`).
    pub const fn new(verb: char) -> Spec {
        Spec {
            minus: false,
            plus: false,
            sharp: false,
            space: false,
            zero: false,
            plus_v: false,
            sharp_v: false,
            width: None,
            prec: None,
            verb,
        }
    }

    /// This spec re-targeted at `verb`, applying Go's `v` flag move (`+`→`plus_v`,
    /// `#`→`sharp_v`) when `verb` is `v` (or `w`, which Go treats alike), as the printf
    /// parser does. (The bad-verb rendering must *not* use this: it keeps the flags.)
    pub fn for_verb(mut self, verb: char) -> Spec {
        self.verb = verb;
        if verb == 'v' || verb == 'w' {
            self.sharp_v |= self.sharp;
            self.sharp = false;
            self.plus_v |= self.plus;
            self.plus = false;
        }
        self
    }

    /// The width, or 0 when absent.
    pub fn wid(&self) -> usize {
        self.width.unwrap_or(0)
    }

    /// Go's `writePadding` byte: `0` only for left padding with the zero flag.
    fn pad_byte(&self) -> u8 {
        if self.zero && !self.minus {
            b'0'
        } else {
            b' '
        }
    }
}

/// Go's `fmt.writePadding`: appends `n` padding bytes (zeros if `spec.zero && !spec.minus`).
pub fn write_padding(out: &mut Vec<u8>, spec: &Spec, n: usize) {
    let byte = spec.pad_byte();
    out.resize(out.len() + n, byte);
}

/// Go's `fmt.pad`: appends `text`, padded to `spec.width` runes on the left (or on the
/// right with `-`), with zeros where Go pads with zeros.
pub fn pad(out: &mut Vec<u8>, spec: &Spec, text: &[u8]) {
    let wid = spec.wid();
    if wid == 0 {
        out.extend_from_slice(text);
        return;
    }
    let fill = wid.saturating_sub(super::utf8::rune_count(text));
    if spec.minus {
        out.extend_from_slice(text);
        write_padding(out, spec, fill);
    } else {
        write_padding(out, spec, fill);
        out.extend_from_slice(text);
    }
}

/// [`pad`] with the zero flag ignored, as Go does for numbers whose zero padding was
/// already applied as precision (integers, `%U`) and for `Inf`/`NaN`.
pub fn pad_spaces(out: &mut Vec<u8>, spec: &Spec, text: &[u8]) {
    let spec = Spec {
        zero: false,
        ..*spec
    };
    pad(out, &spec, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(spec: Spec, text: &str) -> String {
        let mut out = Vec::new();
        pad(&mut out, &spec, text.as_bytes());
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn pad_counts_runes_and_honours_flags() {
        // Go: Sprintf("%5s|%-5s|%05s|%-05s|%3s|%5s", "ab", "ab", "ab", "ab", "abcd", "héé")
        //   == "   ab|ab   |000ab|ab   |abcd|  héé"
        let w5 = Spec {
            width: Some(5),
            ..Spec::new('s')
        };
        assert_eq!(padded(w5, "ab"), "   ab");
        assert_eq!(padded(Spec { minus: true, ..w5 }, "ab"), "ab   ");
        assert_eq!(padded(Spec { zero: true, ..w5 }, "ab"), "000ab");
        assert_eq!(
            padded(
                Spec {
                    zero: true,
                    minus: true,
                    ..w5
                },
                "ab"
            ),
            "ab   "
        );
        assert_eq!(
            padded(
                Spec {
                    width: Some(3),
                    ..w5
                },
                "abcd"
            ),
            "abcd"
        );
        assert_eq!(padded(w5, "héé"), "  héé");
    }

    #[test]
    fn for_verb_moves_v_flags() {
        let s = Spec {
            plus: true,
            sharp: true,
            ..Spec::new('d')
        };
        let v = s.for_verb('v');
        assert!(v.plus_v && v.sharp_v && !v.plus && !v.sharp);
        assert_eq!(s.for_verb('x'), Spec { verb: 'x', ..s });
    }
}
