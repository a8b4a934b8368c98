//! The parser's semantic context: hands out `ExprId`s, builds AST nodes for the grammar's actions,
//! regroups loosely parsed parameter lists, recognizes type switches, and bounds tree depth.
//!
//! Invariants:
//! - ids are handed out from `first` upward, one per `Expr` and one per `Ident`, in the order the
//!   actions run (children before parents); a node discarded while building (an identifier parsed
//!   as a type and regrouped into a parameter name) leaves its id unused;
//! - no expression tree deeper than `MAX_DEPTH` is ever built (depth counts through function
//!   literal bodies), so later recursive walks and drops cannot overflow the stack: a node that would
//!   exceed it becomes `ExprKind::Bad` and an error is recorded;
//! - errors found by actions are collected here, never raised as panics.

use crate::ast::*;
use crate::depth;
use crate::SyntaxError;
use std::cell::{Cell, RefCell};

/// Deepest expression tree the parser builds.
pub const MAX_DEPTH: u32 = 1000;

pub struct Builder<'s> {
    src: &'s str,
    first: u32,
    next: Cell<u32>,
    /// Depth of every expression built so far, indexed by `id - first` (identifiers: 1).
    depths: RefCell<Vec<u16>>,
    errors: RefCell<Vec<SyntaxError>>,
}

/// One entry of a parameter list as written, before regrouping.
pub enum ParamItem {
    /// A lone type (or a lone name, decided when regrouping).
    Type(Expr),
    /// `name T` or `name ...T` (variadic = true).
    Named(Ident, Expr, bool),
    /// `...T` without a name.
    Variadic(Expr),
}

