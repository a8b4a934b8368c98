//! Binary operators (spec: "Arithmetic operators", "Comparison operators", "Logical operators"):
//! operand matching for untyped values, shifts, comparisons, constant folding, and the implicit
//! conversion of untyped operands (go/types' `binary`, `shift`, `comparison`, `matchTypes`,
//! `implicitTypeAndValue`, `convertUntyped`, `representable`).
//!
//! Invariant: after `binary` both operands have their final (or still untyped) types recorded; a
//! non-constant shift of an untyped constant marks the left operand `is_lhs` so its final type is
//! checked to be an integer type when it becomes known.

use super::check::{Checker, OpMode, Operand};
use super::constant::{self, Unrepresentable};
use super::info::*;
use super::ty::*;
use grammar::ast::{BinaryOp, Expr};
use num_traits::{Signed, ToPrimitive};

impl<'a> Checker<'a> {
    /// `lhs op rhs`; `e` is the binary expression (None for `x op= y`).
    pub(crate) fn binary(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        lhs: &'a Expr,
        rhs: &'a Expr,
    ) -> Operand<'a> {
        let mut x = self.expr(lhs);
        let mut y = self.expr(rhs);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if y.is_invalid() {
            return Operand::invalid(e);
        }
        let op_pos = self.skip_blank(lhs.span.end);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.shift(&mut x, &mut y, e, op, op_pos);
            return x;
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if is_comparison(op) {
            self.comparison(&mut x, &mut y, op, e, false);
            if let Some(e) = e {
                x.expr = Some(e);
            }
            return x;
        }
        if x.typ != y.typ {
            if self.is_valid(x.typ) && self.is_valid(y.typ) {
                let s = match e {
                    Some(e) => format!(
                        "invalid operation: {} (mismatched types {} and {})",
                        self.expr_string(e),
                        self.operand_type_string(&x),
                        self.operand_type_string(&y)
                    ),
                    None => format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        self.expr_string(lhs),
                        op.as_str(),
                        self.expr_string(rhs),
                        self.operand_type_string(&x),
                        self.operand_type_string(&y)
                    ),
                };
                self.error(x.span(), s);
            }
            return Operand::invalid(e);
        }
        let ok = match op {
            BinaryOp::Add => self.is_numeric(x.typ) || self.is_string(x.typ),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.is_numeric(x.typ),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(x.typ)
            }
            BinaryOp::LAnd | BinaryOp::LOr => self.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            let s = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.operand_string(&x)
            );
            self.error(x.span(), s);
            return Operand::invalid(e);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && (matches!(x.mode, OpMode::Const(_)) || self.is_integer(x.typ))
            && y.val().is_some_and(constant::is_zero)
        {
            self.error(y.span(), "invalid operation: division by zero");
            return Operand::invalid(e);
        }
        if let (OpMode::Const(a), OpMode::Const(b)) = (&x.mode, &y.mode) {
            let int_div = self.is_integer(x.typ);
            let Some(v) = constant::binary(op, a, b, int_div) else {
                return Operand::invalid(e);
            };
            x.mode = OpMode::Const(v);
            x.expr = e;
            let name = match op {
                BinaryOp::Add => "addition ",
                BinaryOp::Sub => "subtraction ",
                BinaryOp::Xor => "bitwise XOR ",
                BinaryOp::Mul => "multiplication ",
                _ => "",
            };
            self.overflow(&mut x, op_pos, name);
            return x;
        }
        x.mode = OpMode::Value;
        x.expr = e;
        x
    }

    fn shift(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        e: Option<&'a Expr>,
        op: BinaryOp,
        op_pos: u32,
    ) {
        let xval = x.val().and_then(constant::to_int);
        let untyped_int_const = self.is_untyped(x.typ) && xval.is_some();
        if !(self.is_integer(x.typ) || untyped_int_const) {
            let s = format!(
                "invalid operation: shifted operand {} must be integer",
                self.operand_string(x)
            );
            self.error(x.span(), s);
            *x = Operand::invalid(e);
            return;
        }
        let mut yval = None;
        if let Some(v) = y.val().cloned() {
            yval = constant::to_int(&v);
            if yval.as_ref().is_some_and(|i| i.is_negative()) {
                let s = format!(
                    "invalid operation: negative shift count {}",
                    self.operand_string(y)
                );
                self.error(y.span(), s);
                *x = Operand::invalid(e);
                return;
            }
            if self.is_untyped(y.typ) {
                self.representable(y, TypeId::UINT);
                if y.is_invalid() {
                    *x = Operand::invalid(e);
                    return;
                }
            }
        } else if self.is_integer(y.typ) {
            // ok (signed shift counts are allowed since Go 1.13)
        } else if self.is_untyped(y.typ) {
            self.convert_untyped(y, TypeId::UINT);
            if y.is_invalid() {
                *x = Operand::invalid(e);
                return;
            }
        } else {
            let s = format!(
                "invalid operation: shift count {} must be integer",
                self.operand_string(y)
            );
            self.error(y.span(), s);
            *x = Operand::invalid(e);
            return;
        }
        if let Some(xv) = xval.clone().filter(|_| matches!(x.mode, OpMode::Const(_))) {
            if matches!(y.mode, OpMode::Const(_)) {
                let s = yval
                    .as_ref()
                    .and_then(|v| v.to_u64())
                    .filter(|&s| s <= constant::SHIFT_BOUND);
                let Some(s) = s else {
                    let msg = format!(
                        "invalid operation: invalid shift count {}",
                        self.operand_string(y)
                    );
                    self.error(y.span(), msg);
                    *x = Operand::invalid(e);
                    return;
                };
                if !self.is_integer(x.typ) {
                    x.typ = TypeId::UNTYPED_INT;
                }
                x.mode = OpMode::Const(ConstValue::Int(constant::shift(
                    &xv,
                    op == BinaryOp::Shl,
                    s,
                )));
                x.expr = e;
                self.overflow(x, op_pos, "shift ");
                return;
            }
            if self.is_untyped(x.typ) {
                // spec: the constant takes the type it would have without the shift
                if let Some(xe) = x.expr {
                    if let Some(u) = self.pkg.untyped.get_mut(&xe.id) {
                        u.is_lhs = true;
                    }
                }
                x.mode = OpMode::Value;
                x.expr = e;
                return;
            }
        }
        if !self.is_integer(x.typ) {
            let s = format!(
                "invalid operation: shifted operand {} must be integer",
                self.operand_string(x)
            );
            self.error(x.span(), s);
            *x = Operand::invalid(e);
            return;
        }
        x.mode = OpMode::Value;
        x.expr = e;
    }

    /// `x op y` for comparison operators; with `switch_case` the error wording is the switch's.
    pub(crate) fn comparison(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinaryOp,
        e: Option<&'a Expr>,
        switch_case: bool,
    ) {
        if !self.is_valid(x.typ) || !self.is_valid(y.typ) {
            *x = Operand::invalid(e);
            return;
        }
        let op = if switch_case { BinaryOp::Eq } else { op };
        let mut err_y = false;
        let mut cause = String::new();
        // Assignability converts an untyped nil operand to the other side's type: remember first.
        let (x_nil, y_nil) = (x.is_nil(), y.is_nil());
        let ok = self.assignable_to(x, y.typ, None) || self.assignable_to(y, x.typ, None);
        let mut failed = false;
        if !ok {
            err_y = true;
            cause = format!(
                "mismatched types {} and {}",
                self.operand_type_string(x),
                self.operand_type_string(y)
            );
            failed = true;
        } else {
            match op {
                BinaryOp::Eq | BinaryOp::Ne => {
                    if x_nil || y_nil {
                        let t = if x_nil { y.typ } else { x.typ };
                        if !self.has_nil(t) {
                            err_y = true;
                            failed = true;
                        }
                    } else if !self.comparable(x.typ) {
                        cause = self
                            .incomparable_cause(x.typ, &mut Default::default(), 0)
                            .unwrap_or_default();
                        failed = true;
                    } else if !self.comparable(y.typ) {
                        err_y = true;
                        cause = self
                            .incomparable_cause(y.typ, &mut Default::default(), 0)
                            .unwrap_or_default();
                        failed = true;
                    }
                }
                _ => {
                    if !self.is_ordered(x.typ) {
                        failed = true;
                    } else if !self.is_ordered(y.typ) {
                        err_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            let err_op = if err_y { y.clone() } else { x.clone() };
            if cause.is_empty() {
                let what = if matches!(self.t.under(err_op.typ), Type::Basic(_)) {
                    self.type_string(err_op.typ)
                } else {
                    self.composite_kind(err_op.typ)
                };
                cause = format!("operator {} not defined on {}", op.as_str(), what);
            }
            let xs = x.expr.map(|e| self.expr_string(e)).unwrap_or_default();
            let ys = y.expr.map(|e| self.expr_string(e)).unwrap_or_default();
            if switch_case {
                self.error(
                    x.span(),
                    format!("invalid case {xs} in switch on {ys} ({cause})"),
                );
            } else {
                self.error(
                    err_op.span(),
                    format!(
                        "invalid operation: {} {} {} ({})",
                        xs,
                        op.as_str(),
                        ys,
                        cause
                    ),
                );
            }
            *x = Operand::invalid(e);
            return;
        }
        if let (OpMode::Const(a), OpMode::Const(b)) = (&x.mode, &y.mode) {
            let r = constant::compare(op, a, b).unwrap_or(false);
            x.mode = OpMode::Const(ConstValue::Bool(r));
        } else {
            x.mode = OpMode::Value;
            let (xt, yt) = (self.default_type(x.typ), self.default_type(y.typ));
            if let Some(xe) = x.expr {
                self.update_expr_type(xe, xt, true);
            }
            if let Some(ye) = y.expr {
                self.update_expr_type(ye, yt, true);
            }
        }
        x.typ = TypeId::UNTYPED_BOOL;
        if e.is_some() {
            x.expr = e;
        }
    }

    /// Converts untyped operands towards each other's types (go/types' `matchTypes`).
    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = {
            let (xt, yt) = (x.typ, y.typ);
            if !self.is_untyped(xt) && !self.is_untyped(yt) {
                false
            } else if self.is_numeric(xt) != self.is_numeric(yt) {
                false
            } else if self.t.is_interface(xt) || self.t.is_interface(yt) {
                true
            } else if self.is_boolean(xt) != self.is_boolean(yt)
                || self.is_string(xt) != self.is_string(yt)
            {
                false
            } else if x.is_nil() {
                self.has_nil(yt)
            } else if y.is_nil() {
                self.has_nil(xt)
            } else {
                !matches!(self.t.under(xt), Type::Pointer(_))
                    && !matches!(self.t.under(yt), Type::Pointer(_))
            }
        };
        if may_convert {
            self.convert_untyped(x, y.typ);
            if x.is_invalid() {
                return;
            }
            self.convert_untyped(y, x.typ);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
                x.typ = TypeId::INVALID;
            }
        }
    }

    /// The type and value an untyped operand takes in a context of type `target`.
    pub(crate) fn implicit_type_and_value(
        &mut self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), Unrepresentable> {
        if x.is_invalid() || !self.is_untyped(x.typ) || !self.is_valid(target) {
            return Ok((x.typ, None));
        }
        if self.is_untyped(target) {
            return match max_type(&self.t, x.typ, target) {
                Some(t) => Ok((t, None)),
                None => Err(Unrepresentable::Other),
            };
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(Unrepresentable::Other)
            };
        }
        match self.t.under(target).clone() {
            Type::Basic(k) => {
                if let OpMode::Const(v) = &x.mode {
                    let from = self.kind(x.typ).unwrap_or(k);
                    let nv = constant::representable(v, k, from)?;
                    return Ok((target, Some(nv)));
                }
                let ok = match self.kind(x.typ) {
                    Some(BasicKind::UntypedBool) => self.is_boolean(target),
                    Some(
                        BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex,
                    ) => self.is_numeric(target),
                    Some(BasicKind::UntypedString) => self.is_string(target),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(Unrepresentable::Other)
                }
            }
            Type::Interface(m) => {
                if !m.is_empty() {
                    return Err(Unrepresentable::Other);
                }
                Ok((self.default_type(x.typ), None))
            }
            _ => Err(Unrepresentable::Other),
        }
    }

    /// go/types' `convertUntyped`.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = if self.t.is_interface(target) {
                    target
                } else {
                    self.t.underlying(target)
                };
                self.invalid_conversion(code, x, t);
                x.mode = OpMode::Invalid;
                x.typ = TypeId::INVALID;
            }
            Ok((t, v)) => self.apply_implicit(x, t, v),
        }
    }

    /// Stores the result of an implicit conversion in `x` and the recorded expression types.
    pub(crate) fn apply_implicit(&mut self, x: &mut Operand<'a>, t: TypeId, v: Option<ConstValue>) {
        if let Some(v) = v {
            if let Some(e) = x.expr {
                self.update_expr_val(e, &v);
            }
            x.mode = OpMode::Const(v);
        }
        if t != x.typ {
            x.typ = t;
            if let Some(e) = x.expr {
                self.update_expr_type(e, t, false);
            }
        }
    }

    pub(crate) fn invalid_conversion(
        &mut self,
        code: Unrepresentable,
        x: &Operand<'a>,
        target: TypeId,
    ) {
        let (xs, ts) = (self.operand_string(x), self.type_string(target));
        let s = match code {
            Unrepresentable::Truncated => format!("{xs} truncated to {ts}"),
            Unrepresentable::Overflow => format!("{xs} overflows {ts}"),
            Unrepresentable::Other => format!("cannot convert {xs} to type {ts}"),
        };
        self.error(x.span(), s);
    }

    /// Checks that the constant `x` is representable in the basic type `t` (go/types'
    /// `representable`), converting its value; reports and invalidates otherwise.
    pub(crate) fn representable(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let Some(v) = x.val().cloned() else { return };
        let Some(k) = self.kind(t) else { return };
        let from = self.kind(x.typ).unwrap_or(k);
        match constant::representable(&v, k, from) {
            Ok(nv) => x.mode = OpMode::Const(nv),
            Err(code) => {
                self.invalid_conversion(code, x, t);
                x.mode = OpMode::Invalid;
                x.typ = TypeId::INVALID;
            }
        }
    }
}

pub(crate) fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
    )
}

/// The "larger" of two untyped numeric types (int < rune < float < complex).
fn max_type(types: &Types, x: TypeId, y: TypeId) -> Option<TypeId> {
    if x == y {
        return Some(x);
    }
    let rank = |t: TypeId| match types.get(t) {
        Type::Basic(BasicKind::UntypedInt) => Some(1),
        Type::Basic(BasicKind::UntypedRune) => Some(2),
        Type::Basic(BasicKind::UntypedFloat) => Some(3),
        Type::Basic(BasicKind::UntypedComplex) => Some(4),
        _ => None,
    };
    match (rank(x), rank(y)) {
        (Some(a), Some(b)) => Some(if a > b { x } else { y }),
        _ => None,
    }
}
