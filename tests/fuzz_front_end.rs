//! A deterministic mutation fuzzer for the front end: lexer, parser, type checker and compiler.
//! ARCHITECTURE.md §3: "no parse or check path can panic on any input".
//!
//! Seeds are every Go program of the golden corpus plus `tests/fuzz_corpus/*.go` (inputs that once
//! crashed us, kept as regressions). Each round applies a few random byte-level mutations (flip,
//! delete, duplicate, splice in Go tokens) and runs the whole front end; a Rust panic fails the
//! test and prints the input. `GORUN_FUZZ_ROUNDS` sets the number of rounds (default 2,000 —
//! seconds in release mode; run with 200,000 for a longer campaign).

#[path = "fuzz/mutate.rs"]
mod mutate;

use mutate::{collect, mutate, Rng};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Runs the front end on `src`; returns the panic message if any stage panicked.
fn front_end(src: &str) -> Option<String> {
    let r = catch_unwind(AssertUnwindSafe(|| {
        if let Ok(checked) =
            gorun::types::check_program("./fuzz.go", src, gorun::stdlib::sources::package_source)
        {
            let _ = gorun::compile::compile(&checked, gorun::stdlib::native_id);
        }
    }));
    r.err().map(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

#[test]
fn regression_corpus_does_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    collect(&root.join("tests/fuzz_corpus"), &mut seeds);
    for s in seeds {
        let text = String::from_utf8_lossy(&s).into_owned();
        if let Some(msg) = front_end(&text) {
            panic!("front end panicked ({msg}) on regression input:\n{text}");
        }
    }
}

#[test]
fn mutated_programs_do_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    collect(&root.join("tests/go"), &mut seeds);
    collect(&root.join("examples"), &mut seeds);
    collect(&root.join("tests/fuzz_corpus"), &mut seeds);
    assert!(
        !seeds.is_empty(),
        "the golden corpus is the fuzzer's seed set"
    );
    let rounds: usize = std::env::var("GORUN_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Silence the default hook: a caught panic should not spam the log; the failure message below
    // carries the input.
    std::panic::set_hook(Box::new(|_| {}));
    for round in 0..rounds {
        let seed = &seeds[rng.below(seeds.len())];
        let input = mutate(&mut rng, seed);
        let text = String::from_utf8_lossy(&input).into_owned();
        if let Some(msg) = front_end(&text) {
            let _ = std::panic::take_hook();
            panic!("round {round}: front end panicked ({msg}) on input:\n{text}");
        }
    }
    let _ = std::panic::take_hook();
}

/// The REPL's front end (session checker and compiler) on mutated inputs: each round types one
/// mutated program, then a few of its lines, into one long session, whose state (declarations
/// that went through) carries over. No input may panic. `GORUN_FUZZ_ROUNDS` scales it (a tenth).
#[test]
fn mutated_repl_inputs_do_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    collect(&root.join("tests/go"), &mut seeds);
    collect(&root.join("examples"), &mut seeds);
    let rounds: usize = std::env::var("GORUN_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .map_or(300, |n| (n / 10).max(1));
    // The checker recurses over syntax trees: give it the stack the REPL thread has.
    let run = move || {
        let (mut fe, _) = gorun::repl::Frontend::new().expect("the session starts");
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        std::panic::set_hook(Box::new(|_| {}));
        for round in 0..rounds {
            let seed = &seeds[rng.below(seeds.len())];
            let text = String::from_utf8_lossy(&mutate(&mut rng, seed)).into_owned();
            let lines: Vec<&str> = text.lines().collect();
            let mut inputs = vec![text.clone()];
            for _ in 0..3 {
                if !lines.is_empty() {
                    inputs.push(lines[rng.below(lines.len())].to_string());
                }
            }
            for input in inputs {
                let r = catch_unwind(AssertUnwindSafe(|| {
                    let _ = fe.prepare(&input);
                }));
                if r.is_err() {
                    let _ = std::panic::take_hook();
                    panic!("REPL front end panicked in round {round} on input:\n{input}");
                }
            }
        }
        let _ = std::panic::take_hook();
    };
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("thread");
    if let Err(e) = h.join() {
        std::panic::resume_unwind(e);
    }
}
