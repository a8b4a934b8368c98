//! Conversions `T(x)` (spec: "Conversions"; go/types' `conversions.go`), including constant
//! conversions with representability checks and integer-to-string conversion of constants.
//!
//! Invariant: a conversion of a constant to a basic type yields a constant of that type; the
//! untyped argument gets its final type (T, or its default type for non-constant targets).

use super::check::{Checker, OpMode, Operand};
use super::constant;
use super::info::*;
use super::ty::*;
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    /// Converts `x` to `t` in place (the result operand of `T(x)`).
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = matches!(x.mode, OpMode::Const(_));
        let mut ok = false;
        let mut cause = String::new();
        if const_arg && self.is_const_type(t) {
            let v = x.val().cloned().unwrap_or(ConstValue::Bool(false));
            let k = self.kind(t).unwrap_or(BasicKind::Invalid);
            let from = self.kind(x.typ).unwrap_or(k);
            match constant::representable(&v, k, from) {
                Ok(nv) => {
                    x.mode = OpMode::Const(nv);
                    ok = true;
                }
                Err(_) if self.is_integer(x.typ) && self.is_string(t) => {
                    let s = match constant::to_int(&v) {
                        Some(i) if i.to_u32().is_some_and(|c| c <= 0x10FFFF) => {
                            constant::encode_rune(&i)
                        }
                        _ => "\u{FFFD}".as_bytes().to_vec(),
                    };
                    x.mode = OpMode::Const(ConstValue::String(s));
                    ok = true;
                }
                Err(_) => {
                    if self.is_integer(x.typ) && self.is_integer(t) {
                        let s = format!(
                            "constant {} overflows {}",
                            constant::value_string(&v),
                            self.type_string(t)
                        );
                        self.error(x.span(), s);
                        x.mode = OpMode::Invalid;
                        x.typ = TypeId::INVALID;
                        return;
                    }
                }
            }
        } else if self.convertible_to(x, t, &mut cause) {
            ok = true;
            x.mode = OpMode::Value;
        }
        if !ok {
            let base = format!(
                "cannot convert {} to type {}",
                self.operand_string(x),
                self.type_string(t)
            );
            let s = if cause.is_empty() {
                base
            } else {
                format!("{base}: {cause}")
            };
            self.error(x.span(), s);
            x.mode = OpMode::Invalid;
            x.typ = TypeId::INVALID;
            return;
        }
        if self.is_untyped(x.typ) {
            let mut fin = t;
            if x.typ == TypeId::UNTYPED_NIL {
                // keep the target type
            } else if self.t.is_interface(t) || const_arg && !self.is_const_type(t) {
                fin = self.default_type(x.typ);
            } else if const_arg && self.is_integer(x.typ) && self.is_string(t) {
                fin = x.typ;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, fin, true);
            }
        }
        x.typ = t;
    }

    /// spec: "Conversions" — non-constant `x` can be converted to `t`.
    pub(crate) fn convertible_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        cause: &mut String,
    ) -> bool {
        if self.assignable_to(x, t, Some(cause)) {
            return true;
        }
        let v = x.typ;
        let (vu, tu) = (self.t.underlying(v), self.t.underlying(t));
        if vu == tu {
            return true;
        }
        if let (Type::Pointer(vb), Type::Pointer(tb)) =
            (self.t.get(v).clone(), self.t.get(t).clone())
        {
            if self.t.underlying(vb) == self.t.underlying(tb) {
                return true;
            }
        }
        let int_or_float = |c: &Self, u: TypeId| c.is_integer(u) || c.is_float(u);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return true;
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return true;
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        if let Type::Slice(se) = self.t.get(vu).clone() {
            match self.t.get(tu).clone() {
                Type::Array { elem, .. } if elem == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array { elem, .. } = self.t.under(p) {
                        if *elem == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    pub(crate) fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.t.under(t) {
            Type::Slice(e) => matches!(
                self.t.under(*e),
                Type::Basic(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }
}
