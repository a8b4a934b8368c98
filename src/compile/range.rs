//! `for ... range` over integers, strings (runes), slices, arrays, maps, channels and iterator functions
//! (Go 1.23: the body becomes the `yield` closure).
//!
//! Invariant: the range expression is evaluated once; arrays are copied first; variables
//! declared by the clause are fresh per iteration.

use super::opcode::{FuncId, Op, Reg};
use super::{Compiler, FnCtx, VarLoc};
use crate::types::{Type, TypeId};
use grammar::ast::{self, *};

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
        let xt = self.type_of(x);
        let under = self.types.under(xt).clone();
        let coll = self.alloc();
        let idx = self.alloc();
        let len = self.alloc();
        let aux = self.alloc_n(3);
        let (kt, vt);
        match &under {
            Type::Map { key: k, value: v } => {
                self.expr_to(x, coll);
                self.emit(Op::MapIter { dst: idx, m: coll });
                kt = *k;
                vt = *v;
            }
            Type::Func(_) => {
                self.release(mark);
                self.range_func(label, key, value, define, x, body, mark);
                return;
            }
            Type::Chan { elem, .. } => {
                self.expr_to(x, coll);
                kt = *elem;
                vt = TypeId::INVALID;
            }
            _ => {
                let is_int = matches!(under, Type::Basic(_))
                    && !matches!(self.class(xt), super::expr::Class::Str);
                self.expr_to(x, coll);
                self.emit(Op::LoadInt { dst: idx, imm: 0 });
                match &under {
                    Type::Basic(_) if is_int => {
                        self.emit(Op::Move {
                            dst: len,
                            src: coll,
                        });
                        kt = xt;
                        vt = TypeId::INVALID;
                    }
                    Type::Basic(_) => {
                        self.emit(Op::StrLen { dst: len, a: coll });
                        kt = TypeId::INT;
                        vt = TypeId::RUNE;
                    }
                    Type::Slice(e) => {
                        self.emit(Op::SliceLen { dst: len, a: coll });
                        kt = TypeId::INT;
                        vt = *e;
                    }
                    Type::Array { len: n, elem } => {
                        // spec: "The range expression x is evaluated once": an array is copied.
                        if value.is_some() {
                            let w = self.words(xt);
                            self.emit(Op::CopyBox {
                                dst: coll,
                                src: coll,
                                words: w,
                            });
                        }
                        self.load_int(len, *n as i64);
                        kt = TypeId::INT;
                        vt = *elem;
                    }
                    Type::Pointer(p) => {
                        let (n, e) = match self.types.under(*p) {
                            Type::Array { len, elem } => (*len, *elem),
                            _ => (0, TypeId::INVALID),
                        };
                        self.load_int(len, n as i64);
                        kt = TypeId::INT;
                        vt = e;
                    }
                    _ => {
                        kt = TypeId::INT;
                        vt = TypeId::INVALID;
                    }
                }
            }
        }
        let top = self.f().b.pc();
        let exit;
        let (kreg, vreg) = (aux, Reg(aux.0 + 1));
        match &under {
            Type::Chan { .. } => {
                // Receive until the channel is closed and drained.
                self.emit(Op::ChanRecv {
                    dst: aux,
                    ch: coll,
                    comma_ok: true,
                });
                exit = self.emit(Op::JumpIfNot {
                    c: Reg(aux.0 + 1),
                    target: 0,
                });
            }
            Type::Map { .. } => {
                self.emit(Op::MapNext { dst: aux, it: idx });
                exit = self.emit(Op::JumpIfNot { c: aux, target: 0 });
                self.emit(Op::Move {
                    dst: aux,
                    src: Reg(aux.0 + 1),
                });
                self.emit(Op::Move {
                    dst: Reg(aux.0 + 1),
                    src: Reg(aux.0 + 2),
                });
            }
            Type::Basic(_) if matches!(self.class(xt), super::expr::Class::Str) => {
                exit = self.emit(Op::JumpLtI {
                    a: idx,
                    b: len,
                    target: 0,
                });
                // JumpLtI jumps into the body; fall through means done.
                let done = self.emit(Op::Jump { target: 0 });
                self.f().b.patch_here(exit);
                self.emit(Op::Move {
                    dst: kreg,
                    src: idx,
                });
                self.emit(Op::DecodeRune {
                    dst: vreg,
                    s: coll,
                    i: idx,
                });
                self.emit(Op::Move {
                    dst: idx,
                    src: Reg(vreg.0 + 1),
                });
                return self.range_body(
                    label, key, value, define, kt, vt, kreg, vreg, body, top, done, mark,
                );
            }
            _ => {
                let c = self.alloc();
                self.emit(Op::LtI {
                    dst: c,
                    a: idx,
                    b: len,
                });
                exit = self.emit(Op::JumpIfNot { c, target: 0 });
                self.release(c.0);
                self.emit(Op::Move {
                    dst: kreg,
                    src: idx,
                });
                if value.is_some() && vt != TypeId::INVALID {
                    match &under {
                        Type::Slice(_) => {
                            if self.is_aggregate(vt) {
                                let ew = self.elem_words(vt);
                                self.emit(Op::ElemAddr {
                                    dst: vreg,
                                    s: coll,
                                    i: idx,
                                    ew,
                                });
                            } else {
                                self.emit(Op::LoadElem {
                                    dst: vreg,
                                    s: coll,
                                    i: idx,
                                });
                            }
                        }
                        _ => {
                            let ew = self.elem_words(vt);
                            let n = match self.types.under(xt) {
                                Type::Array { len, .. } => *len,
                                Type::Pointer(p) => match self.types.under(*p) {
                                    Type::Array { len, .. } => *len,
                                    _ => 0,
                                },
                                _ => 0,
                            };
                            let lr = self.len_reg(n);
                            self.emit(Op::ArrayElemAddr {
                                dst: vreg,
                                arr: coll,
                                i: idx,
                                ew,
                                len: lr,
                            });
                            self.release(lr.0);
                            if !self.is_aggregate(vt) {
                                self.emit(Op::Load {
                                    dst: vreg,
                                    addr: vreg,
                                    off: 0,
                                });
                            }
                        }
                    }
                }
                self.emit(Op::AddImm {
                    dst: idx,
                    a: idx,
                    imm: 1,
                });
            }
        }
        self.range_body(
            label, key, value, define, kt, vt, kreg, vreg, body, top, exit, mark,
        );
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

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_body(
        &mut self,
        label: Option<String>,
        key: &'a Option<Expr>,
        value: &'a Option<Expr>,
        define: bool,
        kt: TypeId,
        vt: TypeId,
        kreg: Reg,
        vreg: Reg,
        body: &'a Block,
        top: u32,
        exit: usize,
        mark: u16,
    ) {
        let inner = self.top();
        if !define {
            // spec: the index operands of both left-hand sides are evaluated before either is
            // assigned (`for k, s[k] = range ...` indexes with the previous k).
            let m = self.top();
            let mut stores = Vec::new();
            for (e, r, t) in [(key, kreg, kt), (value, vreg, vt)] {
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
        for (e, r, _) in [(key, kreg, kt), (value, vreg, vt)] {
            let Some(e) = e else { continue };
            if define {
                if let Some(o) = self.def_of(e) {
                    let ty = self.info.obj(o).typ;
                    if self.is_aggregate(ty) {
                        let w = self.words(ty);
                        let c = self.alloc();
                        self.emit(Op::CopyBox {
                            dst: c,
                            src: r,
                            words: w,
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
            }
        }
        self.push_loop(label, true);
        self.block(body);
        self.release(inner);
        self.emit(Op::Jump { target: top });
        let end = self.f().b.pc();
        self.f().b.patch_to(exit, end);
        self.pop_loop(top, end);
        self.release(mark);
    }

    /// `for k, v := range f` over an iterator function (spec: "For statements with range clause",
    /// Go 1.23): the body becomes the `yield` closure passed to `f`; `continue` returns true,
    /// `break` returns false. Bodies that leave the loop otherwise (`return`, `goto`, `defer`,
    /// labeled branches) are not supported yet.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        label: Option<String>,
        key: &'a Option<ast::Expr>,
        value: &'a Option<ast::Expr>,
        define: bool,
        x: &'a ast::Expr,
        body: &'a Block,
        mark: u16,
    ) {
        if leaves_loop(&body.stmts) {
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
        let parent = self.f();
        parent.closures += 1;
        let name = format!("{}-range{}", parent.name, parent.closures);
        let escapes = self.f().escapes.clone();
        let file = self.cur_file;
        let nparams = ptypes.len() as u16;
        self.fns
            .push(FnCtx::new(name.clone(), file, nparams, escapes));
        self.set_line(body.span);
        for (i, e) in [key, value].into_iter().enumerate() {
            let Some(e) = e else { continue };
            let Some(&t) = ptypes.get(i) else { continue };
            let r = Reg(i as u16);
            if define {
                if let ast::ExprKind::Ident(id) = &e.kind {
                    if let Some(&o) = self.info.defs.get(&id.id) {
                        if self.f().escapes.escaping.contains(&o) && !self.is_aggregate(t) {
                            self.emit(Op::NewCell { dst: r, src: r });
                            self.f().vars.insert(o, VarLoc::Cell(r));
                        } else {
                            self.f().vars.insert(o, VarLoc::Reg(r));
                        }
                    }
                }
            } else if let ast::ExprKind::Ident(id) = &e.kind {
                if let Some(o) = self.info.object_of(id.id) {
                    if let Some(loc) = self.var_loc(o) {
                        let ty = self.info.obj(o).typ;
                        self.store_loc(loc, ty, r);
                    }
                }
            }
        }
        self.f().loops.push(super::LoopCtx {
            label,
            breaks: vec![],
            continues: vec![],
            is_loop: true,
        });
        for s in &body.stmts {
            self.stmt(s);
        }
        let r = self.alloc();
        let cont = self.f().b.pc();
        self.emit(Op::LoadInt { dst: r, imm: 1 });
        self.emit(Op::Return { a: r, n: 1 });
        let brk = self.f().b.pc();
        self.emit(Op::LoadInt { dst: r, imm: 0 });
        self.emit(Op::Return { a: r, n: 1 });
        let l = self.f().loops.pop().expect("pushed above");
        for j in l.continues {
            self.f().b.patch_to(j, cont);
        }
        for j in l.breaks {
            self.f().b.patch_to(j, brk);
        }
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