impl<'s> Builder<'s> {
    pub fn new(src: &'s str, first: u32) -> Builder<'s> {
        Builder {
            src,
            first,
            next: Cell::new(first),
            depths: RefCell::new(Vec::new()),
            errors: RefCell::new(Vec::new()),
        }
    }

    /// One past the last id handed out.
    pub fn next_id(&self) -> u32 {
        self.next.get()
    }

    pub fn take_errors(&self) -> Vec<SyntaxError> {
        std::mem::take(&mut *self.errors.borrow_mut())
    }

    pub fn error(&self, span: Span, message: impl Into<String>) {
        self.errors.borrow_mut().push(SyntaxError {
            span,
            message: message.into(),
        });
    }

    /// The source text of `span` (how gc prints a node in messages such as "cannot use x := 0").
    pub fn text(&self, span: Span) -> &'s str {
        self.src
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    fn alloc(&self, depth: u32) -> ExprId {
        let id = self.next.get();
        self.next.set(id.saturating_add(1));
        self.depths
            .borrow_mut()
            .push(depth.min(u32::from(u16::MAX)) as u16);
        ExprId(id)
    }

    /// The recorded depth of an expression built by this builder.
    pub fn depth(&self, e: &Expr) -> u32 {
        let i = e.id.0.wrapping_sub(self.first) as usize;
        self.depths.borrow().get(i).map_or(1, |&d| u32::from(d))
    }

    pub fn ident(&self, name: &str, lo: usize, hi: usize) -> Ident {
        Ident {
            name: name.to_string(),
            span: Span::new(lo, hi),
            id: self.alloc(1),
        }
    }

    /// Builds an expression node spanning `span`, enforcing `MAX_DEPTH`.
    pub fn expr_at(&self, kind: ExprKind, span: Span) -> Expr {
        let d = 1 + depth::of_kind(self, &kind);
        if d > MAX_DEPTH {
            self.error(span, "syntax error: expression nested too deeply");
            return Expr {
                kind: ExprKind::Bad,
                span,
                id: self.alloc(1),
            };
        }
        Expr {
            kind,
            span,
            id: self.alloc(d),
        }
    }

    pub fn expr(&self, kind: ExprKind, lo: usize, hi: usize) -> Expr {
        self.expr_at(kind, Span::new(lo, hi))
    }

    pub fn ident_expr(&self, name: &str, lo: usize, hi: usize) -> Expr {
        let id = self.ident(name, lo, hi);
        self.expr(ExprKind::Ident(id), lo, hi)
    }

    pub fn binary(&self, op: BinaryOp, lhs: Expr, rhs: Expr) -> Expr {
        let span = lhs.span.to(rhs.span);
        self.expr_at(
            ExprKind::Binary {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            },
            span,
        )
    }

    /// A unary expression; `<-chan T` (receive applied to a channel type) is the type `<-chan T`.
    pub fn unary(&self, op: UnaryOp, e: Expr, lo: usize, hi: usize) -> Expr {
        if op == UnaryOp::Recv {
            if let ExprKind::ChanType {
                dir: ChanDir::Both, ..
            } = &e.kind
            {
                let mut e = e;
                if let ExprKind::ChanType { dir, .. } = &mut e.kind {
                    *dir = ChanDir::Recv;
                }
                e.span = Span::new(lo, hi);
                return e;
            }
        }
        self.expr(
            ExprKind::Unary {
                op,
                expr: Box::new(e),
            },
            lo,
            hi,
        )
    }

    /// A selector `x.sel`, or a qualified/generic type name in type context.
    pub fn selector(&self, x: Expr, sel: Ident, hi: usize) -> Expr {
        let lo = x.span.start as usize;
        self.expr(
            ExprKind::Selector {
                expr: Box::new(x),
                sel,
            },
            lo,
            hi,
        )
    }

    pub fn index(&self, x: Expr, indices: Vec<Expr>, hi: usize) -> Expr {
        let lo = x.span.start as usize;
        self.expr(
            ExprKind::Index {
                expr: Box::new(x),
                indices,
            },
            lo,
            hi,
        )
    }

    pub fn composite(&self, typ: Option<Expr>, lit: (Vec<KeyedElement>, Span), lo: usize) -> Expr {
        let (elems, rbrace) = lit;
        let kind = ExprKind::CompositeLit {
            typ: typ.map(Box::new),
            elems,
            rbrace,
        };
        self.expr(kind, lo, rbrace.end as usize)
    }

    pub fn call(&self, func: Expr, args: (Vec<Expr>, bool), rparen: (usize, usize)) -> Expr {
        let lo = func.span.start as usize;
        let kind = ExprKind::Call {
            func: Box::new(func),
            args: args.0,
            ellipsis: args.1,
            rparen: Span::new(rparen.0, rparen.1),
        };
        self.expr(kind, lo, rparen.1)
    }

    /// Regroups a loosely parsed parameter list (gc's `paramList`): if any entry has a name, every
    /// lone entry is a name sharing the type of the next named entry (`a, b int`); otherwise all are
    /// types. Returns the groups and whether the last parameter is variadic.
    pub fn params(&self, items: Vec<ParamItem>, close: Span) -> (Vec<Field>, bool) {
        let n = items.len();
        let mut variadic = false;
        let mut misplaced_dots = None;
        for (i, it) in items.iter().enumerate() {
            let is_var = match it {
                ParamItem::Named(_, _, v) => *v,
                ParamItem::Variadic(_) => true,
                ParamItem::Type(_) => false,
            };
            if is_var {
                if i + 1 == n {
                    variadic = true;
                } else {
                    let at = match it {
                        ParamItem::Named(_, t, _) | ParamItem::Variadic(t) | ParamItem::Type(t) => {
                            t.span
                        }
                    };
                    misplaced_dots.get_or_insert(Span {
                        start: at.start.saturating_sub(3),
                        end: at.start,
                    });
                }
            }
        }
        let named = items.iter().any(|it| matches!(it, ParamItem::Named(..)));
        let dots_error = |b: &Self| {
            if let Some(at) = misplaced_dots {
                b.error(at, "can only use ... with final parameter");
            }
        };
        if !named {
            dots_error(self);
            let fields = items
                .into_iter()
                .map(|it| match it {
                    ParamItem::Type(t) | ParamItem::Variadic(t) | ParamItem::Named(_, t, _) => {
                        Field {
                            names: vec![],
                            span: t.span,
                            typ: t,
                            tag: None,
                        }
                    }
                })
                .collect();
            return (fields, variadic);
        }
        // gc: a lone type among named parameters lacks its name; trailing lone names lack a type.
        let mut fields = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut missing_name: Option<Span> = None;
        for it in items {
            match it {
                ParamItem::Named(name, typ, _) => {
                    pending.push(name);
                    let span = pending[0].span.to(typ.span);
                    fields.push(Field {
                        names: std::mem::take(&mut pending),
                        typ,
                        tag: None,
                        span,
                    });
                }
                ParamItem::Type(t) => match t.kind {
                    ExprKind::Ident(id) => pending.push(id),
                    _ => {
                        missing_name.get_or_insert(t.span);
                    }
                },
                ParamItem::Variadic(t) => {
                    let at = t.span.start.saturating_sub(3);
                    missing_name.get_or_insert(Span {
                        start: at,
                        end: at + 3,
                    });
                }
            }
        }
        if let Some(at) = missing_name {
            self.error(at, "syntax error: missing parameter name");
        } else if !pending.is_empty() {
            self.error(
                Span {
                    start: close.start,
                    end: close.start + 1,
                },
                "syntax error: missing parameter type",
            );
        } else {
            dots_error(self);
        }
        (fields, variadic)
    }

    pub fn func_type(
        &self,
        params: (Vec<Field>, bool),
        results: Vec<Field>,
        lo: usize,
        hi: usize,
    ) -> FuncType {
        FuncType {
            params: params.0,
            variadic: params.1,
            results,
            span: Span::new(lo, hi),
        }
    }

    /// A `:=` statement. A left-hand side that is not a name is left for the type checker to
    /// report ("non-name a.b on left side of :="), as gc does, so the file's other errors still
    /// appear.
    pub fn define(&self, lhs: Vec<Expr>, rhs: Vec<Expr>, lo: usize, hi: usize) -> Stmt {
        Stmt {
            kind: StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                rhs,
            },
            span: Span::new(lo, hi),
        }
    }

