//! Expressions: constants, variables, operators, selectors, indexing, slicing, composite literals,
//! conversions and interface boxing. Calls and builtins are in `call.rs`.
//!
//! `expr(e, dst)` leaves the value in `dst` when given, else in any register (possibly a
//! variable's own). An aggregate result may be a *place* (the address of words someone else owns);
//! `expr_owned` makes a private copy when the value is not fresh.

use super::opcode::{IntKind, Op, Reg, SliceOf};
use super::Compiler;
use crate::types::{BasicKind, ConstValue, Mode, ObjKind, Selected, SelectionKind, Type, TypeId};
use grammar::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use num_traits::ToPrimitive;

/// How arithmetic treats a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Int { signed: bool, kind: Option<IntKind> },
    Float { f32: bool },
    Str,
    Bool,
    Other,
}

impl<'a> Compiler<'a> {
    pub fn class(&self, t: TypeId) -> Class {
        use BasicKind::*;
        match self.types.basic_kind(t) {
            Some(Int | Int64 | UntypedInt | UntypedRune) => Class::Int { signed: true, kind: None },
            Some(Int8) => Class::Int { signed: true, kind: Some(IntKind::I8) },
            Some(Int16) => Class::Int { signed: true, kind: Some(IntKind::I16) },
            Some(Int32) => Class::Int { signed: true, kind: Some(IntKind::I32) },
            Some(Uint | Uint64 | Uintptr) => Class::Int { signed: false, kind: None },
            Some(Uint8) => Class::Int { signed: false, kind: Some(IntKind::U8) },
            Some(Uint16) => Class::Int { signed: false, kind: Some(IntKind::U16) },
            Some(Uint32) => Class::Int { signed: false, kind: Some(IntKind::U32) },
            Some(Float32) => Class::Float { f32: true },
            Some(Float64 | UntypedFloat) => Class::Float { f32: false },
            Some(String | UntypedString) => Class::Str,
            Some(Bool | UntypedBool) => Class::Bool,
            _ => Class::Other,
        }
    }

    pub fn dst_or_alloc(&mut self, dst: Option<Reg>) -> Reg {
        dst.unwrap_or_else(|| self.alloc())
    }

    /// Compiles `e` into `dst` exactly.
    pub fn expr_to(&mut self, e: &'a Expr, dst: Reg) {
        let r = self.expr(e, Some(dst));
        if r != dst {
            self.emit(Op::Move { dst, src: r });
        }
    }

    /// Compiles `e` converted to `target` (boxing into an interface when needed) into `dst`.
    pub fn expr_as(&mut self, e: &'a Expr, target: TypeId, dst: Reg) {
        let src_ty = self.type_of(e);
        if self.is_iface(target) && !self.is_iface(src_ty) && src_ty != TypeId::UNTYPED_NIL && src_ty != TypeId::INVALID {
            self.expr_owned(e, src_ty, dst);
            let rt = self.rtype(src_ty);
            self.emit(Op::MakeIface { dst, src: dst, ty: rt });
        } else {
            self.expr_to(e, dst);
        }
    }

    /// Like `expr_as`, and an aggregate result is a private copy.
    pub fn expr_owned(&mut self, e: &'a Expr, target: TypeId, dst: Reg) {
        let src_ty = self.type_of(e);
        if self.is_iface(target) && !self.is_iface(src_ty) {
            return self.expr_as(e, target, dst);
        }
        self.expr_to(e, dst);
        if self.is_aggregate(src_ty) && !self.is_fresh(e) {
            let w = self.words(src_ty);
            self.emit(Op::CopyBox { dst, src: dst, words: w });
        }
    }

