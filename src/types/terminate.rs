//! Terminating statements (spec: "Terminating statements"; go/types' `return.go`), for
//! "missing return".
//!
//! Invariant: runs after the body was checked, so a call of the builtin `panic` is recognized by
//! its recorded `Mode::Builtin(Panic)`.

use super::check::Checker;
use super::info::*;
use grammar::ast::{CaseClause, Expr, ExprKind, Stmt, StmtKind};

impl<'a> Checker<'a> {
    pub(crate) fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => self.is_terminating(stmt, &l.name),
            StmtKind::Expr(e) => self.is_panic_call(e),
            StmtKind::Return(_) | StmtKind::Goto(_) | StmtKind::Fallthrough => true,
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els, .. } => match els {
                Some(e) => self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, ""),
                None => false,
            },
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                self.is_terminating_switch(clauses, label)
            }
            StmtKind::Select { clauses } => clauses.iter().all(|cc| {
                self.is_terminating_list(&cc.body, "") && !has_break_list(&cc.body, label, true)
            }),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break_list(&body.stmts, label, true),
            _ => false,
        }
    }

    pub(crate) fn is_terminating_list(&self, list: &[Stmt], label: &str) -> bool {
        match list
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
        {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }

    fn is_terminating_switch(&self, clauses: &[CaseClause], label: &str) -> bool {
        let mut has_default = false;
        for cc in clauses {
            if cc.is_default {
                has_default = true;
            }
            if !self.is_terminating_list(&cc.body, "") || has_break_list(&cc.body, label, true) {
                return false;
            }
        }
        has_default
    }

    fn is_panic_call(&self, e: &Expr) -> bool {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        let ExprKind::Call { func, .. } = &e.kind else {
            return false;
        };
        matches!(
            self.info.types_of.get(&func.id),
            Some(TypeAndValue {
                mode: Mode::Builtin(Builtin::Panic),
                ..
            })
        )
    }
}

fn has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Break(None) => implicit,
        StmtKind::Break(Some(l)) => l.name == label,
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::Select { clauses } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}

fn has_break_list(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}
