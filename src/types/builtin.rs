//! Builtin functions (spec: "Built-in functions"; go/types' `builtins.go`): append, cap, clear,
//! close, copy, delete, len, make, max, min, new, panic, print, println, recover. `complex`, `real`
//! and `imag` report "not supported yet: complex numbers".
//!
//! Invariant: the builtin's identifier is re-recorded with its instantiated signature (mode
//! `Builtin`, type `func(...)`) for non-constant calls, as go/types' `recordBuiltinType` does, so
//! the compiler knows e.g. append's element type.

use super::check::{Checker, OpMode, Operand};
use super::constant;
use super::info::*;
use super::ty::*;
use super::universe::builtin_name;
use grammar::ast::{BinaryOp, Expr, ExprKind, Span};

/// A call of a builtin function, as the per-builtin checks need it.
struct BuiltinCall<'a> {
    call: &'a Expr,
    /// The callee (the builtin's identifier, possibly parenthesized).
    func: &'a Expr,
    id: Builtin,
    args: &'a [Expr],
    ddd: bool,
}

impl<'a> Checker<'a> {
    pub(crate) fn builtin(
        &mut self,
        call: &'a Expr,
        id: Builtin,
        args: &'a [Expr],
        ddd: bool,
        rparen: Span,
    ) -> Operand<'a> {
        let _ = rparen;
        let inv = Operand::invalid(Some(call));
        let ExprKind::Call { func, .. } = &call.kind else {
            return inv;
        };
        let b = BuiltinCall {
            call,
            func,
            id,
            args,
            ddd,
        };
        if !self.builtin_supported(&b) {
            return inv;
        }
        // `len`/`cap` of an array is constant unless the argument has a call or receive
        let saved_call = self.eval.has_call_or_recv;
        if matches!(id, Builtin::Len | Builtin::Cap) {
            self.eval.has_call_or_recv = false;
        }
        let Some(mut xs) = self.builtin_args(&b, saved_call) else {
            return inv;
        };
        if !self.builtin_arity(&b, &xs) {
            return inv;
        }
        match self.builtin_call(&b, &mut xs, saved_call) {
            Some((mode, typ)) => {
                if mode != OpMode::NoValue && !matches!(mode, OpMode::Const(_)) {
                    self.eval.has_call_or_recv = true;
                }
                Operand {
                    mode,
                    typ,
                    expr: Some(call),
                    dummy: None,
                }
            }
            None => inv,
        }
    }

    /// Rejects `...` (except in `append`) and the complex-number builtins, using the arguments.
    fn builtin_supported(&mut self, b: &BuiltinCall<'a>) -> bool {
        if b.ddd && b.id != Builtin::Append {
            let name = builtin_name(b.id);
            self.error(
                b.call.span,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            self.use_exprs(b.args);
            return false;
        }
        if matches!(b.id, Builtin::Complex | Builtin::Real | Builtin::Imag) {
            self.use_exprs(b.args);
            self.error(b.call.span, "not supported yet: complex numbers");
            return false;
        }
        true
    }

    /// The evaluated arguments (none for `make` and `new`, whose first argument is a type), or
    /// `None` if one is invalid.
    fn builtin_args(&mut self, b: &BuiltinCall<'a>, saved_call: bool) -> Option<Vec<Operand<'a>>> {
        if matches!(b.id, Builtin::Make | Builtin::New) {
            return Some(Vec::new());
        }
        let xs = self.expr_list(b.args);
        if xs.iter().any(|a| a.is_invalid()) {
            self.eval.has_call_or_recv |= saved_call;
            return None;
        }
        Some(xs)
    }

    /// Checks the number of arguments (`xs`, or the syntax for `make` and `new`).
    fn builtin_arity(&mut self, b: &BuiltinCall<'a>, xs: &[Operand<'a>]) -> bool {
        let nargs = match b.id {
            Builtin::Make | Builtin::New => b.args.len(),
            _ => xs.len(),
        };
        let (min_args, variadic) = match b.id {
            Builtin::Append | Builtin::Make | Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            Builtin::Copy | Builtin::Delete | Builtin::Complex => (2, false),
            _ => (1, false),
        };
        let msg = if nargs < min_args {
            "not enough"
        } else if !variadic && nargs > min_args {
            "too many"
        } else {
            return true;
        };
        let s = format!(
            "invalid operation: {} arguments for {} (expected {}, found {})",
            msg,
            self.expr_string(b.call),
            min_args,
            nargs
        );
        self.error(b.call.span, s);
        false
    }

    /// Dispatches to the builtin's check: the result's mode and type, or `None` after an error.
    fn builtin_call(
        &mut self,
        b: &BuiltinCall<'a>,
        xs: &mut [Operand<'a>],
        saved_call: bool,
    ) -> Option<(OpMode, TypeId)> {
        let (call, func) = (b.call, b.func);
        let x = xs
            .first()
            .cloned()
            .unwrap_or_else(|| Operand::invalid(None));
        match b.id {
            Builtin::Append => self.builtin_append(call, func, xs, b.ddd),
            Builtin::Len | Builtin::Cap => {
                let r = self.builtin_len_cap(func, b.id, &x);
                self.eval.has_call_or_recv = saved_call || self.eval.has_call_or_recv;
                r
            }
            Builtin::Clear => self.builtin_clear(func, &x),
            Builtin::Close => self.builtin_close(func, &x),
            Builtin::Copy => self.builtin_copy(func, &x, &xs[1]),
            Builtin::Delete => self.builtin_delete(func, &x, &xs[1]),
            Builtin::Make => self.builtin_make(call, func, b.args),
            Builtin::Max | Builtin::Min => self.builtin_min_max(func, b.id, xs),
            Builtin::New => self.builtin_new(func, &b.args[0]),
            Builtin::Panic => self.builtin_panic(func, x),
            Builtin::Print | Builtin::Println => self.builtin_print(func, b.id, xs),
            Builtin::Recover => {
                let e = self.info.empty_interface;
                self.record_builtin(func, Some(e), &[]);
                Some((OpMode::Value, e))
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => None,
        }
    }

    fn builtin_clear(&mut self, func: &'a Expr, x: &Operand<'a>) -> Option<(OpMode, TypeId)> {
        if !matches!(self.t.under(x.typ), Type::Map { .. } | Type::Slice(_)) {
            let s = format!("invalid argument: cannot clear {}: argument must be (or constrained by) map or slice", self.operand_string(x));
            self.error(x.span(), s);
            return None;
        }
        self.record_builtin(func, None, &[x.typ]);
        Some((OpMode::NoValue, TypeId::INVALID))
    }

    fn builtin_close(&mut self, func: &'a Expr, x: &Operand<'a>) -> Option<(OpMode, TypeId)> {
        let what = match self.t.under(x.typ) {
            Type::Chan {
                dir: ChanDir::Recv, ..
            } => "receive-only channel",
            Type::Chan { .. } => {
                self.record_builtin(func, None, &[x.typ]);
                return Some((OpMode::NoValue, TypeId::INVALID));
            }
            _ => "non-channel",
        };
        let s = format!(
            "invalid operation: cannot close {what} {}",
            self.operand_string(x)
        );
        self.error(x.span(), s);
        None
    }

    fn builtin_delete(
        &mut self,
        func: &'a Expr,
        x: &Operand<'a>,
        key_arg: &Operand<'a>,
    ) -> Option<(OpMode, TypeId)> {
        let Type::Map { key, .. } = self.t.under(x.typ).clone() else {
            let s = format!("invalid argument: {} is not a map", self.operand_string(x));
            self.error(x.span(), s);
            return None;
        };
        let mut k = key_arg.clone();
        self.assignment(&mut k, Some(key), "argument to delete");
        if k.is_invalid() {
            return None;
        }
        self.record_builtin(func, None, &[x.typ, key]);
        Some((OpMode::NoValue, TypeId::INVALID))
    }

    fn builtin_new(&mut self, func: &'a Expr, arg: &'a Expr) -> Option<(OpMode, TypeId)> {
        let mut a = self.expr_or_type(arg, false);
        self.exclude(&mut a, true, true, false);
        match a.mode {
            OpMode::Invalid => return None,
            OpMode::TypeExpr => {}
            _ => {
                if self.is_untyped(a.typ) {
                    self.assignment(&mut a, None, "argument to new");
                    if a.is_invalid() {
                        return None;
                    }
                }
            }
        }
        let p = self.t.pointer(a.typ);
        self.record_builtin(func, Some(p), &[a.typ]);
        Some((OpMode::Value, p))
    }

    fn builtin_panic(&mut self, func: &'a Expr, mut x: Operand<'a>) -> Option<(OpMode, TypeId)> {
        let e = self.info.empty_interface;
        self.assignment(&mut x, Some(e), "argument to panic");
        if x.is_invalid() {
            return None;
        }
        self.record_builtin(func, None, &[e]);
        Some((OpMode::NoValue, TypeId::INVALID))
    }

    fn builtin_print(
        &mut self,
        func: &'a Expr,
        id: Builtin,
        xs: &mut [Operand<'a>],
    ) -> Option<(OpMode, TypeId)> {
        let context = format!("argument to built-in {}", builtin_name(id));
        let mut params = Vec::new();
        for a in xs.iter_mut() {
            self.assignment(a, None, &context);
            if a.is_invalid() {
                return None;
            }
            params.push(a.typ);
        }
        self.record_builtin(func, None, &params);
        Some((OpMode::NoValue, TypeId::INVALID))
    }

    /// Records the builtin identifier with the signature it was called with.
    fn record_builtin(&mut self, func: &'a Expr, result: Option<TypeId>, params: &[TypeId]) {
        let sig = Signature {
            params: params.to_vec(),
            results: result.into_iter().collect(),
            variadic: false,
        };
        let t = self.t.intern(Type::Func(sig));
        let mode = match self.info.types_of.get(&func.id) {
            Some(tv) => tv.mode.clone(),
            None => return,
        };
        self.info
            .types_of
            .insert(func.id, TypeAndValue { mode, typ: t });
    }

    fn slice_elem(&mut self, x: &Operand<'a>, what: &str) -> Option<TypeId> {
        if let Type::Slice(e) = self.t.under(x.typ) {
            return Some(*e);
        }
        let have = if x.is_nil() {
            "untyped nil".to_string()
        } else {
            self.operand_string(x)
        };
        self.error(
            x.span(),
            format!("invalid {what}: argument must be a slice; have {have}"),
        );
        None
    }

    fn builtin_append(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        xs: &mut [Operand<'a>],
        ddd: bool,
    ) -> Option<(OpMode, TypeId)> {
        let x = xs[0].clone();
        let elem = self.slice_elem(&x, "append")?;
        let byte_slice = self.t.slice(TypeId::BYTE);
        if xs.len() == 2
            && ddd
            && self.assignable_to(&x, byte_slice, None)
            && self.is_string(xs[1].typ)
        {
            let mut y = xs[1].clone();
            if self.is_untyped(y.typ) {
                self.convert_untyped(&mut y, TypeId::STRING);
            }
            self.record_builtin_variadic(func, x.typ, &[x.typ, y.typ]);
            return Some((OpMode::Value, x.typ));
        }
        let sl = self.t.slice(elem);
        let sig = Signature {
            params: vec![x.typ, sl],
            results: vec![x.typ],
            variadic: true,
        };
        self.arguments(call, func, &sig, xs.to_vec(), ddd);
        self.record_builtin_variadic(func, x.typ, &[x.typ, sl]);
        Some((OpMode::Value, x.typ))
    }

    fn record_builtin_variadic(&mut self, func: &'a Expr, result: TypeId, params: &[TypeId]) {
        let sig = Signature {
            params: params.to_vec(),
            results: vec![result],
            variadic: true,
        };
        let t = self.t.intern(Type::Func(sig));
        if let Some(tv) = self.info.types_of.get_mut(&func.id) {
            tv.typ = t;
        }
    }

    fn builtin_len_cap(
        &mut self,
        func: &'a Expr,
        id: Builtin,
        x: &Operand<'a>,
    ) -> Option<(OpMode, TypeId)> {
        let mut u = self.t.underlying(x.typ);
        if let Type::Pointer(b) = self.t.get(u) {
            if let Type::Array { .. } = self.t.under(*b) {
                u = self.t.underlying(*b);
            }
        }
        let mode = match self.t.get(u).clone() {
            Type::Basic(k) if constant::is_string_kind(k) && id == Builtin::Len => match x.val() {
                Some(ConstValue::String(s)) => Some(OpMode::Const(constant::int(s.len() as i64))),
                _ => Some(OpMode::Value),
            },
            Type::Array { len, .. } => {
                if self.eval.has_call_or_recv {
                    Some(OpMode::Value)
                } else {
                    Some(OpMode::Const(ConstValue::Int(num_bigint::BigInt::from(
                        len,
                    ))))
                }
            }
            Type::Slice(_) | Type::Chan { .. } => Some(OpMode::Value),
            Type::Map { .. } if id == Builtin::Len => Some(OpMode::Value),
            _ => None,
        };
        let Some(mode) = mode else {
            if self.is_valid(u) {
                let s = format!(
                    "invalid argument: {} for built-in {}",
                    self.operand_string(x),
                    builtin_name(id)
                );
                self.error(x.span(), s);
            }
            return None;
        };
        if !matches!(mode, OpMode::Const(_)) {
            self.record_builtin(func, Some(TypeId::INT), &[x.typ]);
        } else if let Some(e) = x.expr {
            // the argument of a constant len is not evaluated; record untyped constants' default type
            let d = self.default_type(x.typ);
            self.update_expr_type(e, d, true);
        }
        Some((mode, TypeId::INT))
    }

    fn builtin_copy(
        &mut self,
        func: &'a Expr,
        x: &Operand<'a>,
        y: &Operand<'a>,
    ) -> Option<(OpMode, TypeId)> {
        let dst = self.slice_elem(x, "copy")?;
        let byte_slice = self.t.slice(TypeId::BYTE);
        let special = self.assignable_to(x, byte_slice, None)
            && (self.is_string(y.typ) || self.t.under(y.typ) == &Type::Slice(TypeId::BYTE));
        if !special {
            let src = if self.is_string(y.typ) {
                TypeId::BYTE
            } else {
                self.slice_elem(y, "copy")?
            };
            if dst != src {
                let s = format!(
                    "invalid copy: arguments {} and {} have different element types {} and {}",
                    self.operand_string(x),
                    self.operand_string(y),
                    self.type_string(dst),
                    self.type_string(src)
                );
                self.error(x.span(), s);
                return None;
            }
        }
        let mut y2 = y.clone();
        if self.is_untyped(y2.typ) {
            self.convert_untyped(&mut y2, TypeId::STRING);
        }
        self.record_builtin(func, Some(TypeId::INT), &[x.typ, y2.typ]);
        Some((OpMode::Value, TypeId::INT))
    }

    fn builtin_make(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
    ) -> Option<(OpMode, TypeId)> {
        let arg0 = &args[0];
        let t = self.type_expr(arg0);
        if !self.is_valid(t) {
            return None;
        }
        let min = match self.t.under(t) {
            Type::Slice(_) => 2,
            Type::Map { .. } | Type::Chan { .. } => 1,
            _ => {
                let s = format!(
                    "invalid argument: cannot make {}: type must be slice, map, or channel",
                    self.expr_string(arg0)
                );
                self.error(arg0.span, s);
                return None;
            }
        };
        let n = args.len();
        if n < min || min + 1 < n {
            let s = format!(
                "invalid operation: {} expects {} or {} arguments; found {}",
                self.expr_string(call),
                min,
                min + 1,
                n
            );
            self.error(call.span, s);
            return None;
        }
        let mut types = vec![t];
        let mut sizes = Vec::new();
        for a in &args[1..] {
            let (ty, size) = self.index(a, None);
            types.push(ty);
            if let Some(s) = size {
                sizes.push(s);
            }
        }
        if sizes.len() == 2 && sizes[0] > sizes[1] {
            self.error(
                args[1].span,
                "invalid argument: length and capacity swapped",
            );
        }
        self.record_builtin(func, Some(t), &types);
        Some((OpMode::Value, t))
    }

    fn builtin_min_max(
        &mut self,
        func: &'a Expr,
        id: Builtin,
        xs: &mut [Operand<'a>],
    ) -> Option<(OpMode, TypeId)> {
        let mut x = xs[0].clone();
        let op = if id == Builtin::Max {
            BinaryOp::Gt
        } else {
            BinaryOp::Lt
        };
        for i in 0..xs.len() {
            let mut a = xs[i].clone();
            if !self.is_ordered(a.typ) {
                let s = format!(
                    "invalid argument: {} cannot be ordered",
                    self.operand_string(&a)
                );
                self.error(a.span(), s);
                return None;
            }
            if i > 0 {
                if !self.min_max_step(&mut x, &mut a, op) {
                    return None;
                }
                xs[i] = a;
            }
        }
        if !matches!(x.mode, OpMode::Const(_)) {
            x.mode = OpMode::Value;
            let e = self.info.empty_interface;
            self.assignment(
                &mut x,
                Some(e),
                &format!("argument to built-in {}", builtin_name(id)),
            );
            if x.is_invalid() {
                return None;
            }
        }
        for a in xs.iter() {
            if let Some(e) = a.expr {
                self.update_expr_type(e, x.typ, true);
            }
        }
        if !matches!(x.mode, OpMode::Const(_)) {
            let params = vec![x.typ; xs.len()];
            self.record_builtin(func, Some(x.typ), &params);
        }
        Some((x.mode.clone(), x.typ))
    }

    /// Combines the result so far `x` with the next argument `a` of `min`/`max` (`op` is the
    /// comparison that makes `a` the new result): both get the same type; a constant result stays
    /// constant only while every argument is. False after an error.
    fn min_max_step(&mut self, x: &mut Operand<'a>, a: &mut Operand<'a>, op: BinaryOp) -> bool {
        self.match_types(x, a);
        if x.is_invalid() {
            return false;
        }
        if x.typ != a.typ {
            let s = format!(
                "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                self.type_string(x.typ),
                self.type_string(a.typ),
                a.expr.map(|e| self.expr_string(e)).unwrap_or_default()
            );
            self.error(a.span(), s);
            return false;
        }
        match (&x.mode, &a.mode) {
            (OpMode::Const(xv), OpMode::Const(av)) => {
                if constant::compare(op, av, xv) == Some(true) {
                    *x = a.clone();
                }
            }
            _ => x.mode = OpMode::Value,
        }
        true
    }
}
