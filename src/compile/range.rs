//! `for ... range` over integers, strings (runes), slices, arrays, maps, channels and iterator functions
//! (Go 1.23: the body becomes the `yield` closure).
//!
//! Invariant: the range expression is evaluated once; arrays are copied first; variables
//! declared by the clause are fresh per iteration.

use super::expr::Class;
use super::opcode::{FuncId, Op, Reg};
use super::{Compiler, FnCtx, VarLoc};
use crate::types::{Type, TypeId};
use grammar::ast::{self, *};

/// The parts of a `for ... range` statement every range form hands on to its body.
pub(super) struct RangeClause<'a> {
    label: Option<String>,
    key: &'a Option<Expr>,
    value: &'a Option<Expr>,
    define: bool,
    body: &'a Block,
    /// The register stack's top before the statement: released at its end.
    mark: u16,
}

/// The registers of a range loop: the ranged-over value (or map iterator's map, channel), the
/// index (or map iterator), the length, and three working registers from `aux` on (the key and
/// value of each round are R[aux], R[aux+1]).
struct RangeRegs {
    coll: Reg,
    idx: Reg,
    len: Reg,
    aux: Reg,
}

impl RangeRegs {
    /// The registers holding each round's key and value.
    fn kv(&self) -> (Reg, Reg) {
        (self.aux, Reg(self.aux.0 + 1))
    }
}

