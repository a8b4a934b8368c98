//! The `Checker` and what every pass shares: the program-wide tables it holds (type arena, the
//! `Info` being built, diagnostics, the scope arena, per-object bookkeeping: declaration, "used",
//! cycle colour), operands, and the recording of expression types (untyped expressions wait in
//! `pkg.untyped` until their final type is known, as go/types' `rememberUntyped`/`updateExprType`).
//! The state of the package, declaration and expression being checked is in `state`.
//!
//! Invariants: `objx` is parallel to `info.objects`; an expression id is in at most one of
//! `info.types_of` and `pkg.untyped`; errors mentioning an operand of type `Invalid` are never
//! emitted.

use super::info::*;
use super::state::{ExprState, FuncState, PackageState, Untyped};
use super::ty::*;
use crate::diag::{Diagnostic, SourceMap};
use grammar::ast::{self, Expr, ExprId, Span};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) struct ScopeId(pub u32);

#[derive(Debug)]
pub(crate) struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<String, ObjId>,
    /// The outermost scope of a function (parameters live here).
    #[allow(dead_code)]
    pub is_func: bool,
}

/// Checking state of a package-level object (go/types' object colours).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Color {
    White,
    Grey,
    Black,
}

/// Where a package-level object is declared.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclRef<'a> {
    /// `errpos`: for a spec repeating the previous expression list, the constant's name (gc reports
    /// errors of the inherited expression there).
    Const {
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: u32,
        errpos: Option<Span>,
    },
    /// `lhs` = all objects of the spec (for `var a, b = f()`); `idx` = this object's position.
    Var {
        spec: &'a ast::Spec,
        idx: usize,
    },
    Type {
        spec: &'a ast::Spec,
    },
    Func {
        decl: &'a ast::FuncDecl,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct ObjExtra<'a> {
    pub used: bool,
    pub color: Color,
    pub decl: Option<DeclRef<'a>>,
    /// The file scope a package-level declaration is checked in.
    pub file_scope: Option<ScopeId>,
    /// For package-level vars declared together (`var a, b = f()`): all of them.
    pub siblings: Vec<ObjId>,
    /// For an import: the import path (for "imported and not used").
    pub import_path: Option<String>,
    /// The object is a local variable of a function (subject to "declared and not used").
    pub local_var: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Const(ConstValue),
    Var,
    MapIndex,
    Value,
    /// A value that may be used in a comma-ok assignment (type assertion, receive).
    CommaOk,
}

/// An evaluated expression (go/types' `operand`).
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub typ: TypeId,
    pub expr: Option<&'a Expr>,
    /// A stand-in for the expression in messages (`1st function result` of a multi-value call):
    /// (text, position).
    pub dummy: Option<(String, Span)>,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr>) -> Operand<'a> {
        Operand {
            mode: OpMode::Invalid,
            typ: TypeId::INVALID,
            expr,
            dummy: None,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
    pub fn val(&self) -> Option<&ConstValue> {
        match &self.mode {
            OpMode::Const(v) => Some(v),
            _ => None,
        }
    }
    /// The predeclared `nil` (also after its implicit conversion to a pointer, slice... type).
    pub fn is_nil(&self) -> bool {
        if self.typ == TypeId::UNTYPED_NIL {
            return true;
        }
        let Some(mut e) = self.expr else { return false };
        while let ast::ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        // After an implicit conversion the operand has the other side's type but is still `nil`.
        self.mode != OpMode::Invalid
            && matches!(&e.kind, ast::ExprKind::Ident(id) if id.name == "nil")
    }
    /// Where gc reports an error about this operand (see `gc_pos`).
    pub fn span(&self) -> Span {
        match &self.dummy {
            Some((_, s)) => *s,
            None => self
                .expr
                .map(|e| Span {
                    start: gc_pos(e),
                    end: e.span.end,
                })
                .unwrap_or_default(),
        }
    }
}

