//! What the type checker hands the compiler: objects, the type of every expression, constant
//! values, resolved identifiers and selectors, method tables and the package-level init order.
//! Modelled on go/types' `Info` (Types, Defs, Uses, Implicits, Selections, InitOrder).
//!
//! Invariants (the compiler relies on each):
//! - `ExprId`s are unique across every file of a program (files are parsed with disjoint id ranges);
//! - every expression that was checked has an entry in `types`; for an untyped constant or untyped
//!   non-constant expression (comparison, shift) the recorded type is the type its context converted
//!   it to (the default type when there was none), as go/types records it after "updateExprType";
//!   constant expressions carry their value already converted to that type (an `Int` for integer
//!   types, a `Float` for float types, ...);
//! - every identifier that denotes an object has an entry in `defs` (declaring position) or `uses`.
//!
//! Conventions (additions, documented here for the compiler):
//! - the operands of a constant expression keep their untyped types (only the root is converted);
//!   non-constant untyped values with no context (`if a < b`) get their default type;
//! - `nil` is recorded with the type it is converted to (`var p *T = nil`: `*T`; `e == nil`: the
//!   type of `e`), mode `Value`; its identifier's `uses` entry is the `Nil` object;
//! - a builtin's identifier in a non-constant call is recorded (mode `Builtin`) with the signature
//!   the call instantiated (`append` on `[]string`: `func([]string, ...string) []string`);
//! - a call of a generic `slices`/`maps` function records the instantiated signature on the callee;
//! - method objects (`ObjKind::Func { recv: Some(..) }`) have the signature without receiver;
//!   a method expression's `Selection::typ` has the receiver as first parameter;
//! - the expression of a conversion `T(x)` is a `Call` whose callee is recorded as `TypeExpr`.

use super::ty::{ObjId, TypeId};
use grammar::ast::{ExprId, Span};
use num_bigint::BigInt;
use num_rational::BigRational;
use std::collections::{HashMap, HashSet};

/// Source files are numbered by the diagnostics' `SourceMap` (which sits below the checker).
pub use crate::diag::FileId;

/// Index of a package in `Info::packages`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct PkgId(pub u32);

/// An exact constant value (spec: "Constants"; arbitrary precision).
#[derive(Clone, PartialEq, Debug)]
pub enum ConstValue {
    Bool(bool),
    Int(BigInt),
    /// Exact rational; converted to f64/f32 when materialized.
    Float(BigRational),
    /// Bytes of the string (Go strings may hold invalid UTF-8).
    String(Vec<u8>),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

#[derive(Clone, PartialEq, Debug)]
pub enum ObjKind {
    /// A variable: package-level (`global`), local, parameter, named result or receiver.
    Var {
        global: bool,
        param: bool,
    },
    Const(ConstValue),
    TypeName,
    /// A function or method; `recv` = (receiver's named type, pointer receiver?) for methods.
    /// `native` = declared without a body (implemented in `src/stdlib/`).
    Func {
        recv: Option<(TypeId, bool)>,
        native: bool,
    },
    Builtin(Builtin),
    PkgName(PkgId),
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    /// The object's type (for a TypeName, the type it denotes; for Nil, UNTYPED_NIL).
    pub typ: TypeId,
    /// The package that declares it (universe objects: the package of the first use's file).
    pub pkg: PkgId,
    pub file: FileId,
    pub span: Span,
}

/// How an expression was classified (go/types' "operand modes").
#[derive(Clone, PartialEq, Debug)]
pub enum Mode {
    /// The expression denotes a type (`[]int` in `make([]int, 3)`, `T` in `T(x)`).
    TypeExpr,
    /// A constant with its exact value (already converted to the recorded type).
    Const(ConstValue),
    /// An addressable variable (spec: "Address operators").
    Var,
    /// A map index expression `m[k]` (assignable, not addressable).
    MapIndex,
    /// Any other value.
    Value,
    /// A call of a function with no results.
    NoValue,
    /// A builtin function name in call position.
    Builtin(Builtin),
    /// A package name (`fmt` in `fmt.Println`).
    Package,
}

#[derive(Clone, PartialEq, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub typ: TypeId,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SelectionKind {
    /// `x.f`, a struct field (possibly promoted through embedded fields).
    FieldVal,
    /// `x.m`, a method value or (in call position) a method call.
    MethodVal,
    /// `T.m` / `(*T).m`, a method expression.
    MethodExpr,
}

