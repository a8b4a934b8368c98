//! The universe scope (spec: "Predeclared identifiers"): basic types and the `byte`/`rune`/`any`
//! aliases, `error`, `true`/`false`/`iota`/`nil`, and the builtin functions.
//!
//! Invariant: created once per `Checker`, before any package; its objects belong to `PkgId(0)`.

use super::check::Checker;
use super::info::*;
use super::ty::*;
use grammar::ast::Span;

const BUILTINS: [(&str, Builtin); 18] = [
    ("append", Builtin::Append),
    ("cap", Builtin::Cap),
    ("clear", Builtin::Clear),
    ("close", Builtin::Close),
    ("complex", Builtin::Complex),
    ("copy", Builtin::Copy),
    ("delete", Builtin::Delete),
    ("imag", Builtin::Imag),
    ("len", Builtin::Len),
    ("make", Builtin::Make),
    ("max", Builtin::Max),
    ("min", Builtin::Min),
    ("new", Builtin::New),
    ("panic", Builtin::Panic),
    ("print", Builtin::Print),
    ("println", Builtin::Println),
    ("real", Builtin::Real),
    ("recover", Builtin::Recover),
];

pub(crate) fn builtin_name(b: Builtin) -> &'static str {
    BUILTINS
        .iter()
        .find(|(_, x)| *x == b)
        .map_or("?", |(n, _)| n)
}

impl<'a> Checker<'a> {
    pub(crate) fn init_universe(&mut self) {
        let basics: [(&str, TypeId); 21] = [
            ("bool", TypeId::BOOL),
            ("int", TypeId::INT),
            ("int8", TypeId::INT8),
            ("int16", TypeId::INT16),
            ("int32", TypeId::INT32),
            ("int64", TypeId::INT64),
            ("uint", TypeId::UINT),
            ("uint8", TypeId::UINT8),
            ("uint16", TypeId::UINT16),
            ("uint32", TypeId::UINT32),
            ("uint64", TypeId::UINT64),
            ("uintptr", TypeId::UINTPTR),
            ("float32", TypeId::FLOAT32),
            ("float64", TypeId::FLOAT64),
            ("complex64", TypeId::COMPLEX64),
            ("complex128", TypeId::COMPLEX128),
            ("string", TypeId::STRING),
            ("byte", TypeId::BYTE),
            ("rune", TypeId::RUNE),
            ("any", TypeId::INVALID),
            ("error", TypeId::INVALID),
        ];
        let empty = self.t.intern(Type::Interface(Vec::new()));
        self.info.empty_interface = empty;
        let u = self.universe;
        for (name, id) in basics {
            let typ = match name {
                "any" => empty,
                "error" => {
                    let obj =
                        self.new_obj("error", ObjKind::TypeName, TypeId::INVALID, Span::default());
                    let named = self.t.new_named(obj);
                    let sig = self.t.intern(Type::Func(Signature {
                        params: vec![],
                        results: vec![TypeId::STRING],
                        variadic: false,
                    }));
                    let iface = self.t.intern(Type::Interface(vec![IfaceMethod {
                        name: "Error".into(),
                        sig,
                    }]));
                    self.t.set_underlying(named, iface);
                    self.obj_mut(obj).typ = named;
                    self.info.error_type = named;
                    self.scopes[u.0 as usize]
                        .names
                        .insert(name.to_string(), obj);
                    continue;
                }
                _ => id,
            };
            let obj = self.new_obj(name, ObjKind::TypeName, typ, Span::default());
            self.scopes[u.0 as usize]
                .names
                .insert(name.to_string(), obj);
        }
        for (name, v) in [("true", true), ("false", false)] {
            let obj = self.new_obj(
                name,
                ObjKind::Const(ConstValue::Bool(v)),
                TypeId::UNTYPED_BOOL,
                Span::default(),
            );
            self.scopes[u.0 as usize]
                .names
                .insert(name.to_string(), obj);
        }
        let iota = self.new_obj(
            "iota",
            ObjKind::Const(super::constant::int(0)),
            TypeId::UNTYPED_INT,
            Span::default(),
        );
        self.scopes[u.0 as usize].names.insert("iota".into(), iota);
        let nil = self.new_obj("nil", ObjKind::Nil, TypeId::UNTYPED_NIL, Span::default());
        self.scopes[u.0 as usize].names.insert("nil".into(), nil);
        for (name, b) in BUILTINS {
            let obj = self.new_obj(name, ObjKind::Builtin(b), TypeId::INVALID, Span::default());
            self.scopes[u.0 as usize]
                .names
                .insert(name.to_string(), obj);
        }
    }
}
