//! Functions: declarations, native stubs, closures (with captured variables), the entry function
//! that initializes packages and calls `main.main`, and variable storage (declare, load, store,
//! address).
//!
//! Invariant: a captured or address-taken scalar lives in a heap cell from its declaration on, so
//! every closure sees the same variable; each Go 1.22 loop iteration gets a fresh cell.

use super::escape;
use super::opcode::{FuncId, Op, Reg};
use super::{Compiler, FnCtx, VarLoc};
use crate::types::{FileId, ObjId, ObjKind, Type, TypeId};
use grammar::ast::{self, Block, FuncType};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn compile_func_decl(
        &mut self,
        fd: &'a ast::FuncDecl,
        obj: ObjId,
        pkg: &str,
        file: FileId,
    ) {
        let id = self.func_id(obj);
        let Some(body) = &fd.body else {
            let native_name = self.native_name(fd, obj, pkg);
            let n = self.native_id(&native_name);
            let nres = self.funcs[id.0 as usize].nresults;
            let p = &mut self.funcs[id.0 as usize];
            p.code = vec![
                Op::CallNative { a: Reg(0), n },
                Op::Return { a: Reg(0), n: nres },
            ];
            p.lines = vec![0, 0];
            p.native = Some(n);
            p.nregs = p.nregs.max(p.nparams).max(8);
            return;
        };
        let name = self.funcs[id.0 as usize].name.clone();
        let mut params: Vec<Option<ObjId>> = Vec::new();
        if let Some(r) = &fd.recv {
            params.push(
                r.names
                    .first()
                    .and_then(|n| self.info.defs.get(&n.id).copied()),
            );
        }
        self.push_params(&fd.sig, &mut params);
        let result_objs = self.result_objs(&fd.sig);
        let all: Vec<ObjId> = params
            .iter()
            .chain(result_objs.iter())
            .flatten()
            .copied()
            .collect();
        let escapes = Rc::new(escape::analyse(
            self.info,
            &self.types,
            &all,
            body,
            &self.kept_params,
        ));
        let sig_ty = self.info.obj(obj).typ;
        let proto = self.compile_body(
            name,
            file,
            sig_ty,
            &params,
            &result_objs,
            &fd.sig,
            body,
            escapes,
        );
        let keep_name = self.funcs[id.0 as usize].name.clone();
        self.funcs[id.0 as usize] = proto;
        self.funcs[id.0 as usize].name = keep_name;
    }

    fn native_name(&self, fd: &ast::FuncDecl, obj: ObjId, pkg: &str) -> String {
        match &self.info.obj(obj).kind {
            ObjKind::Func {
                recv: Some((t, _)), ..
            } => {
                let tn = match self.types.get(*t) {
                    Type::Named { obj, .. } => self.info.obj(*obj).name.clone(),
                    _ => "?".into(),
                };
                format!("{pkg}.{tn}.{}", fd.name.name)
            }
            _ => format!("{pkg}.{}", fd.name.name),
        }
    }

    fn push_params(&self, sig: &FuncType, out: &mut Vec<Option<ObjId>>) {
        for f in &sig.params {
            if f.names.is_empty() {
                out.push(None);
            }
            for n in &f.names {
                out.push(self.info.defs.get(&n.id).copied());
            }
        }
    }

    fn result_objs(&self, sig: &FuncType) -> Vec<Option<ObjId>> {
        let mut out = Vec::new();
        for f in &sig.results {
            if f.names.is_empty() {
                out.push(None);
            }
            for n in &f.names {
                out.push(self.info.defs.get(&n.id).copied());
            }
        }
        out
    }

    /// Compiles a function or closure body into a prototype (the FnCtx is pushed and popped here).
    #[allow(clippy::too_many_arguments)]
    fn compile_body(
        &mut self,
        name: String,
        file: FileId,
        sig_ty: TypeId,
        params: &[Option<ObjId>],
        result_objs: &[Option<ObjId>],
        sig: &FuncType,
        body: &'a Block,
        escapes: Rc<escape::Escapes>,
    ) -> super::program::FuncProto {
        let (result_types, nparams) = match self.types.under(sig_ty) {
            Type::Func(s) => (s.results.clone(), params.len() as u16),
            _ => (vec![], params.len() as u16),
        };
        self.fns
            .push(FnCtx::new(name.clone(), file, nparams, escapes));
        self.set_line(sig.span);
        self.f().has_defer = contains_defer(&body.stmts);
        // Prologue: parameters that escape move to cells; mutated aggregate parameters are copied.
        for (i, p) in params.iter().enumerate() {
            let Some(o) = p else { continue };
            let ty = self.info.obj(*o).typ;
            let r = Reg(i as u16);
            let esc = self.f().escapes.escaping.contains(o);
            let mutated = self.f().escapes.mutated.contains(o);
            if self.is_aggregate(ty) {
                if esc || mutated {
                    let w = self.words(ty);
                    self.emit(Op::CopyBox {
                        dst: r,
                        src: r,
                        words: w,
                    });
                }
                self.f().vars.insert(*o, VarLoc::Reg(r));
            } else if esc {
                self.emit(Op::NewCell { dst: r, src: r });
                self.f().vars.insert(*o, VarLoc::Cell(r));
            } else {
                self.f().vars.insert(*o, VarLoc::Reg(r));
            }
        }
        let direct = !self.f().has_defer && result_objs.iter().all(|o| o.is_none());
        self.f().direct_return = direct;
        self.f().result_types = result_types.clone();
        // Result variables, zero-initialized (only where a bare return or a deferred call can
        // read them).
        for (i, t) in result_types.iter().enumerate().filter(|_| !direct) {
            let loc = match result_objs.get(i).copied().flatten() {
                Some(o) => self.declare_var(o, *t, None),
                None => self.new_local(*t, None),
            };
            self.f().results.push((loc, *t));
        }
        for s in &body.stmts {
            self.stmt(s);
        }
        self.set_line(ast::Span::new(
            body.span.end.saturating_sub(1) as usize,
            body.span.end as usize,
        ));
        let epilogue = self.f().b.pc();
        let pending = std::mem::take(&mut self.f().returns);
        for j in pending {
            self.f().b.patch_to(j, epilogue);
        }
        if self.f().has_defer {
            self.emit(Op::RunDefers);
        }
        if direct && !result_types.is_empty() {
            // Every path ends in a return (the checker's terminating-statement rule).
            self.emit(Op::Unreachable);
        } else {
            let n = self.f().results.len() as u16;
            let base = self.alloc_n(n.max(1));
            let results = self.f().results.clone();
            for (i, (loc, t)) in results.iter().enumerate() {
                let dst = Reg(base.0 + i as u16);
                self.load_loc(*loc, *t, Some(dst));
            }
            self.emit(Op::Return { a: base, n });
        }
        let gotos = std::mem::take(&mut self.f().gotos);
        for (at, label) in gotos {
            let target = self.f().labels.get(&label).copied().unwrap_or(epilogue);
            self.f().b.patch_to(at, target);
        }
        let mut ctx = self.fns.pop().expect("function context pushed above");
        self.popped_captures = std::mem::take(&mut ctx.captures);
        if ctx.b.overflow {
            self.unsupported(sig.span, "functions needing more than 65000 registers");
        }
        super::program::FuncProto {
            name,
            nparams,
            nresults: result_types.len() as u16,
            nregs: ctx.b.max.max(nparams).max(result_types.len() as u16) + 1,
            code: ctx.b.code,
            lines: ctx.b.lines,
            file,
            native: None,
            epilogue,
            ptr_regs: Vec::new(),
        }
    }

    /// Which slice parameters each function of this run keeps local (`escape::KeptParams`),
    /// before any body is compiled: a caller's slice passed to such a parameter stays local.
    /// Methods and variadic functions are left out (their arguments do not map one to one).
    pub(super) fn find_kept_params(&mut self) {
        let files = self.files.clone();
        for &(_, _, f) in &files {
            for d in &f.decls {
                let ast::Decl::Func(fd) = d else { continue };
                let (Some(body), None, false) = (&fd.body, &fd.recv, fd.sig.variadic) else {
                    continue;
                };
                let Some(&obj) = self.info.defs.get(&fd.name.id) else {
                    continue;
                };
                let mut params = Vec::new();
                self.push_params(&fd.sig, &mut params);
                let Some(params) = params.into_iter().collect::<Option<Vec<ObjId>>>() else {
                    continue;
                };
                let none = escape::KeptParams::new();
                let e = escape::analyse(self.info, &self.types, &params, body, &none);
                if e.kept_params.iter().any(|&k| k) {
                    self.kept_params.insert(obj, e.kept_params);
                }
            }
        }
    }

    /// Compiles a function literal into `dst` (a closure capturing the variables it uses).
    pub(super) fn func_lit(&mut self, e: &'a ast::Expr, sig: &FuncType, body: &'a Block, dst: Reg) {
        // A register number of the enclosing function means nothing in the literal's body.
        self.window_slot = None;
        let parent = self.f();
        parent.closures += 1;
        let name = if parent.name.contains(".func") {
            format!("{}.{}", parent.name, parent.closures)
        } else {
            format!("{}.func{}", parent.name, parent.closures)
        };
        let mut params = Vec::new();
        self.push_params(sig, &mut params);
        let results = self.result_objs(sig);
        let escapes = if self.f().escapes.analysed {
            self.f().escapes.clone()
        } else {
            // A literal of a package-level initializer: without this, a variable its nested
            // literals capture would stay in a register while they read it through a cell.
            let all: Vec<ObjId> = params.iter().chain(&results).flatten().copied().collect();
            Rc::new(escape::analyse(
                self.info,
                &self.types,
                &all,
                body,
                &self.kept_params,
            ))
        };
        let ty = self.type_of(e);
        let file = self.cur_file;
        let proto = self.compile_body(name, file, ty, &params, &results, sig, body, escapes);
        // The closure's captures were recorded on its context, which compile_body popped; they are
        // returned through `last_captures`.
        let captures = self.last_captures_mut();
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(proto);
        let mark = self.top();
        let base = self.alloc_n(captures.len().max(1) as u16);
        for (i, o) in captures.iter().enumerate() {
            let r = Reg(base.0 + i as u16);
            self.capture_addr(*o, r);
        }
        self.emit(Op::MakeClosure {
            dst,
            f: id,
            a: base,
            n: captures.len() as u16,
        });
        self.release(mark);
    }

    fn last_captures_mut(&mut self) -> Vec<ObjId> {
        std::mem::take(&mut self.popped_captures)
    }

    /// Emits the cell or box address of variable `o` (as seen from the current function) into `r`.
    pub(super) fn capture_addr(&mut self, o: ObjId, r: Reg) {
        match self.var_loc(o) {
            Some(VarLoc::Reg(x)) | Some(VarLoc::Cell(x)) => {
                self.emit(Op::Move { dst: r, src: x });
            }
            Some(VarLoc::Capture(i)) => {
                self.emit(Op::LoadCapture { dst: r, idx: i });
            }
            Some(VarLoc::Global(g)) => {
                self.emit(Op::AddrGlobal { dst: r, g });
            }
            None => {
                self.emit(Op::LoadInt { dst: r, imm: 0 });
            }
        }
    }

    /// Where variable `o` lives, as seen from the current function (adding captures as needed).
    pub fn var_loc(&mut self, o: ObjId) -> Option<VarLoc> {
        if let Some(&g) = self.globals.get(&o) {
            return Some(VarLoc::Global(g));
        }
        let level = self.fns.len().checked_sub(1)?;
        self.resolve_at(level, o)
    }

    fn resolve_at(&mut self, level: usize, o: ObjId) -> Option<VarLoc> {
        if let Some(&l) = self.fns[level].vars.get(&o) {
            return Some(l);
        }
        if level == 0 {
            return None;
        }
        self.resolve_at(level - 1, o)?;
        let f = &mut self.fns[level];
        let idx = f.captures.len() as u16;
        f.captures.push(o);
        f.vars.insert(o, VarLoc::Capture(idx));
        Some(VarLoc::Capture(idx))
    }

    /// Declares a local variable initialized from `init` (a register holding a value the variable may
    /// own — callers copy aggregates that are not fresh), or the zero value.
    pub fn declare_var(&mut self, o: ObjId, ty: TypeId, init: Option<Reg>) -> VarLoc {
        if let Some(&g) = self.globals.get(&o) {
            // A variable declared at the top level of a REPL input is a session (global) one.
            let r = match init {
                Some(i) => i,
                None => {
                    let r = self.alloc();
                    if self.is_aggregate(ty) {
                        self.emit_box(r, ty);
                    } else {
                        self.emit(Op::LoadInt { dst: r, imm: 0 });
                    }
                    self.release(r.0);
                    r
                }
            };
            self.emit(Op::StoreGlobal { g, src: r });
            return VarLoc::Global(g);
        }
        let esc = self.f().escapes.escaping.contains(&o);
        let loc = self.new_local_esc(ty, init, esc);
        self.f().vars.insert(o, loc);
        loc
    }

    /// A fresh unnamed local (result slots, range temporaries).
    pub fn new_local(&mut self, ty: TypeId, init: Option<Reg>) -> VarLoc {
        self.new_local_esc(ty, init, false)
    }

    fn new_local_esc(&mut self, ty: TypeId, init: Option<Reg>, esc: bool) -> VarLoc {
        let r = self.alloc();
        if self.is_aggregate(ty) {
            match init {
                Some(i) => {
                    self.emit(Op::Move { dst: r, src: i });
                }
                None => self.emit_box(r, ty),
            }
            VarLoc::Reg(r)
        } else if esc {
            match init {
                Some(i) => {
                    self.emit(Op::NewCell { dst: r, src: i });
                }
                None => self.emit_box(r, ty),
            }
            VarLoc::Cell(r)
        } else {
            match init {
                Some(i) => self.emit(Op::Move { dst: r, src: i }),
                None => self.emit(Op::LoadInt { dst: r, imm: 0 }),
            };
            VarLoc::Reg(r)
        }
    }

    /// Loads a variable's value (for aggregates: its box address, a place, not a copy).
    pub fn load_loc(&mut self, loc: VarLoc, ty: TypeId, dst: Option<Reg>) -> Reg {
        let agg = self.is_aggregate(ty);
        match loc {
            VarLoc::Reg(r) => match dst {
                Some(d) if d != r => {
                    self.emit(Op::Move { dst: d, src: r });
                    d
                }
                _ => r,
            },
            VarLoc::Cell(r) => {
                let d = dst.unwrap_or_else(|| self.alloc());
                self.emit(Op::Load {
                    dst: d,
                    addr: r,
                    off: 0,
                });
                d
            }
            VarLoc::Global(g) => {
                let d = dst.unwrap_or_else(|| self.alloc());
                self.emit(Op::LoadGlobal { dst: d, g });
                d
            }
            VarLoc::Capture(i) => {
                let d = dst.unwrap_or_else(|| self.alloc());
                if agg {
                    self.emit(Op::LoadCapture { dst: d, idx: i });
                } else {
                    self.emit(Op::LoadCaptured { dst: d, idx: i });
                }
                d
            }
        }
    }

    /// Stores `src` into a variable (aggregates are copied into the variable's box).
    pub fn store_loc(&mut self, loc: VarLoc, ty: TypeId, src: Reg) {
        if self.is_aggregate(ty) {
            let w = self.words(ty);
            let mark = self.top();
            let boxr = self.load_loc(loc, ty, None);
            self.emit(Op::CopyInto {
                dst: boxr,
                src,
                words: w,
            });
            self.release(mark);
            return;
        }
        match loc {
            VarLoc::Reg(r) => {
                if r != src {
                    self.emit(Op::Move { dst: r, src });
                }
            }
            VarLoc::Cell(r) => {
                self.emit(Op::Store {
                    addr: r,
                    off: 0,
                    src,
                });
            }
            VarLoc::Global(g) => {
                self.emit(Op::StoreGlobal { g, src });
            }
            VarLoc::Capture(i) => {
                self.emit(Op::StoreCaptured { idx: i, src });
            }
        }
    }

    /// The address of a variable (`&x`): its cell or box.
    pub fn addr_of_loc(&mut self, loc: VarLoc, ty: TypeId, dst: Reg) {
        if self.is_aggregate(ty) {
            self.load_loc(loc, ty, Some(dst));
            return;
        }
        match loc {
            VarLoc::Cell(r) => {
                self.emit(Op::Move { dst, src: r });
            }
            VarLoc::Global(g) => {
                self.emit(Op::AddrGlobal { dst, g });
            }
            VarLoc::Capture(i) => {
                self.emit(Op::LoadCapture { dst, idx: i });
            }
            VarLoc::Reg(r) => {
                // Escape analysis puts address-taken scalars in cells; a register variable here
                // means the analysis missed a case: box it now (correct for reads, not for aliasing).
                self.emit(Op::Alloc {
                    dst,
                    words: 1,
                    layout: crate::compile::program::LAYOUT_ANY,
                });
                self.emit(Op::Store {
                    addr: dst,
                    off: 0,
                    src: r,
                });
            }
        }
    }

    /// A package's variable initialization as the function Go names `pkg.init` (it appears in
    /// traces of panics raised by initializers).
    fn package_var_init(&mut self, p: &crate::types::Package) -> Option<FuncId> {
        if p.init_order.is_empty() {
            return None;
        }
        let file = p.files.first().copied().unwrap_or(FileId(0));
        let name = format!("{}.init", p.name);
        self.begin_nullary(&name, file);
        self.init_vars(&p.init_order);
        Some(self.end_nullary(name, file))
    }

    /// The function that initializes every package (globals, `init`s) and then runs `main.main`.
    pub(super) fn compile_entry(&mut self) {
        let var_inits: Vec<Option<FuncId>> = self
            .info
            .packages
            .iter()
            .map(|p| self.package_var_init(p))
            .collect();
        let file = self.files.last().map_or(FileId(0), |f| f.0);
        self.begin_nullary("runtime.main", file);
        self.box_globals(0);
        let mut main_fn = None;
        for (k, p) in self.info.packages.iter().enumerate() {
            if let Some(f) = var_inits[k] {
                self.emit_call0(f);
            }
            for i in &p.inits {
                let f = self.func_id(*i);
                self.emit_call0(f);
            }
            if p.name == "main" {
                main_fn = p.members.get("main").copied();
            }
        }
        if let Some(m) = main_fn {
            let f = self.func_id(m);
            self.emit_call0(f);
        }
        self.end_nullary("runtime.main".into(), file);
    }

    /// Starts compiling a compiler-made function without parameters or results.
    pub(super) fn begin_nullary(&mut self, name: &str, file: FileId) {
        self.cur_file = file;
        self.fns.push(FnCtx::new(
            name.into(),
            file,
            0,
            Rc::new(escape::Escapes::default()),
        ));
    }

    /// Ends the function `begin_nullary` started (with a `return`) and adds it.
    pub(super) fn end_nullary(&mut self, name: String, file: FileId) -> FuncId {
        self.emit(Op::Return { a: Reg(0), n: 0 });
        let ctx = self.fns.pop().expect("a function begun by begin_nullary");
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(super::program::FuncProto {
            name,
            nparams: 0,
            nresults: 0,
            nregs: ctx.b.max + 1,
            code: ctx.b.code,
            lines: ctx.b.lines,
            file,
            native: None,
            epilogue: 0,
            ptr_regs: Vec::new(),
        });
        id
    }

    /// Calls `f` (no arguments, results ignored).
    pub(super) fn emit_call0(&mut self, f: FuncId) {
        let a = self.alloc();
        self.emit(Op::Call { a, f });
        self.release(a.0);
    }

    /// Gives every aggregate global from slot `first` on its zero box.
    pub(super) fn box_globals(&mut self, first: u32) {
        let mut globals: Vec<(ObjId, u32)> = self
            .globals
            .iter()
            .filter(|(_, &g)| g >= first)
            .map(|(o, g)| (*o, *g))
            .collect();
        globals.sort_by_key(|x| x.1);
        for (o, g) in globals {
            let ty = self.info.obj(o).typ;
            if self.is_aggregate(ty) {
                let r = self.alloc();
                self.emit_box(r, ty);
                self.emit(Op::StoreGlobal { g, src: r });
                self.release(r.0);
            }
        }
    }

    /// Runs package-level variable initializers, in order.
    pub(super) fn init_vars(&mut self, inits: &[crate::types::Initializer]) {
        for init in inits {
            if let Some(file) = self.file_of_expr(init.rhs) {
                self.cur_file = file;
            }
            self.global_init(init);
        }
    }

    /// The file whose ExprId range holds `e` (files get disjoint, increasing ranges in the order
    /// they were parsed, which is not the order of `checked.files`).
    pub(crate) fn file_of_expr(&self, e: ast::ExprId) -> Option<FileId> {
        let mut ends: Vec<(u32, FileId)> = self
            .files
            .iter()
            .map(|(fid, _, f)| (f.expr_count, *fid))
            .collect();
        ends.sort();
        ends.iter().find(|(end, _)| e.0 < *end).map(|(_, f)| *f)
    }

    pub(crate) fn global_init(&mut self, init: &crate::types::Initializer) {
        let Some(&rhs) = self.exprs.get(&init.rhs) else {
            return;
        };
        let mark = self.top();
        self.set_line(rhs.span);
        if init.lhs.len() == 1 {
            let Some(o) = init.lhs[0] else {
                self.expr(rhs, None);
                self.release(mark);
                return;
            };
            let ty = self.info.obj(o).typ;
            let r = self.alloc();
            self.expr_owned(rhs, ty, r);
            let loc = self
                .var_loc(o)
                .expect("package variables have global slots");
            self.store_loc(loc, ty, r);
        } else {
            // A call, or a comma-ok map index, type assertion or receive; each value is
            // converted to its variable's type (`var a, b any = x.(bool)`).
            let n = init.lhs.len();
            let base = self.multi_source(rhs, n);
            let types = self.multi_types(rhs, n);
            for (i, o) in init.lhs.iter().enumerate() {
                if let Some(o) = o {
                    let ty = self.info.obj(*o).typ;
                    let r = self.alloc();
                    self.convert_reg(Reg(base.0 + i as u16), types[i], ty, r);
                    let loc = self
                        .var_loc(*o)
                        .expect("package variables have global slots");
                    self.store_loc(loc, ty, r);
                }
            }
        }
        self.release(mark);
    }
}

/// Does a function body contain a `defer` statement (outside nested function literals)?
fn contains_defer(stmts: &[ast::Stmt]) -> bool {
    super::stmt::any_nested_stmt(stmts, &|s| matches!(s.kind, ast::StmtKind::Defer(_)))
}
