//! Labels and branch statements of one function body, ported from gc's
//! `cmd/compile/internal/syntax/branches.go` (gc reports these, not types2, hence its wording):
//! misplaced break/continue/fallthrough, undefined/unused/duplicate labels, invalid labeled
//! branches, gotos jumping over variable declarations or into blocks.
//!
//! Invariant: labels are function-scoped (a function literal's body is checked separately).

use super::check::Checker;
use grammar::ast::{self, AssignOp, Block, Span, Stmt, StmtKind};
use std::collections::HashMap;

struct Label<'a> {
    block: usize,
    stmt: &'a Stmt,
    name_span: Span,
    used: bool,
}

#[derive(Clone, Copy)]
enum Target<'a> {
    None,
    #[allow(dead_code)]
    Stmt(&'a Stmt),
}

#[derive(Clone, Copy)]
struct Targets<'a> {
    breaks: Target<'a>,
    continues: Target<'a>,
    /// (switch statement, case index, number of clauses) of the immediately enclosing case.
    case: Option<(bool, usize, usize)>,
    /// Innermost break target is a switch: Some(is type switch).
    in_switch: Option<bool>,
}

struct BlockInfo<'a> {
    parent: Option<usize>,
    start: u32,
    lstmt: Option<&'a Stmt>,
}

struct Labels<'a, 'c> {
    c: &'c mut Checker<'a>,
    labels: HashMap<String, Label<'a>>,
    blocks: Vec<BlockInfo<'a>>,
}

/// A forward goto: (label name, label span).
type Fwd = (String, Span);

/// The walk of one block: its index in `Labels::blocks`, the targets its branch statements may
/// have, and what a goto forward to a label of the block would jump over.
struct BlockWalk<'a> {
    b: usize,
    ctxt: Targets<'a>,
    /// The last variable declared so far in the block: (position, names as gc prints them).
    var_pos: Option<(u32, String)>,
    /// Gotos to labels not seen yet.
    fwd: Vec<Fwd>,
    /// The gotos in `fwd` when `var_pos` was declared: they jump over it.
    bad: Vec<Fwd>,
}

impl BlockWalk<'_> {
    fn declared_var(&mut self, pos: u32, names: String) {
        self.var_pos = Some((pos, names));
        self.bad = self.fwd.clone();
    }
}

impl<'a> Checker<'a> {
    pub(crate) fn check_labels(&mut self, body: &'a Block) {
        let mut ls = Labels {
            c: self,
            labels: HashMap::new(),
            blocks: Vec::new(),
        };
        let t = Targets {
            breaks: Target::None,
            continues: Target::None,
            case: None,
            in_switch: None,
        };
        let fwd = ls.block_branches(None, t, None, body.span.start, &body.stmts);
        for (name, span) in fwd {
            if let Some(l) = ls.labels.get_mut(&name) {
                l.used = true;
                let start = ls.blocks[l.block].start;
                let pos = ls.c.pos_string(ls.c.pkg.file, start);
                ls.c.error(
                    span,
                    format!("goto {name} jumps into block starting at {pos}"),
                );
            } else {
                ls.c.error(span, format!("label {name} not defined"));
            }
        }
        let mut unused: Vec<(Span, String)> = ls
            .labels
            .iter()
            .filter(|(_, l)| !l.used)
            .map(|(n, l)| (l.name_span, n.clone()))
            .collect();
        unused.sort_by_key(|(s, _)| s.start);
        for (span, name) in unused {
            ls.c.error(span, format!("label {name} defined and not used"));
        }
    }
}

