//! gc's unused checks: `declared and not used: x` for local variables that are never used (an
//! assignment is not a use) and `"os" imported and not used` for imports.
//!
//! Invariant: runs once per package after every body was checked, so "used" marks are final;
//! parameters, results, receivers and implicitly imported snippet packages are never reported.

use super::check::Checker;
use super::info::*;
use super::ObjId;

impl<'a> Checker<'a> {
    pub(crate) fn check_unused_imports(&mut self) {
        let mut list: Vec<(FileId, grammar::ast::Span, String)> = Vec::new();
        for (i, o) in self.info.objects.iter().enumerate() {
            if o.pkg != self.pkg.id {
                continue;
            }
            let ObjKind::PkgName(pid) = o.kind else {
                continue;
            };
            let x = &self.objx[i];
            let Some(path) = &x.import_path else { continue };
            if x.used {
                continue;
            }
            let pkg_name = self
                .info
                .packages
                .get(pid.0 as usize)
                .map_or("", |p| p.name.as_str());
            let msg = if pkg_name == o.name {
                format!(
                    "{} imported and not used",
                    super::constant::go_quote(path.as_bytes())
                )
            } else {
                format!(
                    "{} imported as {} and not used",
                    super::constant::go_quote(path.as_bytes()),
                    o.name
                )
            };
            list.push((o.file, o.span, msg));
        }
        for (f, s, m) in list {
            self.error_at(f, s, m);
        }
    }

    /// Reports the unused local variables of this package among the objects from `first` on,
    /// except `exempt` (a REPL input's top-level variables, which become session variables).
    pub(crate) fn check_unused_vars(&mut self, first: usize, exempt: &[ObjId]) {
        let mut list = Vec::new();
        for (i, o) in self.info.objects.iter().enumerate().skip(first) {
            let x = &self.objx[i];
            if o.pkg == self.pkg.id
                && x.local_var
                && !x.used
                && o.name != "_"
                && matches!(o.kind, ObjKind::Var { .. })
                && !exempt.contains(&ObjId(i as u32))
            {
                list.push((o.file, o.span, format!("declared and not used: {}", o.name)));
            }
        }
        for (f, s, m) in list {
            self.error_at(f, s, m);
        }
    }
}
