//! Index, slice and type-assertion expressions (spec: "Index expressions", "Slice expressions",
//! "Type assertions"; go/types' `index.go` and `typeAssertion`).
//!
//! Invariant: indexing a string yields a non-constant `byte`; constant indices are checked against
//! the statically known length of strings, arrays and pointers to arrays.

use super::check::{Checker, OpMode, Operand};
use super::constant;
use super::info::*;
use super::ty::*;
use grammar::ast::{Expr, Span};
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    pub(crate) fn index_expr(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        indices: &'a [Expr],
    ) -> Operand<'a> {
        let mut x = self.expr_or_type(base, false);
        match x.mode {
            OpMode::Invalid => {
                self.use_exprs(indices);
                return Operand::invalid(Some(e));
            }
            OpMode::TypeExpr => {
                self.use_exprs(indices);
                if self.is_valid(x.typ) {
                    let s = format!(
                        "invalid operation: {} ({} is not a generic type)",
                        self.expr_string(e),
                        self.type_string(x.typ)
                    );
                    self.error(base.span, s);
                }
                return Operand::invalid(Some(e));
            }
            _ => {}
        }
        let bracket = Span {
            start: self.skip_blank(base.span.end),
            end: self.skip_blank(base.span.end),
        };
        if let OpMode::Builtin(_) = x.mode {
            let s = format!("cannot index {}", self.operand_string(&x));
            self.error(bracket, s);
            self.use_exprs(indices);
            return Operand::invalid(Some(e));
        }
        let mut length: Option<u64> = None;
        let mut valid = false;
        match self.t.under(x.typ).clone() {
            Type::Basic(k) if constant::is_string_kind(k) => {
                valid = true;
                if let Some(ConstValue::String(s)) = x.val() {
                    length = Some(s.len() as u64);
                }
                x.mode = OpMode::Value;
                x.typ = TypeId::BYTE;
            }
            Type::Array { len, elem } => {
                valid = true;
                length = Some(len);
                if x.mode != OpMode::Var {
                    x.mode = OpMode::Value;
                }
                x.typ = elem;
            }
            Type::Pointer(b) => {
                if let Type::Array { len, elem } = self.t.under(b).clone() {
                    valid = true;
                    length = Some(len);
                    x.mode = OpMode::Var;
                    x.typ = elem;
                }
            }
            Type::Slice(elem) => {
                valid = true;
                x.mode = OpMode::Var;
                x.typ = elem;
            }
            Type::Map { key, value } => {
                let Some(idx) = self.single_index(e, indices) else {
                    return Operand::invalid(Some(e));
                };
                let mut k = self.expr(idx);
                self.assignment(&mut k, Some(key), "map index");
                x.mode = OpMode::MapIndex;
                x.typ = value;
                x.expr = Some(e);
                return x;
            }
            _ => {}
        }
        if !valid {
            if self.is_valid(x.typ) {
                let s = format!("cannot index {}", self.operand_string(&x));
                self.error(bracket, s);
            }
            self.use_exprs(indices);
            return Operand::invalid(Some(e));
        }
        let Some(idx) = self.single_index(e, indices) else {
            return Operand::invalid(Some(e));
        };
        self.index(idx, length);
        x.expr = Some(e);
        x
    }

    fn single_index(&mut self, e: &'a Expr, indices: &'a [Expr]) -> Option<&'a Expr> {
        match indices.len() {
            0 => {
                self.error(e.span, "missing index");
                None
            }
            1 => Some(&indices[0]),
            _ => {
                self.error(indices[1].span, "invalid operation: more than one index");
                self.use_exprs(&indices[1..]);
                Some(&indices[0])
            }
        }
    }

    /// Checks an index; returns its type and its constant value if known (go/types' `index`).
    pub(crate) fn index(&mut self, e: &'a Expr, max: Option<u64>) -> (TypeId, Option<i64>) {
        let mut x = self.expr(e);
        if !self.valid_index(&mut x, "index", false) {
            return (TypeId::INVALID, None);
        }
        let Some(v) = x.val() else {
            return (x.typ, None);
        };
        let Some(n) = constant::to_int(v).and_then(|i| i.to_i64()) else {
            return (TypeId::INVALID, None);
        };
        if let Some(m) = max {
            if n as u64 >= m {
                self.error(
                    x.span(),
                    format!("invalid argument: index {n} out of bounds [0:{m}]"),
                );
                return (TypeId::INVALID, None);
            }
        }
        (x.typ, Some(n))
    }

    pub(crate) fn valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if x.is_invalid() {
            return false;
        }
        self.convert_untyped(x, TypeId::INT);
        if x.is_invalid() {
            return false;
        }
        if !self.is_integer(x.typ) {
            let s = format!(
                "invalid argument: {} {} must be integer",
                what,
                self.operand_string(x)
            );
            self.error(x.span(), s);
            return false;
        }
        if let Some(v) = x.val().cloned() {
            if !allow_negative && constant::sign(&v) < 0 {
                let s = format!(
                    "invalid argument: {} {} must not be negative",
                    what,
                    self.operand_string(x)
                );
                self.error(x.span(), s);
                return false;
            }
            if constant::representable(&v, BasicKind::Int, BasicKind::Int).is_err() {
                let s = format!(
                    "invalid argument: {} {} overflows int",
                    what,
                    self.operand_string(x)
                );
                self.error(x.span(), s);
                return false;
            }
        }
        true
    }

    pub(crate) fn slice_expr(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        full: bool,
    ) -> Operand<'a> {
        let mut x = self.expr(base);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.use_exprs(std::slice::from_ref(i));
            }
            return Operand::invalid(Some(e));
        }
        let mut valid = false;
        let mut length: Option<u64> = None;
        match self.t.under(x.typ).clone() {
            Type::Basic(k) if constant::is_string_kind(k) => {
                if full {
                    let at = max.map_or(e.span, |m| m.span);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::invalid(Some(e));
                }
                valid = true;
                if let Some(ConstValue::String(s)) = x.val() {
                    length = Some(s.len() as u64);
                }
                if self.is_untyped(x.typ) {
                    x.typ = TypeId::STRING;
                }
            }
            Type::Array { len, elem } => {
                valid = true;
                length = Some(len);
                if x.mode != OpMode::Var {
                    let s = format!(
                        "invalid operation: cannot slice unaddressable value {}",
                        self.operand_string(&x)
                    );
                    self.error(x.span(), s);
                    return Operand::invalid(Some(e));
                }
                x.typ = self.t.slice(elem);
            }
            Type::Pointer(b) => {
                if let Type::Array { len, elem } = self.t.under(b).clone() {
                    valid = true;
                    length = Some(len);
                    x.typ = self.t.slice(elem);
                }
            }
            Type::Slice(_) => valid = true,
            _ => {}
        }
        if !valid {
            if self.is_valid(x.typ) {
                let s = format!("cannot slice {}", self.operand_string(&x));
                self.error(x.span(), s);
            }
            return Operand::invalid(Some(e));
        }
        x.mode = OpMode::Value;
        if full && (hi.is_none() || max.is_none()) {
            self.error(e.span, "middle index required in 3-index slice");
            return Operand::invalid(Some(e));
        }
        let mut ind: [i64; 3] = [-1; 3];
        let parts = [lo, hi, max];
        for (i, p) in parts.iter().enumerate() {
            ind[i] = match p {
                Some(ex) => {
                    let m = length.map(|l| l + 1);
                    self.index(ex, m).1.unwrap_or(-1)
                }
                None if i == 0 => 0,
                None => length.map_or(-1, |l| l as i64),
            };
        }
        'outer: for i in 0..2 {
            let xi = ind[i];
            if xi > 0 {
                for (j, &y) in ind.iter().enumerate().skip(i + 1) {
                    if y >= 0 && y < xi {
                        if let Some(Some(ex)) = parts.get(j) {
                            self.error(ex.span, format!("invalid slice indices: {y} < {xi}"));
                        }
                        break 'outer;
                    }
                }
            }
        }
        x.expr = Some(e);
        x
    }

    pub(crate) fn type_assert_expr(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        typ: Option<&'a Expr>,
    ) -> Operand<'a> {
        let x = self.expr(base);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        let Some(texpr) = typ else {
            self.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return Operand::invalid(Some(e));
        };
        if !self.t.is_interface(x.typ) {
            let s = format!(
                "invalid operation: {} is not an interface",
                self.operand_string(&x)
            );
            self.error(x.span(), s);
            return Operand::invalid(Some(e));
        }
        let t = self.type_expr(texpr);
        if !self.is_valid(t) {
            return Operand::invalid(Some(e));
        }
        self.type_assertion(e, &x, t, false);
        Operand {
            mode: OpMode::CommaOk,
            typ: t,
            expr: Some(e),
            dummy: None,
        }
    }

    /// Reports an impossible assertion `x.(T)` (a concrete T that cannot implement x's interface).
    pub(crate) fn type_assertion(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: TypeId,
        type_switch: bool,
    ) {
        if self.t.is_interface(t) {
            return;
        }
        let Some(cause) = self.missing_method(t, x.typ, false) else {
            return;
        };
        let s = if type_switch {
            format!(
                "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                self.expr_string(e),
                self.operand_string(x),
                self.type_string(t),
                cause
            )
        } else {
            format!(
                "impossible type assertion: {}\n\t{} does not implement {} {}",
                self.expr_string(e),
                self.type_string(t),
                self.type_string(x.typ),
                cause
            )
        };
        self.error(e.span, s);
    }
}
