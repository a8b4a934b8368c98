//! The abstract syntax tree of one Go source file.
//!
//! Produced by the parser, consumed by the type checker (`src/types/`) and the compiler.
//! Invariants:
//! - every node carries a `Span` (byte range into the source), so every diagnostic has a location;
//! - every `Expr` carries an `ExprId` unique within the file (dense, from 0), which later stages use
//!   as the key of their side tables (types, constant values, resolved objects);
//! - types in expression position (`[]int{...}`, `make([]int, n)`, `T(x)`) are plain `Expr`s: the
//!   grammar cannot tell `f(x)` from `T(x)` or `a[i]` from `G[T]`, so the checker resolves them, as gc does.

use std::fmt;

/// A byte range `[start, end)` into the source text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Index of an expression node; key of the checker's and compiler's side tables.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ExprId(pub u32);

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Ident {
    pub name: String,
    pub span: Span,
    /// Unique among all nodes of the file that carry an `ExprId`; identifiers in declaring position
    /// (`x := 1`, `func f`, parameter names, field names) have one too, so the checker can record
    /// the object they define.
    pub id: ExprId,
}

#[derive(Clone, Debug)]
pub struct File {
    /// `None` for a snippet file without a `package` clause.
    pub package: Option<Ident>,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// One past the largest `ExprId` used in the file.
    pub expr_count: u32,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// `import m "math"` → Some(m); `import . "x"` → Some("."); `import _ "x"` → Some("_").
    pub alias: Option<Ident>,
    /// The unquoted path, e.g. `unicode/utf8`.
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    /// `var`, `const` or `type` (grouped or not); also appears as a statement.
    Gen(GenDecl),
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Param>,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    pub sig: FuncType,
    /// `None` for a declaration without body (a native function in `stdlib/*.go`).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeParam {
    pub names: Vec<Ident>,
    pub constraint: Expr,
}

#[derive(Clone, Debug)]
pub struct GenDecl {
    pub kind: GenKind,
    pub specs: Vec<Spec>,
    pub span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Var,
    Const,
    Type,
}

#[derive(Clone, Debug)]
pub enum Spec {
    /// `var a, b T = x, y` / `const a, b = x, y`. For a const spec that repeats the previous
    /// expression list implicitly (iota groups), `values` is empty and `typ` is None; the checker
    /// applies Go's rule. `iota` is the index of the spec within its group.
    Value {
        names: Vec<Ident>,
        typ: Option<Expr>,
        values: Vec<Expr>,
        iota: u32,
        span: Span,
    },
    /// `type T U` or `type T = U` (alias).
    Type {
        name: Ident,
        type_params: Vec<TypeParam>,
        alias: bool,
        typ: Expr,
        span: Span,
    },
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Span from `{` to `}` inclusive (the closing brace position is where "missing return" points).
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, ...: the binary operator applied.
    Op(BinaryOp),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Decl(GenDecl),
    /// `lhs op rhs`; for `:=` every lhs is an `ExprKind::Ident`.
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `x++` (inc = true) / `x--`.
    IncDec {
        expr: Expr,
        inc: bool,
    },
    Send {
        chan: Expr,
        value: Expr,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}` (define = true), `for k, v = range x {}`, `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        expr: Expr,
        body: Block,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch [init;] [bind :=] x.(type) {}`; `expr` is the operand `x` (not the assertion).
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        expr: Expr,
        clauses: Vec<CaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty for `default:`. In a type switch these are types (or `nil`).
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// Span of the `case ...:` / `default:` header.
    pub span: Span,
    /// In a type switch with a binding, the identifier node standing for the clause's implicit
    /// variable (name = the bound name, span = the clause header); the checker records its object.
    pub implicit: Option<Ident>,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a Send, an Expr(`<-c`) or an Assign/Define whose rhs is `<-c`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub id: ExprId,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^
    LAnd,   // &&
    LOr,    // ||
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// Go's spelling, used in diagnostics.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnaryOp {
    Neg,   // -
    Plus,  // +
    Not,   // !
    Xor,   // ^ (bitwise complement)
    Deref, // *
    Addr,  // &
    Recv,  // <-
    /// `~T` in a constraint's type set (generics: parsed, reported "not supported yet").
    Tilde,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Plus => "+",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Deref => "*",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChanDir {
    Both,
    Send, // chan<- T
    Recv, // <-chan T
}

#[derive(Clone, Debug)]
pub enum LitKind {
    /// The literal's source text, e.g. `0x1F`, `1_000`, `0o17`, `017`, `0b101`.
    Int(String),
    /// Source text, e.g. `1.5e3`, `.5`, `0x1p-2`.
    Float(String),
    /// Source text of an imaginary literal, e.g. `2i` (the checker reports "not supported yet").
    Imag(String),
    /// The decoded rune value of a rune literal.
    Rune(u32),
    /// The decoded bytes of an interpreted or raw string literal (may hold invalid UTF-8 via `\xff`).
    Str(Vec<u8>),
}

#[derive(Clone, Debug)]
pub struct Field {
    /// Empty for an anonymous (embedded) struct field, or an unnamed parameter/result.
    pub names: Vec<Ident>,
    pub typ: Expr,
    /// Struct tag text, if any (kept for completeness; unused).
    pub tag: Option<String>,
    pub span: Span,
}

/// One receiver or parameter group as written: `(p *Point)`, `(a, b int)`, `(int)`.
pub type Param = Field;

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    /// The last parameter is `...T` (its `typ` is then the element type `T`).
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface or a type-set term (`~int | string`), kept as an expression.
    Embed(Expr),
}

#[derive(Clone, Debug)]
pub struct KeyedElement {
    /// `key: value` in a composite literal; for struct literals the key is a field name `Ident`.
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(Ident),
    BasicLit(LitKind),
    /// `T{...}`; `typ` is None for an elided type inside another composite literal (`{1, 2}`).
    /// `[...]T{}` has `typ` = ArrayType with `len: None`.
    CompositeLit {
        typ: Option<Box<Expr>>,
        elems: Vec<KeyedElement>,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel` — a package member, field, method or method expression; the checker decides.
    Selector {
        expr: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]` or a generic instantiation `f[T]` (several indices: `f[T, U]`).
    Index {
        expr: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[lo:hi]` / `x[lo:hi:max]` (three_index = true).
    Slice {
        expr: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three_index: bool,
    },
    /// `x.(T)`; `typ` is None for `x.(type)` (only valid as a type switch guard).
    TypeAssert {
        expr: Box<Expr>,
        typ: Option<Box<Expr>>,
    },
    /// `f(args)`, `f(args...)` (ellipsis = true); also conversions `T(x)` and builtins `make([]T, n)`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
        rparen: Span,
    },
    /// `*x` is `Unary(Deref)` both as an expression and as a pointer type.
    Unary {
        op: UnaryOp,
        expr: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `key: value` is not an expression; see `KeyedElement`.

    // ---- types in expression position ----
    /// `[N]T`, `[...]T` (len None and ellipsis), `[]T` is `SliceType`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// `...T` in a parameter list when it appears where an expression is parsed.
    Ellipsis(Option<Box<Expr>>),
    /// A node the parser produced while recovering from a syntax error.
    Bad,
}
