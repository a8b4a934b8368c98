//! Depth accounting for the builder's `MAX_DEPTH` bound.
//!
//! The depth of a new node is one more than the deepest of its direct children; children's depths
//! were recorded when they were built, so this never walks an expression tree. A function literal's
//! body is walked statement by statement (statement nesting is bounded by the bracket limit checked
//! before parsing), looking up each statement's expressions in the builder's table.

use crate::ast::*;
use crate::builder::Builder;

/// The deepest direct child of an expression about to be built (0 for a leaf).
pub fn of_kind(b: &Builder<'_>, kind: &ExprKind) -> u32 {
    let d = |e: &Expr| b.depth(e);
    let opt = |e: &Option<Box<Expr>>| e.as_deref().map_or(0, d);
    let list = |v: &[Expr]| v.iter().map(d).max().unwrap_or(0);
    match kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(_) | ExprKind::Bad => 0,
        ExprKind::CompositeLit { typ, elems, .. } => {
            let e = elems
                .iter()
                .map(|k| k.key.as_ref().map_or(0, d).max(d(&k.value)))
                .max()
                .unwrap_or(0);
            e.max(opt(typ))
        }
        ExprKind::FuncLit { sig, body } => func_type(b, sig).max(block(b, body)),
        ExprKind::Paren(e) | ExprKind::SliceType(e) => d(e),
        ExprKind::Selector { expr, .. } => d(expr),
        ExprKind::Index { expr, indices } => d(expr).max(list(indices)),
        ExprKind::Slice {
            expr, lo, hi, max, ..
        } => d(expr).max(opt(lo)).max(opt(hi)).max(opt(max)),
        ExprKind::TypeAssert { expr, typ } => d(expr).max(opt(typ)),
        ExprKind::Call { func, args, .. } => d(func).max(list(args)),
        ExprKind::Unary { expr, .. } => d(expr),
        ExprKind::Binary { lhs, rhs, .. } => d(lhs).max(d(rhs)),
        ExprKind::ArrayType { len, elem } => opt(len).max(d(elem)),
        ExprKind::MapType { key, value } => d(key).max(d(value)),
        ExprKind::ChanType { elem, .. } => d(elem),
        ExprKind::FuncType(ft) => func_type(b, ft),
        ExprKind::StructType(fields) => fields_depth(b, fields),
        ExprKind::InterfaceType(elems) => elems
            .iter()
            .map(|e| match e {
                InterfaceElem::Method { sig, .. } => func_type(b, sig),
                InterfaceElem::Embed(e) => d(e),
            })
            .max()
            .unwrap_or(0),
        ExprKind::Ellipsis(e) => opt(e),
    }
}

fn fields_depth(b: &Builder<'_>, fields: &[Field]) -> u32 {
    fields.iter().map(|f| b.depth(&f.typ)).max().unwrap_or(0)
}

fn func_type(b: &Builder<'_>, ft: &FuncType) -> u32 {
    fields_depth(b, &ft.params).max(fields_depth(b, &ft.results))
}

fn block(b: &Builder<'_>, blk: &Block) -> u32 {
    1 + stmts(b, &blk.stmts)
}

fn stmts(b: &Builder<'_>, list: &[Stmt]) -> u32 {
    list.iter().map(|s| stmt(b, s)).max().unwrap_or(0)
}

fn exprs(b: &Builder<'_>, list: &[Expr]) -> u32 {
    list.iter().map(|e| b.depth(e)).max().unwrap_or(0)
}

fn opt_stmt(b: &Builder<'_>, s: &Option<Box<Stmt>>) -> u32 {
    s.as_deref().map_or(0, |s| stmt(b, s))
}

fn gen_decl(b: &Builder<'_>, g: &GenDecl) -> u32 {
    g.specs
        .iter()
        .map(|s| match s {
            Spec::Value { typ, values, .. } => {
                typ.as_ref().map_or(0, |t| b.depth(t)).max(exprs(b, values))
            }
            Spec::Type {
                typ, type_params, ..
            } => b.depth(typ).max(
                type_params
                    .iter()
                    .map(|p| b.depth(&p.constraint))
                    .max()
                    .unwrap_or(0),
            ),
        })
        .max()
        .unwrap_or(0)
}

fn stmt(b: &Builder<'_>, s: &Stmt) -> u32 {
    let d = |e: &Expr| b.depth(e);
    1 + match &s.kind {
        StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => 0,
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => d(e),
        StmtKind::IncDec { expr, .. } => d(expr),
        StmtKind::Decl(g) => gen_decl(b, g),
        StmtKind::Assign { lhs, rhs, .. } => exprs(b, lhs).max(exprs(b, rhs)),
        StmtKind::Send { chan, value } => d(chan).max(d(value)),
        StmtKind::Return(v) => exprs(b, v),
        StmtKind::Block(blk) => block(b, blk),
        StmtKind::Labeled { stmt: inner, .. } => stmt(b, inner),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => opt_stmt(b, init)
            .max(d(cond))
            .max(block(b, then))
            .max(opt_stmt(b, els)),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => opt_stmt(b, init)
            .max(cond.as_ref().map_or(0, d))
            .max(opt_stmt(b, post))
            .max(block(b, body)),
        StmtKind::Range {
            key,
            value,
            expr,
            body,
            ..
        } => key
            .as_ref()
            .map_or(0, d)
            .max(value.as_ref().map_or(0, d))
            .max(d(expr))
            .max(block(b, body)),
        StmtKind::Switch { init, tag, clauses } => {
            let c = clauses
                .iter()
                .map(|c| exprs(b, &c.exprs).max(1 + stmts(b, &c.body)))
                .max()
                .unwrap_or(0);
            opt_stmt(b, init).max(tag.as_ref().map_or(0, d)).max(c)
        }
        StmtKind::TypeSwitch {
            init,
            expr,
            clauses,
            ..
        } => {
            let c = clauses
                .iter()
                .map(|c| exprs(b, &c.exprs).max(1 + stmts(b, &c.body)))
                .max()
                .unwrap_or(0);
            opt_stmt(b, init).max(d(expr)).max(c)
        }
        StmtKind::Select { clauses } => clauses
            .iter()
            .map(|c| {
                c.comm
                    .as_deref()
                    .map_or(0, |s| stmt(b, s))
                    .max(1 + stmts(b, &c.body))
            })
            .max()
            .unwrap_or(0),
    }
}