    /// The condition of an `if`/`switch`/`for` header must be an expression statement
    /// (gc: "cannot use x := 0 as value").
    pub fn cond(&self, s: Stmt) -> Expr {
        match s.kind {
            StmtKind::Expr(e) => e,
            kind => {
                let (what, at) = match &kind {
                    StmtKind::Assign { op, lhs, rhs } => {
                        let what = if *op == AssignOp::Assign {
                            "assignment "
                        } else {
                            ""
                        };
                        (
                            what,
                            self.operator_at(
                                lhs.last().map(|e| e.span.end),
                                rhs.first().map(|e| e.span.start),
                            ),
                        )
                    }
                    _ => ("", None),
                };
                let at = at.unwrap_or(s.span);
                self.error(
                    at,
                    format!(
                        "syntax error: cannot use {what}{} as value",
                        self.text(s.span)
                    ),
                );
                self.expr_at(ExprKind::Bad, s.span)
            }
        }
    }

    /// The span of the operator between two operands (gc positions a simple statement there).
    fn operator_at(&self, from: Option<u32>, to: Option<u32>) -> Option<Span> {
        let (from, to) = (from?, to?);
        let text = self.text(Span {
            start: from,
            end: to,
        });
        let skip = text.len() - text.trim_start().len();
        let len = text.trim().len();
        let start = from + skip as u32;
        Some(Span {
            start,
            end: start + len as u32,
        })
    }