/// The position gc gives an expression in diagnostics (syntax.StartPos): the start of its leftmost
/// operand, except that a slice expression is at its `[` and a function type at its `(`.
pub(crate) fn gc_pos(e: &Expr) -> u32 {
    let mut e = e;
    loop {
        match &e.kind {
            ast::ExprKind::CompositeLit { typ: Some(t), .. } => e = t,
            ast::ExprKind::Selector { expr, .. }
            | ast::ExprKind::Index { expr, .. }
            | ast::ExprKind::TypeAssert { expr, .. }
            | ast::ExprKind::Call { func: expr, .. }
            | ast::ExprKind::Binary { lhs: expr, .. } => e = expr,
            ast::ExprKind::Slice { expr, .. } => return expr.span.end,
            ast::ExprKind::FuncType(_) => return e.span.start + 4,
            _ => return e.span.start,
        }
    }
}

/// The checker. What lives for the whole program (every package, every REPL input) is held
/// here directly: the type arena and the `Info` being built, diagnostics, sources, the scope arena
/// and the per-object bookkeeping. The state of the package, declaration or function body, and
/// expression being checked lives in `pkg`, `func` and `eval` (see `state`).
pub(crate) struct Checker<'a> {
    pub t: Types,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    /// Borrowed for a program; owned (and growing) for a REPL session.
    pub sources: std::borrow::Cow<'a, SourceMap>,
    /// Every scope of the program (universe, packages, files, blocks), indexed by `ScopeId`.
    pub scopes: Vec<Scope>,
    pub universe: ScopeId,
    // INVARIANT: parallel to `info.objects`.
    pub objx: Vec<ObjExtra<'a>>,
    /// The signature scope (parameters, results, receiver) of each function with a body.
    pub func_scopes: HashMap<ObjId, ScopeId>,
    /// The signature syntax of each declared function and method (names for messages).
    pub sig_syntax: HashMap<ObjId, &'a ast::FuncType>,
    /// Named result objects of each function with a body.
    pub func_named: HashMap<ObjId, Vec<ObjId>>,
    /// Objects whose recursive-declaration error was reported (one message per cycle).
    pub reported_recursive: HashSet<ObjId>,
    /// Methods of standard types that Go has and gorun lacks, met while checking.
    pub std_gaps: Vec<super::stdgap::Gap>,
    pub pkg: PackageState<'a>,
    pub func: FuncState,
    pub eval: ExprState<'a>,
}

impl<'a> Checker<'a> {
    pub fn new(sources: &'a SourceMap) -> Checker<'a> {
        let mut c = Checker {
            t: Types::new(),
            info: Info::default(),
            diags: Vec::new(),
            sources: std::borrow::Cow::Borrowed(sources),
            scopes: Vec::new(),
            universe: ScopeId(0),
            objx: Vec::new(),
            func_scopes: HashMap::new(),
            sig_syntax: HashMap::new(),
            func_named: HashMap::new(),
            reported_recursive: HashSet::new(),
            std_gaps: Vec::new(),
            pkg: PackageState::new(),
            func: FuncState::at_decl(None, ScopeId(0)),
            eval: ExprState::default(),
        };
        c.universe = c.new_scope(None, false);
        c.init_universe();
        c
    }

    // ---------------------------------------------------------------- diagnostics

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.report(self.pkg.file, span, msg.into());
    }

    /// Records a diagnostic with gc's filters: a message mentioning "invalid operand" or "invalid
    /// type" (not at its start) after an earlier error of the package is a follow-on error and
    /// dropped (types2's "cheap trick"); a message equal to the previous one on the same line is
    /// dropped (cmd/compile's `ErrorfAt`), so the first one reported is the one shown.
    pub fn report(&mut self, file: FileId, span: Span, msg: String) {
        let span = self.func.errpos.unwrap_or(span);
        if self.diags.len() > self.pkg.first_diag {
            let follow_on = |pat: &str| msg.find(pat).is_some_and(|i| i > 0);
            if follow_on("invalid operand") || follow_on("invalid type") {
                return;
            }
        }
        if let Some(last) = self.diags.last() {
            if last.file == file
                && last.message == msg
                && (file.0 as usize) < self.sources.files.len()
            {
                let l1 = self.sources.line_col(file, last.span.start).0;
                let l2 = self.sources.line_col(file, span.start).0;
                if l1 == l2 {
                    return;
                }
            }
        }
        self.diags.push(Diagnostic::new(file, span, msg));
    }

    /// `file:line:col` of a position, as gc prints it inside multi-line messages.
    pub fn pos_string(&self, file: FileId, offset: u32) -> String {
        if (file.0 as usize) >= self.sources.files.len() {
            return String::new();
        }
        let (l, c) = self.sources.line_col(file, offset);
        format!("{}:{}:{}", self.sources.file(file).name, l, c)
    }

