//! Debugging aid: `cargo run -p grammar --example parse FILE.go` prints the AST or gc-style errors.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse FILE.go");
        std::process::exit(2);
    };
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match grammar::parse_file(&src, 0) {
        Ok(f) => println!("{f:#?}"),
        Err(errs) => {
            for e in errs {
                let (line, col) = line_col(&src, e.span.start as usize);
                eprintln!("{path}:{line}:{col}: {}", e.message);
            }
            std::process::exit(1);
        }
    }
}

/// 1-based line and byte column of a byte offset, as gc prints them.
fn line_col(src: &str, at: usize) -> (usize, usize) {
    let before = &src.as_bytes()[..at.min(src.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = at
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    (line, col)
}
