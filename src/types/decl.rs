//! Declarations (go/types' `decl.go`): package-level objects are type-checked on first use
//! (`obj_decl`), with go/types' colouring to detect cycles; constant, variable, type and function
//! declarations; local declaration statements; and the "invalid recursive type" check (`valid_type`).
//!
//! Invariants: an object is Grey exactly while its declaration is being checked (it is then on
//! `decl_path`); after `valid_type` no named type contains itself through struct fields or array
//! elements (a cycle's types get an invalid underlying type), so later walks over value layouts end.

use super::check::{Checker, Color, DeclRef, OpMode, Operand};
use super::info::*;
use super::state::FuncState;
use super::ty::*;
use grammar::ast::{self, Expr, GenKind, Spec};
use std::collections::HashSet;

impl<'a> Checker<'a> {
    pub(crate) fn error_at(&mut self, file: FileId, span: ast::Span, msg: impl Into<String>) {
        self.report(file, span, msg.into());
    }

    /// Type-checks the declaration of a package-level object if not done yet.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.objx[obj.0 as usize].color {
            Color::Black => return,
            Color::Grey => {
                self.decl_cycle(obj);
                return;
            }
            Color::White => {}
        }
        let Some(decl) = self.objx[obj.0 as usize].decl else {
            self.x(obj).color = Color::Black;
            return;
        };
        let saved_file = self.pkg.file;
        let saved_scope = self.pkg.file_scope;
        self.pkg.file = self.obj(obj).file;
        if let Some(fs) = self.objx[obj.0 as usize].file_scope {
            self.pkg.file_scope = fs;
        }
        let at_decl = FuncState::at_decl(Some(obj), self.pkg.file_scope);
        let saved_func = std::mem::replace(&mut self.func, at_decl);
        self.x(obj).color = Color::Grey;
        self.pkg.decl_path.push(obj);
        match decl {
            DeclRef::Const {
                typ,
                init,
                iota,
                errpos,
            } => {
                self.func.iota = Some(super::constant::int(iota as i64));
                self.func.errpos = errpos;
                self.const_decl(obj, typ, init);
            }
            DeclRef::Var { spec, idx } => self.var_decl(obj, spec, idx),
            DeclRef::Type { spec } => self.type_decl(obj, spec),
            DeclRef::Func { decl } => self.func_decl(obj, decl),
        }
        self.pkg.decl_path.pop();
        self.x(obj).color = Color::Black;
        self.pkg.file = saved_file;
        self.pkg.file_scope = saved_scope;
        self.func = saved_func;
    }

    /// A reference to an object whose declaration is in progress (go/types' `validCycle`).
    fn decl_cycle(&mut self, obj: ObjId) {
        let Some(start) = self.pkg.decl_path.iter().position(|&o| o == obj) else {
            return;
        };
        let cycle: Vec<ObjId> = self.pkg.decl_path[start..].to_vec();
        let mut nval = 0;
        let mut ndef = 0;
        for &o in &cycle {
            match self.obj(o).kind {
                ObjKind::Const(_) | ObjKind::Var { .. } => nval += 1,
                ObjKind::TypeName if self.t.is_named(self.obj(o).typ) => {
                    ndef += 1;
                }
                _ => {}
            }
        }
        // cycles of constants and variables only are reported by the init order check
        if nval == cycle.len() || (nval == 0 && ndef > 0) {
            return;
        }
        self.cycle_error(&cycle);
    }

    /// gc's "invalid recursive type" / "invalid cycle in declaration" with the chain of references.
    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId]) {
        if cycle.is_empty() {
            return;
        }
        let start = (0..cycle.len())
            .min_by_key(|&i| (self.obj(cycle[i]).file, self.obj(cycle[i]).span.start))
            .unwrap_or(0);
        let first = cycle[start];
        if !self.reported_recursive.insert(first) {
            return;
        }
        let is_type = self.obj(first).kind == ObjKind::TypeName;
        let name = self.obj(first).name.clone();
        let (file, span) = (self.obj(first).file, self.obj(first).span);
        if cycle.len() == 1 {
            let msg = if is_type {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("invalid cycle in declaration: {name} refers to itself")
            };
            self.error_at(file, span, msg);
            return;
        }
        let mut msg = if is_type {
            format!("invalid recursive type {name}")
        } else {
            format!("invalid cycle in declaration of {name}")
        };
        for i in 0..cycle.len() {
            let o = cycle[(start + i) % cycle.len()];
            let next = cycle[(start + i + 1) % cycle.len()];
            let pos = self.pos_string(self.obj(o).file, self.obj(o).span.start);
            msg.push_str(&format!(
                "\n\t{}: {} refers to {}",
                pos,
                self.obj(o).name,
                self.obj(next).name
            ));
        }
        self.error_at(file, span, msg);
    }

    fn const_decl(&mut self, obj: ObjId, typ: Option<&'a Expr>, init: Option<&'a Expr>) {
        let declared = typ.map(|t| self.type_expr(t));
        if let Some(t) = declared {
            if self.is_valid(t) && !self.is_const_type(t) {
                let s = format!("invalid constant type {}", self.type_string(t));
                self.error(typ.map_or(ast::Span::default(), |e| e.span), s);
                self.obj_mut(obj).typ = TypeId::INVALID;
                if let Some(e) = init {
                    self.expr(e);
                }
                return;
            }
        }
        let x = match init {
            Some(e) => self.expr(e),
            None => Operand::invalid(None),
        };
        self.init_const(obj, x, declared);
    }

    pub(crate) fn init_const(&mut self, obj: ObjId, mut x: Operand<'a>, declared: Option<TypeId>) {
        if x.is_invalid() || !self.is_valid(x.typ) || declared == Some(TypeId::INVALID) {
            self.obj_mut(obj).typ = TypeId::INVALID;
            return;
        }
        if !matches!(x.mode, OpMode::Const(_)) {
            let s = format!("{} is not constant", self.operand_string(&x));
            self.error(x.span(), s);
            self.obj_mut(obj).typ = TypeId::INVALID;
            return;
        }
        if let Some(t) = declared {
            self.assignment(&mut x, Some(t), "constant declaration");
            if x.is_invalid() {
                self.obj_mut(obj).typ = TypeId::INVALID;
                return;
            }
        }
        if let OpMode::Const(v) = &x.mode {
            let v = self.const_for_type(v, x.typ);
            let o = self.obj_mut(obj);
            o.typ = x.typ;
            o.kind = ObjKind::Const(v);
        }
    }

    fn var_decl(&mut self, obj: ObjId, spec: &'a Spec, idx: usize) {
        let Spec::Value {
            names, typ, values, ..
        } = spec
        else {
            return;
        };
        let siblings = self.objx[obj.0 as usize].siblings.clone();
        let declared = typ.as_ref().map(|t| self.type_expr(t));
        if let Some(t) = declared {
            for &s in &siblings {
                self.obj_mut(s).typ = t;
            }
        }
        if values.len() == 1 && names.len() > 1 {
            for &s in &siblings {
                if s != obj {
                    self.x(s).color = Color::Black;
                }
            }
            let fresh = if declared.is_some() {
                Vec::new()
            } else {
                siblings.clone()
            };
            self.init_vars(&siblings, &fresh, values, None);
            return;
        }
        match values.get(idx) {
            Some(v) => {
                let x = self.expr(v);
                let saved = self.spell_as(typ.as_ref());
                self.init_var(obj, x, declared.is_some(), "variable declaration");
                (self.pkg.spell_uint8, self.pkg.spell_int32) = saved;
            }
            None => {
                if declared.is_none() {
                    self.obj_mut(obj).typ = TypeId::INVALID;
                }
            }
        }
        if idx == 0 && (declared.is_none() || !values.is_empty()) {
            self.var_arity(names, values);
        }
    }

    /// gc's arity errors of a var spec.
    pub(crate) fn var_arity(&mut self, names: &'a [ast::Ident], values: &'a [Expr]) {
        let (l, r) = (names.len(), values.len());
        if l < r {
            let s = format!("extra init expr {}", self.expr_string(&values[l]));
            self.error(values[l].span, s);
        } else if l > r && r != 1 {
            self.error(
                names[r].span,
                format!("missing init expr for {}", names[r].name),
            );
        }
    }

    pub(crate) fn type_decl(&mut self, obj: ObjId, spec: &'a Spec) {
        let Spec::Type {
            type_params,
            alias,
            typ,
            ..
        } = spec
        else {
            return;
        };
        if let Some(tp) = type_params.first() {
            let span = tp.names.first().map_or(tp.constraint.span, |n| n.span);
            self.error(span, "not supported yet: generic type parameters");
            if self.t.is_named(self.obj(obj).typ) {
                self.t.set_underlying(self.obj(obj).typ, TypeId::INVALID);
            }
            self.obj_mut(obj).typ = TypeId::INVALID;
            return;
        }
        if *alias {
            let t = self.type_expr(typ);
            self.obj_mut(obj).typ = t;
            return;
        }
        let named = self.obj(obj).typ;
        if !self.t.is_named(named) {
            return;
        }
        self.pkg.types_in_progress.insert(named);
        self.pkg.defer_embeds = is_interface_literal(typ);
        let rhs = self.type_expr(typ);
        self.pkg.defer_embeds = false;
        self.pkg.types_in_progress.remove(&named);
        let mut under = self.t.underlying(rhs);
        if self.t.is_named(under) {
            under = TypeId::INVALID;
        }
        if under == TypeId::INVALID && rhs != TypeId::INVALID && self.t.is_named(rhs) {
            // `type T U` where U is still being declared: completed with U, or a cycle
            // through type names only.
            self.defer_underlying(named, rhs);
        }
        let embeds = std::mem::take(&mut self.pkg.deferred_embeds);
        if !embeds.is_empty() {
            let file = self.pkg.file;
            self.pkg.pending.push(super::pending::Pending::Embeds {
                named,
                embeds,
                file,
            });
        }
        self.t.set_underlying(named, under);
        self.valid_type(named);
        self.check_field_method_clash(named);
        self.complete_pending();
    }

    fn check_field_method_clash(&mut self, named: TypeId) {
        let Type::Struct(fields) = self.t.under(named).clone() else {
            return;
        };
        let methods = self.info.methods.get(&named).cloned().unwrap_or_default();
        for m in methods {
            if let Some(f) = fields.iter().find(|f| f.name == m.name) {
                let span = self.obj(m.func).span;
                let file = self.obj(m.func).file;
                let mut msg = format!("field and method with the same name {}", f.name);
                if let Some(fspan) = self.field_decl_span(named, &f.name) {
                    let tobj = match self.t.get(named) {
                        Type::Named { obj, .. } => Some(*obj),
                        _ => None,
                    };
                    let tfile = tobj.map_or(file, |o| self.obj(o).file);
                    msg.push_str(&format!(
                        "\n\t{}: other declaration of {}",
                        self.pos_string(tfile, fspan.start),
                        f.name
                    ));
                }
                self.error_at(file, span, msg);
            }
        }
    }

    /// The position of field `name` in the struct type declaration of `named`, if declared here.
    fn field_decl_span(&self, named: TypeId, name: &str) -> Option<ast::Span> {
        let Type::Named { obj, .. } = self.t.get(named) else {
            return None;
        };
        let Some(DeclRef::Type {
            spec: Spec::Type { typ, .. },
        }) = self.objx[obj.0 as usize].decl
        else {
            return None;
        };
        let ast::ExprKind::StructType(fields) = &typ.kind else {
            return None;
        };
        fields
            .iter()
            .flat_map(|f| f.names.iter())
            .find(|n| n.name == name)
            .map(|n| n.span)
    }

    /// Reports (and breaks) a named type that contains itself by value (go/types' `validType`).
    pub(crate) fn valid_type(&mut self, root: TypeId) {
        let mut path = Vec::new();
        let mut done = HashSet::new();
        self.valid_type_rec(root, &mut path, &mut done, 0);
    }

    fn valid_type_rec(
        &mut self,
        t: TypeId,
        path: &mut Vec<TypeId>,
        done: &mut HashSet<TypeId>,
        depth: u32,
    ) -> bool {
        if depth > 10_000 {
            return true;
        }
        match self.t.get(t).clone() {
            Type::Named { underlying, .. } => {
                if let Some(i) = path.iter().position(|&p| p == t) {
                    let cycle: Vec<TypeId> = path[i..].to_vec();
                    let objs: Vec<ObjId> = cycle
                        .iter()
                        .filter_map(|&c| match self.t.get(c) {
                            Type::Named { obj, .. } => Some(*obj),
                            _ => None,
                        })
                        .collect();
                    self.cycle_error(&objs);
                    for c in cycle {
                        self.t.set_underlying(c, TypeId::INVALID);
                    }
                    return false;
                }
                if underlying == TypeId::INVALID || done.contains(&t) {
                    return true;
                }
                path.push(t);
                let ok = self.valid_type_rec(underlying, path, done, depth + 1);
                path.pop();
                done.insert(t);
                ok
            }
            Type::Array { elem, .. } => self.valid_type_rec(elem, path, done, depth + 1),
            Type::Struct(fields) => {
                for f in fields {
                    if !self.valid_type_rec(f.typ, path, done, depth + 1) {
                        return false;
                    }
                }
                true
            }
            _ => true,
        }
    }

    /// A type expression denotes a named type whose declaration is still in progress and whose
    /// structure is needed now (`type T [len(T{})]int`): report the cycle.
    pub(crate) fn check_incomplete(&mut self, t: TypeId) -> bool {
        if let Type::Named { obj, underlying } = self.t.get(t).clone() {
            if underlying == TypeId::INVALID {
                if let Some(pos) = self.pkg.decl_path.iter().position(|&o| o == obj) {
                    let cycle: Vec<ObjId> = self.pkg.decl_path[pos..].to_vec();
                    self.cycle_error(&cycle);
                    return true;
                }
            }
        }
        false
    }

    fn func_decl(&mut self, obj: ObjId, decl: &'a ast::FuncDecl) {
        if let Some(tp) = decl.type_params.first() {
            let span = tp.names.first().map_or(tp.constraint.span, |n| n.span);
            self.error(span, "not supported yet: generic type parameters");
            // neither the signature nor the body is checked: uses become silently invalid
            self.obj_mut(obj).typ = TypeId::INVALID;
            return;
        }
        if let Some(recv) = &decl.recv {
            if self.generic_receiver(recv) {
                self.obj_mut(obj).typ = TypeId::INVALID;
                return;
            }
        }
        let scope = self.new_scope(Some(self.pkg.file_scope), true);
        if let Some(recv) = &decl.recv {
            self.receiver(obj, recv, scope);
        }
        let (sig, named) = self.func_type(&decl.sig, scope);
        self.sig_syntax.insert(obj, &decl.sig);
        let t = self.t.intern(Type::Func(sig));
        self.obj_mut(obj).typ = t;
        if decl.body.is_some() {
            self.func_scopes.insert(obj, scope);
            self.func_named.insert(obj, named);
            let fs = self.pkg.file_scope;
            let file = self.pkg.file;
            self.pkg.delayed.push(super::state::Delayed {
                obj,
                decl,
                file_scope: fs,
                file,
            });
        }
    }

    /// The receiver's base type is a generic type (its methods are not checked).
    fn generic_receiver(&self, recv: &'a ast::Param) -> bool {
        let (Some(base), _) = super::resolve::receiver_base(&recv.typ) else {
            return false;
        };
        let Some((_, tobj)) = self.lookup(self.pkg.file_scope, &base.name) else {
            return false;
        };
        matches!(self.objx[tobj.0 as usize].decl, Some(DeclRef::Type { spec: Spec::Type { type_params, .. } }) if !type_params.is_empty())
    }

    fn receiver(&mut self, obj: ObjId, recv: &'a ast::Param, scope: super::check::ScopeId) {
        let (base, ptr) = super::resolve::receiver_base(&recv.typ);
        let rt = self.type_expr(&recv.typ);
        if let Some(b) = base {
            if let Some((_, tobj)) = self.lookup(self.pkg.file_scope, &b.name) {
                let t = self.obj(tobj).typ;
                let local = self.obj(tobj).pkg == self.pkg.id
                    && self.lookup_in(self.universe, &b.name) != Some(tobj);
                if self.obj(tobj).kind == ObjKind::TypeName && self.is_valid(t) {
                    if !local || !self.t.is_named(t) && !self.t.is_named(self.t.underlying(t)) {
                        let s = format!(
                            "cannot define new methods on non-local type {}",
                            self.type_string(t)
                        );
                        self.error(b.span, s);
                    } else if matches!(self.t.under(t), Type::Pointer(_) | Type::Interface(_)) {
                        let s = format!(
                            "invalid receiver type {} (pointer or interface type)",
                            self.type_string(t)
                        );
                        self.error(b.span, s);
                    }
                }
            }
        } else if self.is_valid(rt) {
            let s = format!("invalid receiver type {}", self.type_string(rt));
            self.error(recv.typ.span, s);
        }
        let _ = (ptr, obj);
        for n in &recv.names {
            let v = self.new_obj(
                &n.name,
                ObjKind::Var {
                    global: false,
                    param: true,
                },
                rt,
                n.span,
            );
            self.x(v).used = true;
            self.declare(scope, n, v);
            self.record_def(n, v);
        }
    }

    /// A declaration statement inside a function.
    pub(crate) fn local_decl(&mut self, g: &'a ast::GenDecl) {
        match g.kind {
            GenKind::Const => {
                let mut last: Option<(&'a Option<Expr>, &'a Vec<Expr>)> = None;
                for spec in &g.specs {
                    let Spec::Value {
                        names,
                        typ,
                        values,
                        iota,
                        span,
                    } = spec
                    else {
                        continue;
                    };
                    let inherited = values.is_empty() && typ.is_none();
                    let (t, vals) = if inherited {
                        last.unwrap_or((typ, values))
                    } else {
                        last = Some((typ, values));
                        (typ, values)
                    };
                    let saved = self.func.iota.replace(super::constant::int(*iota as i64));
                    let saved_errpos = self.func.errpos;
                    self.func.errpos = if inherited {
                        names.first().map(|n| n.span)
                    } else {
                        None
                    };
                    let declared = t.as_ref().map(|te| self.type_expr(te));
                    let mut objs = Vec::new();
                    for (i, n) in names.iter().enumerate() {
                        if inherited {
                            self.func.errpos = Some(n.span);
                        }
                        let obj = self.new_obj(
                            &n.name,
                            ObjKind::Const(super::constant::int(0)),
                            TypeId::INVALID,
                            n.span,
                        );
                        let x = match vals.get(i) {
                            Some(e) => self.expr(e),
                            None => Operand::invalid(None),
                        };
                        if let Some(d) = declared {
                            if self.is_valid(d) && !self.is_const_type(d) {
                                let s = format!("invalid constant type {}", self.type_string(d));
                                self.error(t.as_ref().map_or(*span, |e| e.span), s);
                                continue;
                            }
                        }
                        self.init_const(obj, x, declared);
                        self.record_def(n, obj);
                        objs.push((n, obj));
                    }
                    self.func.errpos = saved_errpos;
                    self.func.iota = saved;
                    self.check_const_arity(names, vals, inherited, spec);
                    let scope = self.cur_scope();
                    for (n, obj) in objs {
                        self.declare(scope, n, obj);
                    }
                }
            }
            GenKind::Var => {
                for spec in &g.specs {
                    let Spec::Value {
                        names, typ, values, ..
                    } = spec
                    else {
                        continue;
                    };
                    let declared = typ.as_ref().map(|t| self.type_expr(t));
                    let objs: Vec<ObjId> = names
                        .iter()
                        .map(|n| {
                            let o = self.new_obj(
                                &n.name,
                                ObjKind::Var {
                                    global: false,
                                    param: false,
                                },
                                declared.unwrap_or(TypeId::INVALID),
                                n.span,
                            );
                            self.x(o).local_var = true;
                            self.record_def(n, o);
                            o
                        })
                        .collect();
                    if values.len() == 1 && names.len() > 1 {
                        let fresh = if declared.is_some() {
                            Vec::new()
                        } else {
                            objs.clone()
                        };
                        self.init_vars(&objs, &fresh, values, None);
                    } else {
                        for (i, &o) in objs.iter().enumerate() {
                            match values.get(i) {
                                Some(v) => {
                                    let x = self.expr(v);
                                    let saved = self.spell_as(typ.as_ref());
                                    self.init_var(o, x, declared.is_some(), "variable declaration");
                                    (self.pkg.spell_uint8, self.pkg.spell_int32) = saved;
                                }
                                None if declared.is_none() => self.obj_mut(o).typ = TypeId::INVALID,
                                None => {}
                            }
                        }
                    }
                    if declared.is_none() || !values.is_empty() {
                        self.var_arity(names, values);
                    }
                    let scope = self.cur_scope();
                    for (n, o) in names.iter().zip(objs) {
                        self.declare(scope, n, o);
                    }
                }
            }
            GenKind::Type => {
                for spec in &g.specs {
                    let Spec::Type { name, alias, .. } = spec else {
                        continue;
                    };
                    let obj =
                        self.new_obj(&name.name, ObjKind::TypeName, TypeId::INVALID, name.span);
                    if !alias {
                        let named = self.t.new_named(obj);
                        self.obj_mut(obj).typ = named;
                    }
                    self.record_def(name, obj);
                    let scope = self.cur_scope();
                    self.declare(scope, name, obj);
                    self.x(obj).color = Color::Grey;
                    self.pkg.decl_path.push(obj);
                    self.type_decl(obj, spec);
                    self.pkg.decl_path.pop();
                    self.x(obj).color = Color::Black;
                }
            }
        }
    }
}

/// Is `e` (in parentheses or not) an interface type literal?
fn is_interface_literal(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Paren(x) => is_interface_literal(x),
        ast::ExprKind::InterfaceType(_) => true,
        _ => false,
    }
}
