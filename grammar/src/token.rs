//! Go's tokens, as the logos lexer produces them and the parser consumes them.
//!
//! One enum serves both stages: the lexer also yields `Newline` and `Comment`, which the semicolon
//! adapter (`semi.rs`) turns into `Semi(SemiKind::Newline)` or drops, so the parser never sees them.
//! Literal tokens carry their decoded value (`LitKind`); the callbacks that scan them live in
//! `lexer.rs` and record lexical errors in the lexer's extras instead of failing the token, as gc
//! does, so parsing can go on after a bad literal.

use crate::ast::LitKind;
use crate::lexer;
use logos::Logos;

/// How a `;` came to be: written, or inserted by Go's semicolon rule at a newline or at EOF.
/// gc's messages name them differently ("unexpected semicolon", "unexpected newline", "unexpected EOF").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

#[derive(Logos, Clone, Debug)]
#[logos(extras = lexer::Extras)]
#[logos(skip r"[ \t\r]+")]
pub enum Token<'s> {
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*", |lex| lex.slice())]
    Ident(&'s str),

    /// Any literal: number, rune or string (scanned by hand in `lexer.rs`).
    #[regex(r"[0-9]", lexer::number)]
    #[regex(r"\.[0-9]", lexer::number)]
    #[token("\"", lexer::string)]
    #[token("`", lexer::raw_string)]
    #[token("'", lexer::rune)]
    Lit(LitKind),

    // ---- trivia (removed by the semicolon adapter) ----
    #[token("\n")]
    Newline,
    /// A comment; `true` when it spans a newline (a `/* */` comment over several lines acts as one).
    #[regex(r"//[^\n]*", |_| false, allow_greedy = true)]
    #[token("/*", lexer::block_comment)]
    Comment(bool),

    #[token(";", |_| SemiKind::Explicit)]
    Semi(SemiKind),

    /// Never lexed: put first by `parse_expr` / `parse_stmts` to pick the grammar's entry point.
    StartExpr,
    StartStmts,

    // ---- keywords ----
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    // ---- operators and punctuation ----
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Star,
    #[token("/")]
    Div,
    #[token("%")]
    Rem,
    #[token("&")]
    Amp,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    DivAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Ne,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(":")]
    Colon,
}

impl Token<'_> {
    /// Go's semicolon rule: a newline after this token ends the statement.
    pub fn ends_statement(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Ident(_)
                | Lit(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    /// The token as gc names it after "unexpected " in a syntax error: `name x`, `literal 42`,
    /// `keyword range`, `newline`, `comma`, `)`. `text` is the token's source text.
    pub fn describe(&self, text: &str) -> String {
        use Token::*;
        match self {
            Ident(name) => format!("name {name}"),
            Lit(_) => format!("literal {text}"),
            Semi(SemiKind::Explicit) => "semicolon".into(),
            Semi(SemiKind::Newline) | Newline => "newline".into(),
            Semi(SemiKind::Eof) => "EOF".into(),
            Comma => "comma".into(),
            Comment(_) => "comment".into(),
            t if t.is_keyword() => format!("keyword {}", t.spelling()),
            t => t.spelling().into(),
        }
    }

    pub fn is_keyword(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    /// The fixed spelling of a keyword or operator token ("" for tokens with a value).
    pub fn spelling(&self) -> &'static str {
        use Token::*;
        match self {
            Ident(_) | Lit(_) | Comment(_) | StartExpr | StartStmts => "",
            Newline => "\n",
            Semi(_) => ";",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Star => "*",
            Div => "/",
            Rem => "%",
            Amp => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            DivAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eq => "==",
            Lt => "<",
            Gt => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Ne => "!=",
            Le => "<=",
            Ge => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            RParen => ")",
            LBrack => "[",
            RBrack => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Dot => ".",
            Colon => ":",
        }
    }
}

/// Go's 25 keywords (spec: "Keywords").
pub const KEYWORDS: [&str; 25] = [
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];
