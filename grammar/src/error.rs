//! Maps LALRPOP's parse errors to gc's syntax error messages.

use crate::lexer::Spanned;
use crate::token::Token;
use crate::{Span, SyntaxError};
use lalrpop_util::ParseError;

pub fn convert(src: &str, toks: &[Spanned<'_>], e: ParseError<usize, Token<'_>, SyntaxError>) -> SyntaxError {
    let _ = toks;
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError { span: Span::new(location, location), message: "syntax error: invalid token".into() }
        }
        ParseError::UnrecognizedEof { location, expected } => SyntaxError {
            span: Span::new(location, location),
            message: format!("syntax error: unexpected EOF, expected {}", expected.join(" or ")),
        },
        ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => SyntaxError {
            span: Span::new(lo, hi),
            message: format!(
                "syntax error: unexpected {}, expected {}",
                tok.describe(src.get(lo..hi).unwrap_or("")),
                expected.join(" or ")
            ),
        },
        ParseError::ExtraToken { token: (lo, tok, hi) } => SyntaxError {
            span: Span::new(lo, hi),
            message: format!("syntax error: unexpected {}", tok.describe(src.get(lo..hi).unwrap_or(""))),
        },
    }
}