    /// Builds a `switch` statement, recognizing a type switch guard `[x :=] y.(type)`.
    pub fn switch(
        &self,
        init: Option<Stmt>,
        tag: Option<Stmt>,
        clauses: Vec<CaseClause>,
        span: Span,
    ) -> Stmt {
        let init = init.map(Box::new);
        let guard = tag.as_ref().and_then(|t| match &t.kind {
            StmtKind::Expr(e) if is_type_guard(e) => Some(None),
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                rhs,
            } if lhs.len() == 1 && rhs.len() == 1 && is_type_guard(&rhs[0]) => {
                Some(match &lhs[0].kind {
                    ExprKind::Ident(id) => Some(id.clone()),
                    _ => None,
                })
            }
            _ => None,
        });
        let kind = match (guard, tag) {
            (Some(bind), Some(t)) => {
                let guard_expr = match t.kind {
                    StmtKind::Expr(e) => e,
                    StmtKind::Assign { mut rhs, .. } => rhs
                        .pop()
                        .unwrap_or_else(|| self.expr_at(ExprKind::Bad, t.span)),
                    _ => self.expr_at(ExprKind::Bad, t.span),
                };
                let expr = match guard_expr.kind {
                    ExprKind::TypeAssert { expr, .. } => *expr,
                    other => Expr {
                        kind: other,
                        ..guard_expr
                    },
                };
                let clauses = match &bind {
                    Some(b) => clauses
                        .into_iter()
                        .map(|mut c| {
                            let name = b.name.clone();
                            c.implicit = Some(Ident {
                                name,
                                span: c.span,
                                id: self.alloc(1),
                            });
                            c
                        })
                        .collect(),
                    None => clauses,
                };
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    expr,
                    clauses,
                }
            }
            (_, t) => {
                let tag = t.map(|t| self.cond(t));
                StmtKind::Switch { init, tag, clauses }
            }
        };
        Stmt { kind, span }
    }

    /// The receiver of a method: exactly one parameter (types2's wording, at the method name).
    pub fn receiver(&self, mut fields: Vec<Field>, name: Span) -> Field {
        let n: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
        if n == 0 {
            self.error(name, "method has no receiver");
        } else if n > 1 {
            self.error(name, "method has multiple receivers");
        }
        if fields.is_empty() {
            let bad = self.expr_at(ExprKind::Bad, name);
            return Field {
                names: vec![],
                typ: bad,
                tag: None,
                span: name,
            };
        }
        let mut f = fields.swap_remove(0);
        f.names.truncate(1);
        f
    }

    /// A select case must be a send or a receive, possibly with an assignment.
    pub fn comm(&self, s: Stmt) -> Stmt {
        // `case v := (<-ch):` is a receive too.
        fn is_recv(e: &Expr) -> bool {
            match &e.kind {
                ExprKind::Paren(x) => is_recv(x),
                ExprKind::Unary {
                    op: UnaryOp::Recv, ..
                } => true,
                _ => false,
            }
        }
        let ok = match &s.kind {
            StmtKind::Send { .. } => true,
            StmtKind::Expr(e) => is_recv(e),
            StmtKind::Assign {
                op: AssignOp::Assign | AssignOp::Define,
                lhs,
                rhs,
            } => lhs.len() <= 2 && rhs.len() == 1 && is_recv(&rhs[0]),
            _ => false,
        };
        if !ok {
            self.error(
                s.span,
                "select case must be send or receive (possibly with assignment)",
            );
        }
        s
    }

    /// The post statement of a `for` loop may not declare.
    pub fn post(&self, s: Stmt) -> Box<Stmt> {
        if let StmtKind::Assign {
            op: AssignOp::Define,
            ..
        } = s.kind
        {
            self.error(
                s.span,
                "syntax error: cannot declare in post statement of for loop",
            );
        }
        Box::new(s)
    }

    /// A `for ... range` statement; `lhs` holds at most two iteration variables.
    pub fn range(
        &self,
        lhs: Option<Vec<Expr>>,
        define: bool,
        expr: Expr,
        body: Block,
        lo: usize,
        hi: usize,
    ) -> Stmt {
        let mut lhs = lhs.unwrap_or_default();
        if define {
            for e in &lhs {
                if !matches!(e.kind, ExprKind::Ident(_)) {
                    self.error(
                        e.span,
                        format!("non-name {} on left side of :=", self.text(e.span)),
                    );
                }
            }
        }
        if lhs.len() > 2 {
            self.error(
                lhs[2].span,
                "range clause permits at most two iteration variables",
            );
            lhs.truncate(2);
        }
        let mut it = lhs.into_iter();
        let (key, value) = (it.next(), it.next());
        Stmt {
            kind: StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            },
            span: Span::new(lo, hi),
        }
    }

    /// Numbers the specs of a `const` group (`iota`) and passes other specs through.
    pub fn gen_decl(&self, kind: GenKind, mut specs: Vec<Spec>, lo: usize, hi: usize) -> GenDecl {
        for (i, s) in specs.iter_mut().enumerate() {
            if let Spec::Value { iota, .. } = s {
                *iota = i as u32;
            }
        }
        GenDecl {
            kind,
            specs,
            span: Span::new(lo, hi),
        }
    }
}

fn is_type_guard(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::TypeAssert { typ: None, .. })
}
