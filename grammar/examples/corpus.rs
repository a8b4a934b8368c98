//! Debugging aid: `cargo run -p grammar --example corpus FILE...` parses every file named and
//! prints the first error of each one that fails (a quick acceptance run over a Go source tree).

fn main() {
    let (mut ok, mut bad) = (0, 0);
    for path in std::env::args().skip(1) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        match grammar::parse_file(&src, 0) {
            Ok(_) => ok += 1,
            Err(errs) => {
                bad += 1;
                let e = &errs[0];
                let at = (e.span.start as usize).min(src.len());
                let line = src[..at].matches('\n').count() + 1;
                println!("{path}:{line}: {}", e.message);
            }
        }
    }
    println!("ok {ok}, failed {bad}");
}
