//! The Go sources of the standard packages, embedded at build time by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/stdlib_sources.rs"));

/// The (file name, text) of standard package `path`, as `types::PackageSource` wants.
pub fn package_source(path: &str) -> Option<(&'static str, &'static str)> {
    SOURCES
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|(_, f, t)| (*f, *t))
}
