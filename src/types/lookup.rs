//! Field and method lookup through embedded fields (spec: "Selectors", "Method sets"), and interface
//! satisfaction (go/types' `lookupFieldOrMethod`, `missingMethod`).
//!
//! Invariants: the breadth-first walk visits each named type once, so recursive embeddings end;
//! two matches at the same depth are ambiguous; a method's path holds only the embedded fields
//! walked (not the method's own index).

use super::check::Checker;
use super::info::*;
use super::ty::*;
use std::collections::HashSet;

#[derive(Clone, Debug)]
pub(crate) enum Found {
    Field {
        path: Vec<usize>,
        typ: TypeId,
        indirect: bool,
    },
    Method {
        path: Vec<usize>,
        func: ObjId,
        indirect: bool,
    },
    IfaceMethod {
        path: Vec<usize>,
        sig: TypeId,
    },
}

#[derive(Clone, Debug)]
pub(crate) enum Lookup {
    Found(Found),
    NotFound,
    Ambiguous,
    /// A pointer-receiver method on a non-addressable value.
    NeedsAddr(ObjId),
}

struct Embedded {
    typ: TypeId,
    path: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

impl<'a> Checker<'a> {
    /// The methods declared on a named type (with their signatures resolved).
    pub(crate) fn named_methods(&mut self, named: TypeId) -> Vec<MethodEntry> {
        let list = self.info.methods.get(&named).cloned().unwrap_or_default();
        for m in &list {
            self.obj_decl(m.func);
        }
        list
    }

    fn accessible(&self, name: &str, pkg_path: &str) -> bool {
        is_exported(name) || pkg_path == self.pkg.path
    }

    pub(crate) fn obj_pkg_path(&self, obj: ObjId) -> String {
        let p = self.obj(obj).pkg;
        self.info
            .packages
            .get(p.0 as usize)
            .map_or(String::new(), |p| p.path.clone())
    }

