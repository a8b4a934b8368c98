//! Calls: direct, native, closure and interface-method calls with their argument windows
//! (variadic packing, `f(g())` forwarding), conversions `T(x)`, and the builtin functions.
//!
//! Invariant: a call's argument window starts at the top of the register stack, so the callee's
//! registers never overlap a live register of the caller.

use super::expr::Class;
use super::opcode::{esize, Op, Reg};
use super::Compiler;
use crate::types::{Builtin, Mode, ObjKind, Selected, SelectionKind, Signature, Type, TypeId};
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

    // ---- builtins ----

    fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: bool,
        dst: Option<Reg>,
    ) -> Reg {
        let d = self.dst_or_alloc(dst);
        let mark = self.top();
        let arg_ty = |c: &Self, i: usize| args.get(i).map_or(TypeId::INVALID, |a| c.type_of(a));
        match b {
            Builtin::Len | Builtin::Cap => {
                let Some(a) = args.first() else { return d };
                let t = arg_ty(self, 0);
                let x = self.expr(a, None);
                match (self.types.under(t), b) {
                    (Type::Basic(_), _) => self.emit(Op::StrLen { dst: d, a: x }),
                    (Type::Slice(_), Builtin::Len) => self.emit(Op::SliceLen { dst: d, a: x }),
                    (Type::Slice(_), _) => self.emit(Op::SliceCap { dst: d, a: x }),
                    (Type::Map { .. }, _) => self.emit(Op::MapLen { dst: d, m: x }),
                    (Type::Chan { .. }, Builtin::Len) => self.emit(Op::ChanLen { dst: d, ch: x }),
                    (Type::Chan { .. }, _) => self.emit(Op::ChanCap { dst: d, ch: x }),
                    _ => {
                        self.unsupported(e.span, "len/cap of this type");
                        0
                    }
                };
            }
            Builtin::Append => {
                let st = self.type_of(e);
                let elem = match self.types.under(st) {
                    Type::Slice(el) => *el,
                    _ => TypeId::INVALID,
                };
                let ew = self.elem_words(elem);
                let esize = esize(self.go_size(elem).0, !self.gc_noscan(elem));
                let Some(first) = args.first() else { return d };
                let s = self.alloc();
                // gc reads a call-free slice operand after the calls among the values.
                let late = !self.has_call(first) && args[1..].iter().any(|a| self.has_call(a));
                if late && args.len() == 2 && !ellipsis {
                    let v = self.alloc();
                    self.expr_as(&args[1], elem, v);
                    self.expr_to(first, s);
                    self.emit(Op::Append {
                        dst: s,
                        s,
                        v,
                        ew,
                        esize,
                    });
                    self.emit(Op::Move { dst: d, src: s });
                    self.release(mark.max(d.0 + 1));
                    return d;
                }
                self.expr_to(first, s);
                if ellipsis {
                    if let Some(t) = args.get(1) {
                        let from_str = self.class(self.type_of(t)) == Class::Str;
                        let r = self.expr(t, None);
                        self.emit(Op::AppendSlice {
                            dst: s,
                            s,
                            t: r,
                            ew,
                            from_str,
                            esize,
                        });
                    }
                } else if args.len() == 2 {
                    let v = self.alloc();
                    self.expr_as(&args[1], elem, v);
                    self.emit(Op::Append {
                        dst: s,
                        s,
                        v,
                        ew,
                        esize,
                    });
                } else if args.len() > 2 {
                    // Several values grow the slice once, as Go does: pack them, then append.
                    let n = (args.len() - 1) as u16;
                    let tmp = self.alloc_n(n);
                    for (i, a) in args[1..].iter().enumerate() {
                        let m2 = self.top();
                        self.expr_owned(a, elem, Reg(tmp.0 + i as u16));
                        self.release(m2);
                    }
                    let packed = self.alloc();
                    self.emit(Op::PackSlice {
                        dst: packed,
                        a: tmp,
                        n,
                        ew,
                    });
                    self.emit(Op::AppendSlice {
                        dst: s,
                        s,
                        t: packed,
                        ew,
                        from_str: false,
                        esize,
                    });
                }
                self.emit(Op::Move { dst: d, src: s });
            }
            Builtin::Copy => {
                if args.len() == 2 {
                    let dt = arg_ty(self, 0);
                    let ew = match self.types.under(dt) {
                        Type::Slice(el) => self.elem_words(*el),
                        _ => 1,
                    };
                    let from_str = self.class(arg_ty(self, 1)) == Class::Str;
                    let a = self.expr(&args[0], None);
                    let bb = self.expr(&args[1], None);
                    self.emit(Op::CopySlice {
                        dst: d,
                        a,
                        b: bb,
                        ew,
                        from_str,
                    });
                }
            }
            Builtin::Delete => {
                if args.len() == 2 {
                    let key = match self.types.under(arg_ty(self, 0)) {
                        Type::Map { key, .. } => *key,
                        _ => TypeId::INVALID,
                    };
                    let m = self.expr(&args[0], None);
                    let k = self.alloc();
                    self.expr_as(&args[1], key, k);
                    self.emit(Op::MapDelete { m, k });
                }
            }
            Builtin::Make => {
                let t = self.type_of(e);
                match self.types.under(t).clone() {
                    Type::Slice(el) => {
                        let ew = self.elem_words(el);
                        let a = self.alloc_n(2);
                        if let Some(l) = args.get(1) {
                            self.expr_to(l, a);
                        }
                        match args.get(2) {
                            Some(c) => self.expr_to(c, Reg(a.0 + 1)),
                            None => {
                                self.emit(Op::Move {
                                    dst: Reg(a.0 + 1),
                                    src: a,
                                });
                            }
                        }
                        let layout = self.gc_layout(el);
                        self.emit(Op::MakeSlice {
                            dst: d,
                            a,
                            ew,
                            layout,
                        });
                    }
                    Type::Map { .. } => {
                        let ty = self.rtype(t);
                        self.emit(Op::MakeMap { dst: d, ty });
                    }
                    Type::Chan { elem, .. } => {
                        let a = self.alloc();
                        match args.get(1) {
                            Some(n) => self.expr_to(n, a),
                            None => self.load_int(a, 0),
                        }
                        let ty = self.rtype(elem);
                        self.emit(Op::MakeChan { dst: d, a, ty });
                    }
                    _ => self.unsupported(e.span, "make of this type"),
                }
            }
            Builtin::New => {
                let t = match self.types.under(self.type_of(e)) {
                    Type::Pointer(p) => *p,
                    _ => TypeId::INVALID,
                };
                self.emit_box(d, t);
            }
            Builtin::Panic => {
                if let Some(a) = args.first() {
                    let any = self.info.empty_interface;
                    self.expr_as(a, any, d);
                    self.emit(Op::Panic { src: d });
                }
            }
            Builtin::Recover => {
                self.emit(Op::Recover { dst: d });
            }
            Builtin::Print | Builtin::Println => {
                let any = self.info.empty_interface;
                let base = self.alloc_n(args.len() as u16 + 1);
                self.emit(Op::LoadInt {
                    dst: base,
                    imm: args.len() as i32,
                });
                for (i, a) in args.iter().enumerate() {
                    self.expr_as(a, any, Reg(base.0 + 1 + i as u16));
                }
                let name = if b == Builtin::Print {
                    "builtin.print"
                } else {
                    "builtin.println"
                };
                let n = self.native_id(name);
                self.emit(Op::CallNative { a: base, n });
            }
            Builtin::Min | Builtin::Max => self.min_max(e, b == Builtin::Min, args, d),
            Builtin::Clear => {
                if let Some(a) = args.first() {
                    let t = arg_ty(self, 0);
                    let x = self.expr(a, None);
                    match self.types.under(t) {
                        Type::Map { .. } => {
                            self.emit(Op::MapClear { m: x });
                        }
                        Type::Slice(el) => {
                            let ew = self.elem_words(*el);
                            self.emit(Op::ClearSlice { s: x, ew });
                        }
                        _ => {}
                    }
                }
            }
            Builtin::Close => {
                let ch = self.expr(&args[0], None);
                self.emit(Op::ChanClose { ch });
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(e.span, "complex numbers");
            }
        }
        self.release(mark.max(d.0 + 1));
        d
    }

    fn min_max(&mut self, e: &'a Expr, is_min: bool, args: &'a [Expr], d: Reg) {
        let t = self.type_of(e);
        let class = self.class(t);
        if matches!(class, Class::Float { .. }) {
            let base = self.alloc_n(args.len() as u16 + 1);
            self.emit(Op::LoadInt {
                dst: base,
                imm: args.len() as i32,
            });
            for (i, a) in args.iter().enumerate() {
                self.expr_to(a, Reg(base.0 + 1 + i as u16));
            }
            let n = self.native_id(if is_min {
                "builtin.minf"
            } else {
                "builtin.maxf"
            });
            self.emit(Op::CallNative { a: base, n });
            self.emit(Op::Move { dst: d, src: base });
            return;
        }
        let Some(first) = args.first() else { return };
        let acc = self.alloc();
        self.expr_to(first, acc);
        for a in &args[1..] {
            let m = self.top();
            let v = self.expr(a, None);
            let c = self.alloc();
            // acc := v if v < acc (min) / acc < v (max)
            let (x, y) = if is_min { (v, acc) } else { (acc, v) };
            let cmp = match class {
                Class::Str => Op::LtS { dst: c, a: x, b: y },
                Class::Int { signed: false, .. } => Op::LtU { dst: c, a: x, b: y },
                _ => Op::LtI { dst: c, a: x, b: y },
            };
            self.emit(cmp);
            let j = self.emit(Op::JumpIfNot { c, target: 0 });
            self.emit(Op::Move { dst: acc, src: v });
            self.f().b.patch_here(j);
            self.release(m);
        }
        self.emit(Op::Move { dst: d, src: acc });
    }
}

fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}
