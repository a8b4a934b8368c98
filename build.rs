//! Embeds the Go sources of the standard packages (`stdlib/*.go`, one file per package, named by
//! import path with `/` written as `_`) into the binary as a table the checker loads from.

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=stdlib");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "go"))
                .collect()
        })
        .unwrap_or_default();
    entries.sort();
    let mut out = String::from("pub static SOURCES: &[(&str, &str, &str)] = &[\n");
    for p in entries {
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let import = stem.replace('_', "/");
        let file = p.file_name().and_then(|s| s.to_str()).unwrap_or_default();
        let _ = writeln!(
            out,
            "    ({import:?}, {file:?}, include_str!({:?})),",
            p.display().to_string()
        );
        println!("cargo:rerun-if-changed={}", p.display());
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("stdlib_sources.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
