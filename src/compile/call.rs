//! Calls: direct, native, closure and interface-method calls with their argument windows
//! (variadic packing, `f(g())` forwarding), conversions `T(x)`, and the builtin functions.
//!
//! Invariant: a call's argument window starts at the top of the register stack, so the callee's
//! registers never overlap a live register of the caller.

use super::expr::Class;
use super::opcode::{Op, Reg};
use super::Compiler;
use crate::types::{Mode, ObjKind, Selected, SelectionKind, Signature, Type, TypeId};
use grammar::ast::{Expr, ExprKind};

/// What a call expression calls.
enum Callee {
    Direct(super::opcode::FuncId, Option<super::opcode::NativeId>),
    Closure,
    /// A REPL session function, called through its global slot (late bound).
    Global(u32),
    Method(crate::types::ObjId, Vec<usize>),
    Iface(String, Vec<usize>),
}

impl<'a> Compiler<'a> {
    /// A call in single-value (or statement) context.
    pub fn call_expr(&mut self, e: &'a Expr, dst: Option<Reg>) -> Reg {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return self.dst_or_alloc(dst);
        };
        match self.info.type_of(func.id).map(|t| t.mode.clone()) {
            Some(Mode::TypeExpr) => {
                let d = self.dst_or_alloc(dst);
                let t = self.type_of(e);
                if let Some(a) = args.first() {
                    self.conversion(a, t, d);
                }
                return d;
            }
            Some(Mode::Builtin(b)) => return self.builtin(e, b, args, *ellipsis, dst),
            _ => {}
        }
        let target = self.window_slot.take().filter(|&s| dst == Some(s));
        let mark = self.top();
        let base = self.call(e, target);
        self.release(mark);
        match dst {
            Some(d) => {
                if d != base {
                    self.emit(Op::Move { dst: d, src: base });
                }
                d
            }
            None => {
                // The result stays where the call left it; reserve that register (and any
                // temporary below it, such as the closure's: cheaper than a move).
                while self.top() <= base.0 {
                    self.alloc();
                }
                base
            }
        }
    }

    /// Compiles a call whose results are needed as a group; returns the register of the first
    /// result (the results are consecutive, above every live register; callers release them).
    pub fn multi_value(&mut self, e: &'a Expr) -> Reg {
        self.window_slot = None;
        let base = self.call(e, None);
        let n = match self.types.get(self.type_of(e)) {
            Type::Tuple(ts) => ts.len() as u16,
            _ => 1,
        };
        let top = self.top();
        if base.0 + n > top {
            self.alloc_n(base.0 + n - top);
        }
        base
    }

    fn callee(&mut self, func: &'a Expr) -> Callee {
        if let ExprKind::Paren(inner) = &func.kind {
            return self.callee(inner);
        }
        if let Some(sel) = self.info.selections.get(&func.id) {
            if sel.kind == SelectionKind::MethodVal {
                return match &sel.target {
                    Selected::Method(m) => Callee::Method(*m, sel.path.clone()),
                    Selected::IfaceMethod(n) => Callee::Iface(n.clone(), sel.path.clone()),
                    Selected::Field => Callee::Closure,
                };
            }
            return Callee::Closure;
        }
        let ident = match &func.kind {
            ExprKind::Ident(id) => Some(id),
            ExprKind::Selector { sel, .. } => Some(sel),
            _ => None,
        };
        if let Some(id) = ident {
            if let Some(o) = self.info.object_of(id.id) {
                if let ObjKind::Func { recv: None, .. } = self.info.obj(o).kind {
                    if let Some(&g) = self.func_slots.get(&o) {
                        return Callee::Global(g);
                    }
                    let f = self.func_id(o);
                    return Callee::Direct(f, self.funcs[f.0 as usize].native);
                }
            }
        }
        Callee::Closure
    }

    fn signature(&self, t: TypeId) -> Signature {
        match self.types.under(t) {
            Type::Func(s) => s.clone(),
            _ => Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            },
        }
    }

    /// A call's window of `n` registers at the top of the register stack, starting at `target`
    /// when that is the topmost register (see `window_slot`).
    fn window(&mut self, n: u16, target: Option<Reg>) -> Reg {
        match target {
            Some(t) if t.0 + 1 == self.top() => {
                if n > 1 {
                    self.alloc_n(n - 1);
                }
                t
            }
            _ => self.alloc_n(n),
        }
    }

    /// Compiles a function or method call; returns the register of its first result (`target`:
    /// see `window`).
    fn call(&mut self, e: &'a Expr, target: Option<Reg>) -> Reg {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return self.alloc();
        };
        let sig = self.signature(self.type_of(func));
        // The window holds the arguments, then the results (after a receiver for methods).
        let width = sig.params.len().max(sig.results.len()) as u16;
        let callee = self.callee(func);
        self.set_line(e.span);
        match callee {
            Callee::Direct(f, native) => {
                // The generic natives of `slices` and `maps` get the runtime types of their first
                // parameter and first result as two hidden trailing arguments.
                let name = &self.funcs[f.0 as usize].name;
                let generic =
                    native.is_some() && (name.starts_with("slices.") || name.starts_with("maps."));
                let hidden = if generic { 2 } else { 0 };
                let base = self.window(width.max(1) + hidden, target);
                self.args(&sig, args, *ellipsis, base);
                if generic {
                    let np = sig.params.len() as u16;
                    let p0 = sig.params.first().map_or(0, |t| self.rtype(*t).0 as i32);
                    let r0 = sig.results.first().map_or(0, |t| self.rtype(*t).0 as i32);
                    self.emit(Op::LoadInt {
                        dst: Reg(base.0 + np),
                        imm: p0,
                    });
                    self.emit(Op::LoadInt {
                        dst: Reg(base.0 + np + 1),
                        imm: r0,
                    });
                }
                self.set_line(e.span);
                match native {
                    Some(n) => self.emit(Op::CallNative { a: base, n }),
                    None => self.emit(Op::Call { a: base, f }),
                };
                base
            }
            Callee::Closure => {
                // gc reads a call-free function value after the arguments that contain calls
                // (as it does call-free arguments): `f(g())` calls the `f` that g assigned. A
                // temporary read that late sits above the window: the callee's frame may reuse
                // its register once the call has taken the closure. A local variable in a
                // register is used where it is: no argument can assign it, since a variable a
                // function literal could assign lives in a cell, not a register.
                let late = !self.has_call(func) && args.iter().any(|a| self.has_call(a));
                let early = (!late).then(|| self.expr(func, None));
                let base = self.window(width.max(1), target);
                self.args(&sig, args, *ellipsis, base);
                let fr = match early {
                    Some(r) => r,
                    None => self.expr(func, None),
                };
                self.set_line(e.span);
                self.emit(Op::CallClosure { f: fr, a: base });
                base
            }
            Callee::Global(g) => {
                let base = self.window(width.max(1), target);
                self.args(&sig, args, *ellipsis, base);
                self.set_line(e.span);
                self.emit(Op::CallGlobal { a: base, g });
                base
            }
            Callee::Method(m, path) => {
                let ExprKind::Selector { expr: x, .. } = &strip_paren(func).kind else {
                    return self.alloc();
                };
                let base = self.window(width + 1, target);
                let ptr = self.has_ptr_recv(m);
                self.method_receiver(x, &path, ptr, base);
                self.args(&sig, args, *ellipsis, Reg(base.0 + 1));
                let f = self.func_id(m);
                self.set_line(e.span);
                match self.funcs[f.0 as usize].native {
                    Some(n) => self.emit(Op::CallNative { a: base, n }),
                    None => self.emit(Op::Call { a: base, f }),
                };
                base
            }
            Callee::Iface(name, path) => {
                let ExprKind::Selector { expr: x, .. } = &strip_paren(func).kind else {
                    return self.alloc();
                };
                let base = self.window(width + 1, target);
                if path.is_empty() {
                    self.expr_to(x, base);
                } else {
                    let (b, off) = self.field_addr(x, &path);
                    self.emit(Op::Load {
                        dst: base,
                        addr: b,
                        off,
                    });
                }
                self.args(&sig, args, *ellipsis, Reg(base.0 + 1));
                let sig_ty = self.type_of(func);
                let method = self.method_symbol(&name, sig_ty);
                self.set_line(e.span);
                self.emit(Op::CallIface { a: base, method });
                base
            }
        }
    }

    /// Evaluates call arguments into `base..` converted to the parameter types.
    pub fn args(&mut self, sig: &Signature, args: &'a [Expr], ellipsis: bool, base: Reg) {
        let np = sig.params.len();
        // f(g()) with a multi-valued g.
        if args.len() == 1 {
            if let Type::Tuple(ts) = self.types.get(self.type_of(&args[0])).clone() {
                let mark = self.top();
                let src = self.multi_value(&args[0]);
                let fixed = if sig.variadic { np - 1 } else { np };
                for (i, t) in ts.iter().enumerate().take(fixed) {
                    self.convert_reg(
                        Reg(src.0 + i as u16),
                        *t,
                        sig.params[i],
                        Reg(base.0 + i as u16),
                    );
                }
                if sig.variadic {
                    let elem = self.variadic_elem(sig);
                    let rest = ts.len().saturating_sub(fixed) as u16;
                    let tmp = self.alloc_n(rest.max(1));
                    for i in 0..rest as usize {
                        self.convert_reg(
                            Reg(src.0 + (fixed + i) as u16),
                            ts[fixed + i],
                            elem,
                            Reg(tmp.0 + i as u16),
                        );
                        self.unbox_one_word(elem, Reg(tmp.0 + i as u16));
                    }
                    let ew = self.elem_words(elem);
                    self.emit(Op::PackSlice {
                        dst: Reg(base.0 + fixed as u16),
                        a: tmp,
                        n: rest,
                        ew,
                    });
                }
                self.release(mark);
                return;
            }
        }
        let fixed = if sig.variadic && !ellipsis {
            np.saturating_sub(1)
        } else {
            np
        };
        // gc evaluates the operands that contain calls first (left to right) and reads the
        // call-free ones after them (`append(stack, pop())` sees the popped stack).
        let late = args.iter().any(|a| self.has_call(a));
        for pass in [true, false] {
            for (i, a) in args.iter().enumerate().take(fixed) {
                if late && self.has_call(a) != pass {
                    continue;
                }
                if !late && !pass {
                    break;
                }
                let mark = self.top();
                let pt = sig.params.get(i).copied().unwrap_or(TypeId::INVALID);
                let slot = Reg(base.0 + i as u16);
                self.window_slot = (slot.0 + 1 == self.top()).then_some(slot);
                self.expr_as(a, pt, slot);
                self.window_slot = None;
                self.release(mark);
            }
        }
        if sig.variadic && !ellipsis {
            let elem = self.variadic_elem(sig);
            let extra = &args[fixed.min(args.len())..];
            let mark = self.top();
            let tmp = self.alloc_n(extra.len().max(1) as u16);
            for (i, a) in extra.iter().enumerate() {
                let m2 = self.top();
                self.expr_owned(a, elem, Reg(tmp.0 + i as u16));
                self.unbox_one_word(elem, Reg(tmp.0 + i as u16));
                self.release(m2);
            }
            let ew = self.elem_words(elem);
            let dst = Reg(base.0 + fixed as u16);
            if extra.is_empty() {
                self.emit(Op::LoadInt { dst, imm: 0 });
            } else {
                self.emit(Op::PackSlice {
                    dst,
                    a: tmp,
                    n: extra.len() as u16,
                    ew,
                });
            }
            self.release(mark);
        }
    }

    fn variadic_elem(&self, sig: &Signature) -> TypeId {
        match sig.params.last().map(|t| self.types.under(*t)) {
            Some(Type::Slice(e)) => *e,
            _ => TypeId::INVALID,
        }
    }

    /// Moves a value of type `from` in `src` to `dst` converted for assignment to `to`.
    pub fn convert_reg(&mut self, src: Reg, from: TypeId, to: TypeId, dst: Reg) {
        if self.is_iface(to) && !self.is_iface(from) && from != TypeId::UNTYPED_NIL {
            let ty = self.rtype(from);
            if self.is_aggregate(from) {
                let w = self.words(from);
                self.emit(Op::CopyBox { dst, src, words: w });
                self.emit(Op::MakeIface { dst, src: dst, ty });
            } else {
                self.emit(Op::MakeIface { dst, src, ty });
            }
        } else if dst != src {
            self.emit(Op::Move { dst, src });
        }
    }

    /// `T(x)` into `d`.
    pub fn conversion(&mut self, x: &'a Expr, to: TypeId, d: Reg) {
        let from = self.type_of(x);
        if self.is_iface(to) {
            return self.expr_as(x, to, d);
        }
        let (fc, tc) = (self.class(from), self.class(to));
        let under_from = self.types.under(from).clone();
        let under_to = self.types.under(to).clone();
        match (fc, tc) {
            (Class::Int { signed, .. }, Class::Float { f32 }) => {
                self.expr_to(x, d);
                self.emit(if signed {
                    Op::IToF { dst: d, src: d }
                } else {
                    Op::UToF { dst: d, src: d }
                });
                if f32 {
                    self.emit(Op::RoundF32 { dst: d, src: d });
                }
            }
            (Class::Float { .. }, Class::Int { signed, kind }) => {
                self.expr_to(x, d);
                self.emit(if signed {
                    Op::FToI { dst: d, src: d }
                } else {
                    Op::FToU { dst: d, src: d }
                });
                self.trunc(d, kind);
            }
            (Class::Float { .. }, Class::Float { f32 }) => {
                self.expr_to(x, d);
                if f32 {
                    self.emit(Op::RoundF32 { dst: d, src: d });
                }
            }
            (Class::Int { .. }, Class::Int { kind, .. }) => {
                self.expr_to(x, d);
                self.trunc(d, kind);
            }
            (Class::Int { .. }, Class::Str) => {
                self.expr_to(x, d);
                self.emit(Op::RuneToStr { dst: d, src: d });
            }
            (Class::Str, Class::Str) => self.expr_to(x, d),
            (Class::Other, Class::Str) => {
                self.expr_to(x, d);
                if let Type::Slice(e) = under_from {
                    if self.types.basic_kind(e) == Some(crate::types::BasicKind::Int32) {
                        self.emit(Op::RunesToStr { dst: d, src: d });
                    } else {
                        self.emit(Op::BytesToStr { dst: d, src: d });
                    }
                }
            }
            (Class::Other, Class::Other)
                if matches!(under_from, Type::Slice(_)) && !matches!(under_to, Type::Slice(_)) =>
            {
                // spec: "Conversions from slice to array or array pointer".
                let (arr, ptr) = match &under_to {
                    Type::Pointer(p) => (*p, true),
                    _ => (to, false),
                };
                let (len, elem) = match self.types.under(arr) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, TypeId::INVALID),
                };
                let ew = self.elem_words(elem);
                self.expr_to(x, d);
                self.emit(Op::SliceToArray {
                    dst: d,
                    src: d,
                    len: u32::try_from(len).unwrap_or(u32::MAX),
                    ew,
                    ptr,
                });
            }
            (Class::Str, Class::Other) => {
                self.expr_to(x, d);
                if let Type::Slice(e) = under_to {
                    if self.types.basic_kind(e) == Some(crate::types::BasicKind::Int32) {
                        self.emit(Op::StrToRunes { dst: d, src: d });
                    } else {
                        self.emit(Op::StrToBytes { dst: d, src: d });
                    }
                }
            }
            _ => self.expr_to(x, d),
        }
    }
}

fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}
