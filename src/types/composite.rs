//! Composite literals (spec: "Composite literals"; go/types' `compositeLit`): structs (keyed or
//! positional), arrays including `[...]T`, slices and maps, with elided element types.
//!
//! Invariants: a keyed struct literal records each key identifier's field index in
//! `Info::lit_fields`; an elided `{...}` element of pointer element type `*T` is recorded with type
//! `*T` (it stands for `&T{...}`); a `[...]T` literal records its final array type on the type node.

use super::check::{Checker, OpMode, Operand};
use super::constant;
use super::info::*;
use super::lookup::is_exported;
use super::ty::*;
use grammar::ast::{Expr, ExprKind, KeyedElement, Span};

impl<'a> Checker<'a> {
    pub(crate) fn composite_lit(
        &mut self,
        e: &'a Expr,
        texpr: Option<&'a Expr>,
        elems: &'a [KeyedElement],
        rbrace: Span,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let mut open_array: Option<TypeId> = None;
        let (typ, base) = match (texpr, hint) {
            (Some(t), _) => {
                if let ExprKind::ArrayType { len: None, elem } = &t.kind {
                    let el = self.type_expr(elem);
                    open_array = Some(el);
                    (TypeId::INVALID, TypeId::INVALID)
                } else {
                    let ty = self.type_expr(t);
                    (ty, ty)
                }
            }
            (None, Some(h)) => {
                let mut b = h;
                if let Type::Pointer(p) = self.t.under(h) {
                    b = *p;
                }
                (h, b)
            }
            (None, None) => {
                self.error(e.span, "invalid composite literal type: missing type");
                self.use_elems(elems);
                return Operand::invalid(Some(e));
            }
        };
        if let Some(el) = open_array {
            let n = self.indexed_elts(elems, el, None);
            if !self.is_valid(el) {
                return Operand::invalid(Some(e));
            }
            let t = self.t.intern(Type::Array { len: n, elem: el });
            if let Some(te) = texpr {
                self.record_type(te.id, &OpMode::TypeExpr, t);
            }
            return Operand {
                mode: OpMode::Value,
                typ: t,
                expr: Some(e),
                dummy: None,
            };
        }
        if self.check_incomplete(base) {
            self.use_elems(elems);
            return Operand::invalid(Some(e));
        }
        match self.t.under(base).clone() {
            Type::Struct(fields) => self.struct_lit(e, base, &fields, elems, rbrace),
            Type::Array { len, elem } => {
                self.indexed_elts(elems, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elts(elems, elem, None);
            }
            Type::Map { key, value } => self.map_lit(elems, key, value),
            _ => {
                self.use_elems(elems);
                if self.is_valid(self.t.underlying(base)) {
                    let q = if texpr.is_none() { " element" } else { "" };
                    let s = format!(
                        "invalid composite literal{} type {}",
                        q,
                        self.type_string(typ)
                    );
                    self.error(e.span, s);
                }
                return Operand::invalid(Some(e));
            }
        }
        Operand {
            mode: OpMode::Value,
            typ,
            expr: Some(e),
            dummy: None,
        }
    }

    /// Evaluates the elements of a literal of an unusable type (nested elided literals stay silent).
    fn use_elems(&mut self, elems: &'a [KeyedElement]) {
        for el in elems {
            self.raw_expr(&el.value, Some(TypeId::INVALID), false);
        }
    }

    fn struct_lit(
        &mut self,
        e: &'a Expr,
        base: TypeId,
        fields: &[StructField],
        elems: &'a [KeyedElement],
        rbrace: Span,
    ) {
        if elems.is_empty() {
            return;
        }
        if elems[0].key.is_some() {
            let mut visited: Vec<usize> = Vec::new();
            for el in elems {
                let Some(key) = &el.key else {
                    self.error(
                        el.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.use_exprs(std::slice::from_ref(&el.value));
                    continue;
                };
                let mut x = self.expr_hint(&el.value, None);
                let ExprKind::Ident(kid) = &key.kind else {
                    let s = format!(
                        "invalid field name {} in struct literal",
                        self.expr_string(key)
                    );
                    self.error(key.span, s);
                    continue;
                };
                let Some(i) = fields.iter().position(|f| {
                    f.name == kid.name && (is_exported(&f.name) || f.pkg == self.pkg.path)
                }) else {
                    let s = self.struct_lit_lookup_error(base, fields, &kid.name);
                    self.error(key.span, s);
                    continue;
                };
                self.info.lit_fields.insert(kid.id, i);
                self.assignment(&mut x, Some(fields[i].typ), "struct literal");
                if visited.contains(&i) {
                    self.error(
                        key.span,
                        format!("duplicate field name {} in struct literal", kid.name),
                    );
                }
                visited.push(i);
            }
            return;
        }
        for (i, el) in elems.iter().enumerate() {
            if let Some(k) = &el.key {
                self.error(
                    k.span,
                    "mixture of field:value and value elements in struct literal",
                );
                self.use_exprs(std::slice::from_ref(&el.value));
                continue;
            }
            let mut x = self.expr(&el.value);
            if i >= fields.len() {
                let s = format!(
                    "too many values in struct literal of type {}",
                    self.type_string(base)
                );
                self.error(x.span(), s);
                break;
            }
            let f = &fields[i];
            if !is_exported(&f.name) && f.pkg != self.pkg.path {
                let s = format!(
                    "implicit assignment to unexported field {} in struct literal of type {}",
                    f.name,
                    self.type_string(base)
                );
                self.error(x.span(), s);
                continue;
            }
            self.assignment(&mut x, Some(f.typ), "struct literal");
        }
        if elems.len() < fields.len() {
            let hidden = fields
                .iter()
                .any(|f| !is_exported(&f.name) && f.pkg != self.pkg.path);
            let h = if hidden {
                " (type has unexported fields - use key:value pairs)"
            } else {
                ""
            };
            let s = format!(
                "too few values in struct literal of type {}{}",
                self.type_string(base),
                h
            );
            let _ = e;
            self.error(rbrace, s);
        }
    }

    fn struct_lit_lookup_error(
        &mut self,
        base: TypeId,
        fields: &[StructField],
        sel: &str,
    ) -> String {
        let ts = self.type_string(base);
        let alt = fields
            .iter()
            .find(|f| f.name.to_lowercase() == sel.to_lowercase());
        match alt {
            Some(f) if f.pkg == self.pkg.path || is_exported(&f.name) => {
                format!(
                    "unknown field {sel} in struct literal of type {ts}, but does have {}",
                    f.name
                )
            }
            Some(f) if f.name == sel => format!(
                "cannot refer to unexported field {} in struct literal of type {ts}",
                f.name
            ),
            Some(f) if is_exported(sel) && sel.get(1..) == f.name.get(1..) => {
                format!("unknown field {sel} in struct literal of type {ts}, but does have unexported {}", f.name)
            }
            _ => format!("unknown field {sel} in struct literal of type {ts}"),
        }
    }

    fn map_lit(&mut self, elems: &'a [KeyedElement], key: TypeId, value: TypeId) {
        let key_iface = self.t.is_interface(key);
        let mut seen: Vec<(ConstValue, TypeId)> = Vec::new();
        for el in elems {
            let Some(k) = &el.key else {
                self.error(el.value.span, "missing key in map literal");
                self.use_exprs(std::slice::from_ref(&el.value));
                continue;
            };
            let mut x = self.expr_hint(k, Some(key));
            self.assignment(&mut x, Some(key), "map literal");
            if !x.is_invalid() {
                if let Some(v) = x.val().cloned() {
                    let kv = normalize_key(&v);
                    let dup = seen
                        .iter()
                        .any(|(sv, st)| *sv == kv && (!key_iface || *st == x.typ));
                    if dup {
                        let s = format!(
                            "duplicate key {} in map literal",
                            constant::value_string(&v)
                        );
                        self.error(x.span(), s);
                        continue;
                    }
                    seen.push((kv, x.typ));
                }
            }
            let mut y = self.expr_hint(&el.value, Some(value));
            self.assignment(&mut y, Some(value), "map literal");
        }
    }

    /// Checks array/slice literal elements; returns the literal's length (max index + 1).
    fn indexed_elts(
        &mut self,
        elems: &'a [KeyedElement],
        elem: TypeId,
        length: Option<u64>,
    ) -> u64 {
        let mut visited: Vec<i64> = Vec::new();
        let (mut index, mut max): (i64, i64) = (0, 0);
        for el in elems {
            let mut valid = false;
            if let Some(k) = &el.key {
                let (t, i) = self.index(k, length);
                if self.is_valid(t) {
                    match i {
                        Some(i) => {
                            index = i;
                            valid = true;
                        }
                        None => {
                            let s =
                                format!("index {} must be integer constant", self.expr_string(k));
                            self.error(k.span, s);
                        }
                    }
                }
            } else if length.is_some_and(|l| index as u64 >= l) {
                let l = length.unwrap_or(0);
                self.error(
                    el.value.span,
                    format!("index {index} is out of bounds (>= {l})"),
                );
            } else {
                valid = true;
            }
            if valid {
                if visited.contains(&index) {
                    let span = el.key.as_ref().map_or(el.value.span, |k| k.span);
                    self.error(
                        span,
                        format!("duplicate index {index} in array or slice literal"),
                    );
                }
                visited.push(index);
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_hint(&el.value, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
        }
        max as u64
    }
}

/// Map keys compare by value across numeric representations (1 == 1.0).
fn normalize_key(v: &ConstValue) -> ConstValue {
    match v {
        ConstValue::Float(f) if f.is_integer() => ConstValue::Int(f.to_integer()),
        _ => v.clone(),
    }
}
