//! Named types whose structure waits for a type still being declared. Go resolves package-level
//! types in any order, and two declarations may need each other: `type B interface{ A; C() A }`
//! while `A`'s own methods mention `B`, or `type T2 T1` while `T1` is `struct{ p *T2 }`. go/types
//! computes interface type sets and underlying types lazily; here the named type is declared
//! with what is known and completed as soon as the type it waits for is (see
//! `complete_pending`), before anything else of the package reads it.
//!
//! Invariant: an entry waits only on types whose declaration is in progress (grey); entries
//! left when the package's declarations are done form a cycle of names only, which Go rejects
//! (`invalid recursive type`).

use super::check::Checker;
use super::ty::{IfaceMethod, Type, TypeId};
use super::ObjId;
use crate::diag::FileId;
use grammar::ast::{self, ExprKind};

/// A named type whose underlying type is not known yet.
pub(crate) enum Pending {
    /// An interface declared without the methods of interfaces it embeds that were still
    /// being declared (type, span of the embedding).
    Embeds {
        named: TypeId,
        embeds: Vec<(TypeId, ast::Span)>,
        file: FileId,
    },
    /// `type T U` where `U`'s underlying type was not known yet.
    Underlying { named: TypeId, rhs: TypeId },
}

/// Does `t` wait in `pending`?
fn waits(pending: &[Pending], t: TypeId) -> bool {
    pending.iter().any(|p| p.named() == t)
}

/// The cycle of waits that `start` leads into (every entry left at the end waits on another).
fn cycle_from(pending: &[Pending], start: TypeId) -> Vec<TypeId> {
    let mut chain = vec![start];
    while let Some(p) = pending.iter().find(|p| Some(&p.named()) == chain.last()) {
        let Some(next) = p.waits_on().into_iter().find(|t| waits(pending, *t)) else {
            break;
        };
        if let Some(i) = chain.iter().position(|&t| t == next) {
            chain.drain(..i);
            break;
        }
        chain.push(next);
    }
    chain
}

impl Pending {
    /// The named type that waits.
    fn named(&self) -> TypeId {
        match self {
            Pending::Embeds { named, .. } | Pending::Underlying { named, .. } => *named,
        }
    }

    /// The types it waits for.
    fn waits_on(&self) -> Vec<TypeId> {
        match self {
            Pending::Embeds { embeds, .. } => embeds.iter().map(|e| e.0).collect(),
            Pending::Underlying { rhs, .. } => vec![*rhs],
        }
    }
}

impl<'a> Checker<'a> {
    /// Is `t` a named type declared in this package whose declaration is in progress?
    pub(crate) fn is_in_progress(&self, t: TypeId) -> bool {
        match self.t.get(t) {
            Type::Named { obj, underlying } => {
                *underlying == TypeId::INVALID && self.pkg.decl_path.contains(obj)
            }
            _ => false,
        }
    }

    /// `type named rhs` where `rhs` is still being declared: completes later unless the cycle
    /// back to `rhs` runs through type names only, which is an invalid recursive type.
    pub(crate) fn defer_underlying(&mut self, named: TypeId, rhs: TypeId) -> bool {
        let Type::Named { obj: robj, .. } = self.t.get(rhs).clone() else {
            return false;
        };
        let Some(pos) = self.pkg.decl_path.iter().position(|&o| o == robj) else {
            return false;
        };
        let cycle: Vec<ObjId> = self.pkg.decl_path[pos..].to_vec();
        if cycle.iter().all(|&o| self.declared_as_name(o)) {
            self.cycle_error(&cycle);
            return true;
        }
        self.pkg.pending.push(Pending::Underlying { named, rhs });
        true
    }

    /// Is `o` declared as `type o U` with `U` a (possibly qualified) type name?
    fn declared_as_name(&self, o: ObjId) -> bool {
        let Some(super::check::DeclRef::Type { spec }) = self.objx[o.0 as usize].decl else {
            return false;
        };
        let ast::Spec::Type { typ, .. } = spec else {
            return false;
        };
        let mut e = typ;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        matches!(e.kind, ExprKind::Ident(_) | ExprKind::Selector { .. })
    }

    /// Completes every pending type whose waits are over, repeatedly (a completed type may be
    /// what another waits for).
    pub(crate) fn complete_pending(&mut self) {
        loop {
            let ready = self
                .pkg
                .pending
                .iter()
                .position(|p| p.waits_on().iter().all(|&t| self.is_settled(t)));
            let Some(i) = ready else { return };
            let p = self.pkg.pending.swap_remove(i);
            self.complete(p);
        }
    }

    fn is_incomplete(&self, t: TypeId) -> bool {
        matches!(self.t.get(t), Type::Named { underlying, .. } if *underlying == TypeId::INVALID)
    }

    /// Is `t` an interface declared without some of its embedded methods yet?
    pub(crate) fn has_pending(&self, t: TypeId) -> bool {
        waits(&self.pkg.pending, t)
    }

    /// Is `t`'s structure final (declared, and not waiting for anything)?
    fn is_settled(&self, t: TypeId) -> bool {
        !self.is_incomplete(t) && !self.has_pending(t)
    }

    fn complete(&mut self, p: Pending) {
        match p {
            Pending::Underlying { named, rhs } => {
                let under = self.t.underlying(rhs);
                self.t.set_underlying(named, under);
                self.valid_type(named);
            }
            Pending::Embeds {
                named,
                embeds,
                file,
            } => {
                let mut methods = self.iface_methods(named);
                self.add_embedded_methods(&mut methods, &embeds, file);
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                let t = self.t.intern(Type::Interface(methods));
                self.t.set_underlying(named, t);
            }
        }
    }

    /// Adds the methods of embedded interfaces to `methods` (a method of the same name must
    /// have the same signature).
    pub(crate) fn add_embedded_methods(
        &mut self,
        methods: &mut Vec<IfaceMethod>,
        embeds: &[(TypeId, ast::Span)],
        file: FileId,
    ) {
        for &(t, span) in embeds {
            for m in self.iface_methods(t) {
                match methods.iter().find(|x| x.name == m.name) {
                    Some(x) if x.sig != m.sig => {
                        self.error_at(file, span, format!("duplicate method {}", m.name));
                    }
                    Some(_) => {}
                    None => methods.push(m),
                }
            }
        }
    }

    /// At the end of the package's declarations: what still waits is a cycle of names only
    /// (`type A interface{ B }; type B interface{ A }`), reported along its references.
    pub(crate) fn report_pending_cycles(&mut self) {
        let mut pending = std::mem::take(&mut self.pkg.pending);
        while let Some(first) = pending.first() {
            let chain = cycle_from(&pending, first.named());
            pending.retain(|p| !chain.contains(&p.named()));
            let objs: Vec<ObjId> = chain
                .iter()
                .filter_map(|&t| match self.t.get(t) {
                    Type::Named { obj, .. } => Some(*obj),
                    _ => None,
                })
                .collect();
            self.cycle_error(&objs);
        }
    }
}
