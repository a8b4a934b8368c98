//! Goroutines and channels: `go` statements, send statements, receive expressions and
//! `select`. Values travel through channels as one word; a sender hands over a private copy of
//! an aggregate (a struct or array box), so the receiver owns what it gets.

use super::opcode::{select_n, Op, Reg, SELECT_MAX_CASES};
use super::stmt::strip;
use super::Compiler;
use crate::types::{Type, TypeId};
use grammar::ast::*;

impl<'a> Compiler<'a> {
    /// The element type of channel type `t`.
    pub(super) fn chan_elem(&self, t: TypeId) -> TypeId {
        match self.types.under(t) {
            Type::Chan { elem, .. } => *elem,
            _ => TypeId::INVALID,
        }
    }

    /// `ch <- v`
    pub(super) fn send_stmt(&mut self, chan: &'a Expr, value: &'a Expr, mark: u16) {
        let elem = self.chan_elem(self.type_of(chan));
        let ch = self.alloc();
        self.expr_to(chan, ch);
        let v = self.alloc();
        self.expr_owned(value, elem, v);
        self.emit(Op::ChanSend { ch, src: v });
        self.release(mark);
    }

    /// `<-ch` into `dst` (and ok into `dst + 1` when `comma_ok`).
    pub(super) fn recv_into(&mut self, chan: &'a Expr, dst: Reg, comma_ok: bool) {
        let mark = self.top().max(dst.0 + 1 + comma_ok as u16);
        self.release(mark);
        let ch = self.expr(chan, None);
        self.emit(Op::ChanRecv { dst, ch, comma_ok });
        self.release(mark);
    }

    /// `select { ... }`: evaluates every case's channel (and send value) in source order into
    /// pairs of registers, runs `Op::Select`, then dispatches on the chosen case.
    pub(super) fn select_stmt(
        &mut self,
        label: Option<String>,
        clauses: &'a [CommClause],
        mark: u16,
        span: grammar::Span,
    ) {
        let cases: Vec<&'a CommClause> = clauses.iter().filter(|c| c.comm.is_some()).collect();
        if cases.len() > SELECT_MAX_CASES {
            self.unsupported(span, "select with more than 32 cases");
            return;
        }
        let has_default = cases.len() < clauses.len();
        let dst = self.alloc_n(3);
        let a = self.alloc_n(2 * cases.len() as u16);
        let mut sends = 0u32;
        for (i, c) in cases.iter().enumerate() {
            let slot = Reg(a.0 + 2 * i as u16);
            let m = self.top();
            match &c.comm.as_ref().expect("filtered above").kind {
                StmtKind::Send { chan, value } => {
                    sends |= 1 << i;
                    let elem = self.chan_elem(self.type_of(chan));
                    self.expr_to(chan, slot);
                    self.expr_owned(value, elem, Reg(slot.0 + 1));
                }
                other => {
                    if let Some(ch) = recv_operand(other) {
                        self.expr_to(ch, slot);
                    }
                }
            }
            self.release(m);
        }
        let n = select_n(cases.len() as u16, has_default);
        // A goroutine blocked here shows the `select` line in tracebacks, as in Go.
        self.set_line(span);
        self.emit(Op::Select { dst, a, n, sends });
        self.release(a.0);
        // Dispatch: compare the chosen index with each case's.
        let idx = self.alloc();
        let mut to_body = Vec::new();
        for i in 0..cases.len() {
            self.load_int(idx, i as i64);
            let j = self.emit(Op::JumpEqW {
                a: dst,
                b: idx,
                target: 0,
            });
            to_body.push(j);
        }
        let to_default = self.emit(Op::Jump { target: 0 });
        self.release(idx.0);
        self.push_loop(label, false);
        let mut ends = Vec::new();
        let mut default_pc = None;
        let mut ci = 0;
        for c in clauses {
            let pc = self.f().b.pc();
            let inner = self.top();
            match &c.comm {
                None => default_pc = Some(pc),
                Some(comm) => {
                    self.f().b.patch_to(to_body[ci], pc);
                    ci += 1;
                    self.set_line(comm.span);
                    self.bind_received(comm, dst);
                }
            }
            self.stmts(&c.body);
            self.release(inner);
            ends.push(self.emit(Op::Jump { target: 0 }));
        }
        let end = self.f().b.pc();
        self.f().b.patch_to(to_default, default_pc.unwrap_or(end));
        for j in ends {
            self.f().b.patch_to(j, end);
        }
        self.pop_loop(end, end);
        self.release(mark);
    }

    /// A receive case's `v := <-ch`, `v, ok = <-ch`...: binds or assigns the received value
    /// (in `dst + 1`) and ok flag (`dst + 2`).
    fn bind_received(&mut self, comm: &'a Stmt, dst: Reg) {
        let StmtKind::Assign { lhs, op, rhs } = &comm.kind else {
            return;
        };
        let elem = rhs
            .first()
            .and_then(|r| recv_chan(r))
            .map_or(TypeId::INVALID, |ch| self.chan_elem(self.type_of(ch)));
        for (i, l) in lhs.iter().enumerate().take(2) {
            let src = Reg(dst.0 + 1 + i as u16);
            let from = if i == 0 { elem } else { TypeId::BOOL };
            if *op == AssignOp::Define {
                if let Some(o) = self.def_of(l) {
                    let ty = self.info.obj(o).typ;
                    let r = self.alloc();
                    self.convert_reg(src, from, ty, r);
                    self.release(r.0);
                    self.declare_var_in(o, ty, r);
                    continue;
                }
            }
            let m = self.top();
            let p = self.place(l);
            let to = self.lhs_type(l).unwrap_or(from);
            let v = self.alloc();
            self.convert_reg(src, from, to, v);
            self.store_place(p, v);
            self.release(m);
        }
    }

    /// `go f(args)`: the function value and arguments are evaluated now, in this goroutine.
    pub(super) fn go_stmt(&mut self, e: &'a Expr, mark: u16) {
        self.deferred_call(e, mark, true);
    }
}

/// The channel operand of a receive case (`<-ch`, `v := <-ch`, `v, ok = <-ch`).
fn recv_operand(s: &StmtKind) -> Option<&Expr> {
    match s {
        StmtKind::Expr(e) => recv_chan(e),
        StmtKind::Assign { rhs, .. } => rhs.first().and_then(recv_chan),
        _ => None,
    }
}

fn recv_chan(e: &Expr) -> Option<&Expr> {
    match &strip(e).kind {
        ExprKind::Unary {
            op: UnaryOp::Recv,
            expr,
        } => Some(expr),
        _ => None,
    }
}
