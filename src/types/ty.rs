//! Go types, interned in one arena.
//!
//! Invariants:
//! - composite types are hash-consed: two `TypeId`s are equal iff the types are identical in Go's
//!   sense (spec: "Type identity"); named types are identical only to themselves;
//! - `TypeId`s of the predeclared basic types are fixed constants (`TypeId::INT`, ...), the same in
//!   every `Types` arena;
//! - a `Named` type's underlying type is never itself `Named` once checking is done.

use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Default)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    /// The type of an expression that had an error; compatible with everything, reported once.
    Invalid,
}

impl BasicKind {
    /// The type's name as `%T` and reflection print it (`uint8`, `int32`, `untyped int`).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Invalid => "invalid type",
        }
    }
}

/// The order here fixes `TypeId(0..)` for the basic types.
pub const BASIC_KINDS: [BasicKind; 26] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

impl TypeId {
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
    pub const UNTYPED_STRING: TypeId = TypeId(24);
    pub const UNTYPED_NIL: TypeId = TypeId(25);
    /// `byte` and `rune` are aliases: the same ids as uint8 and int32.
    pub const BYTE: TypeId = TypeId::UINT8;
    pub const RUNE: TypeId = TypeId::INT32;
}

/// Index of an object (a declared name) in `Info::objects`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct StructField {
    pub name: String,
    pub typ: TypeId,
    /// An embedded field (`struct { Animal; *Base }`); `name` is then the type's name.
    pub embedded: bool,
    /// The package that declared it ("main", "strings"...); lowercase names are package-private.
    pub pkg: String,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last param's type is then `[]T`.
    pub variadic: bool,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct IfaceMethod {
    pub name: String,
    /// A `Type::Func` signature (without receiver).
    pub sig: TypeId,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    Basic(BasicKind),
    /// A defined type `type T U`. `obj` is its TypeName object; methods live in `Info::methods`.
    Named {
        obj: ObjId,
        underlying: TypeId,
    },
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(Vec<StructField>),
    Func(Signature),
    /// The complete method set (embedded interfaces flattened), sorted by name.
    Interface(Vec<IfaceMethod>),
    /// The result list of a multi-value call.
    Tuple(Vec<TypeId>),
}

/// The type arena. Construct composite types with `intern`; read with `get`.
#[derive(Clone, Debug)]
pub struct Types {
    types: Vec<Type>,
    ids: HashMap<Type, TypeId>,
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let mut t = Types {
            types: Vec::new(),
            ids: HashMap::new(),
        };
        for k in BASIC_KINDS {
            t.intern(Type::Basic(k));
        }
        t
    }

    /// Returns the id of `ty`, adding it if new. `Named` types must be created with `new_named`.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.ids.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.ids.insert(ty, id);
        id
    }

    /// Creates a fresh named type (distinct from every other), with a placeholder underlying type
    /// the checker fills in with `set_underlying` once the declaration is resolved.
    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named {
            obj,
            underlying: TypeId::INVALID,
        });
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        if let Type::Named { underlying: u, .. } = &mut self.types[named.0 as usize] {
            *u = underlying;
        }
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// The underlying type (spec: "Underlying types"); identity for non-named types.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named { underlying, .. } => *underlying,
            _ => id,
        }
    }

    /// The underlying type's structure.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named { .. })
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }
}
