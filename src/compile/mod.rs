//! The bytecode compiler: takes a checked program (AST + `Info`), gives a `Program` of typed
//! register-machine functions (ARCHITECTURE.md §4).
//!
//! Invariants:
//! - the compiler trusts the checker: a construct it cannot translate is reported as a
//!   "not supported yet" diagnostic, never a panic;
//! - every emitted instruction carries a source line;
//! - aggregate values are boxes: binding an aggregate to a new variable or storing it where it can be
//!   shared copies it unless it is fresh (a composite literal or call result); parameters are
//!   borrowed and copied in the prologue only when the body mutates or captures them.

pub mod builder;
mod builtin;
mod call;
mod chan;
mod composite;
mod control;
mod defers;
pub mod dis;
mod escape;
mod expr;
mod func;
mod index;
mod layout;
pub mod opcode;
pub mod program;
mod range;
pub mod regkind;
mod select;
pub mod session;
mod stmt;
pub mod verify;

use crate::diag::Diagnostic;
use crate::types::{Checked, FileId, Info, ObjId, ObjKind, TypeId, Types};
use builder::Builder;
use grammar::ast::{self, Expr, ExprId, Span};
use opcode::{FuncId, NativeId, Op, Reg, RtTypeId};
use program::{Const, FuncProto, Program, RtType, WellKnown};
use std::collections::HashMap;
use std::sync::Arc;

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub enum VarLoc {
    /// In a register (aggregates: the register holds the variable's box address).
    Reg(Reg),
    /// A scalar in a heap cell whose address the register holds.
    Cell(Reg),
    /// A package-level variable (aggregates: the slot holds the box address).
    Global(u32),
    /// Captured by the running closure: capture `idx` holds the cell (scalar) or box (aggregate).
    Capture(u16),
}

/// One enclosing breakable statement.
pub struct LoopCtx {
    pub label: Option<String>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// Can `continue` target it (a `for`), or only `break` (switch/select)?
    pub is_loop: bool,
}

/// The state of the function being compiled.
pub struct FnCtx {
    pub b: Builder,
    pub name: String,
    pub file: FileId,
    pub vars: HashMap<ObjId, VarLoc>,
    pub captures: Vec<ObjId>,
    pub escapes: std::rc::Rc<escape::Escapes>,
    /// Result variables (named or synthesized), in order, with their types.
    pub results: Vec<(VarLoc, TypeId)>,
    pub loops: Vec<LoopCtx>,
    pub labels: HashMap<String, u32>,
    pub gotos: Vec<(usize, String)>,
    pub closures: u32,
    /// Pending `Jump`s to the epilogue (from `return` statements).
    pub returns: Vec<usize>,
    /// Does the body contain a `defer` statement? (Then each `return` runs the deferred calls
    /// itself, so a panic in one reports the return statement's line, as Go does.)
    pub has_defer: bool,
    /// No deferred calls and unnamed results: `return x` returns straight from its registers
    /// (no result variables, no jump to the epilogue). `results` is then empty and
    /// `result_types` alone says what is returned.
    pub direct_return: bool,
    pub result_types: Vec<TypeId>,
}

impl FnCtx {
    /// A fresh context for a function of `nparams` parameter slots.
    pub fn new(
        name: String,
        file: FileId,
        nparams: u16,
        escapes: std::rc::Rc<escape::Escapes>,
    ) -> FnCtx {
        FnCtx {
            b: Builder::new(nparams),
            name,
            file,
            vars: HashMap::new(),
            captures: Vec::new(),
            escapes,
            results: Vec::new(),
            loops: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            closures: 0,
            returns: Vec::new(),
            has_defer: false,
            direct_return: false,
            result_types: Vec::new(),
        }
    }
}

pub struct Compiler<'a> {
    /// The tables kept between runs (reached through `Deref`: `self.funcs`, `self.rtypes`...).
    p: Persist,
    pub info: &'a Info,
    /// The files compiled in this run (a whole program, or one REPL input and the packages it
    /// loaded), main package last.
    pub files: Vec<(FileId, crate::types::PkgId, &'a ast::File)>,
    pub sources: &'a crate::diag::SourceMap,
    pub diags: Vec<Diagnostic>,
    pub exprs: HashMap<ExprId, &'a Expr>,
    pub fns: Vec<FnCtx>,
    pub cur_file: FileId,
    /// The captures of the closure body compiled last (set when its context is popped).
    pub popped_captures: Vec<ObjId>,
    /// The span being compiled (for diagnostics raised deep inside, e.g. sizes).
    pub cur_span: Span,
    /// Set while computing the place of `s[i] = v` whose `v` cannot run code (no calls): the
    /// slice and index may then be read from their variables' own registers, unpinned.
    pub place_direct: bool,
    /// Which slice parameters of this run's functions stay local (`escape::KeptParams`).
    pub kept_params: escape::KeptParams,
    /// Set by `args` while it evaluates an argument into the topmost register of a call's
    /// window: a call compiled straight into that register may start its own window there,
    /// so its results need no move. Only argument slots qualify: they are temporaries, while
    /// a variable's register must keep its value if the call panics and a deferred `recover`
    /// returns it.
    pub window_slot: Option<Reg>,
}