    /// Does evaluating `e` produce a new aggregate nobody else references?
    pub fn is_fresh(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::CompositeLit { .. } => true,
            ExprKind::Paren(x) => self.is_fresh(x),
            ExprKind::Call { func, args, .. } => match self.info.type_of(func.id).map(|t| &t.mode) {
                Some(Mode::TypeExpr) => args.first().is_some_and(|a| self.is_fresh(a)),
                _ => true,
            },
            _ => false,
        }
    }

    pub fn expr(&mut self, e: &'a Expr, dst: Option<Reg>) -> Reg {
        self.set_line(e.span);
        if let Some(tv) = self.info.type_of(e.id) {
            if let Mode::Const(v) = &tv.mode {
                let (v, t) = (v.clone(), tv.typ);
                let d = self.dst_or_alloc(dst);
                self.load_const(&v, t, d);
                return d;
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x, dst),
            ExprKind::Ident(id) => self.ident(e, id, dst),
            ExprKind::FuncLit { sig, body } => {
                let d = self.dst_or_alloc(dst);
                self.func_lit(e, sig, body, d);
                d
            }
            ExprKind::CompositeLit { elems, .. } => {
                let d = self.dst_or_alloc(dst);
                self.composite(e, elems, d);
                d
            }
            ExprKind::Selector { expr, sel } => self.selector(e, expr, sel, dst),
            ExprKind::Index { expr, indices } => self.index(e, expr, indices, dst),
            ExprKind::Slice { expr, lo, hi, max, .. } => self.slice_expr(expr, [lo, hi, max], dst),
            ExprKind::TypeAssert { expr, typ: Some(_) } => {
                let d = self.dst_or_alloc(dst);
                self.type_assert(e, expr, d, false);
                d
            }
            ExprKind::Call { .. } => self.call_expr(e, dst),
            ExprKind::Unary { op, expr } => self.unary(e, *op, expr, dst),
            ExprKind::Binary { op, lhs, rhs } => self.binary(e, *op, lhs, rhs, dst),
            _ => {
                self.unsupported(e.span, "this expression");
                self.dst_or_alloc(dst)
            }
        }
    }

    pub fn load_const(&mut self, v: &ConstValue, t: TypeId, d: Reg) {
        let word: u64 = match (v, self.class(t)) {
            (ConstValue::Bool(b), _) => *b as u64,
            (ConstValue::String(s), _) => {
                if s.is_empty() {
                    0
                } else {
                    let k = self.constant(super::program::Const::Str(s.clone()));
                    self.emit(Op::LoadConst { dst: d, k });
                    return;
                }
            }
            (ConstValue::Int(i), Class::Float { f32 }) => float_word(i.to_f64().unwrap_or(0.0), f32),
            (ConstValue::Float(r), Class::Float { f32 }) => float_word(rat_to_f64(r), f32),
            (ConstValue::Int(i), _) => i.to_i64().or_else(|| i.to_u64().map(|u| u as i64)).unwrap_or(0) as u64,
            (ConstValue::Float(r), Class::Int { .. }) => rat_to_f64(r) as i64 as u64,
            (ConstValue::Float(r), _) => rat_to_f64(r).to_bits(),
        };
        let iface = self.is_iface(t);
        if let Ok(imm) = i32::try_from(word as i64) {
            self.emit(Op::LoadInt { dst: d, imm });
        } else {
            let k = self.constant(super::program::Const::Word(word));
            self.emit(Op::LoadConst { dst: d, k });
        }
        let _ = iface;
    }

    fn ident(&mut self, e: &'a Expr, id: &grammar::ast::Ident, dst: Option<Reg>) -> Reg {
        let Some(o) = self.info.object_of(id.id) else {
            return self.dst_or_alloc(dst);
        };
        let obj = self.info.obj(o);
        let (kind, ty) = (obj.kind.clone(), obj.typ);
        match kind {
            ObjKind::Var { .. } => match self.var_loc(o) {
                Some(loc) => self.load_loc(loc, ty, dst),
                None => {
                    self.unsupported(e.span, &format!("variable {} here", id.name));
                    self.dst_or_alloc(dst)
                }
            },
            ObjKind::Func { .. } => {
                let f = self.func_id(o);
                let d = self.dst_or_alloc(dst);
                self.emit(Op::LoadFunc { dst: d, f });
                d
            }
            _ => {
                let d = self.dst_or_alloc(dst);
                self.emit(Op::LoadInt { dst: d, imm: 0 });
                d
            }
        }
    }

    // ---- operators ----

    fn unary(&mut self, e: &'a Expr, op: UnaryOp, x: &'a Expr, dst: Option<Reg>) -> Reg {
        let t = self.type_of(e);
        match op {
            UnaryOp::Addr => {
                let d = self.dst_or_alloc(dst);
                self.address_of(x, d);
                d
            }
            UnaryOp::Deref => {
                let p = self.expr(x, None);
                let d = self.dst_or_alloc(dst);
                if self.is_aggregate(t) {
                    self.emit(Op::NilCheck { addr: p });
                    if d != p {
                        self.emit(Op::Move { dst: d, src: p });
                    }
                } else {
                    self.emit(Op::Load { dst: d, addr: p, off: 0 });
                }
                d
            }
            UnaryOp::Recv => {
                self.unsupported(e.span, "channel receive (goroutines are coming in the runtime issue)");
                self.dst_or_alloc(dst)
            }
            _ => {
                let a = self.expr(x, None);
                let d = self.dst_or_alloc(dst);
                match (op, self.class(t)) {
                    (UnaryOp::Plus, _) => {
                        if d != a {
                            self.emit(Op::Move { dst: d, src: a });
                        }
                    }
                    (UnaryOp::Not, _) => {
                        self.emit(Op::Not { dst: d, a });
                    }
                    (UnaryOp::Neg, Class::Float { .. }) => {
                        self.emit(Op::NegF { dst: d, a });
                    }
                    (UnaryOp::Neg, Class::Int { kind, .. }) => {
                        self.emit(Op::NegI { dst: d, a });
                        self.trunc(d, kind);
                    }
                    (UnaryOp::Xor, Class::Int { kind, .. }) => {
                        self.emit(Op::BitNot { dst: d, a });
                        self.trunc(d, kind);
                    }
                    _ => self.unsupported(e.span, "this operator"),
                }
                d
            }
        }
    }

    pub fn trunc(&mut self, d: Reg, kind: Option<IntKind>) {
        if let Some(kind) = kind {
            self.emit(Op::Trunc { dst: d, src: d, kind });
        }
    }

    fn binary(&mut self, e: &'a Expr, op: BinaryOp, l: &'a Expr, r: &'a Expr, dst: Option<Reg>) -> Reg {
        if matches!(op, BinaryOp::LAnd | BinaryOp::LOr) {
            let d = self.dst_or_alloc(dst);
            self.expr_to(l, d);
            let j = if op == BinaryOp::LAnd {
                self.emit(Op::JumpIfNot { c: d, target: 0 })
            } else {
                self.emit(Op::JumpIf { c: d, target: 0 })
            };
            self.expr_to(r, d);
            self.f().b.patch_here(j);
            return d;
        }
        let lt = self.type_of(l);
        let rt = self.type_of(r);
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge) {
            return self.compare(op, l, r, lt, rt, dst);
        }
        let t = self.type_of(e);
        let mark = self.top();
        let a = self.expr(l, None);
        let b = self.expr(r, None);
        self.release(mark);
        let d = self.dst_or_alloc(dst);
        use BinaryOp::*;
        match self.class(t) {
            Class::Str => {
                self.emit(Op::Concat { dst: d, a, b });
            }
            Class::Float { f32 } => {
                let op = match op {
                    Add => Op::AddF { dst: d, a, b },
                    Sub => Op::SubF { dst: d, a, b },
                    Mul => Op::MulF { dst: d, a, b },
                    _ => Op::DivF { dst: d, a, b },
                };
                self.emit(op);
                if f32 {
                    self.emit(Op::RoundF32 { dst: d, src: d });
                }
            }
            Class::Int { signed, kind } => {
                let signed_count = matches!(self.class(rt), Class::Int { signed: true, .. });
                let op = match op {
                    Add => Op::AddI { dst: d, a, b },
                    Sub => Op::SubI { dst: d, a, b },
                    Mul => Op::MulI { dst: d, a, b },
                    Div if signed => Op::DivI { dst: d, a, b },
                    Div => Op::DivU { dst: d, a, b },
                    Rem if signed => Op::RemI { dst: d, a, b },
                    Rem => Op::RemU { dst: d, a, b },
                    And => Op::And { dst: d, a, b },
                    Or => Op::Or { dst: d, a, b },
                    Xor => Op::Xor { dst: d, a, b },
                    AndNot => Op::AndNot { dst: d, a, b },
                    Shl => Op::Shl { dst: d, a, b, signed_count },
                    Shr if signed => Op::ShrI { dst: d, a, b, signed_count },
                    Shr => Op::ShrU { dst: d, a, b, signed_count },
                    _ => Op::Nop,
                };
                self.emit(op);
                // Division of the most negative sized value by -1 and every other operation may
                // leave the sized range: normalize.
                self.trunc(d, kind);
            }
            _ => self.unsupported(e.span, "this operator on these operands"),
        }
        d
    }

    fn compare(&mut self, op: BinaryOp, l: &'a Expr, r: &'a Expr, lt: TypeId, rt: TypeId, dst: Option<Reg>) -> Reg {
        // Mixed interface/concrete comparison converts the concrete side (spec: "Comparison operators").
        let (ct, conv_l, conv_r) = if self.is_iface(lt) && !self.is_iface(rt) && rt != TypeId::UNTYPED_NIL {
            (lt, false, true)
        } else if self.is_iface(rt) && !self.is_iface(lt) && lt != TypeId::UNTYPED_NIL {
            (rt, true, false)
        } else if lt == TypeId::UNTYPED_NIL {
            (rt, false, false)
        } else {
            (lt, false, false)
        };
        let mark = self.top();
        let a = if conv_l {
            let a = self.alloc();
            self.expr_as(l, ct, a);
            a
        } else {
            self.expr(l, None)
        };
        let b = if conv_r {
            let b = self.alloc();
            self.expr_as(r, ct, b);
            b
        } else {
            self.expr(r, None)
        };
        self.release(mark);
        let d = self.dst_or_alloc(dst);
        let (a, b, op) = match op {
            BinaryOp::Gt => (b, a, BinaryOp::Lt),
            BinaryOp::Ge => (b, a, BinaryOp::Le),
            o => (a, b, o),
        };
        let nil_cmp = lt == TypeId::UNTYPED_NIL || rt == TypeId::UNTYPED_NIL;
        let class = self.class(ct);
        let instr = match (class, op) {
            (Class::Float { .. }, BinaryOp::Eq) => Op::EqF { dst: d, a, b },
            (Class::Float { .. }, BinaryOp::Ne) => Op::NeF { dst: d, a, b },
            (Class::Float { .. }, BinaryOp::Lt) => Op::LtF { dst: d, a, b },
            (Class::Float { .. }, _) => Op::LeF { dst: d, a, b },
            (Class::Str, BinaryOp::Eq | BinaryOp::Ne) => Op::EqS { dst: d, a, b },
            (Class::Str, BinaryOp::Lt) => Op::LtS { dst: d, a, b },
            (Class::Str, _) => Op::LeS { dst: d, a, b },
            (Class::Int { signed: true, .. }, BinaryOp::Lt) => Op::LtI { dst: d, a, b },
            (Class::Int { signed: true, .. }, BinaryOp::Le) => Op::LeI { dst: d, a, b },
            (Class::Int { signed: false, .. }, BinaryOp::Lt) => Op::LtU { dst: d, a, b },
            (Class::Int { signed: false, .. }, BinaryOp::Le) => Op::LeU { dst: d, a, b },
            (_, BinaryOp::Ne) if nil_cmp || !self.needs_deep_eq(ct) => Op::NeW { dst: d, a, b },
            (_, _) if nil_cmp || !self.needs_deep_eq(ct) => Op::EqW { dst: d, a, b },
            _ => {
                let ty = self.rtype(ct);
                Op::EqV { dst: d, a, b, ty }
            }
        };
        self.emit(instr);
        if op == BinaryOp::Ne && matches!(instr, Op::EqS { .. } | Op::EqV { .. }) {
            self.emit(Op::Not { dst: d, a: d });
        }
        d
    }

    fn needs_deep_eq(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Struct(_) | Type::Array { .. } | Type::Interface(_))
    }

    // ---- selectors ----

    fn selector(&mut self, e: &'a Expr, x: &'a Expr, sel: &grammar::ast::Ident, dst: Option<Reg>) -> Reg {
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
                    self.emit(Op::AddrOff { dst: d, addr: base, off });
                } else {
                    self.emit(Op::Load { dst: d, addr: base, off });
                }
                d
            }
            (SelectionKind::MethodVal, target) => {
                let d = self.dst_or_alloc(dst);
                let sig = self.type_of(e);
                self.method_value(x, &selection.path, target.clone(), d, sig);
                d
            }
            (SelectionKind::MethodExpr, Selected::Method(m)) => {
                let f = self.func_id(*m);
                let recv_ty = self.type_of(x);
                let d = self.dst_or_alloc(dst);
                let fid = if matches!(self.types.get(recv_ty), Type::Pointer(_)) && !self.has_ptr_recv(*m) && !self.is_aggregate_ptr(recv_ty) {
                    self.deref_adapter(f)
                } else {
                    f
                };
                self.emit(Op::LoadFunc { dst: d, f: fid });
                d
            }
            _ => {
                self.unsupported(e.span, "method expressions on interface types");
                self.dst_or_alloc(dst)
            }
        }
    }

    fn is_aggregate_ptr(&self, t: TypeId) -> bool {
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
                    self.emit(Op::Load { dst: r, addr: base, off });
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
                self.emit(Op::Load { dst, addr: p, off: 0 });
            } else {
                self.expr_to(x, dst);
            }
            return;
        }
        let mark = self.top();
        let mut full = path.to_vec();
        let last = full.pop();
        let (mut base, mut off) = if full.is_empty() { (self.expr(x, None), 0) } else { self.field_addr(x, &full) };
        // Type of the struct holding the last embedded field.
        let mut holder = match self.types.under(xt) {
            Type::Pointer(e) => *e,
            _ => xt,
        };
        for &i in &full {
            let (_, t) = self.field_offset(holder, i);
            holder = match self.types.under(t) {
                Type::Pointer(e) => *e,
                _ => t,
            };
        }
        if let Some(i) = last {
            let (foff, fty) = self.field_offset(holder, i);
            off += foff;
            match self.types.get(fty).clone() {
                Type::Pointer(_) => {
                    self.emit(Op::Load { dst, addr: base, off });
                }
                _ if self.is_aggregate(fty) || ptr_recv => {
                    self.emit(Op::AddrOff { dst, addr: base, off });
                }
                _ => {
                    self.emit(Op::Load { dst, addr: base, off });
                }
            }
            base = dst;
            off = 0;
        }
        let _ = (base, off);
        self.release(mark.max(dst.0 + 1));
    }

    fn method_value(&mut self, x: &'a Expr, path: &[usize], target: Selected, d: Reg, sig_ty: TypeId) {
        let mark = self.top();
        let recv = self.alloc();
        match target {
            Selected::Method(m) => {
                let ptr = self.has_ptr_recv(m);
                self.method_receiver(x, path, ptr, recv);
                let recv_ty = self.info.obj(m).typ;
                let _ = recv_ty;
                // A value receiver is copied when the method value is evaluated (spec: "Method values").
                if !ptr {
                    if let Some(t) = self.method_recv_type(m) {
                        if self.is_aggregate(t) {
                            let w = self.words(t);
                            self.emit(Op::CopyBox { dst: recv, src: recv, words: w });
                        }
                    }
                }
                let f = self.func_id(m);
                let w = self.bound_wrapper(f, false);
                self.emit(Op::MakeClosure { dst: d, f: w, a: recv, n: 1 });
            }
            Selected::IfaceMethod(name) => {
                self.expr_to(x, recv);
                self.emit(Op::NilCheck { addr: recv });
                let sym = self.method_symbol(&name, sig_ty);
                let sig = self.type_of_sel_sig(x, &name);
                let w = self.iface_bound_wrapper(sym, sig.0, sig.1);
                self.emit(Op::MakeClosure { dst: d, f: w, a: recv, n: 1 });
            }
            Selected::Field => {}
        }
        self.release(mark.max(d.0 + 1));
    }

    pub fn method_recv_type(&self, m: crate::types::ObjId) -> Option<TypeId> {
        match self.info.obj(m).kind {
            ObjKind::Func { recv: Some((t, _)), .. } => Some(t),
            _ => None,
        }
    }

    fn type_of_sel_sig(&self, x: &Expr, name: &str) -> (u16, u16) {
        let t = self.type_of(x);
        if let Type::Interface(ms) = self.types.under(t) {
            if let Some(m) = ms.iter().find(|m| m.name == name) {
                if let Type::Func(s) = self.types.under(m.sig) {
                    return (s.params.len() as u16, s.results.len() as u16);
                }
            }
        }
        (0, 0)
    }

    /// A function that, called as a closure capturing a receiver, calls `f` with that receiver first.
    fn bound_wrapper(&mut self, f: super::opcode::FuncId, _iface: bool) -> super::opcode::FuncId {
        if let Some(&w) = self.bound.get(&(f, false)) {
            return w;
        }
        let (np, nr) = (self.funcs[f.0 as usize].nparams, self.funcs[f.0 as usize].nresults);
        let nargs = np.saturating_sub(1);
        let mut code = Vec::new();
        for i in (0..nargs).rev() {
            code.push(Op::Move { dst: Reg(i + 1), src: Reg(i) });
        }
        code.push(Op::LoadCapture { dst: Reg(0), idx: 0 });
        code.push(Op::Call { a: Reg(0), f });
        code.push(Op::Return { a: Reg(0), n: nr });
        let name = format!("{}-fm", self.funcs[f.0 as usize].name);
        let w = self.add_synthetic(name, nargs, nr, np.max(nr) + 1, code);
        self.bound.insert((f, false), w);
        w
    }

    fn iface_bound_wrapper(&mut self, sym: u32, nargs: u16, nr: u16) -> super::opcode::FuncId {
        let mut code = Vec::new();
        for i in (0..nargs).rev() {
            code.push(Op::Move { dst: Reg(i + 1), src: Reg(i) });
        }
        code.push(Op::LoadCapture { dst: Reg(0), idx: 0 });
        code.push(Op::CallIface { a: Reg(0), method: sym });
        code.push(Op::Return { a: Reg(0), n: nr });
        let name = format!("{}-fm", self.symbols[sym as usize]);
        self.add_synthetic(name, nargs, nr, nargs.max(nr) + 1, code)
    }

    /// `(*T).M` for a value method M on a scalar T: dereference, then call.
    fn deref_adapter(&mut self, f: super::opcode::FuncId) -> super::opcode::FuncId {
        if let Some(&w) = self.bound.get(&(f, true)) {
            return w;
        }
        let (np, nr) = (self.funcs[f.0 as usize].nparams, self.funcs[f.0 as usize].nresults);
        let code = vec![Op::Load { dst: Reg(0), addr: Reg(0), off: 0 }, Op::Call { a: Reg(0), f }, Op::Return { a: Reg(0), n: nr }];
        let name = self.funcs[f.0 as usize].name.clone();
        let w = self.add_synthetic(name, np, nr, np.max(nr) + 1, code);
        self.bound.insert((f, true), w);
        w
    }

    // ---- addresses ----

    /// `&x` into `dst`.
    pub fn address_of(&mut self, x: &'a Expr, dst: Reg) {
        match &x.kind {
            ExprKind::Paren(i) => self.address_of(i, dst),
            ExprKind::Ident(id) => {
                if let Some(o) = self.info.object_of(id.id) {
                    let ty = self.info.obj(o).typ;
                    if let Some(loc) = self.var_loc(o) {
                        self.addr_of_loc(loc, ty, dst);
                        return;
                    }
                }
                self.unsupported(x.span, "taking this address");
            }
            ExprKind::CompositeLit { elems, .. } => self.composite(x, elems, dst),
            ExprKind::Selector { expr, .. } => {
                let Some(sel) = self.info.selections.get(&x.id).cloned() else {
                    if let ExprKind::Selector { sel, .. } = &x.kind {
                        if let Some(o) = self.info.uses.get(&sel.id) {
                            if let Some(&g) = self.globals.get(o) {
                                let ty = self.info.obj(*o).typ;
                                self.addr_of_loc(super::VarLoc::Global(g), ty, dst);
                                return;
                            }
                        }
                    }
                    self.unsupported(x.span, "taking this address");
                    return;
                };
                let mark = self.top();
                let (base, off) = self.field_addr(expr, &sel.path);
                self.emit(Op::AddrOff { dst, addr: base, off });
                self.release(mark.max(dst.0 + 1));
            }
            ExprKind::Index { expr, indices } if indices.len() == 1 => {
                let xt = self.type_of(expr);
                let et = self.type_of(x);
                let ew = self.words(et) as u16;
                let mark = self.top();
                match self.types.under(xt).clone() {
                    Type::Slice(_) => {
                        let s = self.expr(expr, None);
                        let i = self.expr(&indices[0], None);
                        self.emit(Op::ElemAddr { dst, s, i, ew });
                    }
                    Type::Array { len, .. } => {
                        let arr = self.expr(expr, None);
                        let i = self.expr(&indices[0], None);
                        let len = self.len_reg(len as u64);
                        self.emit(Op::ArrayElemAddr { dst, arr, i, ew, len });
                    }
                    Type::Pointer(p) => {
                        let len = match self.types.under(p) {
                            Type::Array { len, .. } => *len,
                            _ => 0,
                        };
                        let arr = self.expr(expr, None);
                        let i = self.expr(&indices[0], None);
                        let len = self.len_reg(len as u64);
                        self.emit(Op::ArrayElemAddr { dst, arr, i, ew, len });
                    }
                    _ => self.unsupported(x.span, "taking this address"),
                }
                self.release(mark.max(dst.0 + 1));
            }
            ExprKind::Unary { op: UnaryOp::Deref, expr } => {
                self.expr_to(expr, dst);
                self.emit(Op::NilCheck { addr: dst });
            }
            _ => self.unsupported(x.span, "taking this address"),
        }
    }

    // ---- indexing and slicing ----

    fn index(&mut self, e: &'a Expr, x: &'a Expr, indices: &'a [Expr], dst: Option<Reg>) -> Reg {
        let xt = self.type_of(x);
        let t = self.type_of(e);
        let Some(ix) = indices.first() else { return self.dst_or_alloc(dst) };
        let mark = self.top();
        match self.types.under(xt).clone() {
            Type::Basic(_) => {
                let s = self.expr(x, None);
                let i = self.expr(ix, None);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                self.emit(Op::StrIndex { dst: d, s, i });
                d
            }
            Type::Slice(_) => {
                let s = self.expr(x, None);
                let i = self.expr(ix, None);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                if self.is_aggregate(t) {
                    let ew = self.words(t) as u16;
                    self.emit(Op::ElemAddr { dst: d, s, i, ew });
                } else {
                    self.emit(Op::LoadElem { dst: d, s, i });
                }
                d
            }
            Type::Map { key, .. } => {
                let m = self.expr(x, None);
                let k = self.alloc();
                self.expr_as(ix, key, k);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                let ty = self.rtype(xt);
                self.emit(Op::MapGet { dst: d, m, k, ty, comma_ok: false });
                d
            }
            Type::Array { .. } | Type::Pointer(_) => {
                let a = self.alloc();
                self.address_of_index(x, ix, xt, t, a);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                if self.is_aggregate(t) {
                    if d != a {
                        self.emit(Op::Move { dst: d, src: a });
                    }
                } else {
                    self.emit(Op::Load { dst: d, addr: a, off: 0 });
                }
                d
            }
            _ => {
                self.unsupported(e.span, "generic instantiation");
                self.dst_or_alloc(dst)
            }
        }
    }

    fn address_of_index(&mut self, x: &'a Expr, ix: &'a Expr, xt: TypeId, et: TypeId, dst: Reg) {
        let ew = self.words(et) as u16;
        let len = match self.types.under(xt) {
            Type::Array { len, .. } => *len,
            Type::Pointer(p) => match self.types.under(*p) {
                Type::Array { len, .. } => *len,
                _ => 0,
            },
            _ => 0,
        };
        let arr = self.expr(x, None);
        if let Some(Mode::Const(ConstValue::Int(c))) = self.info.type_of(ix.id).map(|t| &t.mode) {
            if let Some(c) = c.to_u32() {
                self.emit(Op::AddrOff { dst, addr: arr, off: c * ew as u32 });
                return;
            }
        }
        let i = self.expr(ix, None);
        let len = self.len_reg(len as u64);
                        self.emit(Op::ArrayElemAddr { dst, arr, i, ew, len });
    }

    fn slice_expr(&mut self, x: &'a Expr, bounds: [&'a Option<Box<Expr>>; 3], dst: Option<Reg>) -> Reg {
        let xt = self.type_of(x);
        let mark = self.top();
        let mut arr_len = 0u64;
        let of = match self.types.under(xt).clone() {
            Type::Basic(_) => SliceOf::String,
            Type::Slice(e) => SliceOf::Slice { ew: self.words(e) as u16 },
            Type::Array { len, elem } => {
                arr_len = len;
                SliceOf::Array { ew: self.words(elem) as u16 }
            }
            Type::Pointer(p) => match self.types.under(p).clone() {
                Type::Array { len, elem } => {
                    arr_len = len;
                    SliceOf::Array { ew: self.words(elem) as u16 }
                }
                _ => SliceOf::String,
            },
            _ => SliceOf::String,
        };
        let base = self.expr(x, None);
        let a = self.alloc_n(4);
        if matches!(of, SliceOf::Array { .. }) {
            let k = self.constant(super::program::Const::Word(arr_len));
            self.emit(Op::LoadConst { dst: Reg(a.0 + 3), k });
        }
        let mut has = 0u8;
        for (i, b) in bounds.iter().enumerate() {
            if let Some(b) = b {
                has |= 1 << i;
                self.expr_to(b, Reg(a.0 + i as u16));
            }
        }
        self.release(mark);
        let d = self.dst_or_alloc(dst);
        self.emit(Op::SliceExpr { dst: d, x: base, a, has, of });
        d
    }

    pub fn type_assert(&mut self, e: &'a Expr, x: &'a Expr, d: Reg, comma_ok: bool) {
        let t = self.type_of(e);
        let xt = self.type_of(x);
        let src = self.expr(x, None);
        let ty = self.rtype(t);
        if self.is_iface(t) {
            self.emit(Op::AssertIface { dst: d, src, ty, comma_ok });
        } else {
            let iface = u16::try_from(self.rtype(xt).0).unwrap_or(u16::MAX);
            self.emit(Op::AssertType { dst: d, src, ty, comma_ok, iface });
        }
    }

    // ---- composite literals ----

    fn composite(&mut self, e: &'a Expr, elems: &'a [grammar::ast::KeyedElement], d: Reg) {
        let mut t = self.type_of(e);
        if let Type::Pointer(inner) = self.types.under(t).clone() {
            t = inner;
        }
        let mark = self.top().max(d.0 + 1);
        match self.types.under(t).clone() {
            Type::Struct(fields) => {
                let w = self.words(t);
                self.emit(Op::Alloc { dst: d, words: w });
                for (i, el) in elems.iter().enumerate() {
                    let idx = match &el.key {
                        Some(Expr { kind: ExprKind::Ident(k), .. }) => fields.iter().position(|f| f.name == k.name).unwrap_or(i),
                        _ => i,
                    };
                    let Some(f) = fields.get(idx) else { continue };
                    let (off, fty) = self.field_offset(t, idx);
                    let _ = f;
                    self.store_into(d, off, &el.value, fty);
                    self.release(mark);
                }
            }
            Type::Array { elem, len } => {
                let w = self.words(t);
                let ew = self.words(elem);
                self.emit(Op::Alloc { dst: d, words: w });
                let mut idx = 0u64;
                for el in elems {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k).unwrap_or(idx);
                    }
                    if idx < len {
                        self.store_into(d, idx as u32 * ew, &el.value, elem);
                    }
                    idx += 1;
                    self.release(mark);
                }
            }
            Type::Slice(elem) => {
                let ew = self.words(elem) as u16;
                let mut n = 0u64;
                let mut idx = 0u64;
                for el in elems {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k).unwrap_or(idx);
                    }
                    idx += 1;
                    n = n.max(idx);
                }
                let a = self.alloc_n(2);
                self.emit(Op::LoadInt { dst: a, imm: n as i32 });
                self.emit(Op::LoadInt { dst: Reg(a.0 + 1), imm: n as i32 });
                self.emit(Op::MakeSlice { dst: d, a, ew });
                let mut idx = 0u64;
                for el in elems {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k).unwrap_or(idx);
                    }
                    let m2 = self.top();
                    let i = self.alloc();
                    self.emit(Op::LoadInt { dst: i, imm: idx as i32 });
                    let addr = self.alloc();
                    self.emit(Op::ElemAddr { dst: addr, s: d, i, ew });
                    self.store_into(addr, 0, &el.value, elem);
                    self.release(m2);
                    idx += 1;
                }
                self.release(mark);
            }
            Type::Map { key, value } => {
                let ty = self.rtype(t);
                self.emit(Op::MakeMap { dst: d, ty });
                for el in elems {
                    let k = self.alloc();
                    let v = self.alloc();
                    if let Some(kx) = &el.key {
                        self.expr_owned(kx, key, k);
                    }
                    self.expr_owned(&el.value, value, v);
                    self.emit(Op::MapSet { m: d, k, v });
                    self.release(mark);
                }
            }
            _ => self.unsupported(e.span, "this composite literal"),
        }
    }

    /// A register holding the constant `n` (an array length for bounds checks).
    pub fn len_reg(&mut self, n: u64) -> Reg {
        let r = self.alloc();
        match i32::try_from(n) {
            Ok(imm) => self.emit(Op::LoadInt { dst: r, imm }),
            Err(_) => {
                let k = self.constant(super::program::Const::Word(n));
                self.emit(Op::LoadConst { dst: r, k })
            }
        };
        r
    }

    fn const_index(&self, k: &Expr) -> Option<u64> {
        match self.info.type_of(k.id).map(|t| &t.mode) {
            Some(Mode::Const(ConstValue::Int(i))) => i.to_u64(),
            _ => None,
        }
    }

    /// Stores the value of `v` (converted to `ty`) at word `off` of address `addr`.
    pub fn store_into(&mut self, addr: Reg, off: u32, v: &'a Expr, ty: TypeId) {
        let mark = self.top();
        let r = self.alloc();
        if self.is_aggregate(ty) {
            self.expr_to(v, r);
            let w = self.words(ty);
            let dst = self.alloc();
            self.emit(Op::AddrOff { dst, addr, off });
            self.emit(Op::CopyInto { dst, src: r, words: w });
        } else {
            self.expr_owned(v, ty, r);
            self.emit(Op::Store { addr, off, src: r });
        }
        self.release(mark);
    }
}

fn rat_to_f64(r: &num_rational::BigRational) -> f64 {
    r.to_f64().unwrap_or_else(|| {
        let n = r.numer().to_f64().unwrap_or(f64::NAN);
        let d = r.denom().to_f64().unwrap_or(f64::NAN);
        n / d
    })
}

fn float_word(f: f64, f32: bool) -> u64 {
    if f32 {
        (f as f32 as f64).to_bits()
    } else {
        f.to_bits()
    }
}