#[derive(Clone, PartialEq, Debug)]
pub enum Selected {
    Field,
    /// A concrete method (a Func object with a receiver).
    Method(ObjId),
    /// A method of an interface type, dispatched dynamically by name.
    IfaceMethod(String),
}

/// A resolved `x.sel` that is not a package-qualified identifier.
#[derive(Clone, PartialEq, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    pub target: Selected,
    /// Field indices from `x`'s type (through pointers, implicitly dereferenced) down the embedded
    /// fields; for `FieldVal` the last index is the selected field itself; for methods these are
    /// only the embedded fields walked to reach the receiver.
    pub path: Vec<usize>,
    /// The type of the whole selector expression (for a method value: its signature without receiver;
    /// for a method expression: the signature with the receiver as first parameter).
    pub typ: TypeId,
}

/// A package-level variable initialization, in Go's dependency order (spec: "Package initialization").
#[derive(Clone, Debug)]
pub struct Initializer {
    /// One object per left-hand name; `None` for `_`.
    pub lhs: Vec<Option<ObjId>>,
    /// The initializing expression (a single multi-valued call when `lhs.len() > 1`).
    pub rhs: ExprId,
}

#[derive(Clone, Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub files: Vec<FileId>,
    /// Package-level declarations by name.
    pub members: HashMap<String, ObjId>,
    /// Package-level var initializations, in dependency order.
    pub init_order: Vec<Initializer>,
    /// `func init()` functions in source order.
    pub inits: Vec<ObjId>,
}

#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub name: String,
    pub func: ObjId,
    pub ptr_recv: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Info {
    pub objects: Vec<Object>,
    pub types_of: HashMap<ExprId, TypeAndValue>,
    /// Identifiers in declaring position → the object declared (absent for `_`).
    pub defs: HashMap<ExprId, ObjId>,
    /// Identifiers in use position → the object they denote (for `pkg.Name`, the `Name` ident → member).
    pub uses: HashMap<ExprId, ObjId>,
    /// Type-switch clause identifiers (`CaseClause::implicit`) → the clause's variable.
    pub implicits: HashMap<ExprId, ObjId>,
    /// Selector expressions (the `Selector` node's id) that select a field or method.
    pub selections: HashMap<ExprId, Selection>,
    /// Methods declared on each named type (by the named type's id), in declaration order.
    pub methods: HashMap<TypeId, Vec<MethodEntry>>,
    /// Packages in initialization order (dependencies first); the main package is last.
    pub packages: Vec<Package>,
    /// The predeclared `error` type (a named interface `interface{ Error() string }`).
    pub error_type: TypeId,
    /// `interface{}` / `any`.
    pub empty_interface: TypeId,
    /// Map index expressions, type assertions and receives used in a comma-ok assignment
    /// (`v, ok := m[k]`): their recorded type is the value's type; the `ok` is an untyped bool.
    pub comma_ok: HashSet<ExprId>,
    /// Key identifiers of keyed struct literals (`T{x: 1}`) → the index of the field they name.
    pub lit_fields: HashMap<ExprId, usize>,
}

impl Info {
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn type_of(&self, e: ExprId) -> Option<&TypeAndValue> {
        self.types_of.get(&e)
    }

    /// The object an identifier denotes, whether declared or used there.
    pub fn object_of(&self, ident: ExprId) -> Option<ObjId> {
        self.defs
            .get(&ident)
            .or_else(|| self.uses.get(&ident))
            .copied()
    }
}
