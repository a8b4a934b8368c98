//! Which local variables must live outside registers: a scalar variable captured by a closure or
//! whose address is taken (explicitly with `&`, or implicitly by calling a pointer method on it)
//! lives in a heap cell; an aggregate parameter that the body mutates, captures or addresses is
//! copied in the prologue (callers pass aggregates borrowed).
//!
//! It also finds the appends that gc gives a 32-byte stack buffer (Go 1.25): `s = append(s, ...)`
//! on a local slice `s` that does not escape. Go's capacities differ with it (the Tour's
//! `len=1 cap=1` for a slice passed to a function, `cap=4` for `[]int` kept local), so gorun
//! follows a conservative version of gc's escape analysis: `s` stays local only if every use is
//! `len(s)`, `cap(s)`, `s[i]` (`&s[i]` too, as gc's analysis finds for a pointer kept local),
//! `for range s`, `s = append(s, ...)`, `s = s[i:j]` or its declaration, outside nested function
//! literals, or passed to a parameter that is itself kept local that way (`KeptParams`, one
//! level: functions without receiver or variadic parameter). `append(s, t...)` gets no buffer.
//! gorun's capacities can differ from gc's where gc proves more (a slice returned by the
//! function it was passed to, a slice in a local struct's field) or less (an element's address
//! that escapes).
//!
//! Invariant: the sets over-approximate; putting a variable in a cell is always correct.

use crate::types::{Builtin, Info, ObjId, ObjKind, Selected, SelectionKind, Type, Types};
use grammar::ast::*;
use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub struct Escapes {
    /// Whether a body was analysed: the synthesized init function compiles package-level
    /// initializers, not a body, so its sets are empty and a function literal there needs an
    /// analysis of its own.
    pub analysed: bool,
    /// Captured by a closure or address taken.
    pub escaping: HashSet<ObjId>,
    /// Root of an assignment, `++`/`--` or range target.
    pub mutated: HashSet<ObjId>,
    /// The `append` calls of `s = append(s, ...)` on a local slice that never escapes: they
    /// grow into a first capacity of at least 32 bytes, as gc's stack buffer does.
    pub buffered_appends: HashSet<ExprId>,
    /// For each parameter passed to `analyse`: a slice the body keeps local.
    pub kept_params: Vec<bool>,
}

/// Uses of local slice variables, to find those that never escape.
#[derive(Default)]
struct SliceUses {
    uses: HashMap<ObjId, u32>,
    /// Uses in a position that keeps the slice local (`len(s)`, `s[i]`, ...).
    safe: HashMap<ObjId, u32>,
    escaped: HashSet<ObjId>,
    /// `s = append(s, ...)` sites: (append call, s).
    sites: Vec<(ExprId, ObjId)>,
}

struct Walker<'a> {
    info: &'a Info,
    types: &'a Types,
    depth: u32,
    decl_depth: HashMap<ObjId, u32>,
    out: Escapes,
    slices: SliceUses,
    kept: &'a KeptParams,
}

/// For each function of the program (no receiver, not variadic): which of its parameters are
/// slices it keeps local (only reads their length, capacity, elements or ranges over them), so
/// that passing a slice there keeps the caller's slice local too.
pub type KeptParams = HashMap<ObjId, Vec<bool>>;

/// Analyses one top-level function body (with its nested function literals); `kept` says
/// which parameters of the functions it calls keep a slice local.
pub fn analyse(
    info: &Info,
    types: &Types,
    params: &[ObjId],
    body: &Block,
    kept: &KeptParams,
) -> Escapes {
    let mut w = Walker {
        info,
        types,
        kept,
        depth: 0,
        decl_depth: HashMap::new(),
        out: Escapes::default(),
        slices: SliceUses::default(),
    };
    for p in params {
        w.decl_depth.insert(*p, 0);
    }
    w.block(body);
    w.out.analysed = true;
    let su = &w.slices;
    let local = |o: &ObjId| {
        !su.escaped.contains(o)
            && su.uses.get(o).copied().unwrap_or(0) <= su.safe.get(o).copied().unwrap_or(0)
    };
    w.out.buffered_appends = su
        .sites
        .iter()
        .filter(|(_, o)| local(o))
        .map(|(e, _)| *e)
        .collect();
    w.out.kept_params = params
        .iter()
        .map(|p| w.local_slice_obj(*p) && local(p))
        .collect();
    w.out
}

