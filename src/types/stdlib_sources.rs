//! The Go sources of the standard packages (`stdlib/*.go`) for the checker's unit tests; the
//! binary embeds them through `build.rs` (`crate::stdlib::sources`).

/// (import path, file name, text)
const SOURCES: &[(&str, &str, &str)] = &[
    (
        "errors",
        "errors.go",
        include_str!("../../stdlib/errors.go"),
    ),
    ("fmt", "fmt.go", include_str!("../../stdlib/fmt.go")),
    ("io", "io.go", include_str!("../../stdlib/io.go")),
    ("io/fs", "io_fs.go", include_str!("../../stdlib/io_fs.go")),
    ("maps", "maps.go", include_str!("../../stdlib/maps.go")),
    ("math", "math.go", include_str!("../../stdlib/math.go")),
    ("os", "os.go", include_str!("../../stdlib/os.go")),
    (
        "runtime",
        "runtime.go",
        include_str!("../../stdlib/runtime.go"),
    ),
    (
        "slices",
        "slices.go",
        include_str!("../../stdlib/slices.go"),
    ),
    ("sort", "sort.go", include_str!("../../stdlib/sort.go")),
    (
        "strconv",
        "strconv.go",
        include_str!("../../stdlib/strconv.go"),
    ),
    (
        "strings",
        "strings.go",
        include_str!("../../stdlib/strings.go"),
    ),
    ("sync", "sync.go", include_str!("../../stdlib/sync.go")),
    ("time", "time.go", include_str!("../../stdlib/time.go")),
    (
        "unicode",
        "unicode.go",
        include_str!("../../stdlib/unicode.go"),
    ),
    (
        "unicode/utf8",
        "unicode_utf8.go",
        include_str!("../../stdlib/unicode_utf8.go"),
    ),
];

pub(crate) fn find(path: &str) -> Option<(&'static str, &'static str)> {
    SOURCES
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|(_, f, t)| (*f, *t))
}

pub(crate) fn all() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(p, _, _)| *p)
}
