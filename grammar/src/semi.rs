//! Go's automatic semicolon rule (spec: "Semicolons"), as an adapter between the lexer and the parser.
//!
//! A newline (or a `/* */` comment spanning one) after an identifier, a literal, one of the keywords
//! `break continue fallthrough return` or one of `++ -- ) ] }` becomes `Semi(Newline)`; so does the
//! end of input (`Semi(Eof)`). Invariant: the output holds no `Newline` or `Comment` token, and an
//! inserted semicolon is never `SemiKind::Explicit`, so errors can say "unexpected newline" as gc does.
//! The inserted token's span is the newline (or the comment start, or the empty span at EOF).

use crate::lexer::Spanned;
use crate::token::{SemiKind, Token};

/// Applies the semicolon rule to raw tokens; `len` is the source length (the EOF position).
pub fn insert_semicolons<'s>(raw: Vec<Spanned<'s>>, len: usize) -> Vec<Spanned<'s>> {
    let mut out: Vec<Spanned<'s>> = Vec::with_capacity(raw.len() + raw.len() / 4);
    let mut nlsemi = false;
    for (lo, tok, hi) in raw {
        match tok {
            Token::Newline | Token::Comment(true) => {
                if nlsemi {
                    out.push((
                        lo,
                        Token::Semi(SemiKind::Newline),
                        if matches!(tok, Token::Newline) {
                            hi
                        } else {
                            lo
                        },
                    ));
                    nlsemi = false;
                }
            }
            Token::Comment(false) => {}
            tok => {
                nlsemi = tok.ends_statement();
                out.push((lo, tok, hi));
            }
        }
    }
    if nlsemi {
        out.push((len, Token::Semi(SemiKind::Eof), len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::tokenize;

    /// The token stream after the rule, as text: inserted semicolons show as `⏎` and `EOF`.
    fn show(src: &str) -> String {
        let (raw, errs) = tokenize(src);
        assert!(errs.is_empty(), "{errs:?}");
        let toks = insert_semicolons(raw, src.len());
        let words: Vec<String> = toks
            .iter()
            .map(|(lo, t, hi)| match t {
                Token::Semi(SemiKind::Newline) => "⏎".to_string(),
                Token::Semi(SemiKind::Eof) => "EOF".to_string(),
                _ => src[*lo..*hi].to_string(),
            })
            .collect();
        words.join(" ")
    }

    #[test]
    fn after_identifier_literal_and_closers() {
        assert_eq!(show("x\ny"), "x ⏎ y EOF");
        assert_eq!(show("1\n'a'\n\"s\"\n`r`\n"), "1 ⏎ 'a' ⏎ \"s\" ⏎ `r` ⏎");
        assert_eq!(show("f()\na[1]\n{}\n"), "f ( ) ⏎ a [ 1 ] ⏎ { } ⏎");
        assert_eq!(show("i++\nj--\n"), "i ++ ⏎ j -- ⏎");
    }

    #[test]
    fn after_keywords() {
        assert_eq!(
            show("break\ncontinue\nfallthrough\nreturn\n"),
            "break ⏎ continue ⏎ fallthrough ⏎ return ⏎"
        );
        assert_eq!(show("if\nfor\nfunc\n"), "if for func");
    }

    #[test]
    fn not_after_operators_or_openers() {
        assert_eq!(show("a +\nb"), "a + b EOF");
        assert_eq!(show("f(\na,\n)"), "f ( a , ) EOF");
        assert_eq!(show("x =\n1"), "x = 1 EOF");
    }

    #[test]
    fn comments() {
        assert_eq!(show("x // c\ny"), "x ⏎ y EOF");
        assert_eq!(show("x /* c */ y"), "x y EOF");
        assert_eq!(show("x /* a\nb */ y"), "x ⏎ y EOF");
        assert_eq!(show("x /* c */\ny"), "x ⏎ y EOF");
        assert_eq!(show("+ /* a\nb */ y"), "+ y EOF");
        assert_eq!(show("x // only"), "x EOF");
    }

    #[test]
    fn written_semicolons_stay_explicit() {
        let (raw, _) = tokenize("a; b\n");
        let toks = insert_semicolons(raw, 5);
        assert!(matches!(toks[1].1, Token::Semi(SemiKind::Explicit)));
        assert!(matches!(toks[3].1, Token::Semi(SemiKind::Newline)));
        assert_eq!((toks[3].0, toks[3].2), (4, 5));
    }

    #[test]
    fn eof_without_newline() {
        assert_eq!(show("}"), "} EOF");
        assert_eq!(show("x\n"), "x ⏎");
        assert_eq!(show(""), "");
    }
}
