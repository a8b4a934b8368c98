//! Package initialization order (spec: "Package initialization"; go/types' `initorder.go`): the
//! dependency graph of package-level constants, variables and functions (functions are eliminated
//! by connecting their callers to their callees), emptied in order of fewest dependencies, then
//! source order; cycles are reported as gc does ("initialization cycle for x").
//!
//! Invariant: `Package::init_order` lists each initializer once (an n:1 declaration once for all
//! its variables), dependencies first.

use super::check::{Checker, DeclRef};
use super::info::*;
use super::ty::ObjId;
use grammar::ast::Spec;
use std::collections::{BTreeSet, HashMap, HashSet};

struct Node {
    obj: ObjId,
    pred: BTreeSet<usize>,
    succ: BTreeSet<usize>,
    ndeps: usize,
    done: bool,
}

impl<'a> Checker<'a> {
    pub(crate) fn init_order(&mut self, order: &[ObjId]) {
        let is_dep = |c: &Checker<'a>, o: ObjId| {
            matches!(
                c.obj(o).kind,
                ObjKind::Const(_) | ObjKind::Var { .. } | ObjKind::Func { .. }
            )
        };
        let objs: Vec<ObjId> = order.iter().copied().filter(|&o| is_dep(self, o)).collect();
        let index: HashMap<ObjId, usize> = objs.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let mut nodes: Vec<Node> = objs
            .iter()
            .map(|&o| Node {
                obj: o,
                pred: BTreeSet::new(),
                succ: BTreeSet::new(),
                ndeps: 0,
                done: false,
            })
            .collect();
        for (i, &o) in objs.iter().enumerate() {
            // the variables of `var a, b = f()` share one initializer and so its dependencies
            let mut deps = self.pkg.deps.get(&o).cloned().unwrap_or_default();
            for &s in &self.objx[o.0 as usize].siblings {
                if s != o && self.is_multi_var(o) {
                    deps.extend(self.pkg.deps.get(&s).cloned().unwrap_or_default());
                }
            }
            for d in deps {
                if let Some(&j) = index.get(&d) {
                    nodes[i].succ.insert(j);
                    nodes[j].pred.insert(i);
                }
            }
        }
        // eliminate function nodes, cheapest first
        let mut funcs: Vec<usize> = (0..nodes.len())
            .filter(|&i| matches!(self.obj(nodes[i].obj).kind, ObjKind::Func { .. }))
            .collect();
        funcs.sort_by_key(|&i| nodes[i].pred.len() * nodes[i].succ.len());
        for &n in &funcs {
            let preds: Vec<usize> = nodes[n].pred.iter().copied().collect();
            let succs: Vec<usize> = nodes[n].succ.iter().copied().collect();
            for &p in &preds {
                if p != n {
                    for &s in &succs {
                        if s != n {
                            nodes[p].succ.insert(s);
                            nodes[s].pred.insert(p);
                        }
                    }
                    nodes[p].succ.remove(&n);
                }
            }
            for &s in &succs {
                nodes[s].pred.remove(&n);
            }
            nodes[n].done = true;
        }
        for n in nodes.iter_mut() {
            n.ndeps = n.succ.len();
        }
        let mut emitted: HashSet<ObjId> = HashSet::new();
        let mut inits = Vec::new();
        loop {
            // the node with the fewest dependencies (constants first), then source order
            let next = (0..nodes.len())
                .filter(|&i| !nodes[i].done)
                .min_by_key(|&i| {
                    (
                        !matches!(self.obj(nodes[i].obj).kind, ObjKind::Const(_)),
                        nodes[i].ndeps,
                        i,
                    )
                });
            let Some(n) = next else { break };
            nodes[n].done = true;
            if nodes[n].ndeps > 0 {
                let obj = nodes[n].obj;
                if let Some(cycle) = self.find_path(obj, obj, &mut HashSet::new()) {
                    self.report_init_cycle(&cycle);
                }
            }
            let preds: Vec<usize> = nodes[n].pred.iter().copied().collect();
            for p in preds {
                nodes[p].ndeps = nodes[p].ndeps.saturating_sub(1);
            }
            let obj = nodes[n].obj;
            if !matches!(self.obj(obj).kind, ObjKind::Var { .. }) {
                continue;
            }
            let Some(DeclRef::Var { spec, idx }) = self.objx[obj.0 as usize].decl else {
                continue;
            };
            let Spec::Value { names, values, .. } = spec else {
                continue;
            };
            if values.is_empty() {
                continue;
            }
            let siblings = self.objx[obj.0 as usize].siblings.clone();
            let multi = values.len() == 1 && names.len() > 1;
            let key = if multi {
                siblings.first().copied().unwrap_or(obj)
            } else {
                obj
            };
            if !emitted.insert(key) {
                continue;
            }
            let lhs_objs = if multi { siblings } else { vec![obj] };
            let lhs = lhs_objs
                .iter()
                .map(|&o| (self.obj(o).name != "_").then_some(o))
                .collect();
            let rhs = if multi {
                values[0].id
            } else {
                match values.get(idx) {
                    Some(v) => v.id,
                    None => continue,
                }
            };
            inits.push(Initializer { lhs, rhs });
        }
        self.info.packages[self.pkg.id.0 as usize].init_order = inits;
    }

    /// A variable of an n:1 declaration (`var a, b = f()`).
    fn is_multi_var(&self, o: ObjId) -> bool {
        matches!(self.objx[o.0 as usize].decl, Some(DeclRef::Var { spec: Spec::Value { names, values, .. }, .. }) if values.len() == 1 && names.len() > 1)
    }

    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let mut deps = self.pkg.deps.get(&from).cloned().unwrap_or_default();
        deps.sort_by_key(|&d| (self.obj(d).file, self.obj(d).span.start));
        for d in deps {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, seen) {
                p.push(d);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let mut obj = cycle[0];
        let (file, span) = (self.obj(obj).file, self.obj(obj).span);
        if cycle.len() == 1 {
            let name = self.obj(obj).name.clone();
            self.error_at(
                file,
                span,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut msg = format!("initialization cycle for {}", self.obj(obj).name);
        for j in (0..cycle.len()).rev() {
            let next = cycle[j];
            let pos = self.pos_string(self.obj(obj).file, self.obj(obj).span.start);
            msg.push_str(&format!(
                "\n\t{}: {} refers to {}",
                pos,
                self.obj(obj).name,
                self.obj(next).name
            ));
            obj = next;
        }
        self.error_at(file, span, msg);
    }
}
