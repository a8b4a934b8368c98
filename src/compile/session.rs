//! Compiling a REPL session (ARCHITECTURE.md §10): each checked input (`types::session::Round`) is
//! compiled into the same program, which only grows, and gives a new snapshot of it plus the
//! entry function that runs the input.
//!
//! Invariants: a snapshot is a superset of every earlier one with the same ids, so goroutines
//! still running code of an earlier input (and values made by it: closures, interface values,
//! globals) stay valid under the new snapshot; code is never replaced, so a frame's pc always
//! points into the code it was running. An input that fails to compile leaves functions behind
//! that nothing can reach (the session checker drops the input's names).

use super::opcode::{FuncId, Op};
use super::program::{FuncProto, Program, RtType, WellKnown};
use super::{Compiler, NativeLookup, Persist};
use crate::diag::Diagnostic;
use crate::types::session::{Round, Session};
use crate::types::{ObjKind, Type, TypeId, Types};
use grammar::ast;
use std::collections::HashMap;
use std::sync::Arc;

/// The compiler's state across the inputs of a session.
pub struct SessionCompiler {
    natives: NativeLookup,
    persist: Option<Persist>,
    known: Option<WellKnown>,
    /// The functions and runtime types published so far, shared by every snapshot (a
    /// snapshot copies pointers, not code).
    funcs: Vec<Arc<FuncProto>>,
    rtypes: Vec<Arc<RtType>>,
    /// Constants published so far.
    nconsts: usize,
    /// The global slot of each session function name and signature: a later definition with
    /// the same name and signature replaces the slot's closure, so code typed earlier calls
    /// it (late binding, as learners expect when they fix a helper function). A definition
    /// with another signature gets a new slot: code checked against the old one keeps it.
    slot_of: HashMap<(String, TypeId), u32>,
}

/// Go's name for the code typed at the prompt, in stack traces (`main.main.func1` for a
/// closure typed there).
pub const CELL_NAME: &str = "main.main";

impl SessionCompiler {
    /// A compiler for a new session; `natives` finds the natives of bodiless functions.
    pub fn new(natives: NativeLookup) -> SessionCompiler {
        SessionCompiler {
            natives,
            persist: None,
            known: None,
            funcs: Vec::new(),
            rtypes: Vec::new(),
            nconsts: 0,
            slot_of: HashMap::new(),
        }
    }

    /// Compiles `round` (checked by `sess`); gives the program snapshot to run and the entry
    /// function that initializes the input's variables and runs its statements.
    pub fn compile_round(
        &mut self,
        sess: &mut Session,
        round: &Round,
    ) -> Result<Program, Vec<Diagnostic>> {
        let mut p = self
            .persist
            .take()
            .unwrap_or_else(|| Persist::new(Types::default(), self.natives));
        p.types = sess.take_types();
        let first = p.funcs.len();
        let first_global = p.nglobals;
        let mut c = Compiler::resume(p, sess.info(), round.files.clone(), sess.sources());
        c.prepare_files();
        c.declare_funcs();
        if let Some(cell) = round.cell {
            if let Some(&f) = c.func_of.get(&cell) {
                c.funcs[f.0 as usize].name = CELL_NAME.into();
            }
        }
        let defined = self.bind_slots(&mut c, round);
        c.assign_globals(&round.promoted);
        c.compile_bodies();
        let entry = c.round_entry(round, first_global, &defined);
        c.refresh_method_tables();
        let result = match c.take_diags() {
            Ok(()) => {
                let known = c.finish_funcs(first, self.known.as_ref());
                Ok(self.snapshot(&c, entry, known))
            }
            Err(d) => Err(d),
        };
        let mut p = c.suspend();
        sess.give_types(std::mem::take(&mut p.types));
        self.persist = Some(p);
        result
    }
}

