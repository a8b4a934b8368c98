//! Control flow: `for` loops (with Go 1.22 per-iteration variables), `range` over every
//! collection kind, expression and type switches, and `break`/`continue` targets.
//!
//! Invariant: every loop or switch pushes a `LoopCtx` whose pending jumps are patched when it is
//! popped; per-iteration variables that live in cells get a fresh cell before the post statement.

use super::opcode::{Op, Reg};
use super::stmt::strip;
use super::{Compiler, LoopCtx, VarLoc};
use crate::types::{Type, TypeId};
use grammar::ast::*;

impl<'a> Compiler<'a> {
    /// `cond` as a fused integer/word comparison: (op, lhs, rhs) when both sides are signed
    /// integers of one type (or, for == and !=, bools or pointers) and the condition is not constant.
    fn fusable(&self, cond: &'a Expr) -> Option<(BinaryOp, &'a Expr, &'a Expr)> {
        let ExprKind::Binary { op, lhs, rhs } = &strip(cond).kind else {
            return None;
        };
        let (lt, rt) = (self.type_of(lhs), self.type_of(rhs));
        let ints =
            matches!(self.class(lt), super::expr::Class::Int { signed: true, .. }) && lt == rt;
        let words = ints
            || (lt == rt && matches!(self.class(lt), super::expr::Class::Bool))
            || (lt == rt && matches!(self.types.under(lt), Type::Pointer(_)));
        let ok = match op {
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => ints,
            BinaryOp::Eq | BinaryOp::Ne => words,
            _ => false,
        };
        let constant = matches!(
            self.info.type_of(cond.id).map(|t| &t.mode),
            Some(crate::types::Mode::Const(_))
        );
        (ok && !constant).then_some((*op, &**lhs, &**rhs))
    }

    /// A small integer constant (with room for +1), for the immediate compare-and-branch forms.
    pub(super) fn small_const(&self, e: &Expr) -> Option<i32> {
        use num_traits::ToPrimitive;
        match self.info.type_of(e.id).map(|t| &t.mode) {
            Some(crate::types::Mode::Const(crate::types::ConstValue::Int(i))) => {
                i.to_i32().filter(|v| *v < i32::MAX)
            }
            _ => None,
        }
    }

    /// Emits a jump to `target` taken when `cond` (an ordered comparison `<`, `<=`, `>`, `>=`)
    /// holds (`when` = true) or fails (`when` = false), fusing the compare into the jump.
    fn fused_jump(
        &mut self,
        op: BinaryOp,
        lhs: &'a Expr,
        rhs: &'a Expr,
        when: bool,
        target: u32,
    ) -> usize {
        // Normalize to `a < b` or `a <= b` (swapping sides for > and >=), then to jump-if-true.
        let (op, lhs, rhs) = match op {
            BinaryOp::Gt => (BinaryOp::Lt, rhs, lhs),
            BinaryOp::Ge => (BinaryOp::Le, rhs, lhs),
            o => (o, lhs, rhs),
        };
        let mark = self.top();
        let emitted = if let (Some(k), BinaryOp::Lt | BinaryOp::Le) = (self.small_const(rhs), op) {
            // a < k  /  a <= k  ⟺  a < k+1
            let k = if op == BinaryOp::Le { k + 1 } else { k };
            let a = self.expr(lhs, None);
            self.release(mark);
            if when {
                Op::JumpLtImm { a, imm: k, target }
            } else {
                Op::JumpGeImm { a, imm: k, target }
            }
        } else if let (Some(k), BinaryOp::Lt | BinaryOp::Le) = (self.small_const(lhs), op) {
            // k < b  ⟺  b >= k+1 ;  k <= b  ⟺  b >= k
            let k = if op == BinaryOp::Lt { k + 1 } else { k };
            let b = self.expr(rhs, None);
            self.release(mark);
            if when {
                Op::JumpGeImm {
                    a: b,
                    imm: k,
                    target,
                }
            } else {
                Op::JumpLtImm {
                    a: b,
                    imm: k,
                    target,
                }
            }
        } else {
            let a = self.expr(lhs, None);
            let b = self.expr(rhs, None);
            self.release(mark);
            match (op, when) {
                (BinaryOp::Lt, true) => Op::JumpLtI { a, b, target },
                (BinaryOp::Lt, false) => Op::JumpGeI { a, b, target },
                (BinaryOp::Le, true) => Op::JumpLeI { a, b, target },
                (BinaryOp::Le, false) => Op::JumpGtI { a, b, target },
                (BinaryOp::Eq, true) | (BinaryOp::Ne, false) => Op::JumpEqW { a, b, target },
                _ => Op::JumpNeW { a, b, target },
            }
        };
        self.emit(emitted)
    }