    /// The source text of a span in the current file.
    pub fn src(&self, span: Span) -> &str {
        let Some(f) = self.sources.files.get(self.pkg.file.0 as usize) else {
            return "";
        };
        f.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// Offset of the first non-blank, non-comment byte at or after `from` (an operator's position).
    pub fn skip_blank(&self, from: u32) -> u32 {
        let Some(f) = self.sources.files.get(self.pkg.file.0 as usize) else {
            return from;
        };
        let b = f.text.as_bytes();
        let mut i = from as usize;
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\r' | b'\n' | b'(' | b')' => i += 1,
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 2;
                }
                _ => break,
            }
        }
        i as u32
    }

    // ---------------------------------------------------------------- scopes and objects

    pub fn new_scope(&mut self, parent: Option<ScopeId>, is_func: bool) -> ScopeId {
        self.scopes.push(Scope {
            parent,
            names: HashMap::new(),
            is_func,
        });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, typ: TypeId, span: Span) -> ObjId {
        self.info.objects.push(Object {
            name: name.to_string(),
            kind,
            typ,
            pkg: self.pkg.id,
            file: self.pkg.file,
            span,
        });
        self.objx.push(ObjExtra {
            used: false,
            color: Color::Black,
            decl: None,
            file_scope: None,
            siblings: Vec::new(),
            import_path: None,
            local_var: false,
        });
        ObjId(self.info.objects.len() as u32 - 1)
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.info.objects[id.0 as usize]
    }

    pub fn x(&mut self, id: ObjId) -> &mut ObjExtra<'a> {
        &mut self.objx[id.0 as usize]
    }

    pub fn lookup_in(&self, scope: ScopeId, name: &str) -> Option<ObjId> {
        self.scopes[scope.0 as usize].names.get(name).copied()
    }

    /// Walks the scope chain outwards.
    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<(ScopeId, ObjId)> {
        loop {
            let s = &self.scopes[scope.0 as usize];
            if let Some(&o) = s.names.get(name) {
                return Some((scope, o));
            }
            scope = s.parent?;
        }
    }

    /// Declares `obj` in `scope`; reports a redeclaration (and returns false) if the name exists.
    pub fn declare(&mut self, scope: ScopeId, ident: &ast::Ident, obj: ObjId) -> bool {
        if ident.name == "_" {
            return true;
        }
        if let Some(prev) = self.lookup_in(scope, &ident.name) {
            let (pf, ps) = (self.obj(prev).file, self.obj(prev).span.start);
            let other = self.pos_string(pf, ps);
            self.error(
                ident.span,
                format!(
                    "{} redeclared in this block\n\t{}: other declaration of {}",
                    ident.name, other, ident.name
                ),
            );
            // an object that is in no scope is never reported as unused
            self.x(obj).used = true;
            return false;
        }
        self.scopes[scope.0 as usize]
            .names
            .insert(ident.name.clone(), obj);
        true
    }

    pub fn record_def(&mut self, ident: &ast::Ident, obj: ObjId) {
        if ident.name != "_" {
            self.info.defs.insert(ident.id, obj);
        }
    }

    pub fn record_use(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.info.uses.insert(ident.id, obj);
    }

    // ---------------------------------------------------------------- type predicates

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(
            self.t.get(t),
            Type::Basic(
                BasicKind::UntypedBool
                    | BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex
                    | BasicKind::UntypedString
                    | BasicKind::UntypedNil
            )
        )
    }

    pub fn kind(&self, t: TypeId) -> Option<BasicKind> {
        self.t.basic_kind(t)
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.kind(t).is_some_and(super::constant::is_integer_kind)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.kind(t).is_some_and(super::constant::is_unsigned_kind)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.kind(t).is_some_and(super::constant::is_float_kind)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.kind(t).is_some_and(super::constant::is_numeric_kind)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.kind(t).is_some_and(super::constant::is_string_kind)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.kind(t).is_some_and(super::constant::is_bool_kind)
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.kind(t).is_some_and(|k| {
            !matches!(
                k,
                BasicKind::UnsafePointer | BasicKind::UntypedNil | BasicKind::Invalid
            )
        })
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_string(t)
    }
    pub fn is_valid(&self, t: TypeId) -> bool {
        t != TypeId::INVALID
    }
    /// A type with a name in Go's sense (predeclared basic or defined type).
    pub fn has_name(&self, t: TypeId) -> bool {
        matches!(self.t.get(t), Type::Basic(_) | Type::Named { .. })
    }

    /// spec: "default type" of an untyped type.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.t.get(t) {
            Type::Basic(BasicKind::UntypedBool) => TypeId::BOOL,
            Type::Basic(BasicKind::UntypedInt) => TypeId::INT,
            Type::Basic(BasicKind::UntypedRune) => TypeId::RUNE,
            Type::Basic(BasicKind::UntypedFloat) => TypeId::FLOAT64,
            Type::Basic(BasicKind::UntypedComplex) => TypeId::COMPLEX128,
            Type::Basic(BasicKind::UntypedString) => TypeId::STRING,
            _ => t,
        }
    }

    /// The type is or contains (structurally, not through named types) the invalid type: errors
    /// about it would only repeat an earlier one.
    pub fn contains_invalid(&self, t: TypeId) -> bool {
        fn walk(c: &Checker<'_>, t: TypeId, depth: u32) -> bool {
            if depth > 20 {
                return false;
            }
            let d = depth + 1;
            match c.t.get(t) {
                Type::Basic(BasicKind::Invalid) => true,
                Type::Basic(_) => false,
                Type::Named { underlying, .. } => *underlying == TypeId::INVALID,
                Type::Pointer(e)
                | Type::Slice(e)
                | Type::Array { elem: e, .. }
                | Type::Chan { elem: e, .. } => walk(c, *e, d),
                Type::Map { key, value } => walk(c, *key, d) || walk(c, *value, d),
                Type::Struct(fs) => fs.iter().any(|f| walk(c, f.typ, d)),
                Type::Func(sig) => sig
                    .params
                    .iter()
                    .chain(&sig.results)
                    .any(|&x| walk(c, x, d)),
                Type::Interface(ms) => ms.iter().any(|m| walk(c, m.sig, d)),
                Type::Tuple(ts) => ts.iter().any(|&x| walk(c, x, d)),
            }
        }
        walk(self, t, 0)
    }

    pub fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.t.under(t),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map { .. }
                | Type::Chan { .. }
                | Type::Func(_)
                | Type::Interface(_)
                | Type::Basic(BasicKind::UnsafePointer)
        )
    }

    // ---------------------------------------------------------------- recording

    pub fn info_mode(mode: &OpMode) -> Mode {
        match mode {
            OpMode::Invalid | OpMode::Value | OpMode::CommaOk => Mode::Value,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(b) => Mode::Builtin(*b),
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Const(v) => Mode::Const(v.clone()),
            OpMode::Var => Mode::Var,
            OpMode::MapIndex => Mode::MapIndex,
        }
    }

    /// Records the operand's type: at once when typed, in `untyped` otherwise.
    pub fn record(&mut self, x: &Operand<'a>) {
        let Some(e) = x.expr else { return };
        if self.is_untyped(x.typ) && x.mode != OpMode::Invalid {
            self.pkg.untyped.insert(
                e.id,
                Untyped {
                    expr: e,
                    typ: x.typ,
                    mode: x.mode.clone(),
                    is_lhs: false,
                },
            );
        } else {
            self.pkg.untyped.remove(&e.id);
            self.record_type(e.id, &x.mode, x.typ);
        }
    }

    pub fn record_type(&mut self, id: ExprId, mode: &OpMode, typ: TypeId) {
        let mode = match mode {
            OpMode::Const(v) => Mode::Const(self.const_for_type(v, typ)),
            m => Self::info_mode(m),
        };
        self.info.types_of.insert(id, TypeAndValue { mode, typ });
    }

    /// A constant value in the representation of `typ`'s kind (Int for integers, Float for floats).
    pub fn const_for_type(&self, v: &ConstValue, typ: TypeId) -> ConstValue {
        match self.kind(typ) {
            Some(k) if super::constant::is_integer_kind(k) => match super::constant::to_int(v) {
                Some(i) => ConstValue::Int(i),
                None => v.clone(),
            },
            Some(k) if super::constant::is_float_kind(k) => match super::constant::to_rat(v) {
                Some(r) => ConstValue::Float(r),
                None => v.clone(),
            },
            _ => v.clone(),
        }
    }

    /// Updates the type of an untyped expression and of the untyped operands it was computed from
    /// (go/types' `updateExprType`).
    pub fn update_expr_type(&mut self, e: &'a Expr, typ: TypeId, finalize: bool) {
        let Some(old) = self.pkg.untyped.get(&e.id).cloned() else {
            return;
        };
        let is_const = matches!(old.mode, OpMode::Const(_));
        match &e.kind {
            ast::ExprKind::Paren(inner) => self.update_expr_type(inner, typ, finalize),
            ast::ExprKind::Unary { expr, .. } if !is_const => {
                self.update_expr_type(expr, typ, finalize)
            }
            ast::ExprKind::Binary { op, lhs, rhs } if !is_const => {
                use ast::BinaryOp::*;
                match op {
                    Eq | Ne | Lt | Le | Gt | Ge => {}
                    Shl | Shr => self.update_expr_type(lhs, typ, finalize),
                    _ => {
                        self.update_expr_type(lhs, typ, finalize);
                        self.update_expr_type(rhs, typ, finalize);
                    }
                }
            }
            _ => {}
        }
        if !finalize && self.is_untyped(typ) {
            if let Some(u) = self.pkg.untyped.get_mut(&e.id) {
                u.typ = self.t.underlying(typ);
            }
            return;
        }
        self.pkg.untyped.remove(&e.id);
        if old.is_lhs && !self.is_integer(typ) {
            if self.is_valid(typ) {
                let s = format!(
                    "invalid operation: shifted operand {} (type {}) must be integer",
                    self.expr_string(e),
                    self.type_string(typ)
                );
                self.error(e.span, s);
            }
            return;
        }
        let mut mode = old.mode.clone();
        if let OpMode::Const(v) = &old.mode {
            if let Some(k) = self.kind(typ) {
                if let Ok(nv) =
                    super::constant::representable(v, k, self.kind(old.typ).unwrap_or(k))
                {
                    mode = OpMode::Const(nv);
                }
            }
        }
        // nil keeps mode Value with the target type; interfaces receive the default type already
        self.record_type(e.id, &mode, typ);
    }

    /// Sets the constant value recorded for a pending untyped expression.
    pub fn update_expr_val(&mut self, e: &'a Expr, v: &ConstValue) {
        if let Some(u) = self.pkg.untyped.get_mut(&e.id) {
            if matches!(u.mode, OpMode::Const(_)) {
                u.mode = OpMode::Const(v.clone());
            }
        }
    }

    /// Records every still-untyped expression (end of a package): constants keep their untyped
    /// type (they are sub-expressions of constant expressions or constant conditions); non-constant
    /// values (`if a < b` conditions) get their default type, the type they materialize as.
    pub fn flush_untyped(&mut self) {
        let pending: Vec<Untyped<'a>> = self.pkg.untyped.drain().map(|(_, u)| u).collect();
        for u in pending {
            let t = if matches!(u.mode, OpMode::Const(_)) {
                u.typ
            } else {
                self.default_type(u.typ)
            };
            self.record_type(u.expr.id, &u.mode, t);
        }
    }

    /// While checking something whose type was written as the identifier `e` (`int32(x)`,
    /// `var v uint8 = ...`), print uint8/int32 with that spelling. Returns the previous flags.
    pub fn spell_as(&mut self, e: Option<&Expr>) -> (bool, bool) {
        let saved = (self.pkg.spell_uint8, self.pkg.spell_int32);
        if let Some(ast::ExprKind::Ident(id)) = e.map(|e| &e.kind) {
            match id.name.as_str() {
                "uint8" => self.pkg.spell_uint8 = true,
                "byte" => self.pkg.spell_uint8 = false,
                "int32" => self.pkg.spell_int32 = true,
                "rune" => self.pkg.spell_int32 = false,
                _ => {}
            }
        }
        saved
    }

    /// Records a dependency of the current package-level declaration on a package-level object.
    pub fn add_dep(&mut self, obj: ObjId) {
        let Some(cur) = self.func.decl else { return };
        if self.obj(obj).pkg != self.pkg.id || self.objx[obj.0 as usize].decl.is_none() {
            return;
        }
        let d = self.pkg.deps.entry(cur).or_default();
        if !d.contains(&obj) {
            d.push(obj);
        }
    }
}
