//! Tests of the `:doc` table against gorun's standard library sources.

use super::*;
use crate::stdlib::sources::{package_source, SOURCES};

/// A declaration found in a package's source: a package-level name (`Name`), or a member of
/// type `T`: a method (`T.M`, declared with a receiver or in an interface) or a field.
#[derive(Debug, PartialEq)]
enum Decl {
    Top(String),
    Method(String, String),
    Field(String, String),
}

/// The import path of the package called `pkg` in code.
fn import_path(pkg: &str) -> &str {
    match pkg {
        "fs" => "io/fs",
        "debug" => "runtime/debug",
        "atomic" => "sync/atomic",
        "utf8" => "unicode/utf8",
        p => p,
    }
}

/// The identifier `s` starts with ("" if none).
fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The comma-separated identifiers `s` starts with (`a, b int` → `[a, b]`).
fn idents(mut s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    loop {
        let id = ident(s);
        if id.is_empty() {
            return out;
        }
        out.push(id);
        s = s[id.len()..].trim_start();
        match s.strip_prefix(',') {
            Some(rest) => s = rest.trim_start(),
            None => return out,
        }
    }
}

/// The declarations of a gofmt-formatted Go file (declarations start in column 0; blocks end
/// with `)` or `}` in column 0), read line by line.
fn decls(src: &str) -> Vec<Decl> {
    let mut out = Vec::new();
    // Inside `const (`/`var (` (Some(None)) or the body of `type T struct|interface {`.
    let mut block: Option<Option<String>> = None;
    for line in src.lines() {
        match &block {
            Some(_) if line.starts_with(')') || line.starts_with('}') => block = None,
            Some(None) => out.extend(idents(line.trim()).into_iter().map(|n| Decl::Top(n.into()))),
            Some(Some(t)) => {
                let l = line.trim();
                for n in idents(l) {
                    let rest = l[ident(l).len()..].trim_start();
                    out.push(if rest.starts_with('(') {
                        Decl::Method(t.clone(), n.into())
                    } else {
                        Decl::Field(t.clone(), n.into())
                    });
                }
            }
            None => {
                if let Some(rest) = line.strip_prefix("func (") {
                    let Some((recv, after)) = rest.split_once(')') else {
                        continue;
                    };
                    let typ = recv
                        .split_whitespace()
                        .last()
                        .unwrap_or("")
                        .trim_start_matches('*');
                    let m = ident(after.trim_start());
                    out.push(Decl::Method(typ.into(), m.into()));
                } else if let Some(rest) = line.strip_prefix("func ") {
                    out.push(Decl::Top(ident(rest).into()));
                } else if let Some(rest) = line.strip_prefix("type ") {
                    let t = ident(rest);
                    out.push(Decl::Top(t.into()));
                    if line.ends_with('{') {
                        block = Some(Some(t.into()));
                    }
                } else if line == "const (" || line == "var (" {
                    block = Some(None);
                } else if let Some(rest) = line.strip_prefix("const ").or(line.strip_prefix("var "))
                {
                    out.extend(idents(rest).into_iter().map(|n| Decl::Top(n.into())));
                }
            }
        }
    }
    out
}

fn exported(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

#[test]
fn table_is_sorted_and_unique() {
    for w in DOCS.windows(2) {
        assert!(
            w[0].0 < w[1].0,
            "DOCS out of order or duplicated: {} then {}",
            w[0].0,
            w[1].0
        );
    }
}

#[test]
fn lookup_finds_every_entry_and_nothing_else() {
    for (n, sig, summary) in DOCS {
        assert_eq!(lookup(n), Some((*sig, *summary)), "{n}");
    }
    assert_eq!(names().count(), DOCS.len());
    for missing in [
        "strings.toUpper",
        "strings",
        "",
        "zzz",
        "strings.Builder.Nope",
    ] {
        assert_eq!(lookup(missing), None, "{missing}");
    }
}

/// The parser the next two tests rely on sees each kind of declaration, and only those.
#[test]
fn decls_reads_each_kind_of_declaration() {
    let src = "package p\n\nconst (\n\tA, B = 1, 2\n\tc T = 3\n)\n\nvar V = f()\n\n\
               type S struct {\n\tF, G int\n}\n\ntype I interface {\n\tM() int\n}\n\n\
               func (s *S) Get() int { return 0 }\nfunc (s S) put(x int) {}\n\
               func Fn(x int) {\n\t}\n";
    let shown: Vec<String> = decls(src)
        .into_iter()
        .map(|d| match d {
            Decl::Top(n) => n,
            Decl::Method(t, m) => format!("{t}.{m}()"),
            Decl::Field(t, f) => format!("{t}.{f}"),
        })
        .collect();
    assert_eq!(
        shown.join(" "),
        "A B c V S S.F S.G I I.M() S.Get() S.put() Fn"
    );
}

/// What an entry's name says gorun provides, it declares: `pkg.Name` at package level,
/// `pkg.Type.Member` as a method or field of that type; bare names are builtins the checker
/// knows (a non-builtin would be "undefined").
#[test]
fn every_entry_is_declared() {
    let mut wrong = Vec::new();
    for (name, sig, _) in DOCS {
        let parts: Vec<&str> = name.split('.').collect();
        let found = match parts.as_slice() {
            [builtin] => {
                let src = format!("package main\n\nfunc main() {{\n\t_ = {builtin}\n}}\n");
                let stdlib: crate::types::PackageSource = package_source;
                match crate::types::check_program("a.go", &src, stdlib) {
                    Ok(_) => false,
                    Err((sm, d)) => !crate::diag::render_plain(&sm, &d).contains("undefined"),
                }
            }
            [pkg, rest @ ..] => {
                let src = package_source(import_path(pkg)).map_or("", |(_, text)| text);
                let d = decls(src);
                let declared = match rest {
                    [n] => d.contains(&Decl::Top(n.to_string())),
                    [t, m] => {
                        d.contains(&Decl::Method(t.to_string(), m.to_string()))
                            || d.contains(&Decl::Field(t.to_string(), m.to_string()))
                    }
                    _ => false,
                };
                declared
                    && src.contains(&format!("\npackage {pkg}\n"))
                    && rest.iter().all(|n| exported(n))
            }
            [] => false,
        };
        // The signature names the entry (`func Name(`, `type Name `, `func (x T) Name(`, ...).
        let last = parts[parts.len() - 1];
        let named = sig
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .any(|w| w == last);
        if !found || !named {
            wrong.push(*name);
        }
    }
    assert!(
        wrong.is_empty(),
        "undeclared in gorun's stdlib, or not named by the signature: {wrong:?}"
    );
}

/// Every exported package-level name, and every exported method of an exported type, of every
/// standard package has an entry (fields are documented where useful, not required).
#[test]
fn every_exported_declaration_is_documented() {
    let mut missing = Vec::new();
    for (path, _, text) in SOURCES {
        let pkg = path.rsplit('/').next().unwrap_or(path);
        for d in decls(text) {
            let key = match d {
                Decl::Top(n) if exported(&n) => format!("{pkg}.{n}"),
                Decl::Method(t, m) if exported(&t) && exported(&m) => format!("{pkg}.{t}.{m}"),
                _ => continue,
            };
            if lookup(&key).is_none() {
                missing.push(key);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "undocumented (add a line to DOCS): {missing:?}"
    );
}