impl Walker<'_> {
    fn def(&mut self, id: &Ident) {
        if let Some(o) = self.info.defs.get(&id.id) {
            self.decl_depth.insert(*o, self.depth);
        }
    }

    fn root(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Ident(id) => {
                let o = self.info.object_of(id.id)?;
                matches!(self.info.obj(o).kind, ObjKind::Var { global: false, .. }).then_some(o)
            }
            ExprKind::Paren(x) => self.root(x),
            ExprKind::Selector { expr, .. } => {
                let t = self.info.type_of(expr.id)?.typ;
                if matches!(self.types.under(t), Type::Pointer(_)) {
                    None
                } else {
                    self.root(expr)
                }
            }
            ExprKind::Index { expr, .. } => {
                let t = self.info.type_of(expr.id)?.typ;
                if matches!(self.types.under(t), Type::Array { .. }) {
                    self.root(expr)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// The local slice variable `e` names (a bare identifier), if any.
    fn local_slice(&self, e: &Expr) -> Option<ObjId> {
        let ExprKind::Ident(id) = &e.kind else {
            return None;
        };
        let o = *self
            .info
            .uses
            .get(&id.id)
            .or_else(|| self.info.defs.get(&id.id))?;
        self.local_slice_obj(o).then_some(o)
    }

    fn local_slice_obj(&self, o: ObjId) -> bool {
        let local = matches!(self.info.obj(o).kind, ObjKind::Var { global: false, .. });
        local && matches!(self.types.under(self.info.obj(o).typ), Type::Slice(_))
    }

    /// Arguments passed to parameters that keep a slice local.
    fn kept_args(&mut self, func: &Expr, args: &[Expr]) {
        let ExprKind::Ident(id) = &func.kind else {
            return;
        };
        let Some(kept) = self.info.uses.get(&id.id).and_then(|o| self.kept.get(o)) else {
            return;
        };
        for (a, &k) in args.iter().zip(kept.iter()) {
            if k {
                self.safe_use(a);
            }
        }
    }

    /// `e`, if it names a local slice, is used where the slice stays local.
    fn safe_use(&mut self, e: &Expr) {
        if let Some(o) = self.local_slice(e) {
            *self.slices.safe.entry(o).or_default() += 1;
        }
    }

    /// `s = append(s, ...)` and `s = s[i:j]` keep `s` local; the append may use the buffer.
    fn slice_self_assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let ([l], [r]) = (lhs, rhs) else { return };
        let Some(o) = self.local_slice(l) else { return };
        let same = |c: &Self, x: &Expr| c.local_slice(x) == Some(o);
        match &r.kind {
            ExprKind::Call { func, args, .. }
                if self.is_builtin(func, Builtin::Append)
                    && args.first().is_some_and(|a| same(self, a)) =>
            {
                self.safe_use(l);
                self.safe_use(&args[0]);
                self.slices.sites.push((r.id, o));
            }
            ExprKind::Slice { expr, .. } if same(self, expr) => {
                self.safe_use(l);
                self.safe_use(expr);
            }
            _ => {}
        }
    }

    fn is_builtin(&self, f: &Expr, b: Builtin) -> bool {
        let ExprKind::Ident(id) = &f.kind else {
            return false;
        };
        self.info
            .uses
            .get(&id.id)
            .is_some_and(|o| self.info.obj(*o).kind == ObjKind::Builtin(b))
    }

    fn addr_taken(&mut self, e: &Expr) {
        if let Some(o) = self.root(e) {
            self.out.escaping.insert(o);
        }
    }

    fn mutated(&mut self, e: &Expr) {
        if let Some(o) = self.root(e) {
            self.out.mutated.insert(o);
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Decl(d) => self.gen_decl(d),
            StmtKind::Assign { lhs, op, rhs } => {
                if *op == AssignOp::Assign {
                    self.slice_self_assign(lhs, rhs);
                }
                for r in rhs {
                    self.expr(r);
                }
                for l in lhs {
                    if *op == AssignOp::Define {
                        if let ExprKind::Ident(id) = &l.kind {
                            self.def(id);
                            self.safe_use(l);
                        }
                    } else {
                        self.mutated(l);
                    }
                    self.expr(l);
                }
            }
            StmtKind::IncDec { expr, .. } => {
                self.mutated(expr);
                self.expr(expr);
            }
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::Block(b) => self.block(b),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            } => {
                self.safe_use(expr);
                self.expr(expr);
                // A range-over-func body runs as the iterator's yield closure.
                let is_func = self
                    .info
                    .type_of(expr.id)
                    .is_some_and(|t| matches!(self.types.under(t.typ), Type::Func(_)));
                if is_func {
                    self.depth += 1;
                }
                for k in [key, value].into_iter().flatten() {
                    if *define {
                        if let ExprKind::Ident(id) = &k.kind {
                            self.def(id);
                        }
                    } else {
                        self.mutated(k);
                        self.expr(k);
                    }
                }
                self.block(body);
                if is_func {
                    self.depth -= 1;
                }
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    c.exprs.iter().for_each(|e| self.expr(e));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::TypeSwitch {
                init,
                expr,
                clauses,
                ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(expr);
                for c in clauses {
                    if let Some(id) = &c.implicit {
                        if let Some(o) = self.info.implicits.get(&id.id) {
                            self.decl_depth.insert(*o, self.depth);
                        }
                    }
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
        }
    }

    fn gen_decl(&mut self, d: &GenDecl) {
        for s in &d.specs {
            if let Spec::Value { names, values, .. } = s {
                values.iter().for_each(|e| self.expr(e));
                names.iter().for_each(|n| self.def(n));
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.info.uses.get(&id.id) {
                    if let Some(&d) = self.decl_depth.get(o) {
                        if d < self.depth {
                            self.out.escaping.insert(*o);
                            self.slices.escaped.insert(*o);
                        }
                    }
                }
                if let Some(o) = self.local_slice(e) {
                    *self.slices.uses.entry(o).or_default() += 1;
                }
            }
            ExprKind::BasicLit(_) | ExprKind::Bad => {}
            ExprKind::CompositeLit { elems, .. } => {
                for el in elems {
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Ident(_)) {
                            self.expr(k);
                        } else {
                            // A field name or a variable used as map key / array index.
                            self.expr(k);
                        }
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.depth += 1;
                for f in sig.params.iter().chain(&sig.results) {
                    f.names.iter().for_each(|n| self.def(n));
                }
                self.block(body);
                self.depth -= 1;
            }
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Selector { expr, .. } => {
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::MethodVal {
                        if let Selected::Method(m) = &sel.target {
                            let ptr = matches!(
                                self.info.obj(*m).kind,
                                ObjKind::Func {
                                    recv: Some((_, true)),
                                    ..
                                }
                            );
                            if ptr {
                                self.addr_taken(expr);
                            }
                        }
                    }
                }
                self.expr(expr)
            }
            ExprKind::Index { expr, indices } => {
                self.safe_use(expr);
                self.expr(expr);
                indices.iter().for_each(|i| self.expr(i));
            }
            ExprKind::Slice {
                expr, lo, hi, max, ..
            } => {
                self.addr_taken(expr);
                self.expr(expr);
                for x in [lo, hi, max].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::TypeAssert { expr, .. } => self.expr(expr),
            ExprKind::Call { func, args, .. } => {
                if self.is_builtin(func, Builtin::Len) || self.is_builtin(func, Builtin::Cap) {
                    args.iter().for_each(|a| self.safe_use(a));
                }
                self.kept_args(func, args);
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary { op, expr } => {
                if *op == UnaryOp::Addr {
                    self.addr_taken(expr);
                }
                self.expr(expr)
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            _ => {}
        }
    }
}