impl<'a, 'c> Labels<'a, 'c> {
    fn enclosing_target(&mut self, b: usize, name: &str) -> Option<Option<&'a Stmt>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let target = l.stmt;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if self.blocks[i]
                .lstmt
                .is_some_and(|s| std::ptr::eq(s, target))
            {
                return Some(Some(target));
            }
            cur = self.blocks[i].parent;
        }
        Some(None)
    }

    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else {
            return false;
        };
        l.used = true;
        let lb = l.block;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if i == lb {
                return true;
            }
            cur = self.blocks[i].parent;
        }
        false
    }

    /// Walks one block (go's `checkBranches`/`blockBranches`): declares its labels, checks its
    /// branch statements against `ctxt`, recurses into nested blocks. Returns the gotos to labels
    /// not (yet) seen, for the enclosing block to resolve.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets<'a>,
        lstmt: Option<&'a Stmt>,
        start: u32,
        body: &'a [Stmt],
    ) -> Vec<Fwd> {
        self.blocks.push(BlockInfo {
            parent,
            start,
            lstmt,
        });
        let mut w = BlockWalk {
            b: self.blocks.len() - 1,
            ctxt,
            var_pos: None,
            fwd: Vec::new(),
            bad: Vec::new(),
        };
        // trailing empty statements do not count (a fallthrough before them is still last)
        let n = body
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty))
            .map_or(0, |i| i + 1);
        for (idx, stmt) in body[..n].iter().enumerate() {
            let (stmt, lstmt) = self.strip_labels(&mut w, stmt);
            self.stmt_branches(&mut w, stmt, lstmt, idx + 1 == n);
        }
        w.fwd
    }

    /// Declares the labels of a (possibly multiply) labeled statement; returns the statement
    /// without them and the innermost labeled statement that declared a label.
    fn strip_labels(
        &mut self,
        w: &mut BlockWalk<'a>,
        mut stmt: &'a Stmt,
    ) -> (&'a Stmt, Option<&'a Stmt>) {
        let mut lstmt = None;
        while let StmtKind::Labeled { label, stmt: inner } = &stmt.kind {
            if label.name != "_" {
                self.declare(w.b, label, stmt);
                self.resolve_forward(w, label);
                lstmt = Some(stmt);
            }
            stmt = inner;
        }
        (stmt, lstmt)
    }

    /// Resolves the block's forward gotos to `label`, reporting those that jump over the variable
    /// declared since they were seen.
    fn resolve_forward(&mut self, w: &mut BlockWalk<'a>, label: &ast::Ident) {
        let mut keep = Vec::new();
        for f in std::mem::take(&mut w.fwd) {
            if f.0 != label.name {
                keep.push(f);
                continue;
            }
            if let Some(l) = self.labels.get_mut(&label.name) {
                l.used = true;
            }
            if let Some((vp, vn)) = &w.var_pos {
                if w.bad.contains(&f) {
                    let pos = self.c.pos_string(self.c.pkg.file, *vp);
                    let msg = format!(
                        "goto {} jumps over declaration of {} at {}",
                        label.name, vn, pos
                    );
                    self.c.error(f.1, msg);
                }
            }
        }
        w.fwd = keep;
    }

    /// One statement of the block (labels stripped; `lstmt` is its labeled statement).
    fn stmt_branches(
        &mut self,
        w: &mut BlockWalk<'a>,
        stmt: &'a Stmt,
        lstmt: Option<&'a Stmt>,
        last: bool,
    ) {
        match &stmt.kind {
            StmtKind::Decl(g) if g.kind == ast::GenKind::Var => {
                if let Some(ast::Spec::Value { names, .. }) = g.specs.first() {
                    if let Some(n) = names.first() {
                        w.declared_var(n.span.start, n.name.clone());
                    }
                }
            }
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } => {
                let end = lhs.last().map_or(stmt.span.start, |e| e.span.end);
                let pos = self.c.skip_blank(end);
                let names: Vec<String> = lhs.iter().map(|e| self.c.expr_string(e)).collect();
                w.declared_var(pos, names.join(", "));
            }
            StmtKind::Break(None) if matches!(w.ctxt.breaks, Target::None) => {
                self.c
                    .error(stmt.span, "break is not in a loop, switch, or select");
            }
            StmtKind::Continue(None) if matches!(w.ctxt.continues, Target::None) => {
                self.c.error(stmt.span, "continue is not in a loop");
            }
            StmtKind::Fallthrough => self.fallthrough(w.ctxt, stmt, last),
            StmtKind::Break(Some(l)) => self.labeled_branch(w.b, l, "break", is_breakable),
            StmtKind::Continue(Some(l)) => self.labeled_branch(w.b, l, "continue", is_loop),
            StmtKind::Goto(l) if !self.goto_target(w.b, &l.name) => {
                w.fwd.push((l.name.clone(), l.span));
            }
            _ => self.nested_blocks(w, stmt, lstmt),
        }
    }

    /// spec: "Fallthrough statements": only as the last statement of a non-final case of an
    /// expression switch.
    fn fallthrough(&mut self, ctxt: Targets<'a>, stmt: &Stmt, last: bool) {
        let mut msg = Some("fallthrough statement out of place");
        if let Some(type_switch) = ctxt.in_switch {
            if type_switch {
                msg = Some("cannot fallthrough in type switch");
            } else if let Some((_, ci, n)) = ctxt.case {
                if !last {
                    // not the last statement
                } else if ci + 1 == n {
                    msg = Some("cannot fallthrough final case in switch");
                } else {
                    msg = None;
                }
            }
        }
        if let Some(m) = msg {
            self.c.error(stmt.span, m);
        }
    }

    /// A labeled `break` or `continue` (`kind`): its label must name an enclosing statement that
    /// `fits`.
    fn labeled_branch(&mut self, b: usize, l: &ast::Ident, kind: &str, fits: fn(&Stmt) -> bool) {
        match self.enclosing_target(b, &l.name) {
            Some(Some(t)) if fits(labeled_inner(t)) => {}
            Some(_) => self
                .c
                .error(l.span, format!("invalid {kind} label {}", l.name)),
            None => self
                .c
                .error(l.span, format!("{kind} label not defined: {}", l.name)),
        }
    }

    /// Walks the blocks nested in `stmt` with the branch targets `stmt` sets up.
    fn nested_blocks(&mut self, w: &mut BlockWalk<'a>, stmt: &'a Stmt, lstmt: Option<&'a Stmt>) {
        let ctxt = w.ctxt;
        let plain = Targets { case: None, ..ctxt };
        let enclosing = |case, in_switch| Targets {
            breaks: Target::Stmt(stmt),
            continues: ctxt.continues,
            case,
            in_switch,
        };
        match &stmt.kind {
            StmtKind::Block(blk) => self.inner(w, plain, lstmt, blk.span.start, &blk.stmts),
            StmtKind::If { then, els, .. } => {
                self.inner(w, plain, lstmt, then.span.start, &then.stmts);
                if let Some(e) = els {
                    self.inner(w, plain, lstmt, e.span.start, std::slice::from_ref(e));
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                let t = Targets {
                    continues: Target::Stmt(stmt),
                    ..enclosing(None, None)
                };
                self.inner(w, t, lstmt, body.span.start, &body.stmts);
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let ts = matches!(stmt.kind, StmtKind::TypeSwitch { .. });
                for (i, cc) in clauses.iter().enumerate() {
                    let t = enclosing(Some((ts, i, clauses.len())), Some(ts));
                    self.inner(w, t, lstmt, cc.span.start, &cc.body);
                }
            }
            StmtKind::Select { clauses } => {
                for cc in clauses {
                    self.inner(w, enclosing(None, None), lstmt, cc.span.start, &cc.body);
                }
            }
            _ => {}
        }
    }

    /// Walks a block nested in the one `w` walks; its unresolved gotos become `w`'s.
    fn inner(
        &mut self,
        w: &mut BlockWalk<'a>,
        t: Targets<'a>,
        lstmt: Option<&'a Stmt>,
        start: u32,
        body: &'a [Stmt],
    ) {
        let fwd = self.block_branches(Some(w.b), t, lstmt, start, body);
        w.fwd.extend(fwd);
    }

    fn declare(&mut self, b: usize, label: &ast::Ident, stmt: &'a Stmt) {
        if let Some(alt) = self.labels.get(&label.name) {
            let pos = self.c.pos_string(self.c.pkg.file, alt.name_span.start);
            self.c.error(
                label.span,
                format!("label {} already defined at {}", label.name, pos),
            );
            return;
        }
        self.labels.insert(
            label.name.clone(),
            Label {
                block: b,
                stmt,
                name_span: label.span,
                used: false,
            },
        );
    }
}

fn labeled_inner(s: &Stmt) -> &Stmt {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => labeled_inner(stmt),
        _ => s,
    }
}

/// A statement a labeled `break` may leave.
fn is_breakable(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::For { .. }
            | StmtKind::Range { .. }
            | StmtKind::Switch { .. }
            | StmtKind::TypeSwitch { .. }
            | StmtKind::Select { .. }
    )
}

/// A statement a labeled `continue` may continue.
fn is_loop(s: &Stmt) -> bool {
    matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. })
}