/// How the compiler finds the native half of a function declared without a body: the id of
/// the native called `pkg.Name` (or `pkg.Type.Method`), if one exists. The caller passes the
/// standard library's (`stdlib::native_id`), so the compiler never imports the layers above it.
pub type NativeLookup = fn(&str) -> Option<NativeId>;

/// What a compiler keeps between runs. A program is compiled in one run; a REPL session compiles
/// each input into the same growing program, so every id handed out (functions, constants,
/// runtime types, symbols, globals, layouts) stays valid: the tables are only appended to.
pub struct Persist {
    pub types: Types,
    /// Resolves `pkg.Name` to the id of a native function.
    natives: NativeLookup,
    pub funcs: Vec<FuncProto>,
    pub func_of: HashMap<ObjId, FuncId>,
    pub consts: Vec<Const>,
    const_of: HashMap<Vec<u8>, u32>,
    pub rtypes: Vec<RtType>,
    pub rt_of: HashMap<TypeId, RtTypeId>,
    pub symbols: Vec<String>,
    pub sym_of: HashMap<String, u32>,
    pub globals: HashMap<ObjId, u32>,
    pub nglobals: u32,
    adapters: HashMap<(TypeId, bool, Vec<usize>, FuncId), FuncId>,
    bound: HashMap<(FuncId, bool), FuncId>,
    line_starts: HashMap<FileId, Vec<u32>>,
    deferwraps: HashMap<String, u32>,
    pub layouts: Vec<(u64, u32)>,
    layout_of: HashMap<(u64, u32), u16>,
    pub func_slots: HashMap<ObjId, u32>,
}

impl Persist {
    pub fn new(types: Types, natives: NativeLookup) -> Persist {
        Persist {
            types,
            natives,
            funcs: Vec::new(),
            func_of: HashMap::new(),
            consts: Vec::new(),
            const_of: HashMap::new(),
            rtypes: Vec::new(),
            rt_of: HashMap::new(),
            symbols: Vec::new(),
            sym_of: HashMap::new(),
            globals: HashMap::new(),
            nglobals: 0,
            adapters: HashMap::new(),
            bound: HashMap::new(),
            line_starts: HashMap::new(),
            deferwraps: HashMap::new(),
            // LAYOUT_ANY and LAYOUT_NONE (the heap's `LAYOUT_ANY` and `LAYOUT_NONE`).
            layouts: vec![(!0, 64), (0, 1)],
            layout_of: HashMap::new(),
            func_slots: HashMap::new(),
        }
    }
}

impl<'a> Compiler<'a> {
    /// A compiler continuing from `p` over `files`.
    pub fn resume(
        p: Persist,
        info: &'a Info,
        files: Vec<(FileId, crate::types::PkgId, &'a ast::File)>,
        sources: &'a crate::diag::SourceMap,
    ) -> Compiler<'a> {
        Compiler {
            p,
            info,
            files,
            sources,
            diags: Vec::new(),
            exprs: HashMap::new(),
            fns: Vec::new(),
            cur_file: FileId(0),
            popped_captures: Vec::new(),
            cur_span: Span::default(),
            place_direct: false,
            kept_params: HashMap::new(),
            window_slot: None,
        }
    }

    /// The state to continue from in a later run.
    pub fn suspend(self) -> Persist {
        self.p
    }
}

impl std::ops::Deref for Compiler<'_> {
    type Target = Persist;
    fn deref(&self) -> &Persist {
        &self.p
    }
}

impl std::ops::DerefMut for Compiler<'_> {
    fn deref_mut(&mut self) -> &mut Persist {
        &mut self.p
    }
}

