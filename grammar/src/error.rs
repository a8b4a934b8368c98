//! Maps LALRPOP's parse errors to gc's syntax error messages.
//!
//! gc's recursive-descent parser words each error by where it is (`in argument list; possibly
//! missing comma or )`, `at end of statement`, `expected { after if clause`). An LR parser knows
//! only the offending token and the set of tokens it could have taken, so the context is recovered
//! from the tokens before the error: the innermost unclosed bracket and what precedes it, and the
//! statement header keyword at the same nesting depth. The error points at the offending token (or
//! at EOF), as gc's does, except where gc points elsewhere (the newline before a header's `{`).

use crate::lexer::Spanned;
use crate::token::{SemiKind, Token};
use crate::{Span, SyntaxError};
use lalrpop_util::ParseError;
use std::collections::HashSet;

/// Tokens that may continue the construct before the error point (operators, selectors, calls);
/// left out when deciding which *closing* tokens the parser wanted.
const CONTINUATIONS: &[&str] = &[
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "==", "!=", "<", "<=",
    ">", ">=", ".", "(", "[", "{", "++", "--", "<-", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
    "^=", "<<=", ">>=", "&^=", "...",
];

/// Binary and assignment operators: dropped from a short "expected" list (gc never names them).
const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "==", "!=", "<", "<=",
    ">", ">=", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=",
];

/// Tokens that can start an expression.
const EXPR_STARTS: &[&str] = &["ident", "lit", "func", "(", "!", "-"];
/// Tokens that can start a type but not an expression operand.
const TYPE_STARTS: &[&str] = &["ident", "chan", "map", "struct", "func", "interface", "*"];

pub fn convert(
    src: &str,
    toks: &[Spanned<'_>],
    e: ParseError<usize, Token<'_>, SyntaxError>,
) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError {
            span: Span::new(location, location),
            message: "syntax error: invalid token".into(),
        },
        ParseError::UnrecognizedEof { expected, .. } => Ctx::new(src, toks, toks.len(), &expected)
            .message("EOF".into(), Span::new(src.len(), src.len())),
        ParseError::UnrecognizedToken {
            token: (lo, tok, hi),
            expected,
        } => {
            let at = toks.partition_point(|t| t.0 < lo);
            let at = (at..toks.len())
                .find(|&i| toks[i].0 == lo && toks[i].2 == hi)
                .unwrap_or(at);
            let what = tok.describe(src.get(lo..hi).unwrap_or(""));
            Ctx::new(src, toks, at, &expected).message(what, Span::new(lo, hi))
        }
        ParseError::ExtraToken {
            token: (lo, tok, hi),
        } => {
            let what = tok.describe(src.get(lo..hi).unwrap_or(""));
            SyntaxError {
                span: Span::new(lo, hi),
                message: format!("syntax error: unexpected {what}"),
            }
        }
    }
}

/// What an unclosed bracket opens.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Open {
    /// `import (`, `var (`, `const (`, `type (`.
    Group,
    Params,
    Args,
    Paren,
    Block,
    StructType,
    InterfaceType,
    /// `{` of a composite literal (decided by what the parser expected).
    Index,
    ArrayLen,
}

struct Ctx<'a, 's> {
    toks: &'a [Spanned<'s>],
    /// Index of the offending token (`toks.len()` at end of input).
    at: usize,
    expected: HashSet<String>,
    /// `expected` without the tokens that would merely continue the previous construct.
    closing: HashSet<String>,
    open: Option<(usize, Open)>,
}

fn tok_at<'a, 's>(toks: &'a [Spanned<'s>], i: usize) -> Option<&'a Token<'s>> {
    toks.get(i).map(|t| &t.1)
}

/// Whether the token ends an operand, so that a following `(` is a call and `[` an index.
fn ends_operand(t: Option<&Token<'_>>) -> bool {
    matches!(
        t,
        Some(Token::Ident(_) | Token::Lit(_) | Token::RParen | Token::RBrack | Token::RBrace)
    )
}

