//! Memory layout and runtime type descriptors: how many words a type takes inline, where struct
//! fields sit, Go's printed type names, and the `RtType` table with method sets (including the
//! wrapper functions that adapt promoted and pointer-adjusted methods to the interface call
//! convention: the receiver slot holds the interface's data word).
//!
//! Invariant: `words(T) == 1` for every non-aggregate type; structs and arrays flatten.

use super::opcode::{FuncId, Op, Reg, RtTypeId};
use super::program::{RtField, RtKind, RtType};
use super::Compiler;
use crate::types::{BasicKind, ChanDir, ObjKind, Type, TypeId};

impl Compiler<'_> {
    /// Words a value of type `t` occupies inline.
    pub fn words(&self, t: TypeId) -> u32 {
        // INVARIANT: a box is never smaller than its type (bounds checks use the type's length),
        // so a type too large to count in u32 words saturates to u32::MAX, which `heap::alloc` refuses.
        u32::try_from(self.words_u64(t)).unwrap_or(u32::MAX)
    }

    /// Words of `t`, saturating at `u64::MAX`.
    pub fn words_u64(&self, t: TypeId) -> u64 {
        match self.types.under(t) {
            Type::Struct(fields) => fields
                .iter()
                .fold(0u64, |a, f| a.saturating_add(self.words_u64(f.typ))),
            Type::Array { len, elem } => len.saturating_mul(self.words_u64(*elem)),
            _ => 1,
        }
    }

    /// Words of an element type as instructions carry them (u16); larger elements are refused.
    pub fn elem_words(&mut self, t: TypeId) -> u16 {
        let w = self.words_u64(t);
        match u16::try_from(w) {
            Ok(w) => w,
            Err(_) => {
                let span = self.cur_span;
                self.unsupported(span, "slice, map or array elements larger than 512 KiB");
                1
            }
        }
    }

    /// Go's (size, alignment) in bytes of a value of type `t` on amd64 (append's growth depends on it).
    pub fn go_size(&self, t: TypeId) -> (u64, u64) {
        use BasicKind::*;
        match self.types.under(t) {
            Type::Basic(k) => match k {
                Bool | Int8 | Uint8 | UntypedBool => (1, 1),
                Int16 | Uint16 => (2, 2),
                Int32 | Uint32 | Float32 | UntypedRune => (4, 4),
                String | UntypedString | Complex128 => (16, 8),
                _ => (8, 8),
            },
            Type::Slice(_) => (24, 8),
            Type::Interface(_) => (16, 8),
            Type::Array { len, elem } => {
                let (s, a) = self.go_size(*elem);
                (s.saturating_mul(*len), a)
            }
            Type::Struct(fields) => {
                let (mut size, mut align) = (0u64, 1u64);
                for f in fields {
                    let (s, a) = self.go_size(f.typ);
                    size = size.div_ceil(a) * a + s;
                    align = align.max(a);
                }
                (size.div_ceil(align) * align, align)
            }
            _ => (8, 8),
        }
    }

    /// Are all the words of a value of type `t` non-references, so that the collector need
    /// not scan its box or array (`noscan`)? Conservative: anything but numbers and bools (and
    /// aggregates of them) counts as holding references. Its negation is also Go's "type has
    /// pointers" of the allocation-size rules (`append` growth), complex numbers aside.
    pub fn gc_noscan(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            Type::Basic(k) => !matches!(
                k,
                BasicKind::String
                    | BasicKind::UntypedString
                    | BasicKind::UnsafePointer
                    | BasicKind::Complex64
                    | BasicKind::Complex128
                    | BasicKind::UntypedComplex
                    | BasicKind::Invalid
                    | BasicKind::UntypedNil
            ),
            Type::Array { len, elem } => *len == 0 || self.gc_noscan(*elem),
            Type::Struct(fields) => fields.iter().all(|f| self.gc_noscan(f.typ)),
            _ => false,
        }
    }

    /// The index in `Program::layouts` of the pointer layout of a value of type `t` (the
    /// collector scans only the words it marks): exact for values of up to 64 words and for
    /// arrays of elements of up to 64 words, else every word.
    pub fn gc_layout(&mut self, t: TypeId) -> u16 {
        if self.gc_noscan(t) {
            return crate::compile::program::LAYOUT_NONE;
        }
        let (t, stride) = match self.types.under(t).clone() {
            Type::Array { elem, .. } if self.words_u64(elem) <= 64 => (elem, self.words_u64(elem)),
            _ => (t, self.words_u64(t)),
        };
        if stride == 0 || stride > 64 {
            return crate::compile::program::LAYOUT_ANY;
        }
        let mut mask = 0u64;
        self.pointer_bits(t, 0, &mut mask);
        let key = (mask, stride as u32);
        if let Some(&i) = self.layout_of.get(&key) {
            return i;
        }
        let i = u16::try_from(self.layouts.len()).unwrap_or(crate::compile::program::LAYOUT_ANY);
        if i != crate::compile::program::LAYOUT_ANY {
            self.layouts.push(key);
            self.layout_of.insert(key, i);
        }
        i
    }

    /// Emits `Alloc` of a zeroed box for a value of type `t` (a struct or array, or the cell of
    /// an escaping scalar variable), with its pointer layout.
    pub fn emit_box(&mut self, dst: Reg, t: TypeId) {
        let words = self.words(t);
        let layout = self.gc_layout(t);
        self.emit(Op::Alloc { dst, words, layout });
    }

    /// Sets in `mask` the bits of the words of a `t` at word `at` that may be references.
    fn pointer_bits(&self, t: TypeId, at: u64, mask: &mut u64) {
        match self.types.under(t) {
            Type::Struct(fields) => {
                let mut off = at;
                for f in fields {
                    self.pointer_bits(f.typ, off, mask);
                    off += self.words_u64(f.typ);
                }
            }
            Type::Array { len, elem } => {
                let ew = self.words_u64(*elem);
                for i in 0..*len {
                    self.pointer_bits(*elem, at + i * ew, mask);
                }
            }
            _ => {
                if !self.gc_noscan(t) && at < 64 {
                    *mask |= 1 << at;
                }
            }
        }
    }

    /// Is `t` a struct or array (held in registers as a box address)?
    pub fn is_aggregate(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Struct(_) | Type::Array { .. })
    }

    /// A register holds an aggregate as its box's address, but `Append` and `PackSlice` take a
    /// one-word element (`ew == 1`) as the word itself, as for a scalar: for a one-word struct
    /// or array (`struct{ N int }`, `[1]string`), loads the word out of the box in `r`.
    pub fn unbox_one_word(&mut self, elem: TypeId, r: Reg) {
        if self.is_aggregate(elem) && self.words(elem) == 1 {
            self.emit(Op::Load {
                dst: r,
                addr: r,
                off: 0,
            });
        }
    }

    /// Word offset of field `index` in struct type `t`.
    pub fn field_offset(&self, t: TypeId, index: usize) -> (u32, TypeId) {
        match self.types.under(t) {
            Type::Struct(fields) => {
                let off = fields[..index.min(fields.len())]
                    .iter()
                    .map(|f| self.words(f.typ))
                    .sum();
                (off, fields.get(index).map_or(TypeId::INVALID, |f| f.typ))
            }
            _ => (0, TypeId::INVALID),
        }
    }

    /// Go's name of a type, as `%T` prints it.
    pub fn type_name(&self, t: TypeId) -> String {
        match self.types.get(t) {
            Type::Basic(k) => k.name().to_string(),
            Type::Named { obj, .. } => {
                let o = self.info.obj(*obj);
                let pkg = &self
                    .info
                    .packages
                    .get(o.pkg.0 as usize)
                    .map_or("main", |p| p.name.as_str());
                if t == self.info.error_type
                    || o.name == "error"
                        && !self.types.is_named(self.types.underlying(t))
                        && o.file.0 == u32::MAX
                {
                    "error".to_string()
                } else {
                    format!("{}.{}", pkg, o.name)
                }
            }
            Type::Pointer(e) => format!("*{}", self.type_name(*e)),
            Type::Slice(e) => format!("[]{}", self.type_name(*e)),
            Type::Array { len, elem } => format!("[{}]{}", len, self.type_name(*elem)),
            Type::Map { key, value } => {
                format!("map[{}]{}", self.type_name(*key), self.type_name(*value))
            }
            Type::Chan { dir, elem } => match dir {
                // `chan (<-chan int)`: without the parentheses it would read `chan<- chan int`.
                ChanDir::Both
                    if matches!(
                        self.types.get(*elem),
                        Type::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    ) =>
                {
                    format!("chan ({})", self.type_name(*elem))
                }
                ChanDir::Both => format!("chan {}", self.type_name(*elem)),
                ChanDir::Send => format!("chan<- {}", self.type_name(*elem)),
                ChanDir::Recv => format!("<-chan {}", self.type_name(*elem)),
            },
            Type::Struct(fields) => {
                if fields.is_empty() {
                    return "struct {}".into();
                }
                let parts: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        if f.embedded {
                            self.type_name(f.typ)
                        } else {
                            format!("{} {}", f.name, self.type_name(f.typ))
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
            }
            Type::Func(sig) => {
                let mut params: Vec<String> =
                    sig.params.iter().map(|p| self.type_name(*p)).collect();
                if sig.variadic {
                    if let Some(last) = params.last_mut() {
                        *last = format!("...{}", last.trim_start_matches("[]"));
                    }
                }
                let res: Vec<String> = sig.results.iter().map(|p| self.type_name(*p)).collect();
                let r = match res.len() {
                    0 => String::new(),
                    1 => format!(" {}", res[0]),
                    _ => format!(" ({})", res.join(", ")),
                };
                format!("func({}){}", params.join(", "), r)
            }
            Type::Interface(ms) => {
                if ms.is_empty() {
                    return "interface {}".into();
                }
                let parts: Vec<String> = ms
                    .iter()
                    .map(|m| {
                        // reflect qualifies an unexported method with its package
                        // (`interface { main.m(string) }`); the checker keeps no package on
                        // interface methods, and only a user's package declares such literals.
                        let exported = m.name.starts_with(|c: char| c.is_uppercase());
                        let pkg = if exported { "" } else { "main." };
                        let sig = self.type_name(m.sig);
                        format!("{pkg}{}{}", m.name, sig.trim_start_matches("func"))
                    })
                    .collect();
                format!("interface {{ {} }}", parts.join("; "))
            }
            Type::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|p| self.type_name(*p)).collect();
                format!("({})", parts.join(", "))
            }
        }
    }

    /// The runtime descriptor of `t`, created on first use.
    pub fn rtype(&mut self, t: TypeId) -> RtTypeId {
        if let Some(&id) = self.rt_of.get(&t) {
            return id;
        }
        let id = RtTypeId(self.rtypes.len() as u32);
        self.rt_of.insert(t, id);
        self.rtypes.push(RtType {
            name: String::new(),
            kind: RtKind::UntypedNil,
            words: 1,
            named: false,
            methods: vec![],
            comparable: true,
        });
        let name = self.type_name(t);
        let words = self.words(t);
        let named = self.types.is_named(t);
        let u = self.types.underlying(t);
        let kind = match self.types.get(u).clone() {
            Type::Basic(k) => basic_kind(k),
            Type::Pointer(e) => RtKind::Pointer(self.rtype(e)),
            Type::Slice(e) => RtKind::Slice(self.rtype(e)),
            Type::Array { len, elem } => RtKind::Array {
                len,
                elem: self.rtype(elem),
            },
            Type::Map { key, value } => RtKind::Map {
                key: self.rtype(key),
                value: self.rtype(value),
            },
            Type::Chan { elem, .. } => RtKind::Chan {
                elem: self.rtype(elem),
            },
            Type::Struct(fields) => {
                let mut off = 0;
                let mut out = Vec::new();
                for f in fields {
                    out.push(RtField {
                        name: f.name.clone(),
                        ty: self.rtype(f.typ),
                        off,
                        embedded: f.embedded,
                    });
                    off += self.words(f.typ);
                }
                RtKind::Struct(out)
            }
            Type::Func(_) => RtKind::Func,
            Type::Interface(ms) => {
                let mut syms: Vec<u32> = ms
                    .iter()
                    .map(|m| self.method_symbol(&m.name, m.sig))
                    .collect();
                syms.sort_unstable();
                RtKind::Interface(syms)
            }
            Type::Tuple(_) | Type::Named { .. } => RtKind::UntypedNil,
        };
        let comparable = self.comparable(t);
        let r = &mut self.rtypes[id.0 as usize];
        r.name = name;
        r.kind = kind;
        r.words = words;
        r.named = named;
        r.comparable = comparable;
        let methods = self.method_table(t);
        self.rtypes[id.0 as usize].methods = methods;
        id
    }

    fn comparable(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            Type::Slice(_) | Type::Map { .. } | Type::Func(_) => false,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.typ)),
            Type::Array { elem, .. } => self.comparable(*elem),
            _ => true,
        }
    }

    /// The symbol of a method: its name and signature (`Error:func() string`), so that an
    /// interface method matches only a method with the identical signature.
    pub fn method_symbol(&mut self, name: &str, sig: TypeId) -> u32 {
        let key = format!("{name}:{}", self.type_name(sig));
        self.symbol(&key)
    }

    /// Interns a method or field name.
    pub fn symbol(&mut self, name: &str) -> u32 {
        if let Some(&s) = self.sym_of.get(name) {
            return s;
        }
        let s = self.symbols.len() as u32;
        self.symbols.push(name.to_string());
        self.sym_of.insert(name.to_string(), s);
        s
    }

    /// The method set of `t` for interface calls: (name symbol, function taking the interface data
    /// word as receiver), sorted by symbol.
    pub(crate) fn method_table(&mut self, t: TypeId) -> Vec<(u32, FuncId)> {
        let (base, is_ptr) = match self.types.get(t) {
            Type::Pointer(e) if self.types.is_named(*e) => (*e, true),
            Type::Named { .. } => (t, false),
            _ => return vec![],
        };
        if self.types.is_interface(base) {
            return vec![];
        }
        let mut out = Vec::new();
        for (name, path, func, ptr_recv, sig) in self.collect_methods(base, is_ptr) {
            let sym = self.method_symbol(&name, sig);
            if out.iter().any(|(s, _)| *s == sym) {
                continue;
            }
            let f = self.method_adapter(base, is_ptr, &path, func, ptr_recv);
            out.push((sym, f));
        }
        out.sort_unstable_by_key(|m| m.0);
        out
    }

    /// Methods reachable from named type `base` (depth-first by embedding depth, shallowest wins):
    /// (name, embedded field path, method func object's FuncId, pointer receiver?).
    pub fn collect_methods(
        &mut self,
        base: TypeId,
        is_ptr: bool,
    ) -> Vec<(String, Vec<usize>, FuncId, bool, TypeId)> {
        let mut out: Vec<(String, Vec<usize>, FuncId, bool, TypeId)> = Vec::new();
        let mut level = vec![(base, Vec::<usize>::new(), is_ptr)];
        let mut seen = std::collections::HashSet::new();
        for _depth in 0..8 {
            let mut next = Vec::new();
            let mut found_here: Vec<(String, Vec<usize>, FuncId, bool, TypeId)> = Vec::new();
            for (ty, path, addressable) in level {
                if !seen.insert(ty) {
                    continue;
                }
                if let Some(ms) = self.info.methods.get(&ty).cloned() {
                    for m in ms {
                        if m.ptr_recv && !addressable {
                            continue;
                        }
                        if out.iter().any(|o| o.0 == m.name) {
                            continue;
                        }
                        let f = self.func_id(m.func);
                        let sig = self.info.obj(m.func).typ;
                        found_here.push((m.name.clone(), path.clone(), f, m.ptr_recv, sig));
                    }
                }
                if let Type::Struct(fields) = self.types.under(ty).clone() {
                    for (i, fl) in fields.iter().enumerate() {
                        if !fl.embedded {
                            continue;
                        }
                        let mut p = path.clone();
                        p.push(i);
                        if let Type::Interface(ims) = self.types.under(fl.typ).clone() {
                            // Methods promoted from an embedded interface: call through the field.
                            for m in ims {
                                if out.iter().any(|o| o.0 == m.name)
                                    || found_here.iter().any(|o| o.0 == m.name)
                                {
                                    continue;
                                }
                                let f = self.iface_field_adapter(base, &p, &m.name, m.sig);
                                found_here.push((m.name.clone(), vec![], f, is_ptr, m.sig));
                            }
                            continue;
                        }
                        match self.types.get(fl.typ).clone() {
                            Type::Pointer(e) => next.push((e, p, true)),
                            _ => next.push((fl.typ, p, addressable)),
                        }
                    }
                }
            }
            for f in found_here {
                if !out.iter().any(|o| o.0 == f.0) {
                    out.push(f);
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        out
    }

    /// A method of `base` promoted from the embedded interface field at `path`: loads that field
    /// from the receiver (an address: structs are boxes) and calls the method dynamically.
    fn iface_field_adapter(
        &mut self,
        base: TypeId,
        path: &[usize],
        name: &str,
        sig: TypeId,
    ) -> FuncId {
        let (np, nr) = match self.types.under(sig) {
            Type::Func(s) => (s.params.len() as u16, s.results.len() as u16),
            _ => (0, 0),
        };
        let mut code = Vec::new();
        let mut cur = base;
        let mut off = 0u32;
        for (k, &i) in path.iter().enumerate() {
            let (foff, fty) = self.field_offset(cur, i);
            off += foff;
            if k + 1 < path.len() {
                if let Type::Pointer(e) = self.types.under(fty).clone() {
                    code.push(Op::Load {
                        dst: Reg(0),
                        addr: Reg(0),
                        off,
                    });
                    off = 0;
                    cur = e;
                    continue;
                }
            }
            cur = fty;
        }
        code.push(Op::Load {
            dst: Reg(0),
            addr: Reg(0),
            off,
        });
        let sym = self.method_symbol(name, sig);
        code.push(Op::CallIface {
            a: Reg(0),
            method: sym,
        });
        code.push(Op::Return { a: Reg(0), n: nr });
        let tname = self.type_name(base);
        self.add_synthetic(format!("{tname}.{name}"), np + 1, nr, np.max(nr) + 2, code)
    }

    /// A function usable as an interface method: receives the data word of a value of `base` (or
    /// `*base` when `is_ptr`) as its first parameter.
    fn method_adapter(
        &mut self,
        base: TypeId,
        is_ptr: bool,
        path: &[usize],
        func: FuncId,
        ptr_recv: bool,
    ) -> FuncId {
        let aggregate = self.is_aggregate(base);
        // Direct cases: the data word already has the shape the method expects.
        if path.is_empty() && is_ptr == ptr_recv {
            return func;
        }
        let key = (base, is_ptr, path.to_vec(), func);
        if let Some(&f) = self.adapters.get(&key) {
            return f;
        }
        let proto = &self.funcs[func.0 as usize];
        let (nparams, nresults) = (proto.nparams, proto.nresults);
        let name = proto.name.clone();
        let mut code = Vec::new();
        // r0 holds the receiver word: a pointer (is_ptr or aggregate) or a scalar value.
        let mut cur = base;
        let mut is_addr = is_ptr || aggregate;
        for &i in path {
            if !is_addr {
                break;
            }
            let (off, fty) = self.field_offset(cur, i);
            match self.types.get(fty).clone() {
                Type::Pointer(e) => {
                    code.push(Op::Load {
                        dst: Reg(0),
                        addr: Reg(0),
                        off,
                    });
                    cur = e;
                    is_addr = true;
                }
                _ => {
                    if self.is_aggregate(fty) {
                        code.push(Op::AddrOff {
                            dst: Reg(0),
                            addr: Reg(0),
                            off,
                        });
                        is_addr = true;
                    } else {
                        code.push(Op::AddrOff {
                            dst: Reg(0),
                            addr: Reg(0),
                            off,
                        });
                        is_addr = true;
                        if !ptr_recv {
                            code.push(Op::Load {
                                dst: Reg(0),
                                addr: Reg(0),
                                off: 0,
                            });
                            is_addr = false;
                        }
                    }
                    cur = fty;
                }
            }
        }
        // A value method called through a pointer dereferences it (Go's wrapper panics on nil).
        if is_addr && !ptr_recv && self.is_aggregate(cur) {
            code.push(Op::NilCheck { addr: Reg(0) });
        }
        if is_addr && !ptr_recv && !self.is_aggregate(cur) {
            code.push(Op::Load {
                dst: Reg(0),
                addr: Reg(0),
                off: 0,
            });
        }
        code.push(Op::Call { a: Reg(0), f: func });
        code.push(Op::Return {
            a: Reg(0),
            n: nresults,
        });
        let f = self.add_synthetic(
            format!("{name}-fm"),
            nparams,
            nresults,
            nparams.max(nresults) + 1,
            code,
        );
        self.adapters.insert(key, f);
        f
    }

    /// Whether `t` is an interface type whose values need no boxing when assigned to another interface.
    pub fn is_iface(&self, t: TypeId) -> bool {
        self.types.is_interface(t)
    }

    /// Is the method object `func` declared with a pointer receiver?
    pub fn has_ptr_recv(&self, obj: crate::types::ObjId) -> bool {
        matches!(
            self.info.obj(obj).kind,
            ObjKind::Func {
                recv: Some((_, true)),
                ..
            }
        )
    }
}

fn basic_kind(k: BasicKind) -> RtKind {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => RtKind::Bool,
        Int | UntypedInt => RtKind::Int {
            bits: 64,
            signed: true,
        },
        Int8 => RtKind::Int {
            bits: 8,
            signed: true,
        },
        Int16 => RtKind::Int {
            bits: 16,
            signed: true,
        },
        Int32 | UntypedRune => RtKind::Int {
            bits: 32,
            signed: true,
        },
        Int64 => RtKind::Int {
            bits: 64,
            signed: true,
        },
        Uint => RtKind::Int {
            bits: 64,
            signed: false,
        },
        Uint8 => RtKind::Int {
            bits: 8,
            signed: false,
        },
        Uint16 => RtKind::Int {
            bits: 16,
            signed: false,
        },
        Uint32 => RtKind::Int {
            bits: 32,
            signed: false,
        },
        Uint64 => RtKind::Int {
            bits: 64,
            signed: false,
        },
        Uintptr | UnsafePointer => RtKind::Uintptr,
        Float32 => RtKind::Float { bits: 32 },
        Float64 | UntypedFloat | Complex64 | Complex128 | UntypedComplex => {
            RtKind::Float { bits: 64 }
        }
        String | UntypedString => RtKind::String,
        UntypedNil | Invalid => RtKind::UntypedNil,
    }
}