/// Compiles a checked program; `natives` finds the natives of bodiless functions.
pub fn compile(checked: &Checked, natives: NativeLookup) -> Result<Program, Vec<Diagnostic>> {
    let files = checked
        .files
        .iter()
        .map(|(f, p, file)| (*f, *p, file))
        .collect();
    let mut c = Compiler::resume(
        Persist::new(checked.types.clone(), natives),
        &checked.info,
        files,
        &checked.sources,
    );
    c.run()?;
    let entry = FuncId(c.funcs.len() as u32 - 1);
    let well_known = c.finish_funcs(0, None);
    Ok(Program {
        funcs: c.funcs.drain(..).map(Arc::new).collect(),
        consts: std::mem::take(&mut c.consts),
        consts_base: 0,
        rtypes: c.rtypes.drain(..).map(Arc::new).collect(),
        symbols: std::mem::take(&mut c.symbols),
        nglobals: c.nglobals,
        entry,
        file_names: c.sources.files.iter().map(|f| f.name.clone()).collect(),
        well_known,
        layouts: std::mem::take(&mut c.layouts),
    })
}

impl<'a> Compiler<'a> {
    fn run(&mut self) -> Result<(), Vec<Diagnostic>> {
        self.prepare_files();
        self.declare_funcs();
        self.assign_globals(&[]);
        self.compile_bodies();
        self.compile_entry();
        self.take_diags()
    }

    pub(crate) fn take_diags(&mut self) -> Result<(), Vec<Diagnostic>> {
        if self.diags.is_empty() {
            Ok(())
        } else {
            Err(std::mem::take(&mut self.diags))
        }
    }

