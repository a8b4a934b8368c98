//! Selectors: field access through embedded fields and pointers, method receivers (with the
//! implicit `&`/`*` Go inserts), method values (bound closures) and method expressions.
//!
//! Invariant: a field of an aggregate is addressed as (base register, word offset); pointer hops
//! along an embedding path load the next base.

use super::opcode::{Op, Reg};
use super::Compiler;
use crate::types::{ObjKind, Selected, SelectionKind, Type, TypeId};
use grammar::ast::Expr;

impl<'a> Compiler<'a> {
    pub(super) fn selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &grammar::ast::Ident,
        dst: Option<Reg>,
    ) -> Reg {
        let Some(selection) = self.info.selections.get(&e.id).cloned() else {
            // A package-qualified name.
            return self.ident(e, sel, dst);
        };
        match (selection.kind, &selection.target) {
            (SelectionKind::FieldVal, _) => {
                let t = self.type_of(e);
                let mark = self.top();
                let (base, off) = self.field_addr(x, &selection.path);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                if self.is_aggregate(t) {
                    self.emit(Op::AddrOff {
                        dst: d,
                        addr: base,
                        off,
                    });
                } else {
                    self.emit(Op::Load {
                        dst: d,
                        addr: base,
                        off,
                    });
                }
                d
            }
            (SelectionKind::MethodVal, target) => {
                let d = self.dst_or_alloc(dst);
                let sig = self.type_of(e);
                self.method_value(x, &selection.path, target.clone(), d, sig);
                d
            }
            (SelectionKind::MethodExpr, Selected::Method(m)) if !selection.path.is_empty() => {
                let d = self.dst_or_alloc(dst);
                let f = self.promoted_method_expr(self.type_of(x), &selection.path, *m);
                self.emit(Op::LoadFunc { dst: d, f });
                d
            }
            (SelectionKind::MethodExpr, Selected::Method(m)) => {
                let f = self.func_id(*m);
                let recv_ty = self.type_of(x);
                let d = self.dst_or_alloc(dst);
                let fid = if matches!(self.types.get(recv_ty), Type::Pointer(_))
                    && !self.has_ptr_recv(*m)
                    && !self.is_aggregate_ptr(recv_ty)
                {
                    self.deref_adapter(f)
                } else {
                    f
                };
                self.emit(Op::LoadFunc { dst: d, f: fid });
                d
            }
            (SelectionKind::MethodExpr, Selected::IfaceMethod(name)) => {
                let d = self.dst_or_alloc(dst);
                let f = self.iface_method_expr(x, &selection.path, name, self.type_of(e));
                self.emit(Op::LoadFunc { dst: d, f });
                d
            }
            _ => {
                self.unsupported(e.span, "method expressions on interface types");
                self.dst_or_alloc(dst)
            }
        }
    }

    pub(super) fn is_aggregate_ptr(&self, t: TypeId) -> bool {
        match self.types.get(t) {
            Type::Pointer(e) => self.is_aggregate(*e),
            _ => false,
        }
    }

    /// Evaluates `x` and walks the embedded-field `path` (whose last element is the selected field):
    /// returns a register holding an address and the word offset of the field from it.
    pub fn field_addr(&mut self, x: &'a Expr, path: &[usize]) -> (Reg, u32) {
        let xt = self.type_of(x);
        let mut base = self.expr(x, None);
        let mut cur = match self.types.get(xt) {
            Type::Pointer(e) => *e,
            _ => match self.types.under(xt) {
                Type::Pointer(e) => *e,
                _ => xt,
            },
        };
        let mut off = 0u32;
        for (i, &idx) in path.iter().enumerate() {
            let (foff, fty) = self.field_offset(cur, idx);
            off += foff;
            if i + 1 < path.len() {
                if let Type::Pointer(e) = self.types.under(fty).clone() {
                    let r = self.alloc();
                    self.emit(Op::Load {
                        dst: r,
                        addr: base,
                        off,
                    });
                    base = r;
                    off = 0;
                    cur = e;
                    continue;
                }
            }
            cur = fty;
        }
        (base, off)
    }

    /// The receiver for calling a concrete method through `x` with embedded `path`: an address for
    /// pointer receivers and aggregates, the value for scalar value receivers. Into `dst`.
    pub fn method_receiver(&mut self, x: &'a Expr, path: &[usize], ptr_recv: bool, dst: Reg) {
        let xt = self.type_of(x);
        let x_is_ptr = matches!(self.types.under(xt), Type::Pointer(_));
        if path.is_empty() {
            let base_ty = match self.types.under(xt) {
                Type::Pointer(e) if x_is_ptr => *e,
                _ => xt,
            };
            if ptr_recv && !x_is_ptr {
                self.address_of(x, dst);
            } else if !ptr_recv && x_is_ptr && !self.is_aggregate(base_ty) {
                let p = self.expr(x, None);
                self.emit(Op::Load {
                    dst,
                    addr: p,
                    off: 0,
                });
            } else {
                self.expr_to(x, dst);
                if !ptr_recv && x_is_ptr {
                    // A value method through a nil pointer dereferences it.
                    self.emit(Op::NilCheck { addr: dst });
                }
            }
            return;
        }
        let mark = self.top();
        let mut full = path.to_vec();
        let last = full.pop();
        let (mut base, mut off) = if full.is_empty() {
            (self.expr(x, None), 0)
        } else {
            self.field_addr(x, &full)
        };
        // Type of the struct holding the last embedded field.
        let mut holder = match self.types.under(xt) {
            Type::Pointer(e) => *e,
            _ => xt,
        };
        let mut last_is_ptr = false;
        for &i in &full {
            let (_, t) = self.field_offset(holder, i);
            last_is_ptr = matches!(self.types.under(t), Type::Pointer(_));
            holder = match self.types.under(t) {
                Type::Pointer(e) => *e,
                _ => t,
            };
        }
        // `field_addr` stops at the last embedded field itself: an embedded pointer is followed.
        if last_is_ptr {
            let t = self.alloc();
            self.emit(Op::Load {
                dst: t,
                addr: base,
                off,
            });
            base = t;
            off = 0;
        }
        if let Some(i) = last {
            let (foff, fty) = self.field_offset(holder, i);
            off += foff;
            match self.types.get(fty).clone() {
                Type::Pointer(_) => {
                    self.emit(Op::Load {
                        dst,
                        addr: base,
                        off,
                    });
                }
                _ if self.is_aggregate(fty) || ptr_recv => {
                    self.emit(Op::AddrOff {
                        dst,
                        addr: base,
                        off,
                    });
                }
                _ => {
                    self.emit(Op::Load {
                        dst,
                        addr: base,
                        off,
                    });
                }
            }
        }
        self.release(mark.max(dst.0 + 1));
    }

    pub(super) fn method_value(
        &mut self,
        x: &'a Expr,
        path: &[usize],
        target: Selected,
        d: Reg,
        sig_ty: TypeId,
    ) {
        let mark = self.top();
        let recv = self.alloc();
        match target {
            Selected::Method(m) => {
                let ptr = self.has_ptr_recv(m);
                self.method_receiver(x, path, ptr, recv);
                // A value receiver is copied when the method value is evaluated (spec: "Method values").
                if !ptr {
                    if let Some(t) = self.method_recv_type(m) {
                        if self.is_aggregate(t) {
                            let w = self.words(t);
                            self.emit(Op::CopyBox {
                                dst: recv,
                                src: recv,
                                words: w,
                            });
                        }
                    }
                }
                let f = self.func_id(m);
                let w = self.bound_wrapper(f, false);
                self.emit(Op::MakeClosure {
                    dst: d,
                    f: w,
                    a: recv,
                    n: 1,
                });
            }
            Selected::IfaceMethod(name) => {
                if path.is_empty() {
                    self.expr_to(x, recv);
                } else {
                    // A method of an embedded interface field: the field is the receiver.
                    let (base, off) = self.field_addr(x, path);
                    self.emit(Op::Load {
                        dst: recv,
                        addr: base,
                        off,
                    });
                }
                self.emit(Op::NilCheck { addr: recv });
                let sym = self.method_symbol(&name, sig_ty);
                let sig = self.sig_counts(sig_ty);
                let w = self.iface_bound_wrapper(sym, sig.0, sig.1);
                self.emit(Op::MakeClosure {
                    dst: d,
                    f: w,
                    a: recv,
                    n: 1,
                });
            }
            Selected::Field => {}
        }
        self.release(mark.max(d.0 + 1));
    }

    pub fn method_recv_type(&self, m: crate::types::ObjId) -> Option<TypeId> {
        match self.info.obj(m).kind {
            ObjKind::Func {
                recv: Some((t, _)), ..
            } => Some(t),
            _ => None,
        }
    }

    /// A function that, called as a closure capturing a receiver, calls `f` with that receiver first.
    pub(super) fn bound_wrapper(
        &mut self,
        f: super::opcode::FuncId,
        _iface: bool,
    ) -> super::opcode::FuncId {
        if let Some(&w) = self.bound.get(&(f, false)) {
            return w;
        }
        let (np, nr) = (
            self.funcs[f.0 as usize].nparams,
            self.funcs[f.0 as usize].nresults,
        );
        let nargs = np.saturating_sub(1);
        let mut code = Vec::new();
        for i in (0..nargs).rev() {
            code.push(Op::Move {
                dst: Reg(i + 1),
                src: Reg(i),
            });
        }
        code.push(Op::LoadCapture {
            dst: Reg(0),
            idx: 0,
        });
        code.push(Op::Call { a: Reg(0), f });
        code.push(Op::Return { a: Reg(0), n: nr });
        let name = format!("{}-fm", self.funcs[f.0 as usize].name);
        let w = self.add_synthetic(name, nargs, nr, np.max(nr) + 1, code);
        self.bound.insert((f, false), w);
        w
    }

    pub(super) fn iface_bound_wrapper(
        &mut self,
        sym: u32,
        nargs: u16,
        nr: u16,
    ) -> super::opcode::FuncId {
        let mut code = Vec::new();
        for i in (0..nargs).rev() {
            code.push(Op::Move {
                dst: Reg(i + 1),
                src: Reg(i),
            });
        }
        code.push(Op::LoadCapture {
            dst: Reg(0),
            idx: 0,
        });
        code.push(Op::CallIface {
            a: Reg(0),
            method: sym,
        });
        code.push(Op::Return { a: Reg(0), n: nr });
        let name = format!("{}-fm", self.symbols[sym as usize]);
        self.add_synthetic(name, nargs, nr, nargs.max(nr) + 1, code)
    }

    /// `T.M` or `(*T).M` for a method `m` promoted from the embedded field at `path`: a
    /// function that takes a `T` (or `*T`) first, finds the embedded receiver and calls `m`.
    fn promoted_method_expr(
        &mut self,
        recv_ty: TypeId,
        path: &[usize],
        m: crate::types::ObjId,
    ) -> super::opcode::FuncId {
        let f = self.func_id(m);
        let (np, nr) = (
            self.funcs[f.0 as usize].nparams,
            self.funcs[f.0 as usize].nresults,
        );
        let mut code = self.embedded_receiver(recv_ty, path, self.has_ptr_recv(m));
        code.push(Op::Call { a: Reg(0), f });
        code.push(Op::Return { a: Reg(0), n: nr });
        let name = format!("{}.{}", self.type_name(recv_ty), self.info.obj(m).name);
        self.add_synthetic(name, np, nr, np.max(nr) + 1, code)
    }

    /// Code that turns the receiver in r0 (a value or pointer of type `recv_ty`; aggregates as
    /// the address of their words) into the receiver of a method of the field embedded at
    /// `path`: its address for pointer receivers and aggregates, its value otherwise.
    fn embedded_receiver(&self, recv_ty: TypeId, path: &[usize], ptr_recv: bool) -> Vec<Op> {
        let r = Reg(0);
        let mut code = Vec::new();
        let mut cur = match self.types.under(recv_ty) {
            Type::Pointer(e) => *e,
            _ => recv_ty,
        };
        let mut off = 0u32;
        for (i, &idx) in path.iter().enumerate() {
            let (foff, fty) = self.field_offset(cur, idx);
            off += foff;
            let last = i + 1 == path.len();
            match self.types.under(fty).clone() {
                Type::Pointer(e) => {
                    code.push(Op::Load {
                        dst: r,
                        addr: r,
                        off,
                    });
                    off = 0;
                    cur = e;
                    if last && !ptr_recv && !self.is_aggregate(e) {
                        code.push(Op::Load {
                            dst: r,
                            addr: r,
                            off: 0,
                        });
                    }
                }
                _ if !last => cur = fty,
                _ if ptr_recv || self.is_aggregate(fty) => {
                    code.push(Op::AddrOff {
                        dst: r,
                        addr: r,
                        off,
                    });
                }
                _ => code.push(Op::Load {
                    dst: r,
                    addr: r,
                    off,
                }),
            }
        }
        code
    }

    /// `I.m` for an interface type `I` (named or a literal), or `T.m` for a method promoted
    /// from an interface embedded in `T` at `path`: a function whose first parameter is the
    /// receiver, from which it takes the interface value and calls `m` on it (a nil one panics
    /// as a nil dereference). `expr_ty` is the method expression's type (receiver first).
    fn iface_method_expr(
        &mut self,
        x: &Expr,
        path: &[usize],
        name: &str,
        expr_ty: TypeId,
    ) -> super::opcode::FuncId {
        let t = self.type_of(x);
        let sig = self.drop_receiver(expr_ty);
        let sym = self.method_symbol(name, sig);
        let (np, nr) = self.sig_counts(sig);
        let mut code = self.embedded_receiver(t, path, false);
        code.push(Op::CallIface {
            a: Reg(0),
            method: sym,
        });
        code.push(Op::Return { a: Reg(0), n: nr });
        let fname = format!("{}.{name}", self.type_name(t));
        self.add_synthetic(fname, np + 1, nr, (np + 1).max(nr) + 1, code)
    }

    /// The signature `func(P...) R` of a method expression's type `func(recv, P...) R`.
    fn drop_receiver(&mut self, t: TypeId) -> TypeId {
        match self.types.under(t).clone() {
            Type::Func(mut s) if !s.params.is_empty() => {
                s.params.remove(0);
                self.types.intern(Type::Func(s))
            }
            _ => TypeId::INVALID,
        }
    }

    /// (parameters, results) of function type `t`.
    fn sig_counts(&self, t: TypeId) -> (u16, u16) {
        match self.types.under(t) {
            Type::Func(s) => (s.params.len() as u16, s.results.len() as u16),
            _ => (0, 0),
        }
    }

    /// `(*T).M` for a value method M on a scalar T: dereference, then call.
    pub(super) fn deref_adapter(&mut self, f: super::opcode::FuncId) -> super::opcode::FuncId {
        if let Some(&w) = self.bound.get(&(f, true)) {
            return w;
        }
        let (np, nr) = (
            self.funcs[f.0 as usize].nparams,
            self.funcs[f.0 as usize].nresults,
        );
        let code = vec![
            Op::Load {
                dst: Reg(0),
                addr: Reg(0),
                off: 0,
            },
            Op::Call { a: Reg(0), f },
            Op::Return { a: Reg(0), n: nr },
        ];
        let name = self.funcs[f.0 as usize].name.clone();
        let w = self.add_synthetic(name, np, nr, np.max(nr) + 1, code);
        self.bound.insert((f, true), w);
        w
    }
}
