//! The checker of a REPL session (ARCHITECTURE.md §10): one `Checker` kept for the whole session, to which
//! each input is added as one more file of package `main`.
//!
//! Scoping follows the ML toplevel: every input declares its names in a new scope nested in the
//! previous input's, so a later input may redefine a name (the new object shadows the old one) and
//! everything checked earlier keeps meaning what it meant. Statements are checked as the body of a
//! cell function (`func __cell_N() { ... }`); the variables its top level declares become session
//! variables: package-level (global) objects declared in the input's scope.
//!
//! Invariants: an input that has errors leaves no trace a later input can see (its scope is
//! dropped, the method sets and package members it touched are restored); every syntax tree and
//! source text checked is kept for the whole session (the checker and `Info` refer to them), which
//! is why they are leaked: a session lives as long as the process.

use super::check::{Checker, OpMode, ScopeId};
use super::info::*;
use super::state::FuncCtx;
use super::ty::{Type, TypeId, Types};
use super::ObjId;
use super::{Loader, PackageSource, SNIPPET_PACKAGES};
use crate::diag::{Diagnostic, SourceMap};
use grammar::ast;
use std::collections::HashMap;

/// A file of the session and the package it belongs to.
pub type SessionFile = (FileId, PkgId, &'static ast::File);

/// What one checked input adds to the program.
#[derive(Default)]
pub struct Round {
    /// Files to compile: standard packages loaded for this input, then the input itself.
    pub files: Vec<SessionFile>,
    /// Package-level variable initializations of this input, in dependency order, per package.
    pub inits: Vec<(PkgId, Vec<Initializer>)>,
    /// `func init()`s of newly loaded packages, in order.
    pub init_funcs: Vec<ObjId>,
    /// The cell function holding the input's statements.
    pub cell: Option<ObjId>,
    /// A `func main` this input declared (the REPL runs it, as `gorun` runs a file).
    pub main_func: Option<ObjId>,
    /// Variables declared at the top level of the cell: now session (global) variables.
    pub promoted: Vec<ObjId>,
}

pub struct Session {
    c: Checker<'static>,
    stdlib: PackageSource,
    path_to_pkg: HashMap<String, PkgId>,
    main: PkgId,
    /// The scope of the last input that was checked without errors.
    layer: ScopeId,
    /// The session's outermost scope (`:reset` goes back to it).
    base: ScopeId,
    next_id: u32,
    /// How to take back the last input (it failed to compile): the scope, method sets and
    /// package members before it.
    before_last: Option<Undo>,
}

/// What `Session::undo` restores: the scope, method sets and package members before an input.
type Undo = (
    ScopeId,
    HashMap<TypeId, Vec<MethodEntry>>,
    HashMap<String, ObjId>,
);

static NO_SOURCES: SourceMap = SourceMap { files: Vec::new() };

impl Session {
    /// A session with the standard packages snippets may use already checked; the returned round
    /// holds their files.
    pub fn new(stdlib: PackageSource) -> Result<(Session, Round), (SourceMap, Vec<Diagnostic>)> {
        let mut c = Checker::new(&NO_SOURCES);
        c.sources = std::borrow::Cow::Owned(SourceMap::default());
        let mut s = Session {
            c,
            stdlib,
            path_to_pkg: HashMap::new(),
            main: PkgId(0),
            layer: ScopeId(0),
            base: ScopeId(0),
            next_id: 0,
            before_last: None,
        };
        let paths: Vec<String> = SNIPPET_PACKAGES.iter().map(|p| p.1.to_string()).collect();
        let mut round = Round::default();
        s.load(paths, &mut round)?;
        s.main = PkgId(s.c.info.packages.len() as u32);
        let scope = s.c.new_scope(Some(s.c.universe), false);
        s.c.info.packages.push(Package {
            path: "main".into(),
            name: "main".into(),
            files: Vec::new(),
            members: HashMap::new(),
            init_order: Vec::new(),
            inits: Vec::new(),
        });
        s.layer = scope;
        s.base = scope;
        Ok((s, round))
    }

    pub fn info(&self) -> &Info {
        &self.c.info
    }

    pub fn sources(&self) -> &SourceMap {
        &self.c.sources
    }

    /// The type arena, lent to the compiler (which interns types of its own) and given back.
    pub fn take_types(&mut self) -> Types {
        std::mem::take(&mut self.c.t)
    }

    pub fn give_types(&mut self, t: Types) {
        self.c.t = t;
    }

    /// Loads and checks standard packages (and their imports) not loaded yet.
    fn load(
        &mut self,
        paths: Vec<String>,
        round: &mut Round,
    ) -> Result<(), (SourceMap, Vec<Diagnostic>)> {
        let paths: Vec<String> = paths
            .into_iter()
            .filter(|p| !self.path_to_pkg.contains_key(p))
            .collect();
        if paths.is_empty() {
            return Ok(());
        }
        let mut ld = Loader {
            sources: std::mem::take(self.c.sources.to_mut()),
            files: Vec::new(),
            pkgs: Vec::new(),
            by_path: self.path_to_pkg.keys().map(|p| (p.clone(), 0)).collect(),
            order: Vec::new(),
            in_progress: Vec::new(),
            next_id: self.next_id,
            diags: Vec::new(),
            stdlib: self.stdlib,
        };
        ld.load_imports(paths);
        *self.c.sources.to_mut() = std::mem::take(&mut ld.sources);
        self.next_id = ld.next_id;
        if !ld.diags.is_empty() {
            return Err(self.failure(ld.diags));
        }
        let files: Vec<(FileId, &'static ast::File)> = ld
            .files
            .into_iter()
            .map(|(f, file)| (f, &*Box::leak(Box::new(file))))
            .collect();
        let first = self.c.info.packages.len() as u32;
        for (i, &p) in ld.order.iter().enumerate() {
            self.path_to_pkg
                .insert(ld.pkgs[p].path.clone(), PkgId(first + i as u32));
        }
        let before = self.c.diags.len();
        for (i, &p) in ld.order.iter().enumerate() {
            let pkg = PkgId(first + i as u32);
            let lp = &ld.pkgs[p];
            let pkg_files: Vec<(FileId, &'static ast::File)> =
                lp.files.iter().map(|&f| files[f]).collect();
            let path_to_pkg = self.path_to_pkg.clone();
            self.c
                .check_package(pkg, &lp.path, &pkg_files, &path_to_pkg, &[]);
            for (f, file) in pkg_files {
                round.files.push((f, pkg, file));
            }
            let p = &self.c.info.packages[pkg.0 as usize];
            round.inits.push((pkg, p.init_order.clone()));
            round.init_funcs.extend(p.inits.iter().copied());
        }
        if self.c.diags.len() > before {
            let diags = self.c.diags.split_off(before);
            return Err(self.failure(diags));
        }
        Ok(())
    }

    /// Switches the checker to package `main` at a new scope nested in the session's.
    fn enter_main(&mut self, file: FileId) -> ScopeId {
        let c = &mut self.c;
        c.pkg.id = self.main;
        c.pkg.path = "main".into();
        c.pkg.first_diag = c.diags.len();
        let layer = c.new_scope(Some(self.layer), false);
        c.pkg.scope = layer;
        c.pkg.file = file;
        c.pkg.file_scope = layer;
        c.func.scope = layer;
        c.pkg.snippet = true;
        c.pkg.session = true;
        c.pkg.spell_uint8 = false;
        c.pkg.spell_int32 = false;
        c.pkg.spell_empty_interface = false;
        c.pkg.implicit_pkgs = SNIPPET_PACKAGES
            .iter()
            .filter_map(|(n, p)| Some((n.to_string(), *self.path_to_pkg.get(*p)?)))
            .collect();
        c.pkg.deps.clear();
        layer
    }

    /// Checks one input: `text` is a snippet file (declarations, and the cell function
    /// `cell_name` holding the statements if the input has any). Returns what to compile, or the
    /// diagnostics (positions in `text`, which is file `name` of the returned source map).
    pub fn check_input(
        &mut self,
        name: &str,
        text: &str,
        cell_name: Option<&str>,
    ) -> Result<Round, (SourceMap, Vec<Diagnostic>)> {
        let (fid, file) = self.parse_input(name, text)?;
        let mut round = Round::default();
        let imports: Vec<String> = file.imports.iter().map(|i| i.path.clone()).collect();
        self.load(imports, &mut round)?;

        let saved_methods = self.c.info.methods.clone();
        let saved_members = self.c.info.packages[self.main.0 as usize].members.clone();
        let first_obj = self.c.info.objects.len();
        let before = self.c.diags.len();
        let layer = self.enter_main(fid);
        let funcs = self.check_file(file);
        let cell = cell_name.and_then(|n| self.c.lookup_in(layer, n));
        let top = self.cell_top_level(cell);
        // The cell's top level is exempt: its variables become session variables.
        self.c.check_unused_vars(first_obj, &top);
        if self.c.diags.len() > before {
            let mut diags = self.c.diags.split_off(before);
            super::stdgap::refuse_std_gaps(&std::mem::take(&mut self.c.std_gaps), &mut diags);
            diags.sort_by_key(|d| (d.file, d.span.start));
            self.c.info.methods = saved_methods;
            self.c.info.packages[self.main.0 as usize].members = saved_members;
            return Err(self.failure(diags));
        }
        let main = &mut self.c.info.packages[self.main.0 as usize];
        main.files.push(fid);
        round
            .inits
            .push((self.main, std::mem::take(&mut main.init_order)));
        round.init_funcs.append(&mut main.inits);
        if let (Some(n), Some(_)) = (cell_name, cell) {
            // The cell is not a name later inputs can call.
            self.c.scopes[layer.0 as usize].names.remove(n);
            main.members.remove(n);
        }
        round.main_func = funcs
            .iter()
            .map(|f| f.0)
            .find(|&f| self.c.obj(f).name == "main");
        self.promote(layer, top, &mut round);
        round.cell = cell;
        round.files.push((fid, self.main, file));
        self.before_last = Some((self.layer, saved_methods, saved_members));
        self.layer = layer;
        Ok(round)
    }

    /// Adds an input to the sources and parses it (kept for the session: see the invariants).
    fn parse_input(
        &mut self,
        name: &str,
        text: &str,
    ) -> Result<(FileId, &'static ast::File), (SourceMap, Vec<Diagnostic>)> {
        let fid = self.c.sources.to_mut().add(name.into(), text.into());
        let file = grammar::parse_file(text, self.next_id).map_err(|e| self.syntax(fid, e))?;
        self.next_id = file.expr_count;
        Ok((fid, Box::leak(Box::new(file))))
    }

    /// Checks an input's file in package `main` (entered with `enter_main`) as `check_package`
    /// checks a package, except for unused names (the caller checks variables, imports are not
    /// checked); returns the functions the file declares.
    fn check_file(&mut self, file: &'static ast::File) -> Vec<(ObjId, ScopeId, FileId)> {
        let mut order = Vec::new();
        let mut funcs = Vec::new();
        self.c.collect_imports(file, &self.path_to_pkg.clone());
        self.c.collect_decls(file, &mut order, &mut funcs);
        self.c.collect_methods(&mut order);
        for &obj in &order {
            self.c.obj_decl(obj);
        }
        self.c.report_pending_cycles();
        self.c.check_delayed_bodies();
        self.c.check_map_keys();
        self.c.check_embedded();
        self.c.flush_untyped();
        self.c.init_order(&order);
        funcs
    }

    /// The objects declared at the top level of the cell function's body.
    fn cell_top_level(&self, cell: Option<ObjId>) -> Vec<ObjId> {
        cell.and_then(|f| self.c.func_scopes.get(&f))
            .map(|&sc| {
                self.c.scopes[sc.0 as usize]
                    .names
                    .values()
                    .copied()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Makes the variables among the cell's top-level objects `top` session (global) variables,
    /// declared in the input's scope `layer` and as members of package `main`.
    fn promote(&mut self, layer: ScopeId, mut top: Vec<ObjId>, round: &mut Round) {
        top.sort();
        for o in top {
            let name = self.c.obj(o).name.clone();
            if !matches!(self.c.obj(o).kind, ObjKind::Var { .. }) || name.starts_with("__") {
                continue;
            }
            self.c.obj_mut(o).kind = ObjKind::Var {
                global: true,
                param: false,
            };
            self.c.x(o).local_var = false;
            if name != "_" {
                self.c.scopes[layer.0 as usize]
                    .names
                    .insert(name.clone(), o);
                self.c.info.packages[self.main.0 as usize]
                    .members
                    .insert(name, o);
            }
            round.promoted.push(o);
        }
    }

    /// The sources so far with `diags` (what a failed check returns).
    fn failure(&self, diags: Vec<Diagnostic>) -> (SourceMap, Vec<Diagnostic>) {
        (self.c.sources.clone().into_owned(), diags)
    }

    /// Syntax errors of file `fid` as a failed check.
    fn syntax(&self, fid: FileId, errs: Vec<grammar::SyntaxError>) -> (SourceMap, Vec<Diagnostic>) {
        let diags = errs
            .into_iter()
            .map(|e| Diagnostic::new(fid, e.span, e.message))
            .collect();
        self.failure(diags)
    }

    /// Takes back the last input checked (it could not be compiled or installed).
    pub fn undo(&mut self) {
        if let Some((layer, methods, members)) = self.before_last.take() {
            self.layer = layer;
            self.c.info.methods = methods;
            self.c.info.packages[self.main.0 as usize].members = members;
        }
    }

    /// Forgets every declaration of the session (`:reset`); code already running keeps what
    /// it refers to.
    pub fn reset(&mut self) {
        self.layer = self.base;
        self.before_last = None;
        self.c.info.packages[self.main.0 as usize].members.clear();
    }

    /// The static types of expression `text` in the session's scope (several for a multi-value
    /// call, none for a call without results), checked without running it.
    pub fn expr_types(
        &mut self,
        name: &str,
        text: &str,
    ) -> Result<Vec<ExprType>, (SourceMap, Vec<Diagnostic>)> {
        let fid = self.c.sources.to_mut().add(name.into(), text.into());
        let (e, next) = grammar::parse_expr(text, self.next_id).map_err(|e| self.syntax(fid, e))?;
        self.next_id = next;
        let e: &'static ast::Expr = Box::leak(Box::new(e));
        let before = self.c.diags.len();
        // The probe's scope is never made the session's: an expression declares nothing later
        // inputs could see (and cannot touch method sets or package members).
        let layer = self.enter_main(fid);
        let saved_func = self.c.func.sig.replace(FuncCtx {
            results: Vec::new(),
            named_results: Vec::new(),
            scope: layer,
        });
        let x = self.c.raw_expr(e, None, false);
        let xs: Vec<(OpMode, TypeId)> = match self.c.t.get(x.typ) {
            Type::Tuple(ts) if !x.is_invalid() => ts.iter().map(|&t| (OpMode::Value, t)).collect(),
            _ if x.is_invalid() => Vec::new(),
            _ => vec![(x.mode.clone(), x.typ)],
        };
        let mut out = Vec::new();
        for (mode, typ) in xs {
            match mode {
                OpMode::TypeExpr => {
                    let s = self.c.expr_string(e);
                    self.c
                        .error(e.span, format!("{s} (type) is not an expression"));
                }
                OpMode::Builtin(_) => {
                    let s = self.c.expr_string(e);
                    self.c
                        .error(e.span, format!("{s} (built-in) must be called"));
                }
                OpMode::NoValue => {}
                _ => {
                    out.push(ExprType {
                        shown: self.display_type(typ),
                        default: self.display_type(self.c.default_type(typ)),
                    });
                }
            }
        }
        self.c.flush_untyped();
        self.c.func.sig = saved_func;
        if self.c.diags.len() > before {
            let diags = self.c.diags.split_off(before);
            return Err(self.failure(diags));
        }
        Ok(out)
    }

    /// A type as `%T` prints it: qualified by package name, `main.Point`, `uint8`, `interface {}`.
    pub fn display_type(&mut self, t: TypeId) -> String {
        let saved = (
            self.c.pkg.id,
            self.c.pkg.spell_uint8,
            self.c.pkg.spell_int32,
            self.c.pkg.spell_empty_interface,
        );
        self.c.pkg.id = PkgId(u32::MAX);
        self.c.pkg.spell_uint8 = true;
        self.c.pkg.spell_int32 = true;
        self.c.pkg.spell_empty_interface = true;
        let s = self.c.type_string(t);
        (
            self.c.pkg.id,
            self.c.pkg.spell_uint8,
            self.c.pkg.spell_int32,
            self.c.pkg.spell_empty_interface,
        ) = saved;
        s.replace("\"sync\".", "sync.")
            .replace("\"strconv\".", "strconv.")
    }

    /// Names visible at the session's top level (for completion): session declarations, then
    /// the auto-imported package names.
    pub fn top_names(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut sc = Some(self.layer);
        while let Some(s) = sc {
            let scope = &self.c.scopes[s.0 as usize];
            out.extend(scope.names.keys().filter(|n| !n.starts_with("__")).cloned());
            sc = scope.parent;
        }
        out.extend(SNIPPET_PACKAGES.iter().map(|p| p.0.to_string()));
        out.sort();
        out.dedup();
        out
    }

    /// Exported members of the package a session name denotes (for completion of `pkg.`).
    pub fn package_members(&self, name: &str) -> Vec<String> {
        let pid = match self.c.lookup(self.layer, name) {
            Some((_, o)) => match self.c.obj(o).kind {
                ObjKind::PkgName(p) => Some(p),
                _ => None,
            },
            None => SNIPPET_PACKAGES
                .iter()
                .find(|p| p.0 == name)
                .and_then(|p| self.path_to_pkg.get(p.1).copied()),
        };
        let Some(pid) = pid else { return Vec::new() };
        let mut out: Vec<String> = self.c.info.packages[pid.0 as usize]
            .members
            .keys()
            .filter(|n| super::lookup::is_exported(n))
            .cloned()
            .collect();
        out.sort();
        out
    }
}

/// The static type of a value a bare expression produced.
pub struct ExprType {
    /// As `%T` spells it (`untyped int` for an untyped constant).
    pub shown: String,
    /// The type the value gets when stored in a variable (the default type of an untyped one).
    pub default: String,
}
