//! The layering rule (ARCHITECTURE.md §2): dependencies run one way, from each stage to the
//! stages below it, never back up:
//!
//! ```text
//! diag, heap  ←  types  ←  compile  ←  vm  ←  runtime  ←  stdlib  ←  repl  ←  main
//! ```
//!
//! (`grammar/` is its own crate, below everything, and cargo already keeps it from importing
//! gorun.) This test reads every `crate::X` path in `src/` outside comments and test code and
//! fails when a module names a module of its own rank or above. Test code (`tests.rs`,
//! `*_tests.rs`, a `tests/` folder, and whatever follows a `#[cfg(test)]` line) may assemble
//! the whole pipeline and is exempt.

use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and its rank: a module may use only modules of lower rank.
const LAYERS: &[(&str, u32)] = &[
    ("diag", 0),
    ("heap", 0),
    ("types", 1),
    ("compile", 2),
    ("vm", 3),
    ("runtime", 4),
    ("stdlib", 5),
    ("repl", 6),
];

fn rank(module: &str) -> Option<u32> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn is_test_file(rel: &Path) -> bool {
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name == "tests.rs"
        || name.ends_with("_tests.rs")
        || rel.components().any(|c| c.as_os_str() == "tests")
}

/// The modules a line of code names as `crate::X`, comments removed.
fn crate_paths(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices("crate::")
        .filter(|(i, _)| !code[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .map(|(i, m)| {
            code[i + m.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

/// The `crate::X` uses of one file that run against the layering: (line number, text).
fn violations(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src/");
    let Some(own) = rel.components().next().and_then(|c| c.as_os_str().to_str()) else {
        return Vec::new();
    };
    let own = own.trim_end_matches(".rs");
    let Some(own_rank) = rank(own) else {
        return Vec::new(); // lib.rs and main.rs sit on top
    };
    if is_test_file(rel) {
        return Vec::new();
    }
    let text = std::fs::read_to_string(file).expect("a readable source file");
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        for used in crate_paths(line) {
            let bad = used != own && rank(&used).is_none_or(|r| r >= own_rank);
            if bad {
                out.push(format!(
                    "{}:{}: {own} uses crate::{used}",
                    rel.display(),
                    n + 1
                ));
            }
        }
    }
    out
}

#[test]
fn dependencies_run_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let found: Vec<String> = files.iter().flat_map(|f| violations(&src, f)).collect();
    assert!(
        found.is_empty(),
        "imports against the layering (see the header of tests/layers.rs):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    for line in lib.lines() {
        if let Some(m) = line.strip_prefix("pub mod ") {
            let m = m.trim_end_matches(';');
            assert!(
                rank(m).is_some(),
                "module {m} has no place in tests/layers.rs's LAYERS"
            );
        }
    }
}

#[test]
fn the_check_sees_a_violation() {
    assert_eq!(
        crate_paths("use crate::stdlib::fmt; // crate::repl"),
        ["stdlib"]
    );
    assert_eq!(
        crate_paths("let x = my_crate::vm::f();"),
        Vec::<String>::new()
    );
    assert_eq!(
        crate_paths("crate::heap::load(crate::vm::x)"),
        ["heap", "vm"]
    );
}
