//! A compact S-expression rendering of the AST, for tests and debugging: `(+ a (* b c))`.
//!
//! Spans and ids are left out; the shape is what matters. Statements render one per line-less
//! group: `(if (init ...) cond (block ...) else)`.

use crate::ast::*;
use std::fmt::Write;

pub fn expr(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

pub fn stmts(list: &[Stmt]) -> String {
    let mut s = String::new();
    for (i, st) in list.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        write_stmt(&mut s, st);
    }
    s
}

fn list(s: &mut String, v: &[Expr]) {
    for e in v {
        s.push(' ');
        write_expr(s, e);
    }
}

fn opt(s: &mut String, e: &Option<Box<Expr>>) {
    s.push(' ');
    match e {
        Some(e) => write_expr(s, e),
        None => s.push('_'),
    }
}

fn fields(s: &mut String, v: &[Field]) {
    s.push('(');
    for (i, f) in v.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        for n in &f.names {
            let _ = write!(s, "{} ", n.name);
        }
        write_expr(s, &f.typ);
    }
    s.push(')');
}

fn func_type(s: &mut String, ft: &FuncType) {
    s.push_str("(func ");
    fields(s, &ft.params);
    if ft.variadic {
        s.push_str("...");
    }
    s.push(' ');
    fields(s, &ft.results);
    s.push(')');
}

fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(i) => s.push_str(&i.name),
        ExprKind::BasicLit(l) => match l {
            LitKind::Int(t) | LitKind::Float(t) | LitKind::Imag(t) => s.push_str(t),
            LitKind::Rune(r) => {
                let _ = write!(s, "'{r}'");
            }
            LitKind::Str(b) => {
                let _ = write!(s, "{:?}", String::from_utf8_lossy(b));
            }
        },
        ExprKind::CompositeLit { typ, elems, .. } => {
            s.push_str("(lit");
            opt(s, typ);
            for el in elems {
                s.push(' ');
                if let Some(k) = &el.key {
                    write_expr(s, k);
                    s.push(':');
                }
                write_expr(s, &el.value);
            }
            s.push(')');
        }
        ExprKind::FuncLit { sig, body } => {
            s.push_str("(funclit ");
            func_type(s, sig);
            let _ = write!(s, " {{{}}})", stmts(&body.stmts));
        }
        ExprKind::Paren(x) => {
            s.push_str("(paren ");
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { expr, sel } => {
            s.push_str("(. ");
            write_expr(s, expr);
            let _ = write!(s, " {})", sel.name);
        }
        ExprKind::Index { expr, indices } => {
            s.push_str("(index ");
            write_expr(s, expr);
            list(s, indices);
            s.push(')');
        }
        ExprKind::Slice {
            expr,
            lo,
            hi,
            max,
            three_index,
        } => {
            s.push_str(if *three_index { "(slice3 " } else { "(slice " });
            write_expr(s, expr);
            opt(s, lo);
            opt(s, hi);
            if *three_index {
                opt(s, max);
            }
            s.push(')');
        }
        ExprKind::TypeAssert { expr, typ } => {
            s.push_str("(assert ");
            write_expr(s, expr);
            match typ {
                Some(t) => opt(s, &Some(t.clone())),
                None => s.push_str(" type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            s.push_str("(call ");
            write_expr(s, func);
            list(s, args);
            if *ellipsis {
                s.push_str(" ...");
            }
            s.push(')');
        }
        ExprKind::Unary { op, expr } => {
            let _ = write!(s, "({} ", op.as_str());
            write_expr(s, expr);
            s.push(')');
        }
        ExprKind::Binary { op, lhs, rhs } => {
            let _ = write!(s, "({} ", op.as_str());
            write_expr(s, lhs);
            s.push(' ');
            write_expr(s, rhs);
            s.push(')');
        }
        ExprKind::ArrayType { len, elem } => {
            s.push_str("(array");
            match len {
                Some(_) => opt(s, len),
                None => s.push_str(" ..."),
            }
            s.push(' ');
            write_expr(s, elem);
            s.push(')');
        }
        ExprKind::SliceType(elem) => {
            s.push_str("(slicetype ");
            write_expr(s, elem);
            s.push(')');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("(map ");
            write_expr(s, key);
            s.push(' ');
            write_expr(s, value);
            s.push(')');
        }
        ExprKind::ChanType { dir, elem } => {
            let d = match dir {
                ChanDir::Both => "chan",
                ChanDir::Send => "chan<-",
                ChanDir::Recv => "<-chan",
            };
            let _ = write!(s, "({d} ");
            write_expr(s, elem);
            s.push(')');
        }
        ExprKind::FuncType(ft) => func_type(s, ft),
        ExprKind::StructType(f) => {
            s.push_str("(struct ");
            fields(s, f);
            s.push(')');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("(interface");
            for el in elems {
                s.push(' ');
                match el {
                    InterfaceElem::Method { name, sig } => {
                        let _ = write!(s, "{}:", name.name);
                        func_type(s, sig);
                    }
                    InterfaceElem::Embed(e) => write_expr(s, e),
                }
            }
            s.push(')');
        }
        ExprKind::Ellipsis(e) => {
            s.push_str("(...");
            opt(s, e);
            s.push(')');
        }
        ExprKind::Bad => s.push_str("BAD"),
    }
}

fn opt_stmt(s: &mut String, st: &Option<Box<Stmt>>) {
    s.push(' ');
    match st {
        Some(st) => write_stmt(s, st),
        None => s.push('_'),
    }
}

fn block(s: &mut String, b: &[Stmt]) {
    let _ = write!(s, " {{{}}}", stmts(b));
}

fn write_stmt(s: &mut String, st: &Stmt) {
    match &st.kind {
        StmtKind::Empty => s.push_str("(empty)"),
        StmtKind::Expr(e) => write_expr(s, e),
        StmtKind::Decl(g) => {
            let _ = write!(s, "({:?}", g.kind);
            for spec in &g.specs {
                match spec {
                    Spec::Value {
                        names,
                        typ,
                        values,
                        iota,
                        ..
                    } => {
                        let n: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
                        let _ = write!(s, " ({} #{iota}", n.join(","));
                        opt(s, &typ.clone().map(Box::new));
                        list(s, values);
                        s.push(')');
                    }
                    Spec::Type {
                        name, alias, typ, ..
                    } => {
                        let _ = write!(s, " ({}{} ", name.name, if *alias { " =" } else { "" });
                        write_expr(s, typ);
                        s.push(')');
                    }
                }
            }
            s.push(')');
        }
        StmtKind::Assign { lhs, op, rhs } => {
            let o = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            let _ = write!(s, "({o}");
            list(s, lhs);
            s.push_str(" |");
            list(s, rhs);
            s.push(')');
        }
        StmtKind::IncDec { expr, inc } => {
            s.push_str(if *inc { "(++ " } else { "(-- " });
            write_expr(s, expr);
            s.push(')');
        }
        StmtKind::Send { chan, value } => {
            s.push_str("(send ");
            write_expr(s, chan);
            s.push(' ');
            write_expr(s, value);
            s.push(')');
        }
        StmtKind::Go(e) | StmtKind::Defer(e) => {
            s.push_str(if matches!(st.kind, StmtKind::Go(_)) {
                "(go "
            } else {
                "(defer "
            });
            write_expr(s, e);
            s.push(')');
        }
        StmtKind::Return(v) => {
            s.push_str("(return");
            list(s, v);
            s.push(')');
        }
        StmtKind::Break(l) | StmtKind::Continue(l) => {
            s.push_str(if matches!(st.kind, StmtKind::Break(_)) {
                "(break"
            } else {
                "(continue"
            });
            if let Some(l) = l {
                let _ = write!(s, " {}", l.name);
            }
            s.push(')');
        }
        StmtKind::Goto(l) => {
            let _ = write!(s, "(goto {})", l.name);
        }
        StmtKind::Fallthrough => s.push_str("(fallthrough)"),
        StmtKind::Block(b) => {
            s.push_str("(block");
            block(s, &b.stmts);
            s.push(')');
        }
        StmtKind::Labeled { label, stmt } => {
            let _ = write!(s, "({}: ", label.name);
            write_stmt(s, stmt);
            s.push(')');
        }
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            s.push_str("(if");
            opt_stmt(s, init);
            s.push(' ');
            write_expr(s, cond);
            block(s, &then.stmts);
            opt_stmt(s, els);
            s.push(')');
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            s.push_str("(for");
            opt_stmt(s, init);
            opt(s, &cond.clone().map(Box::new));
            opt_stmt(s, post);
            block(s, &body.stmts);
            s.push(')');
        }
        StmtKind::Range {
            key,
            value,
            define,
            expr,
            body,
        } => {
            s.push_str(if *define { "(range:=" } else { "(range=" });
            opt(s, &key.clone().map(Box::new));
            opt(s, &value.clone().map(Box::new));
            s.push(' ');
            write_expr(s, expr);
            block(s, &body.stmts);
            s.push(')');
        }
        StmtKind::Switch { init, tag, clauses } => {
            s.push_str("(switch");
            opt_stmt(s, init);
            opt(s, &tag.clone().map(Box::new));
            clauses_of(s, clauses);
            s.push(')');
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            expr,
            clauses,
        } => {
            s.push_str("(typeswitch");
            opt_stmt(s, init);
            let _ = write!(s, " {}", bind.as_ref().map_or("_", |b| b.name.as_str()));
            s.push(' ');
            write_expr(s, expr);
            clauses_of(s, clauses);
            s.push(')');
        }
        StmtKind::Select { clauses } => {
            s.push_str("(select");
            for c in clauses {
                s.push_str(" (");
                match &c.comm {
                    Some(cs) => write_stmt(s, cs),
                    None => s.push_str("default"),
                }
                block(s, &c.body);
                s.push(')');
            }
            s.push(')');
        }
    }
}

fn clauses_of(s: &mut String, clauses: &[CaseClause]) {
    for c in clauses {
        s.push_str(" (");
        if c.is_default {
            s.push_str("default");
        } else {
            s.push_str("case");
            list(s, &c.exprs);
        }
        if let Some(i) = &c.implicit {
            let _ = write!(s, " ~{}", i.name);
        }
        block(s, &c.body);
        s.push(')');
    }
}
