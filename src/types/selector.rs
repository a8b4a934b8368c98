//! Selectors `x.sel` (spec: "Selectors", "Qualified identifiers", "Method values", "Method
//! expressions"; go/types' `selector`): package members, fields and methods through embedding,
//! recorded in `Info::selections`.
//!
//! Invariant: every field or method selector that checks records a `Selection`; a package-qualified
//! identifier records `uses` for both identifiers and `Mode::Package` for the package name.

use super::check::{Checker, OpMode, Operand};
use super::info::*;
use super::lookup::{is_exported, Found, Lookup};
use super::ty::*;
use grammar::ast::{self, Expr, ExprKind};

impl<'a> Checker<'a> {
    pub(crate) fn selector(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        sel: &'a ast::Ident,
        want_type: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if let ExprKind::Ident(id) = &base.kind {
            if let Some(obj) = self.resolve_name(&id.name) {
                if let ObjKind::PkgName(pid) = self.obj(obj).kind {
                    return self.qualified(e, base, id, obj, pid, sel);
                }
            }
        }
        let x = self.expr_or_type(base, false);
        match x.mode {
            OpMode::Invalid => return inv,
            OpMode::Builtin(_) => {
                // gc's position of a selector expression is its dot
                let dot = self.skip_blank(base.span.end);
                let s = format!(
                    "invalid use of {} in selector expression",
                    self.operand_string(&x)
                );
                self.error(
                    grammar::ast::Span {
                        start: dot,
                        end: dot + 1,
                    },
                    s,
                );
                return inv;
            }
            _ => {}
        }
        if self.check_incomplete(x.typ) {
            return inv;
        }
        if want_type {
            let s = format!("{} is not a type", self.expr_string(e));
            self.error(sel.span, s);
            return inv;
        }
        let name = sel.name.as_str();
        let addressable = x.mode == OpMode::Var;
        let found = match self.lookup_field_or_method(x.typ, addressable, name, false) {
            Lookup::Found(f) => f,
            Lookup::Ambiguous => {
                let s = format!("ambiguous selector {}.{}", self.expr_string(base), name);
                self.error(sel.span, s);
                return inv;
            }
            Lookup::NeedsAddr(_) => {
                let ts = self.type_string(x.typ);
                let s = if x.mode == OpMode::TypeExpr {
                    format!("invalid method expression {ts}.{name} (needs pointer receiver (*{ts}).{name})")
                } else {
                    format!("cannot call pointer method {name} on {ts}")
                };
                self.error(sel.span, s);
                return inv;
            }
            Lookup::NotFound => {
                if !self.is_valid(self.t.underlying(x.typ)) {
                    return inv;
                }
                if let Some(refusal) = self.missing_method_refusal(x.typ, name) {
                    self.error(sel.span, refusal);
                    return inv;
                }
                let why = self.lookup_error(x.typ, name);
                let s = format!("{}.{} undefined ({})", self.expr_string(base), name, why);
                self.error(sel.span, s);
                return inv;
            }
        };
        match found {
            Found::Field {
                path,
                typ,
                indirect,
            } => {
                if x.mode == OpMode::TypeExpr {
                    let s = format!(
                        "operand for field selector {} must be value of type {}",
                        name,
                        self.type_string(x.typ)
                    );
                    self.error(base.span, s);
                    return inv;
                }
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        target: Selected::Field,
                        path,
                        typ,
                    },
                );
                let mode = if x.mode == OpMode::Var || indirect {
                    OpMode::Var
                } else {
                    OpMode::Value
                };
                Operand {
                    mode,
                    typ,
                    expr: Some(e),
                    dummy: None,
                }
            }
            Found::Method { path, func, .. } => {
                self.obj_decl(func);
                self.add_dep(func);
                self.record_use(sel, func);
                let sig = self.obj(func).typ;
                self.method_selection(e, &x, path, Selected::Method(func), sig)
            }
            Found::IfaceMethod { path, sig } => {
                self.method_selection(e, &x, path, Selected::IfaceMethod(name.to_string()), sig)
            }
        }
    }

    fn method_selection(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        path: Vec<usize>,
        target: Selected,
        sig: TypeId,
    ) -> Operand<'a> {
        if x.mode == OpMode::TypeExpr {
            let Type::Func(s) = self.t.get(sig).clone() else {
                return Operand::invalid(Some(e));
            };
            let mut params = vec![x.typ];
            params.extend(s.params.iter().copied());
            let t = self.t.intern(Type::Func(Signature {
                params,
                results: s.results.clone(),
                variadic: s.variadic,
            }));
            self.info.selections.insert(
                e.id,
                Selection {
                    kind: SelectionKind::MethodExpr,
                    target,
                    path,
                    typ: t,
                },
            );
            return Operand {
                mode: OpMode::Value,
                typ: t,
                expr: Some(e),
                dummy: None,
            };
        }
        self.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodVal,
                target,
                path,
                typ: sig,
            },
        );
        Operand {
            mode: OpMode::Value,
            typ: sig,
            expr: Some(e),
            dummy: None,
        }
    }

    /// types2's `lookupError`: the parenthesized reason of "x.f undefined (...)".
    fn lookup_error(&mut self, t: TypeId, sel: &str) -> String {
        let ts = self.type_string(t);
        if let Type::Pointer(b) = self.t.get(t) {
            if self.t.is_interface(*b) {
                return format!("type {ts} is pointer to interface, not interface");
            }
        }
        let alt = match self.lookup_field_or_method(t, true, sel, true) {
            Lookup::Found(Found::Field { path, .. }) => {
                self.field_at(t, &path).map(|(n, p)| (n, p, "field"))
            }
            Lookup::Found(Found::Method { func, .. }) | Lookup::NeedsAddr(func) => {
                let p = self.obj_pkg_path(func);
                Some((self.obj(func).name.clone(), p, "method"))
            }
            Lookup::Found(Found::IfaceMethod { .. }) => None,
            _ => None,
        };
        let Some((alt, alt_pkg, what)) = alt else {
            return format!("type {ts} has no field or method {sel}");
        };
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        enum E {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let e = if alt_pkg == self.pkg.path {
            E::Misspelled
        } else if is_exported(sel) {
            if is_exported(&alt) {
                E::Misspelled
            } else if tail(sel) == tail(&alt) {
                E::Unexported
            } else {
                E::Missing
            }
        } else if is_exported(&alt) {
            if tail(sel) == tail(&alt) {
                E::Misspelled
            } else {
                E::Missing
            }
        } else if sel == alt {
            E::Inaccessible
        } else {
            E::Missing
        };
        match e {
            E::Missing => format!("type {ts} has no field or method {sel}"),
            E::Misspelled => {
                format!("type {ts} has no field or method {sel}, but does have {what} {alt}")
            }
            E::Unexported => format!(
                "type {ts} has no field or method {sel}, but does have unexported {what} {alt}"
            ),
            E::Inaccessible => format!("cannot refer to unexported {what} {alt}"),
        }
    }

    /// The name and declaring package of the field at the end of a selection path.
    fn field_at(&self, t: TypeId, path: &[usize]) -> Option<(String, String)> {
        let mut cur = t;
        let mut last = None;
        for &i in path {
            if let Type::Pointer(b) = self.t.get(cur) {
                cur = *b;
            }
            let Type::Struct(fields) = self.t.under(cur) else {
                return None;
            };
            let f = fields.get(i)?;
            last = Some((f.name.clone(), f.pkg.clone()));
            cur = f.typ;
        }
        last
    }

    fn qualified(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        id: &'a ast::Ident,
        obj: ObjId,
        pid: PkgId,
        sel: &'a ast::Ident,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        self.record_use(id, obj);
        self.x(obj).used = true;
        self.info.types_of.insert(
            base.id,
            TypeAndValue {
                mode: Mode::Package,
                typ: TypeId::INVALID,
            },
        );
        let pkg = &self.info.packages[pid.0 as usize];
        let pkg_name = pkg.name.clone();
        let member = pkg.members.get(&sel.name).copied();
        let Some(member) = member else {
            if let Some(refusal) = super::stdgap::missing_name(&pkg.path, &pkg_name, &sel.name) {
                self.error(sel.span, refusal);
                return inv;
            }
            let alt = pkg
                .members
                .keys()
                .filter(|k| is_exported(k) && k.to_lowercase() == sel.name.to_lowercase())
                .min()
                .cloned();
            let es = self.expr_string(e);
            match alt {
                Some(a) => self.error(sel.span, format!("undefined: {es} (but have {a})")),
                None => self.error(sel.span, format!("undefined: {es}")),
            }
            return inv;
        };
        if !is_exported(&sel.name) {
            self.error(
                sel.span,
                format!("name {} not exported by package {}", sel.name, pkg_name),
            );
        }
        self.record_use(sel, member);
        let path = self.info.packages[pid.0 as usize].path.clone();
        if !self.eval.in_generic_call && self.is_generic_member(&path, &sel.name) {
            self.generic_value_error(e.span, &pkg_name, &sel.name);
            return inv;
        }
        let o = self.obj(member).clone();
        let mode = match &o.kind {
            ObjKind::Const(v) => OpMode::Const(v.clone()),
            ObjKind::TypeName => OpMode::TypeExpr,
            ObjKind::Var { .. } => OpMode::Var,
            ObjKind::Func { .. } => OpMode::Value,
            ObjKind::Builtin(b) => OpMode::Builtin(*b),
            _ => return inv,
        };
        if !self.is_valid(o.typ) && mode != OpMode::TypeExpr {
            return inv;
        }
        Operand {
            mode,
            typ: o.typ,
            expr: Some(e),
            dummy: None,
        }
    }
}
