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
        let b = self.blocks.len() - 1;
        let mut var_pos: Option<(u32, String)> = None;
        let mut fwd: Vec<Fwd> = Vec::new();
        let mut bad: Vec<Fwd> = Vec::new();
        let n = body
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty))
            .map_or(0, |i| i + 1);
        let list = &body[..n];
        for (idx, stmt0) in list.iter().enumerate() {
            let mut stmt = stmt0;
            let mut cur_l: Option<&'a Stmt> = None;
            loop {
                match &stmt.kind {
                    StmtKind::Labeled { label, stmt: inner } => {
                        if label.name != "_" {
                            self.declare(b, label, stmt);
                            let mut keep = Vec::new();
                            for f in fwd.drain(..) {
                                if f.0 == label.name {
                                    if let Some(l) = self.labels.get_mut(&label.name) {
                                        l.used = true;
                                    }
                                    if let Some((vp, vn)) = &var_pos {
                                        if bad.contains(&f) {
                                            let pos = self.c.pos_string(self.c.pkg.file, *vp);
                                            self.c.error(
                                                f.1,
                                                format!(
                                                    "goto {} jumps over declaration of {} at {}",
                                                    label.name, vn, pos
                                                ),
                                            );
                                        }
                                    }
                                } else {
                                    keep.push(f);
                                }
                            }
                            fwd = keep;
                            cur_l = Some(stmt);
                        }
                        stmt = inner;
                        continue;
                    }
                    _ => break,
                }
            }
            let inner_block = |me: &mut Self,
                               t: Targets<'a>,
                               start: u32,
                               body: &'a [Stmt],
                               fwd: &mut Vec<Fwd>| {
                let r = me.block_branches(Some(b), t, cur_l, start, body);
                fwd.extend(r);
            };
            match &stmt.kind {
                StmtKind::Decl(g) if g.kind == ast::GenKind::Var => {
                    if let Some(ast::Spec::Value { names, .. }) = g.specs.first() {
                        if let Some(n) = names.first() {
                            var_pos = Some((n.span.start, n.name.clone()));
                            bad = fwd.clone();
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
                    var_pos = Some((pos, names.join(", ")));
                    bad = fwd.clone();
                }
                StmtKind::Break(None) => {
                    if matches!(ctxt.breaks, Target::None) {
                        self.c
                            .error(stmt.span, "break is not in a loop, switch, or select");
                    }
                }
                StmtKind::Continue(None) => {
                    if matches!(ctxt.continues, Target::None) {
                        self.c.error(stmt.span, "continue is not in a loop");
                    }
                }
                StmtKind::Fallthrough => {
                    let mut msg = Some("fallthrough statement out of place");
                    if let Some(type_switch) = ctxt.in_switch {
                        if type_switch {
                            msg = Some("cannot fallthrough in type switch");
                        } else if let Some((_, ci, n)) = ctxt.case {
                            if idx + 1 < list.len() {
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
                StmtKind::Break(Some(l)) => match self.enclosing_target(b, &l.name) {
                    Some(Some(t)) => {
                        if !matches!(
                            labeled_inner(t).kind,
                            StmtKind::For { .. }
                                | StmtKind::Range { .. }
                                | StmtKind::Switch { .. }
                                | StmtKind::TypeSwitch { .. }
                                | StmtKind::Select { .. }
                        ) {
                            self.c
                                .error(l.span, format!("invalid break label {}", l.name));
                        }
                    }
                    Some(None) => self
                        .c
                        .error(l.span, format!("invalid break label {}", l.name)),
                    None => self
                        .c
                        .error(l.span, format!("break label not defined: {}", l.name)),
                },
                StmtKind::Continue(Some(l)) => match self.enclosing_target(b, &l.name) {
                    Some(Some(t)) => {
                        if !matches!(
                            labeled_inner(t).kind,
                            StmtKind::For { .. } | StmtKind::Range { .. }
                        ) {
                            self.c
                                .error(l.span, format!("invalid continue label {}", l.name));
                        }
                    }
                    Some(None) => self
                        .c
                        .error(l.span, format!("invalid continue label {}", l.name)),
                    None => self
                        .c
                        .error(l.span, format!("continue label not defined: {}", l.name)),
                },
                StmtKind::Goto(l) if !self.goto_target(b, &l.name) => {
                    fwd.push((l.name.clone(), l.span));
                }
                StmtKind::Block(blk) => {
                    let t = Targets { case: None, ..ctxt };
                    inner_block(self, t, blk.span.start, &blk.stmts, &mut fwd);
                }
                StmtKind::If { then, els, .. } => {
                    let t = Targets { case: None, ..ctxt };
                    inner_block(self, t, then.span.start, &then.stmts, &mut fwd);
                    if let Some(e) = els {
                        inner_block(self, t, e.span.start, std::slice::from_ref(e), &mut fwd);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let t = Targets {
                        breaks: Target::Stmt(stmt),
                        continues: Target::Stmt(stmt),
                        case: None,
                        in_switch: None,
                    };
                    inner_block(self, t, body.span.start, &body.stmts, &mut fwd);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let ts = matches!(stmt.kind, StmtKind::TypeSwitch { .. });
                    for (i, cc) in clauses.iter().enumerate() {
                        let t = Targets {
                            breaks: Target::Stmt(stmt),
                            continues: ctxt.continues,
                            case: Some((ts, i, clauses.len())),
                            in_switch: Some(ts),
                        };
                        inner_block(self, t, cc.span.start, &cc.body, &mut fwd);
                    }
                }
                StmtKind::Select { clauses } => {
                    for cc in clauses {
                        let t = Targets {
                            breaks: Target::Stmt(stmt),
                            continues: ctxt.continues,
                            case: None,
                            in_switch: None,
                        };
                        inner_block(self, t, cc.span.start, &cc.body, &mut fwd);
                    }
                }
                _ => {}
            }
        }
        fwd
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
