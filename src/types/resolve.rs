//! Package driver and object collection (go/types' `resolver.go`): creates the package's scope,
//! imports (explicit, and implicit ones for snippets), one object per package-level declaration and
//! the method objects of each receiver base type; then drives declaration checking, function bodies,
//! init order and the unused checks.
//!
//! Invariant: every package-level object is declared in the package scope (methods and `init`s are
//! not) before any declaration is type-checked, so declarations may appear in any order.

use super::check::{Checker, Color, DeclRef, ScopeId};
use super::info::*;
use super::ty::*;
use grammar::ast::{self, Decl, ExprKind, GenKind, Spec, UnaryOp};
use std::collections::HashMap;

impl<'a> Checker<'a> {
    /// Checks one package: collects its objects, checks their declarations (lazily, in
    /// dependency order), then the function bodies, then what waits for the end of the package.
    pub(crate) fn check_package(
        &mut self,
        pkg: PkgId,
        path: &str,
        files: &[(FileId, &'a ast::File)],
        path_to_pkg: &HashMap<String, PkgId>,
        implicit: &[(String, String)],
    ) {
        self.enter_package(pkg, path, files, path_to_pkg, implicit);
        let mut order: Vec<ObjId> = Vec::new();
        let mut func_decls: Vec<(ObjId, ScopeId, FileId)> = Vec::new();
        for &(fid, file) in files {
            self.pkg.file = fid;
            self.pkg.snippet = file.package.is_none();
            let fs = self.new_scope(Some(self.pkg.scope), false);
            self.pkg.file_scope = fs;
            self.func.scope = fs;
            let before = self.diags.len();
            self.collect_imports(file, path_to_pkg);
            if self.diags.len() > before {
                // gc reports a missing package and stops there
                return;
            }
            self.collect_decls(file, &mut order, &mut func_decls);
        }
        self.collect_methods(&mut order);
        // type-check every package-level declaration (lazily resolving dependencies)
        for &obj in &order {
            self.obj_decl(obj);
        }
        self.report_pending_cycles();
        self.check_delayed_bodies();
        self.check_map_keys();
        self.check_embedded();
        self.flush_untyped();
        self.init_order(&order);
        self.check_unused_imports();
        self.check_unused_vars(0, &[]);
        self.check_main_declared(pkg, files);
    }

    /// Sets up `PackageState` for package `pkg` and adds it to `Info::packages`.
    fn enter_package(
        &mut self,
        pkg: PkgId,
        path: &str,
        files: &[(FileId, &'a ast::File)],
        path_to_pkg: &HashMap<String, PkgId>,
        implicit: &[(String, String)],
    ) {
        let name = files
            .first()
            .and_then(|(_, f)| f.package.as_ref().map(|p| p.name.clone()))
            .unwrap_or_else(|| "main".to_string());
        self.pkg.id = pkg;
        self.pkg.first_diag = self.diags.len();
        self.pkg.path = path.to_string();
        self.pkg.scope = self.new_scope(Some(self.universe), false);
        self.info.packages.push(Package {
            path: path.to_string(),
            name,
            files: files.iter().map(|(f, _)| *f).collect(),
            members: HashMap::new(),
            init_order: Vec::new(),
            inits: Vec::new(),
        });
        self.pkg.deps.clear();
        self.pkg.implicit_pkgs.clear();
        for (n, p) in implicit {
            if let Some(&id) = path_to_pkg.get(p) {
                self.pkg.implicit_pkgs.insert(n.clone(), id);
            }
        }
        self.choose_spelling(files);
    }

    /// Chooses how messages spell `uint8`, `int32` and the empty interface for this package,
    /// from the words its text uses (see `format`).
    fn choose_spelling(&mut self, files: &[(FileId, &'a ast::File)]) {
        let text: String = files
            .iter()
            .map(|(f, _)| self.sources.file(*f).text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        self.pkg.spell_uint8 = has_word(&text, "uint8") && !has_word(&text, "byte");
        self.pkg.spell_int32 =
            has_word(&text, "int32") && !has_word(&text, "rune") && !text.contains('\'');
        self.pkg.spell_empty_interface = (text.contains("interface{}")
            || text.contains("interface {}"))
            && !has_word(&text, "any");
    }

    /// spec: "Program execution": package `main` must declare a function `main`.
    fn check_main_declared(&mut self, pkg: PkgId, files: &[(FileId, &'a ast::File)]) {
        let p = &self.info.packages[pkg.0 as usize];
        if p.name != "main" || p.members.contains_key("main") {
            return;
        }
        let Some(&(fid, _)) = files.first() else {
            return;
        };
        self.pkg.file = fid;
        self.diags.push(crate::diag::Diagnostic::new(
            fid,
            ast::Span::default(),
            "function main is undeclared in the main package",
        ));
    }

    /// Checks the function bodies deferred to the end of the package, in declaration order, each
    /// from its file's scope.
    pub(crate) fn check_delayed_bodies(&mut self) {
        let mut i = 0;
        while i < self.pkg.delayed.len() {
            let d = self.pkg.delayed[i].clone();
            self.pkg.file = d.file;
            self.pkg.file_scope = d.file_scope;
            self.func.scope = d.file_scope;
            self.func_body(d.obj, d.decl);
            i += 1;
        }
        self.pkg.delayed.clear();
    }

    pub(crate) fn collect_imports(
        &mut self,
        file: &'a ast::File,
        path_to_pkg: &HashMap<String, PkgId>,
    ) {
        for imp in &file.imports {
            let Some(&pid) = path_to_pkg.get(&imp.path) else {
                if imp.path == "unsafe" {
                    self.error(imp.span, "not supported yet: package unsafe");
                } else {
                    self.error(imp.span, super::stdgap::missing_package(&imp.path));
                }
                continue;
            };
            let pkg_name = self.info.packages[pid.0 as usize].name.clone();
            match imp.alias.as_ref().map(|a| a.name.as_str()) {
                Some("_") => continue,
                Some(".") => {
                    let members: Vec<(String, ObjId)> = self.info.packages[pid.0 as usize]
                        .members
                        .iter()
                        .map(|(k, v)| (k.clone(), *v))
                        .collect();
                    for (n, o) in members {
                        if super::lookup::is_exported(&n) {
                            self.scopes[self.pkg.file_scope.0 as usize]
                                .names
                                .insert(n, o);
                        }
                    }
                    continue;
                }
                _ => {}
            }
            let name = imp.alias.as_ref().map_or(pkg_name, |a| a.name.clone());
            let span = imp.alias.as_ref().map_or(imp.span, |a| a.span);
            let obj = self.new_obj(&name, ObjKind::PkgName(pid), TypeId::INVALID, span);
            self.x(obj).import_path = Some(imp.path.clone());
            let ident = ast::Ident {
                name: name.clone(),
                span: imp.span,
                id: imp.alias.as_ref().map_or(ast::ExprId(u32::MAX), |a| a.id),
            };
            self.declare(self.pkg.file_scope, &ident, obj);
            if let Some(a) = &imp.alias {
                self.record_def(a, obj);
            }
        }
    }

    fn new_pkg_obj(
        &mut self,
        ident: &ast::Ident,
        kind: ObjKind,
        typ: TypeId,
        decl: DeclRef<'a>,
        order: &mut Vec<ObjId>,
    ) -> ObjId {
        let obj = self.new_obj(&ident.name, kind, typ, ident.span);
        let fs = self.pkg.file_scope;
        let x = self.x(obj);
        x.color = Color::White;
        x.decl = Some(decl);
        x.file_scope = Some(fs);
        self.record_def(ident, obj);
        if ident.name != "_" && self.declare(self.pkg.scope, ident, obj) {
            self.info.packages[self.pkg.id.0 as usize]
                .members
                .insert(ident.name.clone(), obj);
        }
        order.push(obj);
        obj
    }

    pub(crate) fn collect_decls(
        &mut self,
        file: &'a ast::File,
        order: &mut Vec<ObjId>,
        funcs: &mut Vec<(ObjId, ScopeId, FileId)>,
    ) {
        for decl in &file.decls {
            match decl {
                Decl::Gen(g) => self.collect_gen(g, order),
                Decl::Func(f) => {
                    if f.recv.is_some() {
                        continue; // methods: collect_methods
                    }
                    let native = f.body.is_none();
                    if f.name.name == "init" {
                        let obj = self.new_obj(
                            "init",
                            ObjKind::Func { recv: None, native },
                            TypeId::INVALID,
                            f.name.span,
                        );
                        let fs = self.pkg.file_scope;
                        let x = self.x(obj);
                        x.color = Color::White;
                        x.decl = Some(DeclRef::Func { decl: f });
                        x.file_scope = Some(fs);
                        self.record_def(&f.name, obj);
                        self.info.packages[self.pkg.id.0 as usize].inits.push(obj);
                        order.push(obj);
                        if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                            self.error(
                                f.name.span,
                                "func init must have no arguments and no return values",
                            );
                        }
                        continue;
                    }
                    if f.name.name == "main"
                        && self.info.packages[self.pkg.id.0 as usize].name == "main"
                        && (!f.sig.params.is_empty() || !f.sig.results.is_empty())
                    {
                        self.error(
                            f.name.span,
                            "func main must have no arguments and no return values",
                        );
                    }
                    let obj = self.new_pkg_obj(
                        &f.name,
                        ObjKind::Func { recv: None, native },
                        TypeId::INVALID,
                        DeclRef::Func { decl: f },
                        order,
                    );
                    funcs.push((obj, self.pkg.file_scope, self.pkg.file));
                }
            }
        }
        // methods are resolved after all files' types are declared
        for decl in &file.decls {
            if let Decl::Func(f) = decl {
                if f.recv.is_some() {
                    self.pkg
                        .method_queue
                        .push((f, self.pkg.file_scope, self.pkg.file));
                }
            }
        }
    }

    pub(crate) fn collect_gen(&mut self, g: &'a ast::GenDecl, order: &mut Vec<ObjId>) {
        match g.kind {
            GenKind::Const => {
                let mut last: Option<(&'a Option<ast::Expr>, &'a Vec<ast::Expr>)> = None;
                for spec in &g.specs {
                    let Spec::Value {
                        names,
                        typ,
                        values,
                        iota,
                        ..
                    } = spec
                    else {
                        continue;
                    };
                    let inherited = values.is_empty() && typ.is_none();
                    let (t, vals) = if inherited {
                        match last {
                            Some(l) => l,
                            None => (typ, values),
                        }
                    } else {
                        last = Some((typ, values));
                        (typ, values)
                    };
                    for (i, n) in names.iter().enumerate() {
                        let errpos = inherited.then_some(n.span);
                        let d = DeclRef::Const {
                            typ: t.as_ref(),
                            init: vals.get(i),
                            iota: *iota,
                            errpos,
                        };
                        self.new_pkg_obj(
                            n,
                            ObjKind::Const(super::constant::int(0)),
                            TypeId::INVALID,
                            d,
                            order,
                        );
                    }
                    self.check_const_arity(names, vals, inherited, spec);
                }
            }
            GenKind::Var => {
                for spec in &g.specs {
                    let Spec::Value { names, .. } = spec else {
                        continue;
                    };
                    let mut objs = Vec::new();
                    for (i, n) in names.iter().enumerate() {
                        let d = DeclRef::Var { spec, idx: i };
                        objs.push(self.new_pkg_obj(
                            n,
                            ObjKind::Var {
                                global: true,
                                param: false,
                            },
                            TypeId::INVALID,
                            d,
                            order,
                        ));
                    }
                    for &o in &objs {
                        self.x(o).siblings = objs.clone();
                    }
                }
            }
            GenKind::Type => {
                for spec in &g.specs {
                    let Spec::Type { name, alias, .. } = spec else {
                        continue;
                    };
                    let obj = self.new_pkg_obj(
                        name,
                        ObjKind::TypeName,
                        TypeId::INVALID,
                        DeclRef::Type { spec },
                        order,
                    );
                    if !alias {
                        let named = self.t.new_named(obj);
                        self.obj_mut(obj).typ = named;
                    }
                }
            }
        }
    }

    /// gc's arity errors of a const spec (types2's `arity`).
    pub(crate) fn check_const_arity(
        &mut self,
        names: &'a [ast::Ident],
        vals: &'a [ast::Expr],
        inherited: bool,
        spec: &'a Spec,
    ) {
        let (l, r) = (names.len(), vals.len());
        if l < r {
            if inherited {
                let Spec::Value { span, .. } = spec else {
                    return;
                };
                let pos = self.pos_string(self.pkg.file, vals[l].span.start);
                self.error(*span, format!("extra init expr at {pos}"));
            } else {
                let s = format!("extra init expr {}", self.expr_string(&vals[l]));
                self.error(vals[l].span, s);
            }
        } else if l > r {
            self.error(
                names[r].span,
                format!("missing init expr for {}", names[r].name),
            );
        }
    }

    /// Resolves each method's receiver base type and creates the method objects.
    pub(crate) fn collect_methods(&mut self, order: &mut Vec<ObjId>) {
        let queue = std::mem::take(&mut self.pkg.method_queue);
        for (f, fs, file) in queue {
            self.pkg.file = file;
            self.pkg.file_scope = fs;
            let Some(recv) = &f.recv else { continue };
            let (base, ptr) = receiver_base(&recv.typ);
            let native = f.body.is_none();
            let obj = self.new_obj(
                &f.name.name,
                ObjKind::Func { recv: None, native },
                TypeId::INVALID,
                f.name.span,
            );
            let x = self.x(obj);
            x.color = Color::White;
            x.decl = Some(DeclRef::Func { decl: f });
            x.file_scope = Some(fs);
            self.record_def(&f.name, obj);
            order.push(obj);
            let Some(base) = base else { continue };
            let tobj = self.lookup(fs, &base.name).map(|(_, o)| o);
            let Some(tobj) = tobj else { continue }; // "undefined" reported when the signature is checked
            if self.obj(tobj).kind != ObjKind::TypeName
                || self.obj(tobj).pkg != self.pkg.id
                || self.lookup_in(self.universe, &base.name) == Some(tobj)
            {
                continue;
            }
            let named = self.obj(tobj).typ;
            if !self.t.is_named(named) {
                continue; // alias: reported when the signature is checked
            }
            self.obj_mut(obj).kind = ObjKind::Func {
                recv: Some((named, ptr)),
                native,
            };
            if f.name.name == "_" {
                continue;
            }
            let list = self.info.methods.entry(named).or_default();
            // A REPL session redefines a method typed again in a later input.
            if self.pkg.session {
                let cur = self.pkg.file;
                let objects = &self.info.objects;
                list.retain(|m| m.name != f.name.name || objects[m.func.0 as usize].file == cur);
            }
            let list = self.info.methods.entry(named).or_default();
            if let Some(prev) = list.iter().find(|m| m.name == f.name.name) {
                let pf = prev.func;
                let (pfile, pspan) = (self.obj(pf).file, self.obj(pf).span);
                let other = self.pos_string(pfile, pspan.start);
                let tn = self.obj(tobj).name.clone();
                self.error(
                    f.name.span,
                    format!(
                        "method {}.{} already declared at {}",
                        tn, f.name.name, other
                    ),
                );
                continue;
            }
            self.info
                .methods
                .entry(named)
                .or_default()
                .push(MethodEntry {
                    name: f.name.name.clone(),
                    func: obj,
                    ptr_recv: ptr,
                });
        }
    }
}

/// The base type name of a receiver type expression (`T`, `*T`, `(T)`), and whether it is a pointer.
pub(crate) fn receiver_base(e: &ast::Expr) -> (Option<&ast::Ident>, bool) {
    match &e.kind {
        ExprKind::Paren(x) => receiver_base(x),
        ExprKind::Unary {
            op: UnaryOp::Deref,
            expr,
        } => match &expr.kind {
            ExprKind::Ident(id) => (Some(id), true),
            ExprKind::Paren(x) => (receiver_base(x).0, true),
            ExprKind::Index { expr, .. } => (receiver_base(expr).0, true),
            _ => (None, true),
        },
        ExprKind::Ident(id) => (Some(id), false),
        ExprKind::Index { expr, .. } => receiver_base(expr),
        _ => (None, false),
    }
}

/// `word` occurs in `text` as a whole identifier.
fn has_word(text: &str, word: &str) -> bool {
    let b = text.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    text.match_indices(word).any(|(i, _)| {
        let end = i + word.len();
        (i == 0 || !ident(b[i - 1])) && (end >= b.len() || !ident(b[end]))
    })
}