/// Index of the bracket opening the group that ends at the closer `close`, if any.
fn matching_open(toks: &[Spanned<'_>], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for i in (0..=close).rev() {
        match toks[i].1 {
            Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
            Token::LParen | Token::LBrack | Token::LBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the `(` at `i` opens a parameter or result list.
fn is_param_list(toks: &[Spanned<'_>], i: usize, budget: u32) -> bool {
    if i == 0 || budget == 0 {
        return false;
    }
    match &toks[i - 1].1 {
        Token::Func => true,
        Token::Ident(_) => {
            matches!(
                tok_at(toks, i.wrapping_sub(2)),
                Some(Token::Func | Token::RParen)
            ) && i >= 2
                && {
                    // `func f(`, `func (r T) f(`; a method in an interface: `{ M(` / `; M(`.
                    match &toks[i - 2].1 {
                        Token::Func => true,
                        Token::RParen => matching_open(toks, i - 2)
                            .is_some_and(|o| is_param_list(toks, o, budget - 1)),
                        _ => false,
                    }
                }
                || matches!(
                    tok_at(toks, i.wrapping_sub(2)),
                    Some(Token::LBrace | Token::Semi(_))
                ) && in_interface(toks, i)
        }
        // `func f[T any](`
        Token::RBrack => matching_open(toks, i - 1).is_some_and(|o| {
            o >= 2
                && matches!(toks[o - 1].1, Token::Ident(_))
                && matches!(toks[o - 2].1, Token::Func)
        }),
        // A result list: `func f() (`.
        Token::RParen => {
            matching_open(toks, i - 1).is_some_and(|o| is_param_list(toks, o, budget - 1))
        }
        _ => false,
    }
}

fn in_interface(toks: &[Spanned<'_>], i: usize) -> bool {
    enclosing(toks, i).is_some_and(|o| o > 0 && matches!(toks[o - 1].1, Token::Interface))
}

/// Index of the innermost bracket still open before position `at`.
fn enclosing(toks: &[Spanned<'_>], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    for i in (0..at.min(toks.len())).rev() {
        match toks[i].1 {
            Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
            Token::LParen | Token::LBrack | Token::LBrace => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

impl<'a, 's> Ctx<'a, 's> {
    fn new(_src: &str, toks: &'a [Spanned<'s>], at: usize, expected: &[String]) -> Ctx<'a, 's> {
        let expected: HashSet<String> = expected
            .iter()
            .map(|e| e.trim_matches('"').to_string())
            .collect();
        let closing = expected
            .iter()
            .filter(|e| !CONTINUATIONS.contains(&e.as_str()))
            .cloned()
            .collect();
        let mut cx = Ctx {
            toks,
            at,
            expected,
            closing,
            open: None,
        };
        cx.open = enclosing(toks, at).map(|i| (i, cx.classify(i)));
        cx
    }

    fn classify(&self, i: usize) -> Open {
        let prev = if i > 0 {
            tok_at(self.toks, i - 1)
        } else {
            None
        };
        match self.toks[i].1 {
            Token::LParen => match prev {
                Some(Token::Import | Token::Var | Token::Const | Token::Type) => Open::Group,
                _ if is_param_list(self.toks, i, 8) => Open::Params,
                p if ends_operand(p) => Open::Args,
                _ => Open::Paren,
            },
            Token::LBrack => {
                if ends_operand(prev) {
                    Open::Index
                } else {
                    Open::ArrayLen
                }
            }
            _ => match prev {
                Some(Token::Struct) => Open::StructType,
                Some(Token::Interface) => Open::InterfaceType,
                _ => Open::Block,
            },
        }
    }

    fn has(&self, t: &str) -> bool {
        self.expected.contains(t)
    }

    fn closes(&self, t: &str) -> bool {
        self.closing.contains(t)
    }

    fn tok(&self, i: usize) -> Option<&'a Token<'s>> {
        tok_at(self.toks, i)
    }

    /// The statement keyword whose header (before its `{`) holds the error point, with the
    /// number of semicolons seen in the header and the index of the last one.
    fn header(&self) -> Option<(Token<'s>, usize, Option<usize>)> {
        let mut depth = 0usize;
        let mut semis = 0;
        let mut last_semi = None;
        for i in (0..self.at.min(self.toks.len())).rev() {
            match &self.toks[i].1 {
                // A block that ended a line: the error is after a whole statement.
                Token::RBrace
                    if depth == 0
                        && matches!(self.tok(i + 1), Some(Token::Semi(SemiKind::Newline))) =>
                {
                    return None
                }
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace if depth == 0 => return None,
                Token::LParen | Token::LBrack | Token::LBrace => depth -= 1,
                // A header never spans lines, except for the newline just before the error.
                Token::Semi(SemiKind::Newline) if depth == 0 && i + 1 < self.at => return None,
                Token::Semi(_) if depth == 0 => {
                    semis += 1;
                    last_semi = last_semi.or(Some(i));
                }
                t @ (Token::If | Token::For | Token::Switch | Token::Select) if depth == 0 => {
                    return Some((t.clone(), semis, last_semi));
                }
                Token::Case | Token::Default | Token::Colon | Token::Else if depth == 0 => {
                    return None
                }
                _ => {}
            }
        }
        None
    }

    fn message(&self, what: String, span: Span) -> SyntaxError {
        let (message, span) = self.word(what, span);
        SyntaxError {
            span,
            message: format!("syntax error: {message}"),
        }
    }

    fn word(&self, what: String, span: Span) -> (String, Span) {
        let eof = self.at >= self.toks.len();
        let tok = self.tok(self.at);
        let open = self.open.map(|o| o.1);
        let list = |ctx: &str, sep: &str, close: &str| {
            format!("unexpected {what} in {ctx}; possibly missing {sep} or {close}")
        };
        if eof {
            match open {
                Some(Open::Block | Open::StructType | Open::InterfaceType) if self.has("}") => {
                    return ("unexpected EOF, expected }".to_string(), span);
                }
                Some(Open::Args | Open::Params | Open::Group | Open::Paren) if self.has(")") => {
                    return ("unexpected EOF, expected )".to_string(), span);
                }
                _ => {}
            }
        }
        match open {
            None if self.has("func") && self.has("var") => {
                return match tok {
                    Some(Token::Import) => {
                        ("imports must appear before other declarations".into(), span)
                    }
                    Some(Token::LBrace) if self.after_bodyless_func() => {
                        ("unexpected semicolon or newline before {".into(), span)
                    }
                    _ => (
                        "non-declaration statement outside function body".into(),
                        span,
                    ),
                };
            }
            None if self.has(";") && !eof => {
                return (
                    format!("unexpected {what} after top level declaration"),
                    span,
                )
            }
            Some(Open::Group) if self.closes(";") && self.closes(")") => {
                return (
                    list("grouped declaration", "semicolon or newline", ")"),
                    span,
                );
            }
            Some(Open::Params) if self.closes(",") && self.closes(")") => {
                return (list("parameter list", "comma", ")"), span);
            }
            Some(Open::Args) if self.closes(",") && self.closes(")") => {
                return (list("argument list", "comma", ")"), span);
            }
            Some(Open::Block) if self.closes(",") && self.closes("}") && !self.has(";") => {
                return (list("composite literal", "comma", "}"), span);
            }
            Some(Open::StructType) if self.closes(";") && self.closes("}") => {
                return (list("struct type", "semicolon or newline", "}"), span);
            }
            Some(Open::InterfaceType) if self.closes(";") && self.closes("}") => {
                return (list("interface type", "semicolon or newline", "}"), span);
            }
            Some(Open::Index) if self.closes("]") && self.closes(":") => {
                return (format!("unexpected {what}, expected comma, : or ]"), span)
            }
            Some(Open::Block) => {
                if let Some(m) = self.in_block(&what, span) {
                    return m;
                }
            }
            _ => {}
        }
        (self.generic(&what), span)
    }

    /// `func f()` then `{` on the next line.
    fn after_bodyless_func(&self) -> bool {
        self.at >= 2
            && matches!(self.tok(self.at - 1), Some(Token::Semi(SemiKind::Newline)))
            && !matches!(self.tok(self.at - 2), Some(Token::RBrace))
    }

    fn in_block(&self, what: &str, span: Span) -> Option<(String, Span)> {
        let tok = self.tok(self.at);
        if matches!(tok, Some(Token::Define))
            && self.statement_starts_with(&[Token::Var, Token::Const])
        {
            return Some(("unexpected :=, expected =".into(), span));
        }
        if let Some((kw, semis, last_semi)) = self.header() {
            let semi =
                last_semi.map(|i| (&self.toks[i].1, Span::new(self.toks[i].0, self.toks[i].2)));
            match kw {
                Token::If if matches!(tok, Some(Token::LBrace)) => {
                    return Some(match (self.tok(self.at.wrapping_sub(1)), semi) {
                        (Some(Token::If), _) => ("missing condition in if statement".into(), span),
                        (Some(Token::Semi(SemiKind::Explicit)), Some((_, s))) => {
                            ("missing condition in if statement".into(), s)
                        }
                        (Some(Token::Semi(k)), Some((_, s))) => (
                            format!("unexpected {}, expected {{ after if clause", semi_name(*k)),
                            s,
                        ),
                        _ => (self.generic(what), span),
                    });
                }
                Token::For if semis == 1 && matches!(tok, Some(Token::LBrace)) => {
                    if matches!(self.tok(self.at.wrapping_sub(1)), Some(Token::Semi(_))) {
                        return Some(("unexpected {, expected for loop condition".into(), span));
                    }
                    return Some(("unexpected {, expected semicolon or newline".into(), span));
                }
                Token::For if semis >= 2 && self.has("{") => {
                    return Some((
                        format!("unexpected {what}, expected {{ after for clause"),
                        span,
                    ));
                }
                Token::Select => return Some(("missing { after select clause".into(), span)),
                _ if self.starts_expr() => return Some((self.generic(what), span)),
                _ if self.has("{") && !self.has(";") => {
                    return Some((format!("unexpected {what}, expected {{"), span))
                }
                _ if self.has("{") && semis == 0 && !matches!(tok, Some(Token::Semi(_))) => {
                    return Some((format!("unexpected {what}, expected {{"), span));
                }
                _ => {}
            }
        }
        if self.has(":=") && self.has("=") && self.has(",") && !self.has(";") {
            return Some((
                format!("unexpected {what}, expected := or = or comma"),
                span,
            ));
        }
        let two_operands = ends_operand(self.tok(self.at.wrapping_sub(1)))
            && matches!(tok, Some(Token::Ident(_) | Token::Lit(_)))
            && !matches!(self.tok(self.at.wrapping_sub(1)), Some(Token::RBrace));
        if two_operands {
            return Some((format!("unexpected {what} at end of statement"), span));
        }
        if self.expected.len() == 2 && self.has("if") && self.has("{") {
            return Some((
                "else must be followed by if or statement block".into(),
                span,
            ));
        }
        if self.has("case") && self.has("default") && self.has("}") && !self.has(";") {
            return Some((
                format!("unexpected {what}, expected case or default or }}"),
                span,
            ));
        }
        if self.has(":=") && self.has("=") && self.has(",") && !self.has(";") {
            return Some((
                format!("unexpected {what}, expected := or = or comma"),
                span,
            ));
        }
        if self.has(";") && self.has("}") && !self.has("ident") {
            return Some((format!("unexpected {what} at end of statement"), span));
        }
        if self.has(";") && self.has("}") && self.has("ident") {
            // A statement could start here: the token cannot (`else`, `case` outside a switch).
            if self.has("if") {
                return Some((format!("unexpected {what}, expected }}"), span));
            }
            return Some((format!("unexpected {what} at end of statement"), span));
        }
        None
    }

    fn starts_expr(&self) -> bool {
        EXPR_STARTS.iter().all(|t| self.has(t))
    }

    /// Words the error from the expected set alone.
    fn generic(&self, what: &str) -> String {
        if self.starts_expr() {
            return format!("unexpected {what}, expected expression");
        }
        if TYPE_STARTS.iter().all(|t| self.has(t)) {
            if self.in_type_decl() {
                return format!("unexpected {what} in type declaration");
            }
            return format!("unexpected {what}, expected type");
        }
        if self.closing.len() == 1 && self.has("lit") {
            return "missing import path".into();
        }
        if self.closing.len() == 2 && self.closes(",") && self.closes(":") {
            return format!("unexpected {what}, expected :");
        }
        let small: Vec<&str> = self
            .expected
            .iter()
            .map(String::as_str)
            .filter(|t| !OPERATORS.contains(t))
            .collect();
        let mut names: Vec<&str> = if small.len() <= 3 {
            small
        } else {
            self.closing.iter().map(String::as_str).collect()
        };
        names.sort_by_key(|n| match *n {
            "ident" => 0,
            "(" => 1,
            _ => 2,
        });
        let words: Vec<String> = names.iter().map(|n| token_word(n)).collect();
        match words.len() {
            0 => format!("unexpected {what}"),
            1..=3 => format!("unexpected {what}, expected {}", words.join(" or ")),
            _ => format!("unexpected {what}"),
        }
    }

    /// `type T` or `type T =` followed by something that is not a type.
    fn in_type_decl(&self) -> bool {
        let mut i = self.at;
        if i >= 1 && matches!(self.tok(i - 1), Some(Token::Assign)) {
            i -= 1;
        }
        i >= 2
            && matches!(self.tok(i - 1), Some(Token::Ident(_)))
            && matches!(self.tok(i - 2), Some(Token::Type))
    }

    /// Whether the statement holding the error point starts with one of `kws`.
    fn statement_starts_with(&self, kws: &[Token<'_>]) -> bool {
        let mut depth = 0usize;
        for i in (0..self.at.min(self.toks.len())).rev() {
            match &self.toks[i].1 {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace | Token::Semi(_) if depth == 0 => {
                    return self.tok(i + 1).is_some_and(|t| {
                        kws.iter()
                            .any(|k| std::mem::discriminant(k) == std::mem::discriminant(t))
                    });
                }
                Token::LParen | Token::LBrack | Token::LBrace => depth -= 1,
                _ => {}
            }
        }
        false
    }
}

fn semi_name(k: SemiKind) -> &'static str {
    match k {
        SemiKind::Explicit => "semicolon",
        SemiKind::Newline => "newline",
        SemiKind::Eof => "EOF",
    }
}

/// How gc names an expected token.
fn token_word(t: &str) -> String {
    match t {
        "ident" => "name".into(),
        "lit" => "literal".into(),
        ";" => "semicolon or newline".into(),
        "," => "comma".into(),
        t => t.into(),
    }
}