    /// Line tables of the files, and their package-level initializers by id.
    pub(crate) fn prepare_files(&mut self) {
        for (file, _, f) in self.files.clone() {
            let text = &self.sources.file(file).text;
            let mut starts = vec![0u32];
            starts.extend(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i as u32 + 1),
            );
            self.line_starts.insert(file, starts);
            for d in &f.decls {
                if let ast::Decl::Gen(g) = d {
                    self.index_initializers(g);
                }
            }
        }
    }

    /// Pass 1: a FuncId for every declared function, so bodies can call each other.
    pub(crate) fn declare_funcs(&mut self) {
        let mut inits_seen: HashMap<String, u32> = HashMap::new();
        let files = self.files.clone();
        for &(file, pkg, f) in &files {
            let pkg_name = self.info.packages[pkg.0 as usize].name.clone();
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d {
                    let Some(&obj) = self.info.defs.get(&fd.name.id) else {
                        continue;
                    };
                    let mut name = self.func_name(&pkg_name, fd, obj);
                    if fd.recv.is_none() && fd.name.name == "init" {
                        let n = inits_seen.entry(pkg_name.clone()).or_insert(0u32);
                        name = format!("{pkg_name}.init.{n}");
                        *n += 1;
                    }
                    let (np, nr) = self.sig_slots(obj);
                    let id = FuncId(self.funcs.len() as u32);
                    self.funcs.push(FuncProto {
                        name,
                        nparams: np,
                        nresults: nr,
                        nregs: np.max(nr),
                        code: vec![],
                        lines: vec![],
                        file,
                        native: None,
                        epilogue: 0,
                        ptr_regs: Vec::new(),
                    });
                    self.func_of.insert(obj, id);
                }
            }
        }
    }

    /// Pass 2: package-level variables (and `extra` ones) without a slot get one.
    pub(crate) fn assign_globals(&mut self, extra: &[ObjId]) {
        for p in &self.info.packages {
            let mut names: Vec<ObjId> = p.members.values().copied().collect();
            names.extend_from_slice(extra);
            names.sort();
            names.dedup();
            for o in names {
                if matches!(self.info.obj(o).kind, ObjKind::Var { global: true, .. })
                    && !self.globals.contains_key(&o)
                {
                    let slot = self.nglobals;
                    self.globals.insert(o, slot);
                    self.nglobals += 1;
                }
            }
        }
    }

    /// Pass 3: function bodies.
    pub(crate) fn compile_bodies(&mut self) {
        self.find_kept_params();
        let files = self.files.clone();
        for &(file, pkg, f) in &files {
            self.cur_file = file;
            let pkg_name = self.info.packages[pkg.0 as usize].name.clone();
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d {
                    if let Some(&obj) = self.info.defs.get(&fd.name.id) {
                        self.compile_func_decl(fd, obj, &pkg_name, file);
                    }
                }
            }
        }
    }

    /// Register-kind maps and verification of the functions from `first` on, and the
    /// well-known ids (`known`: reuse those an earlier run made, looking up again the symbols a
    /// later input may declare).
    pub(crate) fn finish_funcs(&mut self, first: usize, known: Option<&WellKnown>) -> WellKnown {
        let well_known = match known {
            Some(k) => self.refresh_well_known(k),
            None => self.well_known(),
        };
        for f in &mut self.funcs[first..] {
            f.ptr_regs = regkind::pointer_registers(&f.code, f.nparams, f.nregs);
            // INVARIANT: the VM's unchecked register and code accesses rely on this check. A
            // failure is a compiler bug: main reports it as an internal error (exit 70).
            if let Err(e) = verify::verify(f) {
                panic!("bytecode verification failed: {e}");
            }
        }
        well_known
    }

    fn index_initializers(&mut self, g: &'a ast::GenDecl) {
        for s in &g.specs {
            if let ast::Spec::Value { values, .. } = s {
                for v in values {
                    self.exprs.insert(v.id, v);
                }
            }
        }
    }

    fn func_name(&self, pkg: &str, fd: &ast::FuncDecl, obj: ObjId) -> String {
        match &self.info.obj(obj).kind {
            ObjKind::Func {
                recv: Some((t, ptr)),
                ..
            } => {
                let tn = match self.types.get(*t) {
                    crate::types::Type::Named { obj, .. } => self.info.obj(*obj).name.clone(),
                    _ => "?".into(),
                };
                if *ptr {
                    format!("{pkg}.(*{tn}).{}", fd.name.name)
                } else {
                    format!("{pkg}.{tn}.{}", fd.name.name)
                }
            }
            _ => format!("{pkg}.{}", fd.name.name),
        }
    }

    /// Parameter and result slot counts of a function object (receiver included).
    fn sig_slots(&self, obj: ObjId) -> (u16, u16) {
        let o = self.info.obj(obj);
        let recv = matches!(o.kind, ObjKind::Func { recv: Some(_), .. }) as u16;
        match self.types.under(o.typ) {
            crate::types::Type::Func(sig) => {
                (sig.params.len() as u16 + recv, sig.results.len() as u16)
            }
            _ => (recv, 0),
        }
    }

    pub fn func_id(&mut self, obj: ObjId) -> FuncId {
        self.func_of.get(&obj).copied().unwrap_or(FuncId(0))
    }

    /// Adds a compiler-made function (wrappers, stubs) and returns its id.
    pub fn add_synthetic(
        &mut self,
        name: String,
        nparams: u16,
        nresults: u16,
        nregs: u16,
        code: Vec<Op>,
    ) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        let lines = vec![0; code.len()];
        let file = self.cur_file;
        self.funcs.push(FuncProto {
            name,
            nparams,
            nresults,
            nregs: nregs.max(nparams).max(nresults),
            code,
            lines,
            file,
            native: None,
            epilogue: 0,
            ptr_regs: Vec::new(),
        });
        id
    }

    /// Interns a constant word or string and returns its index.
    pub fn constant(&mut self, c: Const) -> u32 {
        let key = match &c {
            Const::Word(w) => {
                let mut k = vec![0u8];
                k.extend_from_slice(&w.to_le_bytes());
                k
            }
            Const::Str(s) => {
                let mut k = vec![1u8];
                k.extend_from_slice(s);
                k
            }
        };
        if let Some(&i) = self.const_of.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_of.insert(key, i);
        i
    }

    /// 1-based line of a byte offset in the current file.
    pub fn line_of(&self, span: Span) -> u32 {
        match self.line_starts.get(&self.cur_file) {
            Some(starts) => match starts.binary_search(&span.start) {
                Ok(i) => i as u32 + 1,
                Err(i) => i as u32,
            },
            None => 0,
        }
    }

    /// Reports a construct this version cannot compile: a diagnostic in the user's package; in a
    /// standard-library body, an instruction that panics only if that code actually runs.
    pub fn unsupported(&mut self, span: Span, what: &str) {
        let in_main = self.files.iter().any(|(f, p, _)| {
            *f == self.cur_file && self.info.packages[p.0 as usize].name == "main"
        });
        if in_main || self.fns.is_empty() {
            self.diags.push(Diagnostic::new(
                self.cur_file,
                span,
                format!("not supported yet: {what}"),
            ));
        } else {
            let k = self.constant(Const::Str(what.as_bytes().to_vec()));
            self.emit(Op::Unsupported { k });
        }
    }

    // ---- access to the function being compiled ----

    pub fn f(&mut self) -> &mut FnCtx {
        self.fns.last_mut().expect("compiling inside a function")
    }

    pub fn emit(&mut self, op: Op) -> usize {
        self.f().b.emit(op)
    }

    pub fn alloc(&mut self) -> Reg {
        self.f().b.alloc()
    }

    pub fn alloc_n(&mut self, n: u16) -> Reg {
        self.f().b.alloc_n(n)
    }

    pub fn top(&mut self) -> u16 {
        self.f().b.top
    }

    pub fn release(&mut self, mark: u16) {
        self.f().b.release(mark)
    }

    pub fn set_line(&mut self, span: Span) {
        let l = self.line_of(span);
        self.f().b.line = l;
        self.cur_span = span;
    }

    pub fn type_of(&self, e: &Expr) -> TypeId {
        self.info.type_of(e.id).map_or(TypeId::INVALID, |t| t.typ)
    }

    pub(super) fn native_id(&self, name: &str) -> NativeId {
        (self.natives)(name).unwrap_or(NativeId(u32::MAX))
    }

    fn well_known(&mut self) -> WellKnown {
        let str_sig = self
            .types
            .intern(crate::types::Type::Func(crate::types::Signature {
                params: vec![],
                results: vec![TypeId::STRING],
                variadic: false,
            }));
        let error_sym = self.method_symbol("Error", str_sig);
        let string_sym = self.method_symbol("String", str_sig);
        let rt_string = self.rtype(TypeId::STRING);
        let rt_int = self.rtype(TypeId::INT);
        let rt_runtime_error = self.synthetic_error_type("runtime.errorString");
        let rt_bounds_error = self.synthetic_error_type("runtime.boundsError");
        let rt_plain_error = self.synthetic_error_type("runtime.plainError");
        let rt_type_assert_error = self.synthetic_error_type("*runtime.TypeAssertionError");
        let rt_panic_nil_error = self.synthetic_error_type("*runtime.PanicNilError");
        let rt_error_string = self.synthetic_error_type("*errors.errorString");
        let iter_func = self.native_stub("iter.Seq", "iter.run", 1, 0);
        let collect_yield_func = self.native_stub("iter.yield", "iter.collectYield", 1, 1);
        let collect_yield2_func = self.native_stub("iter.yield2", "iter.collectYield2", 2, 1);
        let k = WellKnown {
            error_sym,
            gostring_sym: None,
            unwrap_sym: None,
            unwrap_list_sym: None,
            as_sym: None,
            string_sym,
            rt_string,
            rt_int,
            rt_runtime_error,
            rt_bounds_error,
            rt_plain_error,
            rt_type_assert_error,
            rt_panic_nil_error,
            rt_error_string,
            iter_func,
            collect_yield_func,
            collect_yield2_func,
        };
        self.refresh_well_known(&k)
    }

    /// `k` with the optional symbols looked up again (a later REPL input may declare them).
    fn refresh_well_known(&self, k: &WellKnown) -> WellKnown {
        let known = |name: &str| self.sym_of.get(name).copied();
        WellKnown {
            gostring_sym: known("GoString:func() string"),
            unwrap_sym: known("Unwrap:func() error"),
            unwrap_list_sym: known("Unwrap:func() []error"),
            as_sym: known("As:func(interface {}) bool"),
            ..k.clone()
        }
    }

    /// A runtime type whose values are strings and whose `Error()` method returns them: the dynamic
    /// type of runtime-error panic values.
    /// A compiler-made function whose body calls native `native` on its arguments.
    fn native_stub(&mut self, name: &str, native: &str, nparams: u16, nresults: u16) -> FuncId {
        let n = self.native_id(native);
        let code = vec![
            Op::CallNative { a: Reg(0), n },
            Op::Return {
                a: Reg(0),
                n: nresults,
            },
        ];
        self.add_synthetic(name.into(), nparams, nresults, 4, code)
    }

    fn synthetic_error_type(&mut self, name: &str) -> RtTypeId {
        let str_sig = self
            .types
            .intern(crate::types::Type::Func(crate::types::Signature {
                params: vec![],
                results: vec![TypeId::STRING],
                variadic: false,
            }));
        let void_sig = self
            .types
            .intern(crate::types::Type::Func(crate::types::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            }));
        let sym = self.method_symbol("Error", str_sig);
        let f = self.add_synthetic(
            format!("{name}.Error"),
            1,
            1,
            1,
            vec![Op::Return { a: Reg(0), n: 1 }],
        );
        let rt_sym = self.method_symbol("RuntimeError", void_sig);
        let rt_f = self.add_synthetic(
            format!("{name}.RuntimeError"),
            1,
            0,
            1,
            vec![Op::Return { a: Reg(0), n: 0 }],
        );
        let mut methods = vec![(sym, f)];
        if name.contains("runtime.") {
            methods.push((rt_sym, rt_f));
        }
        methods.sort_unstable_by_key(|m| m.0);
        let id = RtTypeId(self.rtypes.len() as u32);
        self.rtypes.push(RtType {
            name: name.to_string(),
            kind: program::RtKind::String,
            words: 1,
            named: true,
            methods,
            comparable: true,
        });
        id
    }
}
