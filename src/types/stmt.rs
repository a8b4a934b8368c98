//! Statements and function bodies (spec: "Statements"; go/types' `stmt.go`): blocks and scopes,
//! expression/send/inc-dec/assignment statements, go/defer, return, if, for, switch, type switch
//! and select. Range clauses live in `range` below; branch and label checks in `labels`.
//!
//! Invariants: every block opens a scope that is closed on exit (`self.func.scope` is restored);
//! "missing return" is decided by `terminate` after the body is checked.

use super::assign::unparen;
use super::check::{Checker, OpMode, Operand, ScopeId};
use super::constant;
use super::info::*;
use super::state::{FuncCtx, FuncState};
use super::ty::*;
use grammar::ast::{
    self, AssignOp, Block, CaseClause, Expr, ExprKind, Span, Stmt, StmtKind, UnaryOp,
};

impl<'a> Checker<'a> {
    pub(crate) fn cur_scope(&self) -> ScopeId {
        self.func.scope
    }

    fn open_scope(&mut self) {
        self.func.scope = self.new_scope(Some(self.func.scope), false);
    }

    fn close_scope(&mut self) {
        if let Some(p) = self.scopes[self.func.scope.0 as usize].parent {
            self.func.scope = p;
        }
    }

    /// Checks the body of a package-level function or method.
    pub(crate) fn func_body(&mut self, obj: ObjId, decl: &'a ast::FuncDecl) {
        let Some(body) = &decl.body else { return };
        let Some(&scope) = self.func_scopes.get(&obj) else {
            return;
        };
        let Type::Func(sig) = self.t.get(self.obj(obj).typ).clone() else {
            return;
        };
        let named = self.func_named.get(&obj).cloned().unwrap_or_default();
        let saved = self.func.decl.replace(obj);
        self.func_body_in(scope, &sig, named, body);
        self.func.decl = saved;
    }

