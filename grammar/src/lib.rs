//! The front end: tokens, the logos lexer, Go's automatic-semicolon rule, the LALRPOP grammar and
//! the AST. Takes source text, gives an `ast::File` or every syntax error found.
//!
//! Pipeline: `lexer::tokenize` → `semi::insert_semicolons` → bracket-depth check → the generated
//! parser (`go.lalrpop`, actions build nodes through `builder::Builder`) → `error` maps LALRPOP's
//! errors to gc's wording.
//!
//! Invariants: no input makes any function here panic; every error has a span; error wording is
//! gc's (`syntax error: unexpected newline, expected comma or )`); lexical errors are all reported
//! (and then no syntax errors), otherwise the errors the parser's actions found and the first one
//! that stopped the parse, sorted by position.
//!
//! Ids: every `Expr` and every `Ident` gets its own id, so an `ExprKind::Ident` expression and the
//! `Ident` inside it have different ids (the checker keys `types_of` by the first and `uses`/`defs`
//! by the second). Ids follow the order the parser builds nodes (children before parents), not
//! source order; an identifier first parsed as a parameter type and then regrouped as a name
//! (`a` in `func(a, b int)`) leaves one id unused.

// `Decl::Func` is much larger than `Decl::Gen`; boxing it would change the AST contract for a few
// bytes per declaration.
#[allow(clippy::large_enum_variant)]
pub mod ast;
mod builder;
mod depth;
pub mod dump;
mod error;
pub mod lexer;
pub mod semi;
pub mod token;
mod tparam;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, dead_code)]
    go
);

pub use ast::Span;
pub use builder::MAX_DEPTH;

use builder::Builder;
use token::Token;

/// Deepest nesting of `(`, `[` and `{` accepted (checked before parsing).
pub const MAX_NESTING: usize = 1000;

/// A syntax error at `span`, worded as gc words it (the text after `file:line:col: `).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
}

/// What the grammar's start symbol produced (the entry point is chosen by a leading marker token).
pub enum Entry {
    File(ast::File),
    Expr(ast::Expr),
    Stmts(Vec<ast::Stmt>),
}

/// Parses one Go source file (or a snippet file without a `package` clause). `first_id` is the first
/// `ExprId` to hand out, so that the files of one program get disjoint id ranges; the returned
/// `File::expr_count` is one past the last id used.
pub fn parse_file(src: &str, first_id: u32) -> Result<ast::File, Vec<SyntaxError>> {
    match run(src, first_id, None)? {
        (Entry::File(mut f), next) => {
            f.expr_count = next;
            Ok(f)
        }
        _ => Err(vec![internal(src)]),
    }
}

/// Parses one expression (a REPL input such as `x + 1`); returns it and the next free id.
pub fn parse_expr(src: &str, first_id: u32) -> Result<(ast::Expr, u32), Vec<SyntaxError>> {
    match run(src, first_id, Some(Token::StartExpr))? {
        (Entry::Expr(e), next) => Ok((e, next)),
        _ => Err(vec![internal(src)]),
    }
}

/// Parses a statement list as in a block body (a REPL input); returns it and the next free id.
pub fn parse_stmts(src: &str, first_id: u32) -> Result<(Vec<ast::Stmt>, u32), Vec<SyntaxError>> {
    match run(src, first_id, Some(Token::StartStmts))? {
        (Entry::Stmts(s), next) => Ok((s, next)),
        _ => Err(vec![internal(src)]),
    }
}

/// Whether `errors` (from parsing `src`) only say the input stopped too early: an unclosed
/// bracket, block, string, rune or comment, or a missing operand at the end. A REPL asks for
/// another line then instead of reporting.
pub fn is_incomplete(src: &str, errors: &[SyntaxError]) -> bool {
    let at_end = |e: &SyntaxError| e.span.start as usize >= src.trim_end().len();
    !errors.is_empty()
        && errors.iter().all(|e| {
            e.message.starts_with("syntax error: unexpected EOF")
                || (e.message.ends_with(" not terminated") && !e.message.starts_with("syntax"))
                || (at_end(e) && e.message.contains("unexpected newline"))
        })
}

fn internal(src: &str) -> SyntaxError {
    SyntaxError {
        span: Span::new(0, src.len().min(1)),
        message: "internal error: wrong parser entry".into(),
    }
}

fn run(
    src: &str,
    first_id: u32,
    start: Option<Token<'_>>,
) -> Result<(Entry, u32), Vec<SyntaxError>> {
    let (raw, mut lex_errors) = lexer::tokenize(src);
    if !lex_errors.is_empty() {
        lex_errors.sort_by_key(|e| (e.span.start, e.span.end));
        return Err(lex_errors);
    }
    let mut toks = semi::insert_semicolons(raw, src.len());
    check_nesting(&toks)?;
    if let Some(t) = start {
        toks.insert(0, (0, t, 0));
    }
    let b = Builder::new(src, first_id);
    let parsed = go::StartParser::new().parse(&b, toks.iter().cloned().map(Ok));
    let mut errors = b.take_errors();
    match parsed {
        Ok(entry) if errors.is_empty() => Ok((entry, b.next_id())),
        Ok(_) => {
            errors.sort_by_key(|e| (e.span.start, e.span.end));
            Err(errors)
        }
        Err(e) => {
            // Errors recorded by actions before the parse failed come first in the source.
            errors.push(error::convert(src, &toks, e));
            errors.sort_by_key(|e| (e.span.start, e.span.end));
            Err(errors)
        }
    }
}

/// Rejects input nested deeper than `MAX_NESTING` brackets, before any tree is built.
fn check_nesting(toks: &[lexer::Spanned<'_>]) -> Result<(), Vec<SyntaxError>> {
    let mut depth = 0usize;
    for (lo, t, hi) in toks {
        match t {
            Token::LParen | Token::LBrack | Token::LBrace => {
                depth += 1;
                if depth > MAX_NESTING {
                    let message = "syntax error: too many nested brackets".to_string();
                    return Err(vec![SyntaxError {
                        span: Span::new(*lo, *hi),
                        message,
                    }]);
                }
            }
            Token::RParen | Token::RBrack | Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}