impl<'a> Compiler<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_stmt(
        &mut self,
        label: Option<String>,
        key: &'a Option<Expr>,
        value: &'a Option<Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        mark: u16,
    ) {
        let c = RangeClause {
            label,
            key,
            value,
            define,
            body,
            mark,
        };
        let xt = self.type_of(x);
        let under = self.types.under(xt).clone();
        let r = RangeRegs {
            coll: self.alloc(),
            idx: self.alloc(),
            len: self.alloc(),
            aux: self.alloc_n(3),
        };
        match under {
            Type::Map { key, value } => self.range_map(c, x, &r, key, value),
            Type::Func(_) => {
                self.release(mark);
                self.range_func(c, x);
            }
            Type::Chan { elem, .. } => self.range_chan(c, x, &r, elem),
            Type::Basic(_) if self.class(xt) == Class::Str => self.range_string(c, x, &r),
            _ => self.range_indexed(c, x, &r),
        }
    }

    /// `range m`: an iterator over a snapshot of the keys.
    fn range_map(
        &mut self,
        c: RangeClause<'a>,
        x: &'a Expr,
        r: &RangeRegs,
        kt: TypeId,
        vt: TypeId,
    ) {
        self.expr_to(x, r.coll);
        self.emit(Op::MapIter {
            dst: r.idx,
            m: r.coll,
        });
        let top = self.f().b.pc();
        let (kreg, vreg) = r.kv();
        self.emit(Op::MapNext {
            dst: r.aux,
            it: r.idx,
        });
        let exit = self.emit(Op::JumpIfNot {
            c: r.aux,
            target: 0,
        });
        self.emit(Op::Move {
            dst: kreg,
            src: vreg,
        });
        self.emit(Op::Move {
            dst: vreg,
            src: Reg(vreg.0 + 1),
        });
        self.range_body(c, [(kreg, kt), (vreg, vt)], top, exit);
    }

    /// `range ch`: receive until the channel is closed and drained.
    fn range_chan(&mut self, c: RangeClause<'a>, x: &'a Expr, r: &RangeRegs, elem: TypeId) {
        self.expr_to(x, r.coll);
        let top = self.f().b.pc();
        let (kreg, vreg) = r.kv();
        self.emit(Op::ChanRecv {
            dst: kreg,
            ch: r.coll,
            comma_ok: true,
        });
        let exit = self.emit(Op::JumpIfNot { c: vreg, target: 0 });
        self.range_body(c, [(kreg, elem), (vreg, TypeId::INVALID)], top, exit);
    }

    /// `range s` over a string: the runes, decoded at each byte offset.
    fn range_string(&mut self, c: RangeClause<'a>, x: &'a Expr, r: &RangeRegs) {
        self.expr_to(x, r.coll);
        self.emit(Op::LoadInt { dst: r.idx, imm: 0 });
        self.emit(Op::StrLen {
            dst: r.len,
            a: r.coll,
        });
        let top = self.f().b.pc();
        let (kreg, vreg) = r.kv();
        let more = self.emit(Op::JumpLtI {
            a: r.idx,
            b: r.len,
            target: 0,
        });
        // JumpLtI jumps into the body; fall through means done.
        let done = self.emit(Op::Jump { target: 0 });
        self.f().b.patch_here(more);
        self.emit(Op::Move {
            dst: kreg,
            src: r.idx,
        });
        self.emit(Op::DecodeRune {
            dst: vreg,
            s: r.coll,
            i: r.idx,
        });
        self.emit(Op::Move {
            dst: r.idx,
            src: Reg(vreg.0 + 1),
        });
        let kv = [(kreg, TypeId::INT), (vreg, TypeId::RUNE)];
        self.range_body(c, kv, top, done);
    }

    /// `range n` over an integer, and over a slice, an array or a pointer to an array: an index
    /// counting up to the length.
    fn range_indexed(&mut self, c: RangeClause<'a>, x: &'a Expr, r: &RangeRegs) {
        self.expr_to(x, r.coll);
        self.emit(Op::LoadInt { dst: r.idx, imm: 0 });
        let xt = self.type_of(x);
        let (kt, vt) = self.range_len(xt, c.value.is_some(), r);
        let top = self.f().b.pc();
        let (kreg, vreg) = r.kv();
        let cond = self.alloc();
        self.emit(Op::LtI {
            dst: cond,
            a: r.idx,
            b: r.len,
        });
        let exit = self.emit(Op::JumpIfNot { c: cond, target: 0 });
        self.release(cond.0);
        self.emit(Op::Move {
            dst: kreg,
            src: r.idx,
        });
        if c.value.is_some() && vt != TypeId::INVALID {
            self.range_elem(xt, vt, r);
        }
        self.emit(Op::AddImm {
            dst: r.idx,
            a: r.idx,
            imm: 1,
        });
        self.range_body(c, [(kreg, kt), (vreg, vt)], top, exit);
    }

    /// Sets R[len] for `range_indexed` over a value of type `xt` (copying an array whose
    /// elements are used); returns the key and value types.
    fn range_len(&mut self, xt: TypeId, with_value: bool, r: &RangeRegs) -> (TypeId, TypeId) {
        match self.types.under(xt).clone() {
            Type::Basic(_) => {
                self.emit(Op::Move {
                    dst: r.len,
                    src: r.coll,
                });
                (xt, TypeId::INVALID)
            }
            Type::Slice(e) => {
                self.emit(Op::SliceLen {
                    dst: r.len,
                    a: r.coll,
                });
                (TypeId::INT, e)
            }
            Type::Array { len, elem } => {
                // spec: "The range expression x is evaluated once": an array is copied.
                if with_value {
                    let words = self.words(xt);
                    self.emit(Op::CopyBox {
                        dst: r.coll,
                        src: r.coll,
                        words,
                    });
                }
                self.load_int(r.len, len as i64);
                (TypeId::INT, elem)
            }
            Type::Pointer(_) => {
                let (n, e) = self.pointed_array(xt);
                self.load_int(r.len, n as i64);
                (TypeId::INT, e)
            }
            _ => (TypeId::INT, TypeId::INVALID),
        }
    }

    /// The length and element type of the array a pointer type `t` points to.
    fn pointed_array(&self, t: TypeId) -> (u64, TypeId) {
        let Type::Pointer(p) = self.types.under(t) else {
            return (0, TypeId::INVALID);
        };
        match self.types.under(*p) {
            Type::Array { len, elem } => (*len, *elem),
            _ => (0, TypeId::INVALID),
        }
    }

    /// Loads element R[idx] of the slice, array or array pointer R[coll] (of type `xt`, elements
    /// of type `vt`) into the value register: an aggregate element as its address.
    fn range_elem(&mut self, xt: TypeId, vt: TypeId, r: &RangeRegs) {
        let (_, vreg) = r.kv();
        let (s, i) = (r.coll, r.idx);
        let aggregate = self.is_aggregate(vt);
        let ew = self.elem_words(vt);
        if let Type::Slice(_) = self.types.under(xt) {
            let op = if aggregate {
                Op::ElemAddr {
                    dst: vreg,
                    s,
                    i,
                    ew,
                }
            } else {
                Op::LoadElem { dst: vreg, s, i }
            };
            self.emit(op);
            return;
        }
        let n = match self.types.under(xt) {
            Type::Array { len, .. } => *len,
            _ => self.pointed_array(xt).0,
        };
        let len = self.len_reg(n);
        self.emit(Op::ArrayElemAddr {
            dst: vreg,
            arr: s,
            i,
            ew,
            len,
        });
        self.release(len.0);
        if !aggregate {
            self.emit(Op::Load {
                dst: vreg,
                addr: vreg,
                off: 0,
            });
        }
    }

    pub(super) fn load_int(&mut self, d: Reg, v: i64) {
        match i32::try_from(v) {
            Ok(imm) => {
                self.emit(Op::LoadInt { dst: d, imm });
            }
            Err(_) => {
                let k = self.constant(super::program::Const::Word(v as u64));
                self.emit(Op::LoadConst { dst: d, k });
            }
        }
    }

    /// The rest of a range loop, after the header that sets each round's key and value `kv`
    /// (register and type) or jumps to `exit` (patched to the loop's end): the iteration
    /// variables, the body, and the back-edge to `top`.
    fn range_body(&mut self, c: RangeClause<'a>, kv: [(Reg, TypeId); 2], top: u32, exit: usize) {
        let inner = self.top();
        let operands = [(c.key, kv[0]), (c.value, kv[1])];
        if c.define {
            for (e, (r, _)) in operands {
                if let Some(e) = e {
                    self.declare_range_var(e, r);
                }
            }
        } else {
            self.assign_range_operands(operands);
        }
        self.push_loop(c.label, true);
        self.block(c.body);
        self.release(inner);
        self.emit(Op::Jump { target: top });
        let end = self.f().b.pc();
        self.f().b.patch_to(exit, end);
        self.pop_loop(top, end);
        self.release(c.mark);
    }

    /// `for k, v = range ...`: assigns this round's key and value to the operands.
    fn assign_range_operands(&mut self, operands: [(&'a Option<Expr>, (Reg, TypeId)); 2]) {
        // spec: the index operands of both left-hand sides are evaluated before either is
        // assigned (`for k, s[k] = range ...` indexes with the previous k).
        let m = self.top();
        let mut stores = Vec::new();
        for (e, (r, t)) in operands {
            let Some(e) = e else { continue };
            let p = self.place(e);
            stores.push((p, e, r, t));
        }
        for (p, e, r, t) in stores {
            let to = self.lhs_type(e).unwrap_or(t);
            let v = self.alloc();
            self.convert_reg(r, t, to, v);
            self.store_place(p, v);
        }
        self.release(m);
    }

    /// `for k, v := range ...`: declares the variable `e` (fresh each round) holding the value
    /// in `r`; an aggregate is copied.
    fn declare_range_var(&mut self, e: &'a Expr, r: Reg) {
        let Some(o) = self.def_of(e) else { return };
        let ty = self.info.obj(o).typ;
        if self.is_aggregate(ty) {
            let words = self.words(ty);
            let c = self.alloc();
            self.emit(Op::CopyBox {
                dst: c,
                src: r,
                words,
            });
            self.release(c.0);
            let d = self.alloc();
            self.release(d.0);
            self.declare_var_in(o, ty, c);
        } else {
            let d = self.alloc();
            self.emit(Op::Move { dst: d, src: r });
            self.release(d.0);
            self.declare_var_in(o, ty, d);
        }
    }

    /// `for k, v := range f` over an iterator function (spec: "For statements with range clause",
    /// Go 1.23): the body becomes the `yield` closure passed to `f`; `continue` returns true,
    /// `break` returns false. Bodies that leave the loop otherwise (`return`, `goto`, `defer`,
    /// labeled branches) are not supported yet.
    fn range_func(&mut self, c: RangeClause<'a>, x: &'a ast::Expr) {
        if leaves_loop(&c.body.stmts) {
            self.unsupported(
                x.span,
                "return, goto, defer or labeled branches inside range over a function",
            );
            return;
        }
        let yield_ty = match self.types.under(self.type_of(x)) {
            Type::Func(s) => s.params.first().copied().unwrap_or(TypeId::INVALID),
            _ => TypeId::INVALID,
        };
        let ptypes = match self.types.under(yield_ty) {
            Type::Func(s) => s.params.clone(),
            _ => vec![],
        };
        let mark = c.mark;
        let (id, captures) = self.yield_func(c, &ptypes);
        // The call f(yield).
        let a = self.alloc_n(2);
        self.expr_to(x, a);
        let caps = self.alloc_n(captures.len().max(1) as u16);
        for (i, o) in captures.iter().enumerate() {
            self.capture_addr(*o, Reg(caps.0 + i as u16));
        }
        self.emit(Op::MakeClosure {
            dst: Reg(a.0 + 1),
            f: id,
            a: caps,
            n: captures.len() as u16,
        });
        self.set_line(x.span);
        self.emit(Op::CallClosure {
            f: a,
            a: Reg(a.0 + 1),
        });
        self.release(mark);
    }

    /// Compiles the body of a range over a function as its `yield` function, taking parameters
    /// of types `ptypes`; returns it and the variables it captures.
    fn yield_func(
        &mut self,
        c: RangeClause<'a>,
        ptypes: &[TypeId],
    ) -> (FuncId, Vec<crate::types::ObjId>) {
        let parent = self.f();
        parent.closures += 1;
        let name = format!("{}-range{}", parent.name, parent.closures);
        let escapes = self.f().escapes.clone();
        let file = self.cur_file;
        let nparams = ptypes.len() as u16;
        self.fns
            .push(FnCtx::new(name.clone(), file, nparams, escapes));
        self.set_line(c.body.span);
        for (i, e) in [c.key, c.value].into_iter().enumerate() {
            if let (Some(e), Some(&t)) = (e, ptypes.get(i)) {
                self.bind_yield_param(e, t, Reg(i as u16), c.define);
            }
        }
        self.push_loop(c.label, true);
        for s in &c.body.stmts {
            self.stmt(s);
        }
        let r = self.alloc();
        let cont = self.f().b.pc();
        self.emit(Op::LoadInt { dst: r, imm: 1 });
        self.emit(Op::Return { a: r, n: 1 });
        let brk = self.f().b.pc();
        self.emit(Op::LoadInt { dst: r, imm: 0 });
        self.emit(Op::Return { a: r, n: 1 });
        self.pop_loop(cont, brk);
        let mut ctx = self.fns.pop().expect("pushed above");
        let captures = std::mem::take(&mut ctx.captures);
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(super::program::FuncProto {
            name,
            nparams,
            nresults: 1,
            nregs: ctx.b.max.max(nparams) + 2,
            code: ctx.b.code,
            lines: ctx.b.lines,
            file,
            native: None,
            epilogue: 0,
            ptr_regs: Vec::new(),
        });
        (id, captures)
    }

    /// Binds the range operand `e` to the `yield` parameter R[`r`] of type `t`: declares it
    /// (`:=`; in a cell if a closure captures it) or assigns it (`=`).
    fn bind_yield_param(&mut self, e: &'a ast::Expr, t: TypeId, r: Reg, define: bool) {
        let ast::ExprKind::Ident(id) = &e.kind else {
            return;
        };
        if !define {
            if let Some(o) = self.info.object_of(id.id) {
                if let Some(loc) = self.var_loc(o) {
                    let ty = self.info.obj(o).typ;
                    self.store_loc(loc, ty, r);
                }
            }
            return;
        }
        if let Some(&o) = self.info.defs.get(&id.id) {
            if self.f().escapes.escaping.contains(&o) && !self.is_aggregate(t) {
                self.emit(Op::NewCell { dst: r, src: r });
                self.f().vars.insert(o, VarLoc::Cell(r));
            } else {
                self.f().vars.insert(o, VarLoc::Reg(r));
            }
        }
    }
}

/// Does a range-over-func body leave the loop other than by (unlabeled) break and continue?
fn leaves_loop(stmts: &[ast::Stmt]) -> bool {
    use ast::StmtKind as S;
    super::stmt::any_nested_stmt(stmts, &|s| {
        matches!(
            s.kind,
            S::Return(_) | S::Goto(_) | S::Defer(_) | S::Break(Some(_)) | S::Continue(Some(_))
        )
    })
}