    /// Checks a body in its signature scope (also used for function literals).
    pub(crate) fn func_body_in(
        &mut self,
        scope: ScopeId,
        sig: &Signature,
        named: Vec<ObjId>,
        body: &'a Block,
    ) {
        // The body keeps the declaration its dependencies are recorded for, and `errpos`.
        let in_body = FuncState {
            sig: Some(FuncCtx {
                results: sig.results.clone(),
                named_results: named,
                scope,
            }),
            scope,
            decl: self.func.decl,
            iota: None,
            errpos: self.func.errpos,
        };
        let saved_func = std::mem::replace(&mut self.func, in_body);
        self.stmt_list(&body.stmts);
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            let end = body.span.end.saturating_sub(1);
            self.error(
                Span {
                    start: end,
                    end: body.span.end,
                },
                "missing return",
            );
        }
        self.check_labels(body);
        self.func = saved_func;
    }

    pub(crate) fn stmt_list(&mut self, list: &'a [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &'a Block) {
        self.open_scope();
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => {
                let ch = self.expr(chan);
                let mut val = self.expr(value);
                if ch.is_invalid() || val.is_invalid() {
                    return;
                }
                if let Some(elem) = self.chan_elem(&ch, false) {
                    self.assignment(&mut val, Some(elem), "send");
                }
            }
            StmtKind::IncDec { expr, inc } => {
                let x = self.expr(expr);
                if x.is_invalid() {
                    return;
                }
                if !self.is_numeric(x.typ) {
                    let op = if *inc { "++" } else { "--" };
                    let s2 = format!(
                        "invalid operation: {}{} (non-numeric type {})",
                        self.expr_string(expr),
                        op,
                        self.type_string(x.typ)
                    );
                    self.error(expr.span, s2);
                    return;
                }
                self.assign_var(expr, None, Some(x), "assignment");
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => {
                    let end = lhs.last().map_or(s.span.start, |e| e.span.end);
                    let p = self.skip_blank(end);
                    self.short_var_decl(Span { start: p, end: p }, lhs, rhs);
                }
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        let p = self.skip_blank(lhs.last().map_or(s.span.start, |e| e.span.end));
                        self.error(
                            Span { start: p, end: p },
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let x = self.binary(None, *bop, &lhs[0], &rhs[0]);
                    self.assign_var(&lhs[0], None, Some(x), "assignment");
                }
            },
            StmtKind::Go(call) => self.suspended_call("go", call),
            StmtKind::Defer(call) => self.suspended_call("defer", call),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let x = self.expr(cond);
                if !x.is_invalid() && !self.is_boolean(x.typ) {
                    self.error(cond.span, "non-boolean condition in if statement");
                }
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !self.is_boolean(x.typ) {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, expr, body),
            StmtKind::Switch { init, tag, clauses } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.switch_stmt(tag.as_ref(), clauses);
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                expr,
                clauses,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.type_switch_stmt(bind.as_ref(), expr, clauses);
                self.close_scope();
            }
            StmtKind::Select { clauses } => {
                let mut first: Option<Span> = None;
                for cc in clauses {
                    if cc.comm.is_none() {
                        match first {
                            Some(f) => {
                                let pos = self.pos_string(self.pkg.file, f.start);
                                self.error(cc.span, format!("multiple defaults (first at {pos})"));
                            }
                            None => first = Some(cc.span),
                        }
                    }
                }
                for cc in clauses {
                    let valid = match cc.comm.as_deref().map(|c| &c.kind) {
                        None | Some(StmtKind::Send { .. }) => true,
                        Some(StmtKind::Assign { rhs, .. }) => rhs.len() == 1 && is_recv(&rhs[0]),
                        Some(StmtKind::Expr(e)) => is_recv(e),
                        _ => false,
                    };
                    if !valid {
                        let span = cc.comm.as_ref().map_or(cc.span, |c| c.span);
                        self.error(
                            span,
                            "select case must be send or receive (possibly with assignment)",
                        );
                        continue;
                    }
                    self.open_scope();
                    if let Some(c) = &cc.comm {
                        self.stmt(c);
                    }
                    self.stmt_list(&cc.body);
                    self.close_scope();
                }
            }
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None, false);
        let msg = match x.mode {
            OpMode::Invalid => return,
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            _ => {
                if self.stmt_kind(e) == ExprKind2::Statement {
                    return;
                }
                "is not used"
            }
        };
        let s = format!("{} {}", self.operand_string(&x), msg);
        self.error(x.span(), s);
    }

    /// go/types' `exprKind` of an evaluated expression.
    fn stmt_kind(&self, e: &Expr) -> ExprKind2 {
        match &unparen(e).kind {
            ExprKind::Call { func, .. } => {
                match self.info.types_of.get(&func.id).map(|t| &t.mode) {
                    Some(Mode::TypeExpr) => ExprKind2::Conversion,
                    Some(Mode::Builtin(b)) => match b {
                        Builtin::Append
                        | Builtin::Cap
                        | Builtin::Len
                        | Builtin::Make
                        | Builtin::New
                        | Builtin::Min
                        | Builtin::Max
                        | Builtin::Complex
                        | Builtin::Real
                        | Builtin::Imag => ExprKind2::Expression,
                        _ => ExprKind2::Statement,
                    },
                    _ => ExprKind2::Statement,
                }
            }
            ExprKind::Unary {
                op: UnaryOp::Recv, ..
            } => ExprKind2::Statement,
            _ => ExprKind2::Expression,
        }
    }

    fn suspended_call(&mut self, keyword: &str, call: &'a Expr) {
        if !matches!(call.kind, ExprKind::Call { .. }) {
            self.error(
                call.span,
                format!("expression in {keyword} must be function call"),
            );
            self.use_exprs(std::slice::from_ref(call));
            return;
        }
        let x = self.raw_expr(call, None, false);
        if x.is_invalid() {
            return;
        }
        let msg = match self.stmt_kind(call) {
            ExprKind2::Conversion => "requires function call, not conversion",
            ExprKind2::Expression => "discards result of",
            ExprKind2::Statement => return,
        };
        let s = format!("{} {} {}", keyword, msg, self.operand_string(&x));
        self.error(x.span(), s);
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(f) = self.func.sig.clone() else {
            return;
        };
        if results.is_empty() && !f.named_results.is_empty() {
            for &o in &f.named_results {
                let name = self.obj(o).name.clone();
                if name == "_" {
                    continue;
                }
                if let Some((_, alt)) = self.lookup(self.func.scope, &name) {
                    if alt != o {
                        let pos = self.pos_string(self.obj(alt).file, self.obj(alt).span.start);
                        let ts = self.type_string(self.obj(alt).typ);
                        self.error(s.span, format!("result parameter {name} not in scope at return\n\t{pos}: inner declaration of var {name} {ts}"));
                    }
                }
            }
            return;
        }
        if results.is_empty() && f.results.is_empty() {
            return;
        }
        self.assign_results(&f.results, results, s.span);
    }

    /// `return rhs...` against the result types (go/types' `initVars` with a return statement).
    fn assign_results(&mut self, want: &[TypeId], rhs: &'a [Expr], at: Span) {
        let (l, r) = (want.len(), rhs.len());
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, &t) in want.iter().enumerate() {
                let mut x = self.expr(&rhs[i]);
                self.assignment(&mut x, Some(t), "return statement");
            }
            return;
        }
        if r != 1 {
            if self.use_exprs(rhs) {
                let xs: Vec<Operand<'a>> = rhs.iter().map(|e| self.expr(e)).collect();
                self.return_error(at, want, &xs);
            }
            return;
        }
        let (xs, _) = self.multi_expr(&rhs[0], false);
        if xs.len() == l {
            for (mut x, &t) in xs.into_iter().zip(want) {
                self.assignment(&mut x, Some(t), "return statement");
            }
            return;
        }
        if !xs[0].is_invalid() {
            self.return_error(at, want, &xs);
        }
    }

    fn switch_stmt(&mut self, tag: Option<&'a Expr>, clauses: &'a [CaseClause]) {
        let x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.comparable(x.typ) && !self.has_nil(x.typ) {
                    let s = format!(
                        "cannot switch on {} ({} is not comparable)",
                        self.operand_string(&x),
                        self.type_string(x.typ)
                    );
                    self.error(x.span(), s);
                    x.mode = OpMode::Invalid;
                }
                x
            }
            None => Operand {
                mode: OpMode::Const(ConstValue::Bool(true)),
                typ: TypeId::BOOL,
                expr: None,
                dummy: None,
            },
        };
        self.multiple_defaults(clauses);
        let mut seen: Vec<(ConstValue, TypeId, Span)> = Vec::new();
        for cc in clauses {
            for e in &cc.exprs {
                self.case_value(&x, e, &mut seen);
            }
            self.open_scope();
            self.stmt_list(&cc.body);
            self.close_scope();
        }
    }

    fn multiple_defaults(&mut self, clauses: &'a [CaseClause]) {
        let mut first: Option<Span> = None;
        for cc in clauses {
            if cc.is_default {
                match first {
                    Some(f) => {
                        let pos = self.pos_string(self.pkg.file, f.start);
                        self.error(cc.span, format!("multiple defaults (first at {pos})"));
                    }
                    None => first = Some(cc.span),
                }
            }
        }
    }

    fn case_value(
        &mut self,
        x: &Operand<'a>,
        e: &'a Expr,
        seen: &mut Vec<(ConstValue, TypeId, Span)>,
    ) {
        let mut v = self.expr(e);
        if x.is_invalid() || v.is_invalid() {
            return;
        }
        self.convert_untyped(&mut v, x.typ);
        if v.is_invalid() {
            return;
        }
        let mut res = v.clone();
        let mut xx = x.clone();
        self.comparison(&mut res, &mut xx, ast::BinaryOp::Eq, None, true);
        if res.is_invalid() {
            return;
        }
        let Some(val) = v.val().cloned() else { return };
        let key = match &val {
            ConstValue::Float(f) if f.is_integer() => ConstValue::Int(f.to_integer()),
            other => other.clone(),
        };
        if let Some((_, _, prev)) = seen.iter().find(|(k, t, _)| *k == key && *t == v.typ) {
            let pos = self.pos_string(self.pkg.file, prev.start);
            let s = format!(
                "duplicate case {} in expression switch\n\t{}: previous case",
                self.operand_string(&v),
                pos
            );
            self.error(v.span(), s);
            return;
        }
        seen.push((key, v.typ, v.span()));
        let _ = constant::value_string;
    }

    fn is_nil_expr(&self, e: &Expr) -> bool {
        if let ExprKind::Ident(id) = &unparen(e).kind {
            if let Some((_, o)) = self.lookup(self.func.scope, &id.name) {
                return self.obj(o).kind == ObjKind::Nil;
            }
        }
        false
    }

    fn type_switch_stmt(
        &mut self,
        bind: Option<&'a ast::Ident>,
        expr: &'a Expr,
        clauses: &'a [CaseClause],
    ) {
        let mut bind = bind;
        if let Some(b) = bind {
            if b.name == "_" {
                self.error(b.span, "no new variable on left side of :=");
                bind = None;
            }
        }
        let x = self.expr(expr);
        let sx = if x.is_invalid() {
            None
        } else if self.t.is_interface(x.typ) {
            Some(x.clone())
        } else {
            let s = format!("{} is not an interface", self.operand_string(&x));
            self.error(x.span(), s);
            None
        };
        self.multiple_defaults(clauses);
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        let mut vars = Vec::new();
        for cc in clauses {
            let t = self.case_types(sx.as_ref(), &cc.exprs, &mut seen);
            self.open_scope();
            if let (Some(b), Some(imp)) = (bind, &cc.implicit) {
                let obj = self.new_obj(
                    &b.name,
                    ObjKind::Var {
                        global: false,
                        param: false,
                    },
                    t,
                    b.span,
                );
                let scope = self.func.scope;
                self.scopes[scope.0 as usize]
                    .names
                    .insert(b.name.clone(), obj);
                self.info.implicits.insert(imp.id, obj);
                vars.push(obj);
            }
            self.stmt_list(&cc.body);
            self.close_scope();
        }
        if let Some(b) = bind {
            let used = vars.iter().any(|v| self.objx[v.0 as usize].used);
            for v in &vars {
                self.x(*v).used = true;
            }
            if !used {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
    }

    fn case_types(
        &mut self,
        sx: Option<&Operand<'a>>,
        types: &'a [Expr],
        seen: &mut Vec<(Option<TypeId>, Span)>,
    ) -> TypeId {
        let mut t: Option<TypeId> = None;
        for e in types {
            if self.is_nil_expr(e) {
                t = None;
                self.expr(e);
            } else {
                let ty = self.type_expr(e);
                if !self.is_valid(ty) {
                    t = Some(ty);
                    continue;
                }
                t = Some(ty);
            }
            if let Some((_, prev)) = seen.iter().find(|(s, _)| *s == t) {
                let ts = t.map_or("nil".to_string(), |t| self.type_string(t));
                let pos = self.pos_string(self.pkg.file, prev.start);
                self.error(
                    e.span,
                    format!("duplicate case {ts} in type switch\n\t{pos}: previous case"),
                );
                continue;
            }
            seen.push((t, e.span));
            if let (Some(x), Some(ty)) = (sx, t) {
                self.type_assertion(e, x, ty, true);
            }
        }
        match t {
            Some(ty) if types.len() == 1 => ty,
            _ => sx.map_or(TypeId::INVALID, |x| x.typ),
        }
    }

    fn range_stmt(
        &mut self,
        s: &'a Stmt,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        rexpr: &'a Expr,
        body: &'a Block,
    ) {
        self.eval.has_call_or_recv = false;
        let mut x = self.expr(rexpr);
        let (mut kt, mut vt) = (None, None);
        if !x.is_invalid() {
            match self.range_key_val(x.typ) {
                Err(cause) => {
                    let s2 = if cause.is_empty() {
                        format!("cannot range over {}", self.operand_string(&x))
                    } else {
                        format!("cannot range over {}: {}", self.operand_string(&x), cause)
                    };
                    self.error(x.span(), s2);
                }
                Ok((k, v)) => {
                    if k.is_none() && key.is_some() {
                        let s2 = format!(
                            "range over {} permits no iteration variables",
                            self.operand_string(&x)
                        );
                        self.error(key.map_or(s.span, |k| k.span), s2);
                    } else if v.is_none() && value.is_some() {
                        let s2 = format!(
                            "range over {} permits only one iteration variable",
                            self.operand_string(&x)
                        );
                        self.error(value.map_or(s.span, |k| k.span), s2);
                    }
                    kt = k;
                    vt = v;
                }
            }
        }
        self.open_scope();
        let over_int = self.is_integer(x.typ);
        let lhs = [key, value];
        let rhs = [kt, vt];
        if define {
            let mut vars = Vec::new();
            for i in 0..2 {
                let Some(l) = lhs[i] else { continue };
                let ExprKind::Ident(id) = &l.kind else {
                    let s2 = format!("cannot declare {}", self.expr_string(l));
                    self.error(l.span, s2);
                    continue;
                };
                let obj = self.new_obj(
                    &id.name,
                    ObjKind::Var {
                        global: false,
                        param: false,
                    },
                    TypeId::INVALID,
                    id.span,
                );
                self.record_def(id, obj);
                if id.name != "_" {
                    vars.push((id, obj));
                }
                let Some(t) = rhs[i].filter(|t| self.is_valid(*t)) else {
                    self.x(obj).used = true;
                    continue;
                };
                self.x(obj).local_var = true;
                if over_int {
                    x = self.init_var(obj, x.clone(), false, "range clause");
                } else {
                    let y = Operand {
                        mode: OpMode::Value,
                        typ: t,
                        expr: Some(l),
                        dummy: None,
                    };
                    self.init_var(obj, y, false, "assignment");
                }
                self.record_type(l.id, &OpMode::Var, self.obj(obj).typ);
            }
            if vars.is_empty() {
                self.error(s.span, "no new variables on left side of :=");
            }
            for (id, obj) in vars {
                let scope = self.func.scope;
                self.declare(scope, id, obj);
            }
        } else if key.is_some() {
            for i in 0..2 {
                let Some(l) = lhs[i] else { continue };
                let Some(t) = rhs[i].filter(|t| self.is_valid(*t)) else {
                    continue;
                };
                if over_int {
                    self.assign_var(l, None, Some(x.clone()), "range clause");
                } else {
                    let y = Operand {
                        mode: OpMode::Value,
                        typ: t,
                        expr: Some(l),
                        dummy: None,
                    };
                    self.assign_var(l, None, Some(y), "assignment");
                }
            }
        } else if over_int {
            self.assignment(&mut x, None, "range clause");
        }
        self.block(body);
        self.close_scope();
    }

    /// The iteration types of a range expression (go/types' `rangeKeyVal`); Err(cause).
    fn range_key_val(&mut self, t: TypeId) -> Result<(Option<TypeId>, Option<TypeId>), String> {
        let mut u = self.t.underlying(t);
        if let Type::Pointer(b) = self.t.get(u) {
            if let Type::Array { .. } = self.t.under(*b) {
                u = self.t.underlying(*b);
            }
        }
        match self.t.get(u).clone() {
            Type::Basic(k) if constant::is_string_kind(k) => {
                Ok((Some(TypeId::INT), Some(TypeId::RUNE)))
            }
            Type::Basic(k) if constant::is_integer_kind(k) => Ok((Some(t), None)),
            Type::Array { elem, .. } | Type::Slice(elem) => Ok((Some(TypeId::INT), Some(elem))),
            Type::Map { key, value } => Ok((Some(key), Some(value))),
            Type::Chan {
                dir: ChanDir::Send, ..
            } => Err(format!(
                "receive from send-only channel {}",
                self.type_string(t)
            )),
            Type::Chan { elem, .. } => Ok((Some(elem), None)),
            Type::Func(sig) => {
                let bad = |m: &str| Err(format!("func must be func(yield func(...) bool): {m}"));
                if sig.params.len() != 1 {
                    return bad("wrong argument count");
                }
                if !sig.results.is_empty() {
                    return bad("unexpected results");
                }
                let Type::Func(cb) = self.t.under(sig.params[0]).clone() else {
                    return bad("argument is not func");
                };
                if cb.params.len() > 2 {
                    return bad("yield func has too many parameters");
                }
                if cb.results.len() != 1 || cb.results[0] != TypeId::BOOL {
                    if cb.results.len() == 1 && self.is_boolean(cb.results[0]) {
                        return bad("yield func returns user-defined boolean, not bool");
                    }
                    return bad("yield func does not return bool");
                }
                if cb.variadic {
                    return Err(format!(
                        "yield func of type {} cannot be variadic",
                        self.type_string(sig.params[0])
                    ));
                }
                Ok((cb.params.first().copied(), cb.params.get(1).copied()))
            }
            _ => Err(String::new()),
        }
    }
}

#[derive(PartialEq, Eq)]
enum ExprKind2 {
    Conversion,
    Expression,
    Statement,
}

fn is_recv(e: &Expr) -> bool {
    matches!(
        unparen(e).kind,
        ExprKind::Unary {
            op: UnaryOp::Recv,
            ..
        }
    )
}
