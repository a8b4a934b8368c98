//! Statements: declarations, assignments (with Go's two-phase order: left operands, then right
//! values, then stores), control flow, loops with per-iteration variables, switches, `defer`,
//! `return`.
//!
//! Invariant: after each statement the register stack top is back where it was, except for the
//! variables the statement declared.

use super::opcode::{Op, Reg};
use super::{Compiler, VarLoc};
use crate::types::{ObjKind, Type, TypeId};
use grammar::ast::*;

/// An assignable location whose operands have been evaluated.
#[derive(Clone, Copy)]
pub(super) enum Place {
    Var(VarLoc, TypeId),
    Mem {
        addr: Reg,
        off: u32,
        ty: TypeId,
    },
    Elem {
        s: Reg,
        i: Reg,
    },
    Map {
        m: Reg,
        k: Reg,
        ty: super::opcode::RtTypeId,
    },
    Blank,
}

impl<'a> Compiler<'a> {
    pub fn stmt(&mut self, s: &'a Stmt) {
        self.set_line(s.span);
        let mark = self.top();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                self.expr(e, None);
                self.release(mark);
            }
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs, mark),
            StmtKind::IncDec { expr, inc } => {
                let p = self.place(expr);
                let t = self.type_of(expr);
                let v = self.load_place_for_update(p);
                let c = self.alloc();
                match self.class(t) {
                    super::expr::Class::Float { f32 } => {
                        let k = self.constant(super::program::Const::Word(1f64.to_bits()));
                        self.emit(Op::LoadConst { dst: c, k });
                        if *inc {
                            self.emit(Op::AddF { dst: v, a: v, b: c });
                        } else {
                            self.emit(Op::SubF { dst: v, a: v, b: c });
                        }
                        if f32 {
                            self.emit(Op::RoundF32 { dst: v, src: v });
                        }
                    }
                    super::expr::Class::Int { kind, .. } => {
                        self.emit(Op::AddImm {
                            dst: v,
                            a: v,
                            imm: if *inc { 1 } else { -1 },
                        });
                        self.trunc(v, kind);
                    }
                    _ => {}
                }
                self.store_place(p, v);
                self.release(mark);
            }
            StmtKind::Block(b) => {
                self.block(b);
                self.release(mark);
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let j = self.jump_if_false(cond);
                let inner = self.top();
                self.block(then);
                self.release(inner);
                match els {
                    Some(e) => {
                        let over = self.emit(Op::Jump { target: 0 });
                        self.f().b.patch_here(j);
                        self.stmt(e);
                        self.f().b.patch_here(over);
                    }
                    None => self.f().b.patch_here(j),
                }
                self.release(mark);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(None, init, cond, post, body, mark),
            StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            } => self.range_stmt(None, key, value, *define, expr, body, mark),
            StmtKind::Switch { init, tag, clauses } => {
                self.switch_stmt(None, init, tag, clauses, mark)
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                expr,
                clauses,
            } => self.type_switch(None, init, bind, expr, clauses, mark),
            StmtKind::Labeled { label, stmt } => {
                let pc = self.f().b.pc();
                self.f().labels.insert(label.name.clone(), pc);
                let l = Some(label.name.clone());
                match &stmt.kind {
                    StmtKind::For {
                        init,
                        cond,
                        post,
                        body,
                    } => self.for_stmt(l, init, cond, post, body, mark),
                    StmtKind::Range {
                        key,
                        value,
                        define,
                        expr,
                        body,
                    } => self.range_stmt(l, key, value, *define, expr, body, mark),
                    StmtKind::Switch { init, tag, clauses } => {
                        self.switch_stmt(l, init, tag, clauses, mark)
                    }
                    StmtKind::Select { clauses } => self.select_stmt(l, clauses, mark, stmt.span),
                    StmtKind::TypeSwitch {
                        init,
                        bind,
                        expr,
                        clauses,
                    } => self.type_switch(l, init, bind, expr, clauses, mark),
                    _ => self.stmt(stmt),
                }
            }
            StmtKind::Break(label) => self.branch(label, true),
            StmtKind::Continue(label) => self.branch(label, false),
            StmtKind::Goto(label) => {
                let j = self.emit(Op::Jump { target: 0 });
                self.f().gotos.push((j, label.name.clone()));
            }
            StmtKind::Fallthrough => {} // handled by switch_stmt (bodies are laid out in order)
            StmtKind::Return(es) => self.return_stmt(es, mark),
            StmtKind::Defer(e) => self.defer_stmt(e, mark),
            StmtKind::Go(e) => self.go_stmt(e, mark),
            StmtKind::Send { chan, value } => self.send_stmt(chan, value, mark),
            StmtKind::Select { clauses } => self.select_stmt(None, clauses, mark, s.span),
        }
    }

    pub(super) fn block(&mut self, b: &'a Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    pub(super) fn stmts(&mut self, ss: &'a [Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    pub(super) fn local_decl(&mut self, d: &'a GenDecl) {
        if d.kind != GenKind::Var {
            return;
        }
        for spec in &d.specs {
            let Spec::Value { names, values, .. } = spec else {
                continue;
            };
            if values.len() == 1 && names.len() > 1 {
                let vars: Vec<Option<(crate::types::ObjId, TypeId)>> = names
                    .iter()
                    .map(|n| {
                        self.info
                            .defs
                            .get(&n.id)
                            .map(|o| (*o, self.info.obj(*o).typ))
                    })
                    .collect();
                self.define_multi(&vars, &values[0]);
                continue;
            }
            for (i, n) in names.iter().enumerate() {
                let Some(&o) = self.info.defs.get(&n.id) else {
                    if let Some(v) = values.get(i) {
                        let m = self.top();
                        self.expr(v, None);
                        self.release(m);
                    }
                    continue;
                };
                let ty = self.info.obj(o).typ;
                match values.get(i) {
                    Some(v) => {
                        let r = self.alloc();
                        self.expr_owned(v, ty, r);
                        // The variable takes over the register that holds its initial value.
                        self.release(r.0);
                        self.declare_var_in(o, ty, r);
                    }
                    None => {
                        self.declare_var(o, ty, None);
                    }
                }
            }
        }
    }

    /// Declares `o` whose initial value is already in `r` (the register at the stack top).
    pub(super) fn declare_var_in(&mut self, o: crate::types::ObjId, ty: TypeId, r: Reg) {
        if let Some(&g) = self.globals.get(&o) {
            // A REPL session variable: stored, and its register stays allocated (the caller
            // counts on the variables taking consecutive registers).
            self.emit(Op::StoreGlobal { g, src: r });
            self.alloc();
            return;
        }
        let esc = self.f().escapes.escaping.contains(&o);
        if !esc || self.is_aggregate(ty) {
            let got = self.alloc();
            debug_assert_eq!(got, r);
            self.f().vars.insert(o, VarLoc::Reg(r));
        } else {
            let v = self.alloc();
            self.emit(Op::NewCell { dst: v, src: v });
            self.f().vars.insert(o, VarLoc::Cell(v));
        }
    }

    /// `a, b := f()` / `var a, b = f()` / comma-ok forms, declaring fresh variables.
    pub(super) fn define_multi(
        &mut self,
        vars: &[Option<(crate::types::ObjId, TypeId)>],
        rhs: &'a Expr,
    ) {
        let mark = self.top();
        let src = self.multi_source(rhs, vars.len());
        let vals: Vec<Reg> = (0..vars.len()).map(|i| Reg(src.0 + i as u16)).collect();
        let types = self.multi_types(rhs, vars.len());
        // The values already sit where the variables go, with their types: declare in place.
        let in_place = src.0 == mark
            && vars
                .iter()
                .enumerate()
                .all(|(i, v)| v.is_none_or(|(_, ty)| ty == types[i]));
        if in_place {
            self.release(mark);
            for v in vars {
                let dst = self.alloc();
                if let Some((o, ty)) = v {
                    self.release(dst.0);
                    self.declare_var_in(*o, *ty, dst);
                }
            }
            return;
        }
        // Move the values into fresh registers at the final position of the variables.
        let tmp = self.alloc_n(vars.len() as u16);
        for (i, v) in vals.iter().enumerate() {
            let to = vars[i].map_or(types[i], |x| x.1);
            self.convert_reg(*v, types[i], to, Reg(tmp.0 + i as u16));
        }
        self.release(mark);
        for (i, v) in vars.iter().enumerate() {
            let r = Reg(tmp.0 + i as u16);
            match v {
                Some((o, ty)) => {
                    let dst = self.alloc();
                    if dst != r {
                        self.emit(Op::Move { dst, src: r });
                    }
                    self.release(dst.0);
                    self.declare_var_in(*o, *ty, dst);
                }
                None => {
                    self.alloc();
                }
            }
        }
    }

    /// The types of the values a multi-valued right-hand side produces.
    pub(super) fn multi_types(&self, rhs: &Expr, n: usize) -> Vec<TypeId> {
        match self.types.get(self.type_of(rhs)) {
            Type::Tuple(ts) => ts.clone(),
            _ => {
                let mut v = vec![self.type_of(rhs)];
                v.resize(n, TypeId::BOOL);
                v
            }
        }
    }

    /// Copies the aggregate in `r` into a fresh box (a variable must not share its value).
    pub(super) fn copy_if_aggregate(&mut self, r: Reg, t: TypeId) {
        if self.is_aggregate(t) {
            let words = self.words(t);
            self.emit(Op::CopyBox {
                dst: r,
                src: r,
                words,
            });
        }
    }

    /// Evaluates a multi-valued right-hand side (call, comma-ok map index, type assertion or
    /// receive) into consecutive registers; returns the first.
    pub(super) fn multi_source(&mut self, rhs: &'a Expr, n: usize) -> Reg {
        match &strip(rhs).kind {
            ExprKind::Index { expr, indices } if n == 2 => {
                let xt = self.type_of(expr);
                let key = match self.types.under(xt) {
                    Type::Map { key, .. } => *key,
                    _ => TypeId::INVALID,
                };
                let d = self.alloc_n(2);
                let m = self.expr(expr, None);
                let k = self.alloc();
                self.expr_as(&indices[0], key, k);
                let ty = self.rtype(xt);
                self.emit(Op::MapGet {
                    dst: d,
                    m,
                    k,
                    ty,
                    comma_ok: true,
                });
                // The map keeps its value: the variable gets a copy.
                let vt = self.multi_types(rhs, 2)[0];
                self.copy_if_aggregate(d, vt);
                d
            }
            ExprKind::TypeAssert { expr, .. } if n == 2 => {
                let d = self.alloc_n(2);
                self.type_assert(strip(rhs), expr, d, true);
                // Interfaces are immutable: the variable gets a copy of the dynamic value.
                let vt = self.type_of(strip(rhs));
                self.copy_if_aggregate(d, vt);
                d
            }
            ExprKind::Unary {
                op: UnaryOp::Recv,
                expr,
            } if n == 2 => {
                let d = self.alloc_n(2);
                self.recv_into(expr, d, true);
                d
            }
            _ => self.multi_value(rhs),
        }
    }

    pub(super) fn assign(&mut self, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr], mark: u16) {
        match op {
            AssignOp::Define => {
                let all_new = lhs.iter().all(|l| match &l.kind {
                    ExprKind::Ident(id) => id.name == "_" || self.info.defs.contains_key(&id.id),
                    _ => false,
                });
                if all_new && rhs.len() == 1 && lhs.len() > 1 {
                    let vars: Vec<_> = lhs
                        .iter()
                        .map(|l| match &l.kind {
                            ExprKind::Ident(id) => self
                                .info
                                .defs
                                .get(&id.id)
                                .map(|o| (*o, self.info.obj(*o).typ)),
                            _ => None,
                        })
                        .collect();
                    return self.define_multi(&vars, &rhs[0]);
                }
                if all_new && lhs.len() == rhs.len() {
                    // Evaluate every right side first (`a, b := b, a`), then bind in order.
                    let n = lhs.len() as u16;
                    let tmp = self.alloc_n(n);
                    for (i, (l, r)) in lhs.iter().zip(rhs).enumerate() {
                        let ty = self.lhs_type(l).unwrap_or_else(|| self.type_of(r));
                        let m = self.top();
                        self.expr_owned(r, ty, Reg(tmp.0 + i as u16));
                        self.release(m);
                    }
                    self.release(mark);
                    for (i, l) in lhs.iter().enumerate() {
                        let dst = self.alloc();
                        let src = Reg(tmp.0 + i as u16);
                        if dst != src {
                            self.emit(Op::Move { dst, src });
                        }
                        self.release(dst.0);
                        match self.def_of(l) {
                            Some(o) => {
                                let ty = self.info.obj(o).typ;
                                self.declare_var_in(o, ty, dst);
                            }
                            None => {
                                self.alloc();
                            }
                        }
                    }
                    return;
                }
                // Mixed: some variables are redeclared (assigned).
                self.assign_general(lhs, rhs, mark, true);
            }
            AssignOp::Assign => self.assign_general(lhs, rhs, mark, false),
            AssignOp::Op(bop) => {
                let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                    return;
                };
                let p = self.place(l);
                let t = self.type_of(l);
                let v = self.load_place_for_update(p);
                let b = self.expr(r, None);
                self.binop_regs(bop, t, self.type_of(r), v, b);
                self.store_place(p, v);
                self.release(mark);
            }
        }
    }

    pub(super) fn def_of(&self, l: &Expr) -> Option<crate::types::ObjId> {
        match &l.kind {
            ExprKind::Ident(id) => self.info.defs.get(&id.id).copied(),
            _ => None,
        }
    }

    pub(super) fn lhs_type(&self, l: &Expr) -> Option<TypeId> {
        match &l.kind {
            ExprKind::Ident(id) if id.name == "_" => None,
            ExprKind::Ident(id) => self.info.object_of(id.id).map(|o| self.info.obj(o).typ),
            _ => Some(self.type_of(l)),
        }
    }

    /// `lhs... = rhs...` (and `:=` that redeclares some names): places, then values, then stores.
    pub(super) fn assign_general(
        &mut self,
        lhs: &'a [Expr],
        rhs: &'a [Expr],
        mark: u16,
        define: bool,
    ) {
        // `x = e` into a register variable: evaluate straight into it when `e` reads all its
        // operands before writing its destination (not `&&`/`||` or a composite literal).
        // (Only a plain name can be such a variable: `place` emits code for other operands.)
        let is_name = matches!(
            strip(lhs.first().map_or(&rhs[0], |l| l)).kind,
            ExprKind::Ident(_)
        );
        if !define && lhs.len() == 1 && rhs.len() == 1 && is_name {
            if let Place::Var(VarLoc::Reg(r), ty) = self.place(&lhs[0]) {
                let rt = self.type_of(&rhs[0]);
                let simple = match &strip(&rhs[0]).kind {
                    ExprKind::Binary { op, .. } => !matches!(op, BinaryOp::LAnd | BinaryOp::LOr),
                    ExprKind::Unary { op, .. } => *op != UnaryOp::Addr,
                    ExprKind::Ident(_)
                    | ExprKind::BasicLit(_)
                    | ExprKind::Call { .. }
                    | ExprKind::Index { .. }
                    | ExprKind::Selector { .. } => true,
                    _ => false,
                };
                if simple && !self.is_aggregate(ty) && (rt == ty || !self.is_iface(ty)) {
                    self.expr_as(&rhs[0], ty, r);
                    self.release(mark);
                    return;
                }
            }
            self.release(mark);
        }
        let mut places = Vec::new();
        let mut new_vars = Vec::new();
        for l in lhs {
            if define {
                if let Some(o) = self.def_of(l) {
                    let ty = self.info.obj(o).typ;
                    new_vars.push(Some((o, ty)));
                    places.push(Place::Blank);
                    continue;
                }
            }
            new_vars.push(None);
            self.place_direct = lhs.len() == 1 && rhs.len() == 1 && !self.has_call(&rhs[0]);
            places.push(self.place(l));
            self.place_direct = false;
        }
        let values: Vec<Reg>;
        let types: Vec<TypeId>;
        if rhs.len() == 1 && lhs.len() > 1 {
            let src = self.multi_source(&rhs[0], lhs.len());
            types = self.multi_types(&rhs[0], lhs.len());
            values = (0..lhs.len()).map(|i| Reg(src.0 + i as u16)).collect();
            let top = self.top();
            if src.0 + lhs.len() as u16 > top {
                self.alloc_n(src.0 + lhs.len() as u16 - top);
            }
        } else {
            let mut v = Vec::new();
            let mut t = Vec::new();
            let single = lhs.len() == 1;
            for (l, r) in lhs.iter().zip(rhs) {
                let ty = self.lhs_type(l).unwrap_or_else(|| self.type_of(r));
                // A lone scalar value of the same type is stored from where it already is.
                let reg = if single
                    && !self.is_aggregate(ty)
                    && self.type_of(r) == ty
                    && places.first().is_some_and(|p| !matches!(p, Place::Blank))
                {
                    self.expr(r, None)
                } else {
                    let reg = self.alloc();
                    self.expr_owned(r, ty, reg);
                    reg
                };
                v.push(reg);
                t.push(ty);
            }
            values = v;
            types = t;
        }
        for (i, p) in places.iter().enumerate() {
            if new_vars[i].is_some() {
                continue;
            }
            let to = self.lhs_type(&lhs[i]).unwrap_or(types[i]);
            let v = values[i];
            if to != types[i] {
                self.convert_reg(v, types[i], to, v);
            }
            self.store_place(*p, v);
        }
        if new_vars.iter().all(|v| v.is_none()) {
            self.release(mark);
            return;
        }
        // Declare the new names (in registers above the temporaries, then compacted to `mark`).
        let vals: Vec<(usize, Reg)> = new_vars
            .iter()
            .enumerate()
            .filter(|(_, v)| v.is_some())
            .map(|(i, _)| (i, values[i]))
            .collect();
        let tmp = self.alloc_n(vals.len() as u16);
        for (k, (i, v)) in vals.iter().enumerate() {
            let (_, ty) = new_vars[*i].expect("filtered above");
            self.convert_reg(*v, types[*i], ty, Reg(tmp.0 + k as u16));
        }
        self.release(mark);
        for (k, (i, _)) in vals.iter().enumerate() {
            let (o, ty) = new_vars[*i].expect("filtered above");
            let dst = self.alloc();
            let src = Reg(tmp.0 + k as u16);
            if dst != src {
                self.emit(Op::Move { dst, src });
            }
            self.release(dst.0);
            self.declare_var_in(o, ty, dst);
        }
    }

    pub(super) fn place(&mut self, e: &'a Expr) -> Place {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(id) => {
                if id.name == "_" {
                    return Place::Blank;
                }
                match self.info.object_of(id.id) {
                    Some(o) if matches!(self.info.obj(o).kind, ObjKind::Var { .. }) => {
                        let ty = self.info.obj(o).typ;
                        match self.var_loc(o) {
                            Some(loc) => Place::Var(loc, ty),
                            None => Place::Blank,
                        }
                    }
                    _ => Place::Blank,
                }
            }
            ExprKind::Selector { expr, sel } => match self.info.selections.get(&e.id).cloned() {
                Some(s) => {
                    let (addr, off) = self.field_addr(expr, &s.path);
                    let addr = self.pin(addr);
                    Place::Mem {
                        addr,
                        off,
                        ty: self.type_of(e),
                    }
                }
                None => {
                    let o = self.info.uses.get(&sel.id).copied();
                    match o.and_then(|o| self.globals.get(&o).map(|g| (o, *g))) {
                        Some((o, g)) => Place::Var(VarLoc::Global(g), self.info.obj(o).typ),
                        None => Place::Blank,
                    }
                }
            },
            ExprKind::Index { expr, indices } => {
                let xt = self.type_of(expr);
                let t = self.type_of(e);
                match self.types.under(xt).clone() {
                    Type::Map { key, .. } if self.place_direct => {
                        self.place_direct = false;
                        let m = self.expr(expr, None);
                        let k = self.alloc();
                        self.expr_owned(&indices[0], key, k);
                        let ty = self.rtype(xt);
                        Place::Map { m, k, ty }
                    }
                    Type::Map { key, .. } => {
                        let m = self.alloc();
                        self.expr_to(expr, m);
                        let k = self.alloc();
                        self.expr_owned(&indices[0], key, k);
                        let ty = self.rtype(xt);
                        Place::Map { m, k, ty }
                    }
                    Type::Slice(_) if !self.is_aggregate(t) && self.place_direct => {
                        self.place_direct = false;
                        let s = self.expr(expr, None);
                        let i = self.expr(&indices[0], None);
                        Place::Elem { s, i }
                    }
                    Type::Slice(_) if !self.is_aggregate(t) => {
                        let s = self.alloc();
                        self.expr_to(expr, s);
                        let i = self.alloc();
                        self.expr_to(&indices[0], i);
                        Place::Elem { s, i }
                    }
                    _ => {
                        let addr = self.alloc();
                        self.address_of(e, addr);
                        Place::Mem {
                            addr,
                            off: 0,
                            ty: t,
                        }
                    }
                }
            }
            ExprKind::Unary {
                op: UnaryOp::Deref,
                expr,
            } => {
                let addr = self.alloc();
                self.expr_to(expr, addr);
                Place::Mem {
                    addr,
                    off: 0,
                    ty: self.type_of(e),
                }
            }
            _ => {
                self.unsupported(e.span, "assigning to this expression");
                Place::Blank
            }
        }
    }

    /// Makes sure `r` survives later allocations (copies a variable's register to a temp only when
    /// `r` is above the stack top).
    pub(super) fn pin(&mut self, r: Reg) -> Reg {
        if r.0 >= self.top() {
            let t = self.alloc();
            if t != r {
                self.emit(Op::Move { dst: t, src: r });
            }
            t
        } else {
            r
        }
    }

    /// The register to update in place for `x op= y` / `x++`: a register variable itself, else a
    /// temporary loaded from the place (stored back by `store_place`).
    pub(super) fn load_place_for_update(&mut self, p: Place) -> Reg {
        if let Place::Var(super::VarLoc::Reg(r), ty) = p {
            if !self.is_aggregate(ty) {
                return r;
            }
        }
        self.load_place(p)
    }

    pub(super) fn load_place(&mut self, p: Place) -> Reg {
        let d = self.alloc();
        match p {
            Place::Var(loc, ty) => {
                self.load_loc(loc, ty, Some(d));
            }
            Place::Mem { addr, off, .. } => {
                self.emit(Op::Load { dst: d, addr, off });
            }
            Place::Elem { s, i } => {
                self.emit(Op::LoadElem { dst: d, s, i });
            }
            Place::Map { m, k, ty } => {
                self.emit(Op::MapGet {
                    dst: d,
                    m,
                    k,
                    ty,
                    comma_ok: false,
                });
            }
            Place::Blank => {}
        }
        d
    }

    pub(super) fn store_place(&mut self, p: Place, v: Reg) {
        match p {
            Place::Var(loc, ty) => self.store_loc(loc, ty, v),
            Place::Mem { addr, off, ty } => {
                if self.is_aggregate(ty) {
                    let w = self.words(ty);
                    let d = self.alloc();
                    self.emit(Op::AddrOff { dst: d, addr, off });
                    self.emit(Op::CopyInto {
                        dst: d,
                        src: v,
                        words: w,
                    });
                } else {
                    self.emit(Op::Store { addr, off, src: v });
                }
            }
            Place::Elem { s, i } => {
                self.emit(Op::StoreElem { s, i, src: v });
            }
            Place::Map { m, k, .. } => {
                self.emit(Op::MapSet { m, k, v });
            }
            Place::Blank => {}
        }
    }

    /// `v := v op b` for op-assignment.
    pub(super) fn binop_regs(&mut self, op: BinaryOp, t: TypeId, rt: TypeId, v: Reg, b: Reg) {
        self.arith(op, t, rt, v, v, b);
    }

    // ---- control flow ----
}

/// Does `pred` hold for a statement in `stmts` or nested in their blocks and clauses (not
/// inside function literals)?
pub(super) fn any_nested_stmt(stmts: &[Stmt], pred: &dyn Fn(&Stmt) -> bool) -> bool {
    let any = |ss: &[Stmt]| any_nested_stmt(ss, pred);
    stmts.iter().any(|s| {
        pred(s)
            || match &s.kind {
                StmtKind::Block(b) => any(&b.stmts),
                StmtKind::Labeled { stmt, .. } => any(std::slice::from_ref(stmt)),
                StmtKind::If { then, els, .. } => {
                    any(&then.stmts) || els.as_ref().is_some_and(|e| any(std::slice::from_ref(e)))
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => any(&body.stmts),
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    clauses.iter().any(|c| any(&c.body))
                }
                StmtKind::Select { clauses } => clauses.iter().any(|c| any(&c.body)),
                _ => false,
            }
    })
}

pub(super) fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