impl SessionCompiler {
    /// Gives each function the input declares (not methods, `init` or the cell) its slot;
    /// returns (function, slot) for the entry to fill.
    fn bind_slots(&mut self, c: &mut Compiler, round: &Round) -> Vec<(FuncId, u32)> {
        let Some(&(_, main, file)) = round.files.last() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for d in &file.decls {
            let ast::Decl::Func(fd) = d else { continue };
            if fd.recv.is_some() || fd.name.name == "init" || fd.name.name == "_" {
                continue;
            }
            let Some(&obj) = c.info.defs.get(&fd.name.id) else {
                continue;
            };
            if Some(obj) == round.cell || c.info.obj(obj).pkg != main {
                continue;
            }
            let key = (fd.name.name.clone(), c.info.obj(obj).typ);
            let slot = *self.slot_of.entry(key).or_insert_with(|| {
                c.nglobals += 1;
                c.nglobals - 1
            });
            c.func_slots.insert(obj, slot);
            out.push((c.func_id(obj), slot));
        }
        out
    }

    /// The program as compiled so far: what earlier snapshots published is shared, what this
    /// round added (or changed: method tables) is new.
    fn snapshot(&mut self, c: &Compiler, entry: FuncId, known: WellKnown) -> Program {
        for f in &c.funcs[self.funcs.len()..] {
            self.funcs.push(Arc::new(f.clone()));
        }
        for (i, r) in c.rtypes.iter().enumerate() {
            match self.rtypes.get(i) {
                Some(old) if old.methods == r.methods => {}
                Some(_) => self.rtypes[i] = Arc::new(r.clone()),
                None => self.rtypes.push(Arc::new(r.clone())),
            }
        }
        let consts = c.consts[self.nconsts..].to_vec();
        let base = self.nconsts;
        self.nconsts = c.consts.len();
        self.known = Some(known.clone());
        Program {
            funcs: self.funcs.clone(),
            consts,
            consts_base: base,
            rtypes: self.rtypes.clone(),
            symbols: c.symbols.clone(),
            nglobals: c.nglobals,
            entry,
            file_names: c.sources.files.iter().map(|f| f.name.clone()).collect(),
            well_known: known,
            layouts: c.layouts.clone(),
        }
    }
}

impl<'a> Compiler<'a> {
    /// The function one input runs: boxes for its new aggregate globals, its variables'
    /// initializers, `init` functions of packages it loaded, its statements, its `main`.
    fn round_entry(
        &mut self,
        round: &Round,
        first_global: u32,
        defined: &[(FuncId, u32)],
    ) -> FuncId {
        let file = self.files.last().map_or(crate::types::FileId(0), |f| f.0);
        self.begin_nullary("runtime.main", file);
        // First the new definitions of session functions (initializers may call them).
        for &(f, g) in defined {
            let r = self.alloc();
            self.emit(Op::LoadFunc { dst: r, f });
            self.emit(Op::StoreGlobal { g, src: r });
            self.release(r.0);
        }
        self.box_globals(first_global);
        for (_, inits) in &round.inits {
            self.init_vars(inits);
        }
        let calls = round
            .init_funcs
            .iter()
            .chain(round.cell.iter())
            .chain(round.main_func.iter());
        for &o in calls {
            let f = self.func_id(o);
            self.emit_call0(f);
        }
        self.end_nullary("runtime.main".into(), file)
    }

    /// A later input may add methods to a type declared earlier: the method tables of the
    /// session's named types (and pointers to them) are computed again.
    fn refresh_method_tables(&mut self) {
        let mut list: Vec<(crate::types::TypeId, super::opcode::RtTypeId)> =
            self.rt_of.iter().map(|(t, r)| (*t, *r)).collect();
        list.sort_by_key(|x| x.1 .0);
        for (t, r) in list {
            let base = match self.types.get(t) {
                Type::Pointer(e) => *e,
                _ => t,
            };
            let Type::Named { obj, .. } = self.types.get(base) else {
                continue;
            };
            let o = self.info.obj(*obj);
            let in_main = self
                .info
                .packages
                .get(o.pkg.0 as usize)
                .is_some_and(|p| p.path == "main");
            if !in_main || !matches!(o.kind, ObjKind::TypeName) {
                continue;
            }
            let methods = self.method_table(t);
            self.rtypes[r.0 as usize].methods = methods;
        }
    }
}