    /// Emits a jump taken when `cond` is false (target patched later).
    pub(super) fn jump_if_false(&mut self, cond: &'a Expr) -> usize {
        if let Some((op, l, r)) = self.fusable(cond) {
            return self.fused_jump(op, l, r, false, 0);
        }
        // `if !x`: jump when x holds, without computing the negation.
        if let ExprKind::Unary {
            op: UnaryOp::Not,
            expr,
        } = &strip(cond).kind
        {
            let c = self.expr(expr, None);
            return self.emit(Op::JumpIf { c, target: 0 });
        }
        let c = self.expr(cond, None);
        self.emit(Op::JumpIfNot { c, target: 0 })
    }

    /// Emits a jump to `target` taken when `cond` is true (a loop's bottom test).
    fn jump_if_true(&mut self, cond: &'a Expr, target: u32) {
        if let Some((op, l, r)) = self.fusable(cond) {
            self.fused_jump(op, l, r, true, target);
            return;
        }
        let c = self.expr(cond, None);
        self.emit(Op::JumpIf { c, target });
    }

    pub(super) fn branch(&mut self, label: &Option<Ident>, is_break: bool) {
        let name = label.as_ref().map(|l| l.name.clone());
        let idx = self.f().loops.iter().rposition(|l| match &name {
            Some(n) => l.label.as_deref() == Some(n.as_str()),
            None => is_break || l.is_loop,
        });
        let Some(idx) = idx else { return };
        let j = self.emit(Op::Jump { target: 0 });
        if is_break {
            self.f().loops[idx].breaks.push(j);
        } else {
            self.f().loops[idx].continues.push(j);
        }
    }

    pub(super) fn push_loop(&mut self, label: Option<String>, is_loop: bool) {
        self.f().loops.push(LoopCtx {
            label,
            breaks: vec![],
            continues: vec![],
            is_loop,
        });
    }

    pub(super) fn pop_loop(&mut self, continue_target: u32, break_target: u32) {
        let l = self.f().loops.pop().expect("pushed by the loop statement");
        for j in l.continues {
            self.f().b.patch_to(j, continue_target);
        }
        for j in l.breaks {
            self.f().b.patch_to(j, break_target);
        }
    }

