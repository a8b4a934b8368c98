//! A test-only walk over every expression of a file (to find expressions by their source text).

use grammar::ast::*;

pub fn exprs(file: &File, f: &mut dyn FnMut(&Expr)) {
    for d in &file.decls {
        match d {
            Decl::Func(fd) => {
                if let Some(r) = &fd.recv {
                    expr(&r.typ, f);
                }
                func_type(&fd.sig, f);
                if let Some(b) = &fd.body {
                    block(b, f);
                }
            }
            Decl::Gen(g) => gen(g, f),
        }
    }
}

fn gen(g: &GenDecl, f: &mut dyn FnMut(&Expr)) {
    for s in &g.specs {
        match s {
            Spec::Value { typ, values, .. } => {
                if let Some(t) = typ {
                    expr(t, f);
                }
                for v in values {
                    expr(v, f);
                }
            }
            Spec::Type { typ, .. } => expr(typ, f),
        }
    }
}

fn func_type(ft: &FuncType, f: &mut dyn FnMut(&Expr)) {
    for p in ft.params.iter().chain(&ft.results) {
        expr(&p.typ, f);
    }
}

fn block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    for s in &b.stmts {
        stmt(s, f);
    }
}

fn opt_stmt(s: &Option<Box<Stmt>>, f: &mut dyn FnMut(&Expr)) {
    if let Some(s) = s {
        stmt(s, f);
    }
}

fn stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, f),
        StmtKind::Decl(g) => gen(g, f),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| expr(e, f)),
        StmtKind::IncDec { expr: e, .. } => expr(e, f),
        StmtKind::Send { chan, value } => {
            expr(chan, f);
            expr(value, f);
        }
        StmtKind::Return(es) => es.iter().for_each(|e| expr(e, f)),
        StmtKind::Block(b) => block(b, f),
        StmtKind::Labeled { stmt: s, .. } => stmt(s, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt_stmt(init, f);
            expr(cond, f);
            block(then, f);
            opt_stmt(els, f);
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt_stmt(init, f);
            if let Some(c) = cond {
                expr(c, f);
            }
            opt_stmt(post, f);
            block(body, f);
        }
        StmtKind::Range {
            key,
            value,
            expr: e,
            body,
            ..
        } => {
            key.iter().chain(value.iter()).for_each(|x| expr(x, f));
            expr(e, f);
            block(body, f);
        }
        StmtKind::Switch { init, tag, clauses } => {
            opt_stmt(init, f);
            if let Some(t) = tag {
                expr(t, f);
            }
            for c in clauses {
                c.exprs.iter().for_each(|e| expr(e, f));
                c.body.iter().for_each(|s| stmt(s, f));
            }
        }
        StmtKind::TypeSwitch {
            init,
            expr: e,
            clauses,
            ..
        } => {
            opt_stmt(init, f);
            expr(e, f);
            for c in clauses {
                c.exprs.iter().for_each(|e| expr(e, f));
                c.body.iter().for_each(|s| stmt(s, f));
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                opt_stmt(&c.comm, f);
                c.body.iter().for_each(|s| stmt(s, f));
            }
        }
        _ => {}
    }
}

fn expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                expr(t, f);
            }
            for el in elems {
                if let Some(k) = &el.key {
                    expr(k, f);
                }
                expr(&el.value, f);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            func_type(sig, f);
            block(body, f);
        }
        ExprKind::Paren(x) | ExprKind::SliceType(x) => expr(x, f),
        ExprKind::Selector { expr: x, .. } => expr(x, f),
        ExprKind::Index { expr: x, indices } => {
            expr(x, f);
            indices.iter().for_each(|i| expr(i, f));
        }
        ExprKind::Slice {
            expr: x,
            lo,
            hi,
            max,
            ..
        } => {
            expr(x, f);
            for p in [lo, hi, max].into_iter().flatten() {
                expr(p, f);
            }
        }
        ExprKind::TypeAssert { expr: x, typ } => {
            expr(x, f);
            if let Some(t) = typ {
                expr(t, f);
            }
        }
        ExprKind::Call { func, args, .. } => {
            expr(func, f);
            args.iter().for_each(|a| expr(a, f));
        }
        ExprKind::Unary { expr: x, .. } => expr(x, f),
        ExprKind::Binary { lhs, rhs, .. } => {
            expr(lhs, f);
            expr(rhs, f);
        }
        ExprKind::ArrayType { len, elem } => {
            if let Some(l) = len {
                expr(l, f);
            }
            expr(elem, f);
        }
        ExprKind::MapType { key, value } => {
            expr(key, f);
            expr(value, f);
        }
        ExprKind::ChanType { elem, .. } => expr(elem, f),
        ExprKind::FuncType(ft) => func_type(ft, f),
        ExprKind::StructType(fields) => fields.iter().for_each(|fl| expr(&fl.typ, f)),
        ExprKind::Ellipsis(Some(x)) => expr(x, f),
        _ => {}
    }
}
