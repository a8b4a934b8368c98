//! The checker's mutable state, split by lifetime: `PackageState` lives while one package (or one
//! REPL input) is checked, `FuncState` while one package-level declaration or function body is,
//! `ExprState` while one expression is evaluated. `Checker` holds one of each beside what lives for
//! the whole program (the type arena, `Info`, diagnostics, sources, the scope arena, per-object
//! bookkeeping).
//!
//! Invariant: whoever replaces a `FuncState` or sets an `ExprState` flag for a nested check restores
//! the previous value afterwards, so an enclosing declaration or expression sees its own state
//! again (declarations are checked lazily, in the middle of others: see `decl::obj_decl`).

use super::check::{OpMode, ScopeId};
use super::info::*;
use super::ty::*;
use grammar::ast::{self, Expr, ExprId, Span};
use std::collections::{HashMap, HashSet};

/// The package being checked: which one, the file being checked, the work deferred to the end of
/// the package, and the untyped expressions waiting for their final types.
///
/// Lifetime: set up by `resolve::check_package` (a REPL input: `Session::enter_main`) field by
/// field; the deferred-work lists are drained at the end of the package, so they start each
/// package empty. `file`/`file_scope` follow the declaration being checked (`obj_decl` switches
/// them to the declaration's file and back).
pub(crate) struct PackageState<'a> {
    pub id: PkgId,
    pub path: String,
    pub scope: ScopeId,
    /// The file being checked (diagnostics without an explicit file go there).
    pub file: FileId,
    pub file_scope: ScopeId,
    /// The file being checked has no `package` clause (implicit imports, `main` by default).
    pub snippet: bool,
    /// Checking a REPL session's input (`session.rs`): later inputs may redefine methods.
    pub session: bool,
    /// Snippet mode: standard packages loaded for implicit import, by name.
    pub implicit_pkgs: HashMap<String, PkgId>,
    /// Number of diagnostics before the package was checked (see `Checker::report`).
    pub first_diag: usize,
    /// Print `uint8` / `int32` rather than `byte` / `rune`, and `interface {}` rather than `any`
    /// (see `format`): chosen from the package's text, overridden around a conversion or
    /// declaration whose type is spelled out (`Checker::spell_as`).
    pub spell_uint8: bool,
    pub spell_int32: bool,
    pub spell_empty_interface: bool,
    /// Package-level dependencies of each package-level object (for init order).
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    /// Package-level objects being declared (grey), innermost last.
    pub decl_path: Vec<ObjId>,
    /// Local named types whose declaration is being resolved (for recursive-type detection).
    pub types_in_progress: HashSet<TypeId>,
    /// Method declarations waiting for their receiver base types to be declared.
    pub method_queue: Vec<(&'a ast::FuncDecl, ScopeId, FileId)>,
    /// Function bodies to check once all package-level declarations are done.
    pub delayed: Vec<Delayed<'a>>,
    /// Map key types to check for comparability at the end of the package.
    pub later_map_keys: Vec<(TypeId, Span, FileId)>,
    /// Embedded field types to check at the end of the package.
    pub later_embedded: Vec<(TypeId, Span, FileId)>,
    /// Named types whose structure waits for a type still being declared (`types::pending`).
    pub pending: Vec<super::pending::Pending>,
    /// Set by `type_decl` for an interface literal on the right: its embedded interfaces still
    /// being declared are deferred (into `deferred_embeds`) instead of reported as cycles.
    pub defer_embeds: bool,
    pub deferred_embeds: Vec<(TypeId, Span)>,
    /// Untyped expressions waiting for their final type (flushed at the end of the package).
    // INVARIANT: an expression id is in at most one of this and `Info::types_of`.
    pub untyped: HashMap<ExprId, Untyped<'a>>,
}