    /// Looks up `name` in `t` (which may be a pointer to a named type). `fold` compares names
    /// case-insensitively (used only to improve error messages).
    pub(crate) fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        name: &str,
        fold: bool,
    ) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        // Methods cannot be associated with a named pointer type: look only for fields.
        if let Type::Named { underlying, .. } = self.t.get(t) {
            let u = *underlying;
            if matches!(self.t.get(u), Type::Pointer(_)) {
                return match self.lookup_impl(u, false, name, fold) {
                    Lookup::Found(Found::Field {
                        path,
                        typ,
                        indirect,
                    }) => Lookup::Found(Found::Field {
                        path,
                        typ,
                        indirect,
                    }),
                    Lookup::Ambiguous => Lookup::Ambiguous,
                    _ => Lookup::NotFound,
                };
            }
        }
        self.lookup_impl(t, addressable, name, fold)
    }

    fn name_matches(&self, a: &str, b: &str, fold: bool) -> bool {
        if fold {
            a.to_lowercase() == b.to_lowercase()
        } else {
            a == b
        }
    }

    fn lookup_impl(&mut self, t: TypeId, addressable: bool, name: &str, fold: bool) -> Lookup {
        let (mut typ, mut is_ptr) = (t, false);
        if let Type::Pointer(base) = self.t.get(t) {
            let base = *base;
            if self.t.is_interface(base) {
                return Lookup::NotFound;
            }
            typ = base;
            is_ptr = true;
        }
        let mut current = vec![Embedded {
            typ,
            path: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            let mut found: Option<Found> = None;
            for e in current {
                if self.t.is_named(e.typ) {
                    if !seen.insert(e.typ) {
                        continue;
                    }
                    let methods = self.named_methods(e.typ);
                    let hit = methods.iter().find(|m| {
                        self.name_matches(&m.name, name, fold)
                            && (fold || self.accessible(&m.name, &self.obj_pkg_path(m.func)))
                    });
                    if let Some(m) = hit {
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        found = Some(Found::Method {
                            path: e.path.clone(),
                            func: m.func,
                            indirect: e.indirect,
                        });
                        continue;
                    }
                }
                match self.t.under(e.typ).clone() {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if self.name_matches(&f.name, name, fold)
                                && (fold || self.accessible(&f.name, &f.pkg))
                            {
                                if found.is_some() || e.multiples {
                                    return Lookup::Ambiguous;
                                }
                                let mut path = e.path.clone();
                                path.push(i);
                                found = Some(Found::Field {
                                    path,
                                    typ: f.typ,
                                    indirect: e.indirect,
                                });
                                continue;
                            }
                            if found.is_none() && f.embedded {
                                let (ft, p) = match self.t.get(f.typ) {
                                    Type::Pointer(b) => (*b, true),
                                    _ => (f.typ, false),
                                };
                                let mut path = e.path.clone();
                                path.push(i);
                                next.push(Embedded {
                                    typ: ft,
                                    path,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(methods) => {
                        if let Some(m) = methods
                            .iter()
                            .find(|m| self.name_matches(&m.name, name, fold))
                        {
                            if found.is_some() || e.multiples {
                                return Lookup::Ambiguous;
                            }
                            found = Some(Found::IfaceMethod {
                                path: e.path.clone(),
                                sig: m.sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if let Some(f) = found {
                if let Found::Method { func, indirect, .. } = &f {
                    let ptr = matches!(
                        self.obj(*func).kind,
                        ObjKind::Func {
                            recv: Some((_, true)),
                            ..
                        }
                    );
                    if ptr && !indirect && !addressable {
                        return Lookup::NeedsAddr(*func);
                    }
                }
                return Lookup::Found(f);
            }
            current = consolidate(next);
        }
        Lookup::NotFound
    }

    /// The method set of an interface type (its sorted method list).
    pub(crate) fn iface_methods(&self, t: TypeId) -> Vec<IfaceMethod> {
        match self.t.under(t) {
            Type::Interface(m) => m.clone(),
            _ => Vec::new(),
        }
    }

    fn func_string(&self, name: &str, sig: TypeId) -> String {
        match self.t.get(sig) {
            Type::Func(s) => format!("{}{}", name, self.sig_string(&s.clone())),
            _ => name.to_string(),
        }
    }

    /// Returns the reason `v` does not implement the interface `t` (gc's parenthesized cause), or
    /// None when it does. `static_` = false skips methods `v` may have dynamically (type assertions).
    pub(crate) fn missing_method(&mut self, v: TypeId, t: TypeId, static_: bool) -> Option<String> {
        let methods = self.iface_methods(t);
        if methods.is_empty() {
            return None;
        }
        if self.t.is_interface(v) {
            let have = self.iface_methods(v);
            for m in &methods {
                match have.iter().find(|h| h.name == m.name) {
                    None if static_ => {
                        return Some(format!("(missing method {})", m.name));
                    }
                    Some(h)
                        if h.sig != m.sig
                            && !self.contains_invalid(h.sig)
                            && !self.contains_invalid(m.sig) =>
                    {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.func_string(&h.name, h.sig),
                            self.func_string(&m.name, m.sig)
                        ));
                    }
                    _ => {}
                }
            }
            return None;
        }
        for m in &methods {
            match self.lookup_field_or_method(v, false, &m.name, false) {
                Lookup::Found(Found::Method { func, indirect, .. }) => {
                    let fsig = self.obj(func).typ;
                    if fsig != m.sig
                        && !self.contains_invalid(fsig)
                        && !self.contains_invalid(m.sig)
                    {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.func_string(&m.name, fsig),
                            self.func_string(&m.name, m.sig)
                        ));
                    }
                    let ptr = matches!(
                        self.obj(func).kind,
                        ObjKind::Func {
                            recv: Some((_, true)),
                            ..
                        }
                    );
                    if ptr && !indirect && !matches!(self.t.get(v), Type::Pointer(_)) {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Lookup::NeedsAddr(_) => {
                    return Some(format!("(method {} has pointer receiver)", m.name))
                }
                Lookup::Found(Found::IfaceMethod { sig, .. }) => {
                    if sig != m.sig && !self.contains_invalid(sig) && !self.contains_invalid(m.sig)
                    {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.func_string(&m.name, sig),
                            self.func_string(&m.name, m.sig)
                        ));
                    }
                }
                Lookup::Found(Found::Field { .. }) => {
                    return Some(format!(
                        "({}.{} is a field, not a method)",
                        self.type_string(v),
                        m.name
                    ));
                }
                _ => {
                    if let Lookup::Found(Found::Method { func, .. }) =
                        self.lookup_field_or_method(v, false, &m.name, true)
                    {
                        let have = self.obj(func).name.clone();
                        let hs = self.func_string(&have, self.obj(func).typ);
                        return Some(format!(
                            "(missing method {})\n\t\thave {}\n\t\twant {}",
                            m.name,
                            hs,
                            self.func_string(&m.name, m.sig)
                        ));
                    }
                    // Recorded when gorun's standard library is what lacks it.
                    self.is_std_gap(v, &m.name);
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    /// `"V does not implement T (missing method M)"`, or None when `v` implements `t`.
    pub(crate) fn implements(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        let cause = self.missing_method(v, t, true)?;
        Some(format!(
            "{} does not implement {} {}",
            self.type_string(v),
            self.type_string(t),
            cause
        ))
    }
}

/// Merges entries of the same type at one depth, marking them as appearing multiple times.
fn consolidate(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::new();
    for e in list {
        if let Some(prev) = out.iter_mut().find(|p| p.typ == e.typ) {
            prev.multiples = true;
        } else {
            out.push(e);
        }
    }
    out
}