    pub(super) fn for_stmt(
        &mut self,
        label: Option<String>,
        init: &'a Option<Box<Stmt>>,
        cond: &'a Option<Expr>,
        post: &'a Option<Box<Stmt>>,
        body: &'a Block,
        mark: u16,
    ) {
        let vars_before: std::collections::HashSet<crate::types::ObjId> =
            self.f().vars.keys().copied().collect();
        if let Some(i) = init {
            self.stmt(i);
        }
        // Loop variables living in cells get a fresh cell per iteration (Go 1.22).
        let cells: Vec<Reg> = self
            .f()
            .vars
            .iter()
            .filter(|(o, _)| !vars_before.contains(o))
            .filter_map(|(_, l)| {
                if let VarLoc::Cell(r) = l {
                    Some(*r)
                } else {
                    None
                }
            })
            .collect();
        if cells.is_empty() {
            if let Some(counted) = self.counted_loop(cond, post) {
                return self.counted_for(label, counted, cond, body, mark);
            }
        }
        // The test sits at the bottom (one dispatch per iteration): jump to it first.
        let to_test = cond.as_ref().map(|_| self.emit(Op::Jump { target: 0 }));
        let top = self.f().b.pc();
        self.push_loop(label, true);
        let inner = self.top();
        self.block(body);
        self.release(inner);
        let cont = self.f().b.pc();
        for c in &cells {
            let t = self.alloc();
            self.emit(Op::Load {
                dst: t,
                addr: *c,
                off: 0,
            });
            self.emit(Op::NewCell { dst: *c, src: t });
            self.release(t.0);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        match cond {
            Some(c) => {
                if let Some(j) = to_test {
                    self.f().b.patch_here(j);
                }
                let m = self.top();
                self.set_line(c.span);
                self.jump_if_true(c, top);
                self.release(m);
            }
            None => {
                self.emit(Op::Jump { target: top });
            }
        }
        let end = self.f().b.pc();
        self.pop_loop(cont, end);
        self.release(mark);
    }

    /// `for ...; i < n; i++` with `i` a full-width signed integer in a register and `n` a
    /// constant or a register variable: the loop is inverted (a test before the first
    /// iteration) and ends in one `IncJumpLt*` per iteration.
    fn counted_loop(
        &mut self,
        cond: &'a Option<Expr>,
        post: &'a Option<Box<Stmt>>,
    ) -> Option<(Reg, Result<i32, Reg>)> {
        let StmtKind::IncDec { expr, inc: true } = &post.as_ref()?.kind else {
            return None;
        };
        let ExprKind::Binary {
            op: BinaryOp::Lt,
            lhs,
            rhs,
        } = &strip(cond.as_ref()?).kind
        else {
            return None;
        };
        let (ExprKind::Ident(a), ExprKind::Ident(b)) = (&strip(expr).kind, &strip(lhs).kind) else {
            return None;
        };
        let o = self.info.object_of(a.id)?;
        if self.info.object_of(b.id)? != o {
            return None;
        }
        let ty = self.info.obj(o).typ;
        if !matches!(
            self.class(ty),
            super::expr::Class::Int {
                signed: true,
                kind: None
            }
        ) {
            return None;
        }
        let Some(VarLoc::Reg(i)) = self.var_loc(o) else {
            return None;
        };
        if let Some(c) = self.small_const(rhs) {
            return Some((i, Ok(c)));
        }
        let ExprKind::Ident(n) = &strip(rhs).kind else {
            return None;
        };
        let no = self.info.object_of(n.id)?;
        if self.info.obj(no).typ != ty {
            return None;
        }
        match self.var_loc(no) {
            Some(VarLoc::Reg(r)) => Some((i, Err(r))),
            _ => None,
        }
    }

    fn counted_for(
        &mut self,
        label: Option<String>,
        (i, limit): (Reg, Result<i32, Reg>),
        cond: &'a Option<Expr>,
        body: &'a Block,
        mark: u16,
    ) {
        if let Some(c) = cond {
            self.set_line(c.span);
        }
        let skip = match limit {
            Ok(imm) => self.emit(Op::JumpGeImm {
                a: i,
                imm,
                target: 0,
            }),
            Err(b) => self.emit(Op::JumpGeI { a: i, b, target: 0 }),
        };
        let top = self.f().b.pc();
        self.push_loop(label, true);
        let inner = self.top();
        self.block(body);
        self.release(inner);
        let cont = self.f().b.pc();
        if let Some(c) = cond {
            self.set_line(c.span);
        }
        match limit {
            Ok(imm) => self.emit(Op::IncJumpLtImm {
                a: i,
                imm,
                target: top,
            }),
            Err(b) => self.emit(Op::IncJumpLtI {
                a: i,
                b,
                target: top,
            }),
        };
        let end = self.f().b.pc();
        self.f().b.patch_to(skip, end);
        self.pop_loop(cont, end);
        self.release(mark);
    }

    pub(super) fn switch_stmt(
        &mut self,
        label: Option<String>,
        init: &'a Option<Box<Stmt>>,
        tag: &'a Option<Expr>,
        clauses: &'a [CaseClause],
        mark: u16,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_ty = tag.as_ref().map_or(TypeId::BOOL, |t| self.type_of(t));
        let t = self.alloc();
        match tag {
            Some(x) => self.expr_to(x, t),
            None => {
                self.emit(Op::LoadInt { dst: t, imm: 1 });
            }
        }
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut js = Vec::new();
            for e in &c.exprs {
                let m = self.top();
                let r = self.case_compare(t, tag_ty, e);
                js.push(self.emit(Op::JumpIf { c: r, target: 0 }));
                self.release(m);
            }
            to_body.push(js);
        }
        self.clause_bodies(label, clauses, &to_body, None, mark);
    }