impl PackageState<'_> {
    /// The state before the first package: no package, every list empty.
    pub fn new() -> Self {
        PackageState {
            id: PkgId(0),
            path: String::new(),
            scope: ScopeId(0),
            file: FileId(0),
            file_scope: ScopeId(0),
            snippet: false,
            session: false,
            implicit_pkgs: HashMap::new(),
            first_diag: 0,
            spell_uint8: false,
            spell_int32: false,
            spell_empty_interface: false,
            deps: HashMap::new(),
            decl_path: Vec::new(),
            types_in_progress: HashSet::new(),
            method_queue: Vec::new(),
            delayed: Vec::new(),
            later_map_keys: Vec::new(),
            later_embedded: Vec::new(),
            pending: Vec::new(),
            defer_embeds: false,
            deferred_embeds: Vec::new(),
            untyped: HashMap::new(),
        }
    }
}

/// The function body or package-level declaration being checked (go/types' `environment`): the
/// enclosing function's signature, the innermost scope, the object whose dependencies are being
/// recorded, `iota`, and where errors of an inherited constant expression go.
///
/// Lifetime: replaced as a whole by `obj_decl` for each package-level declaration and by
/// `func_body_in` for each function body (a literal's too), and restored after; a body inherits
/// `decl` and `errpos` from its context.
#[derive(Clone, Debug)]
pub(crate) struct FuncState {
    /// The function whose body is being checked (`None` at package level).
    pub sig: Option<FuncCtx>,
    /// The innermost scope (lookups start here).
    pub scope: ScopeId,
    /// The package-level object whose declaration (or function body) is being checked.
    pub decl: Option<ObjId>,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<ConstValue>,
    /// While checking an inherited constant expression: where its errors are reported.
    pub errpos: Option<Span>,
}

impl FuncState {
    /// The state at the start of checking package-level object `decl` declared in `file_scope`.
    pub fn at_decl(decl: Option<ObjId>, file_scope: ScopeId) -> FuncState {
        FuncState {
            sig: None,
            scope: file_scope,
            decl,
            iota: None,
            errpos: None,
        }
    }
}

/// The signature of the function whose body is being checked.
#[derive(Clone, Debug)]
pub(crate) struct FuncCtx {
    pub results: Vec<TypeId>,
    /// Named result objects (empty when results are unnamed).
    pub named_results: Vec<ObjId>,
    #[allow(dead_code)]
    pub scope: ScopeId,
}

/// The expression being evaluated: its nesting depth and what its evaluation found out or must
/// know about its context.
///
/// Lifetime: one expression; each flag is set by the check that needs it and restored (or reset)
/// by the one that reads it, so it never leaks into an unrelated expression.
#[derive(Clone, Debug, Default)]
pub(crate) struct ExprState<'a> {
    /// Expression nesting depth (bounded by `MAX_DEPTH` so no input overflows the native stack).
    pub depth: u32,
    /// The expression being evaluated contains a call or receive (for constant `len`).
    pub has_call_or_recv: bool,
    /// The callee of a generic stdlib call is being evaluated (see `generic`).
    pub in_generic_call: bool,
    /// The declared type expression of the parameter an argument is being assigned to.
    pub target_syntax: Option<&'a Expr>,
}

/// Deeper than the parser ever builds (`grammar::MAX_DEPTH`); a second line of defence.
pub(crate) const MAX_DEPTH: u32 = 3000;

/// An untyped expression waiting for its final type.
#[derive(Clone, Debug)]
pub(crate) struct Untyped<'a> {
    pub expr: &'a Expr,
    pub typ: TypeId,
    pub mode: OpMode,
    /// The expression is the left operand of a non-constant shift.
    pub is_lhs: bool,
}

/// Work deferred to the end of the package (function bodies).
#[derive(Clone, Debug)]
pub(crate) struct Delayed<'a> {
    pub obj: ObjId,
    pub decl: &'a ast::FuncDecl,
    pub file_scope: ScopeId,
    pub file: FileId,
}
