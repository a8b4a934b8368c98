//! Expressions: constants, variables, operators, selectors, indexing, slicing, composite literals,
//! conversions and interface boxing. Calls and builtins are in `call.rs`.
//!
//! `expr(e, dst)` leaves the value in `dst` when given, else in any register (possibly a
//! variable's own). An aggregate result may be a *place* (the address of words someone else owns);
//! `expr_owned` makes a private copy when the value is not fresh.

use super::opcode::{IntKind, Op, Reg};
use super::Compiler;
use crate::types::{BasicKind, ConstValue, Mode, ObjKind, Type, TypeId};
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
            Some(Int | Int64 | UntypedInt | UntypedRune) => Class::Int {
                signed: true,
                kind: None,
            },
            Some(Int8) => Class::Int {
                signed: true,
                kind: Some(IntKind::I8),
            },
            Some(Int16) => Class::Int {
                signed: true,
                kind: Some(IntKind::I16),
            },
            Some(Int32) => Class::Int {
                signed: true,
                kind: Some(IntKind::I32),
            },
            Some(Uint | Uint64 | Uintptr) => Class::Int {
                signed: false,
                kind: None,
            },
            Some(Uint8) => Class::Int {
                signed: false,
                kind: Some(IntKind::U8),
            },
            Some(Uint16) => Class::Int {
                signed: false,
                kind: Some(IntKind::U16),
            },
            Some(Uint32) => Class::Int {
                signed: false,
                kind: Some(IntKind::U32),
            },
            Some(Float32) => Class::Float { f32: true },
            Some(Float64 | UntypedFloat) => Class::Float { f32: false },
            Some(String | UntypedString) => Class::Str,
            Some(Bool | UntypedBool) => Class::Bool,
            _ => Class::Other,
        }
    }

    /// Does evaluating `e` call a function or receive (anything that may change variables)?
    /// Conversions and side-effect-free builtins don't count; function literals are not entered.
    pub fn has_call(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                let pure = match self.info.type_of(func.id).map(|t| &t.mode) {
                    Some(Mode::TypeExpr) => true,
                    Some(Mode::Builtin(b)) => matches!(
                        b,
                        crate::types::Builtin::Len
                            | crate::types::Builtin::Cap
                            | crate::types::Builtin::Min
                            | crate::types::Builtin::Max
                    ),
                    _ => false,
                };
                !pure || args.iter().any(|a| self.has_call(a))
            }
            ExprKind::Unary {
                op: UnaryOp::Recv, ..
            } => true,
            ExprKind::Unary { expr, .. } | ExprKind::Paren(expr) => self.has_call(expr),
            ExprKind::Binary { lhs, rhs, .. } => self.has_call(lhs) || self.has_call(rhs),
            ExprKind::Selector { expr, .. } | ExprKind::TypeAssert { expr, .. } => {
                self.has_call(expr)
            }
            ExprKind::Index { expr, indices } => {
                self.has_call(expr) || indices.iter().any(|i| self.has_call(i))
            }
            ExprKind::Slice {
                expr, lo, hi, max, ..
            } => {
                self.has_call(expr)
                    || [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .any(|x| self.has_call(x))
            }
            ExprKind::CompositeLit { elems, .. } => elems.iter().any(|el| {
                self.has_call(&el.value) || el.key.as_ref().is_some_and(|k| self.has_call(k))
            }),
            _ => false,
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
        if self.is_iface(target)
            && !self.is_iface(src_ty)
            && src_ty != TypeId::UNTYPED_NIL
            && src_ty != TypeId::INVALID
        {
            self.expr_owned(e, src_ty, dst);
            let rt = self.rtype(src_ty);
            self.emit(Op::MakeIface {
                dst,
                src: dst,
                ty: rt,
            });
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
            self.emit(Op::CopyBox {
                dst,
                src: dst,
                words: w,
            });
        }
    }

    /// Does evaluating `e` produce a new aggregate nobody else references?
    pub fn is_fresh(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::CompositeLit { .. } => true,
            ExprKind::Paren(x) => self.is_fresh(x),
            ExprKind::Call { func, args, .. } => {
                match self.info.type_of(func.id).map(|t| &t.mode) {
                    Some(Mode::TypeExpr) => args.first().is_some_and(|a| self.is_fresh(a)),
                    _ => true,
                }
            }
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
            ExprKind::Slice {
                expr, lo, hi, max, ..
            } => self.slice_expr(expr, [lo, hi, max], dst),
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
            (ConstValue::Int(i), Class::Float { f32 }) => {
                float_word(i.to_f64().unwrap_or(0.0), f32)
            }
            (ConstValue::Float(r), Class::Float { f32 }) => float_word(rat_to_f64(r), f32),
            (ConstValue::Int(i), _) => i
                .to_i64()
                .or_else(|| i.to_u64().map(|u| u as i64))
                .unwrap_or(0) as u64,
            (ConstValue::Float(r), Class::Int { .. }) => rat_to_f64(r) as i64 as u64,
            (ConstValue::Float(r), _) => rat_to_f64(r).to_bits(),
        };
        if let Ok(imm) = i32::try_from(word as i64) {
            self.emit(Op::LoadInt { dst: d, imm });
        } else {
            let k = self.constant(super::program::Const::Word(word));
            self.emit(Op::LoadConst { dst: d, k });
        }
    }

    pub(super) fn ident(&mut self, e: &'a Expr, id: &grammar::ast::Ident, dst: Option<Reg>) -> Reg {
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
                let d = self.dst_or_alloc(dst);
                match self.func_slots.get(&o) {
                    Some(&g) => self.emit(Op::LoadGlobal { dst: d, g }),
                    None => {
                        let f = self.func_id(o);
                        self.emit(Op::LoadFunc { dst: d, f })
                    }
                };
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

    pub(super) fn unary(&mut self, e: &'a Expr, op: UnaryOp, x: &'a Expr, dst: Option<Reg>) -> Reg {
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
                    self.emit(Op::Load {
                        dst: d,
                        addr: p,
                        off: 0,
                    });
                }
                d
            }
            UnaryOp::Recv => {
                let d = self.dst_or_alloc(dst);
                self.recv_into(x, d, false);
                d
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

    /// Emits `R[d] := R[a] op R[b]` for an arithmetic or bitwise operator on values of type `t`
    /// (`rt` is the right operand's type, which decides how shift counts are read), with the
    /// float32 rounding and sized-integer truncation Go's semantics need. False if `t` has no
    /// such operator here.
    pub fn arith(&mut self, op: BinaryOp, t: TypeId, rt: TypeId, d: Reg, a: Reg, b: Reg) -> bool {
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
                    Shl => Op::Shl {
                        dst: d,
                        a,
                        b,
                        signed_count,
                    },
                    Shr if signed => Op::ShrI {
                        dst: d,
                        a,
                        b,
                        signed_count,
                    },
                    Shr => Op::ShrU {
                        dst: d,
                        a,
                        b,
                        signed_count,
                    },
                    _ => Op::Nop,
                };
                self.emit(op);
                // Division of the most negative sized value by -1 and every other operation may
                // leave the sized range: normalize.
                self.trunc(d, kind);
            }
            _ => return false,
        }
        true
    }

    pub fn trunc(&mut self, d: Reg, kind: Option<IntKind>) {
        if let Some(kind) = kind {
            self.emit(Op::Trunc {
                dst: d,
                src: d,
                kind,
            });
        }
    }

    pub(super) fn binary(
        &mut self,
        e: &'a Expr,
        op: BinaryOp,
        l: &'a Expr,
        r: &'a Expr,
        dst: Option<Reg>,
    ) -> Reg {
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
        if matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        ) {
            return self.compare(op, l, r, lt, rt, dst);
        }
        let t = self.type_of(e);
        // `x + 1`, `n - 2`, `x * 31`, `x & 7` on a full-width integer: one instruction with
        // an immediate operand.
        if let (
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::And,
            Class::Int { kind: None, .. },
        ) = (op, self.class(t))
        {
            let imm = self.small_const(r).map(|c| {
                if op == BinaryOp::Sub {
                    -(c as i64)
                } else {
                    c as i64
                }
            });
            let fits = |v: i64| match op {
                BinaryOp::Add | BinaryOp::Sub => i16::try_from(v).is_ok(),
                _ => i32::try_from(v).is_ok(),
            };
            if let Some(imm) = imm.filter(|v| fits(*v)) {
                let mark = self.top();
                let a = self.expr(l, None);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                self.emit(match op {
                    BinaryOp::Mul => Op::MulImm {
                        dst: d,
                        a,
                        imm: imm as i32,
                    },
                    BinaryOp::And => Op::AndImm {
                        dst: d,
                        a,
                        imm: imm as i32,
                    },
                    _ => Op::AddImm {
                        dst: d,
                        a,
                        imm: imm as i16,
                    },
                });
                return d;
            }
        }
        let mark = self.top();
        // gc evaluates a call in the right operand before reading a call-free left one.
        let (a, b) = if !self.has_call(l) && self.has_call(r) {
            let b = self.alloc();
            self.expr_to(r, b);
            (self.expr(l, None), b)
        } else {
            (self.expr(l, None), self.expr(r, None))
        };
        self.release(mark);
        let d = self.dst_or_alloc(dst);
        if !self.arith(op, t, rt, d, a, b) {
            self.unsupported(e.span, "this operator on these operands");
        }
        d
    }

    pub(super) fn compare(
        &mut self,
        op: BinaryOp,
        l: &'a Expr,
        r: &'a Expr,
        lt: TypeId,
        rt: TypeId,
        dst: Option<Reg>,
    ) -> Reg {
        // Mixed interface/concrete comparison converts the concrete side (spec: "Comparison operators").
        let (ct, conv_l, conv_r) =
            if self.is_iface(lt) && !self.is_iface(rt) && rt != TypeId::UNTYPED_NIL {
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

    pub(super) fn needs_deep_eq(&self, t: TypeId) -> bool {
        matches!(
            self.types.under(t),
            Type::Struct(_) | Type::Array { .. } | Type::Interface(_)
        )
    }

    // ---- selectors ----

    // ---- addresses ----

    // ---- indexing and slicing ----

    // ---- composite literals ----
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