    /// R := (tag == e) for a switch case.
    pub(super) fn case_compare(&mut self, t: Reg, tag_ty: TypeId, e: &'a Expr) -> Reg {
        let et = self.type_of(e);
        let d = self.alloc();
        let v = self.alloc();
        if self.is_iface(tag_ty) && !self.is_iface(et) {
            self.expr_as(e, tag_ty, v);
        } else {
            self.expr_to(e, v);
        }
        use super::expr::Class;
        let op = match self.class(tag_ty) {
            Class::Float { .. } => Op::EqF { dst: d, a: t, b: v },
            Class::Str => Op::EqS { dst: d, a: t, b: v },
            _ if matches!(
                self.types.under(tag_ty),
                Type::Struct(_) | Type::Array { .. } | Type::Interface(_)
            ) =>
            {
                let ty = self.rtype(tag_ty);
                Op::EqV {
                    dst: d,
                    a: t,
                    b: v,
                    ty,
                }
            }
            _ => Op::EqW { dst: d, a: t, b: v },
        };
        self.emit(op);
        d
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn type_switch(
        &mut self,
        label: Option<String>,
        init: &'a Option<Box<Stmt>>,
        _bind: &'a Option<Ident>,
        x: &'a Expr,
        clauses: &'a [CaseClause],
        mark: u16,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let v = self.alloc();
        self.expr_to(x, v);
        let dyn_ty = self.alloc();
        self.emit(Op::IfaceType {
            dst: dyn_ty,
            src: v,
        });
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut js = Vec::new();
            for e in &c.exprs {
                let m = self.top();
                let r = self.alloc();
                let t = self.type_of(e);
                if t == TypeId::UNTYPED_NIL {
                    self.emit(Op::LoadInt { dst: r, imm: 0 });
                    self.emit(Op::EqW {
                        dst: r,
                        a: dyn_ty,
                        b: r,
                    });
                } else if self.is_iface(t) {
                    let ty = self.rtype(t);
                    self.emit(Op::Implements { dst: r, src: v, ty });
                } else {
                    let ty = self.rtype(t);
                    self.load_int(r, ty.0 as i64 + 1);
                    self.emit(Op::EqW {
                        dst: r,
                        a: dyn_ty,
                        b: r,
                    });
                }
                js.push(self.emit(Op::JumpIf { c: r, target: 0 }));
                self.release(m);
            }
            to_body.push(js);
        }
        self.clause_bodies(label, clauses, &to_body, Some(v), mark);
    }

    /// Lays out the bodies of a switch's clauses after its case tests: `to_body[i]` are the
    /// jumps of clause `i`'s tests; a final jump goes to `default` (or past the switch). For a
    /// type switch, `type_switch_value` is the operand whose clause variable each body binds.
    /// A body ending in `fallthrough` runs into the next one.
    fn clause_bodies(
        &mut self,
        label: Option<String>,
        clauses: &'a [CaseClause],
        to_body: &[Vec<usize>],
        type_switch_value: Option<Reg>,
        mark: u16,
    ) {
        let to_default = self.emit(Op::Jump { target: 0 });
        self.push_loop(label, false);
        let mut ends = Vec::new();
        let mut default_pc = None;
        for (i, c) in clauses.iter().enumerate() {
            let pc = self.f().b.pc();
            if c.is_default {
                default_pc = Some(pc);
            }
            for j in &to_body[i] {
                self.f().b.patch_to(*j, pc);
            }
            let inner = self.top();
            if let Some(v) = type_switch_value {
                self.bind_clause_var(c, v);
            }
            self.stmts(&c.body);
            self.release(inner);
            let falls = matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough));
            if !falls {
                ends.push(self.emit(Op::Jump { target: 0 }));
            }
        }
        let end = self.f().b.pc();
        self.f().b.patch_to(to_default, default_pc.unwrap_or(end));
        for j in ends {
            self.f().b.patch_to(j, end);
        }
        self.pop_loop(end, end);
        self.release(mark);
    }

    /// Declares a type-switch clause's variable: the operand itself for interface (or several)
    /// types, else a copy of its dynamic value.
    fn bind_clause_var(&mut self, c: &CaseClause, v: Reg) {
        let Some(id) = &c.implicit else { return };
        let Some(&o) = self.info.implicits.get(&id.id) else {
            return;
        };
        let ty = self.info.obj(o).typ;
        let r = self.alloc();
        if self.is_iface(ty) {
            self.emit(Op::Move { dst: r, src: v });
        } else {
            self.emit(Op::IfaceData { dst: r, src: v });
            self.copy_if_aggregate(r, ty);
        }
        self.release(r.0);
        self.declare_var_in(o, ty, r);
    }
}
