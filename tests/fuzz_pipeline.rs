//! A deterministic mutation fuzzer for the whole pipeline: mutated programs that type-check and
//! compile must also run without crashing the interpreter.
//!
//! Seeds are the programs of `tests/go/`, `examples/`, `tests/stress/` and `tests/fuzz_corpus/`.
//! Each round mutates one with `mutate::mutate_program` (whole lines, literals, operators,
//! identifiers, inserted statements; see `tests/fuzz/mutate.rs`, shared with
//! `tests/fuzz_front_end.rs`), keeps the mutant only if gorun's own checker and compiler accept it
//! in-process, then runs it with the `gorun` binary (`--threads 2`, in a temporary directory,
//! empty stdin; one round in four with `GODEBUG=gcstress=64`). A run fails the test if it shows a crash of ours: exit code 70, a signal
//! (abort, segmentation fault), or "internal error" / "panicked at" on stderr. Go-level outcomes
//! are all fine: a `panic:` exit 2, a deadlock, `os.Exit`, a compile error exit 1.
//!
//! A mutant may legitimately loop forever, or allocate without bound: a run is killed after
//! `TIMEOUT` or past `MEMORY_LIMIT` of resident memory and counted as inconclusive, not failed.
//!
//! Every round has its own generator, `Rng::for_round(seed, round)`, so one round replays alone:
//! - `GORUN_FUZZ_PIPELINE_ROUNDS=N`: rounds to run (default `DEFAULT_ROUNDS`, about half a minute
//!   in release mode on two cores); a campaign runs thousands.
//! - `GORUN_FUZZ_PIPELINE_SEED=S` (decimal or 0x-hex): the campaign's base seed.
//! - `GORUN_FUZZ_PIPELINE_FIRST=R`: start at round R (with ROUNDS=1, replay round R).
//! - `GORUN_FUZZ_PIPELINE_KEEP_TIMEOUTS=1`: also save the mutants that timed out, to look for
//!   hangs of ours among them.
//!
//! All crashes of a run are reported at the end (round, seed, signature, stderr, program) and
//! saved under `target/tmp/fuzz_pipeline/crashes/`. A crash once found and fixed gets a
//! reproducer in `tests/fuzz_corpus/`, which this test runs every time (and mutates as a seed).
//! `GORUN_BIN=/path/to/binary` overrides the binary under test, as in `tests/golden.rs`.

#[path = "fuzz/mutate.rs"]
mod mutate;

use mutate::{collect, mutate_program, Rng};
use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// A run longer than this is killed and counted as a timeout (inconclusive).
const TIMEOUT: Duration = Duration::from_secs(5);

/// A run whose resident memory grows past this is killed and counted as inconclusive.
const MEMORY_LIMIT_KB: u64 = 2 << 20;

/// `GODEBUG` for one round in four.
const GCSTRESS: &str = "gcstress=64";

/// Rounds when `GORUN_FUZZ_PIPELINE_ROUNDS` is unset.
const DEFAULT_ROUNDS: u64 = 600;

/// The base seed when `GORUN_FUZZ_PIPELINE_SEED` is unset.
const DEFAULT_SEED: u64 = 0x5EED_F022_0000_0001;

/// How much of a run's stderr is kept: its beginning and its end.
const KEPT_STDERR: usize = 16 << 10;

fn env_u64(name: &str) -> Option<u64> {
    let s = std::env::var(name).ok()?;
    let s = s.trim().replace('_', "");
    match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    }
}

fn gorun_bin() -> PathBuf {
    match std::env::var_os("GORUN_BIN") {
        Some(bin) => PathBuf::from(bin),
        None => PathBuf::from(env!("CARGO_BIN_EXE_gorun")),
    }
}

/// What the front end made of a program.
enum FrontEnd {
    /// Checked and compiled: the program can run.
    Compiles,
    /// A compile error: nothing to run.
    Rejected,
    /// The checker or compiler panicked (the front-end fuzzer's business, but a crash all the same).
    Panicked(String),
}

fn front_end(src: &str) -> FrontEnd {
    let r = catch_unwind(AssertUnwindSafe(|| {
        match gorun::types::check_program("./prog.go", src, gorun::stdlib::sources::package_source)
        {
            Ok(checked) => gorun::compile::compile(&checked, gorun::stdlib::native_id).is_ok(),
            Err(_) => false,
        }
    }));
    match r {
        Ok(true) => FrontEnd::Compiles,
        Ok(false) => FrontEnd::Rejected,
        Err(e) => FrontEnd::Panicked(
            e.downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default(),
        ),
    }
}

/// How a run ended.
enum Ending {
    Exited(ExitStatus),
    TimedOut,
    OutOfMemory,
}

struct Run {
    ending: Ending,
    stderr: String,
}

/// Reads `pipe` to its end, keeping at most `KEPT_STDERR` bytes of its beginning and of its end
/// (`keep = false`: nothing).
fn drain(mut pipe: impl Read + Send + 'static, keep: bool) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut head = Vec::new();
        let mut tail = Vec::new();
        let mut skipped = false;
        let mut buf = [0u8; 8192];
        loop {
            let n = match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if !keep {
                continue;
            }
            let room = KEPT_STDERR.saturating_sub(head.len());
            head.extend_from_slice(&buf[..n.min(room)]);
            if n > room {
                tail.extend_from_slice(&buf[room..n]);
                if tail.len() > 2 * KEPT_STDERR {
                    tail.drain(..tail.len() - KEPT_STDERR);
                    skipped = true;
                }
            }
        }
        if tail.len() > KEPT_STDERR {
            tail.drain(..tail.len() - KEPT_STDERR);
            skipped = true;
        }
        let mut s = String::from_utf8_lossy(&head).into_owned();
        if skipped {
            s.push_str("\n[... stderr cut ...]\n");
        }
        s.push_str(&String::from_utf8_lossy(&tail));
        s
    })
}

/// Resident memory of process `pid` in KiB, from `/proc` (None where there is no `/proc`).
fn resident_kb(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs `gorun --threads 2 prog.go` in `dir`, where `prog.go` holds `src`, with `GODEBUG` set to
/// `godebug` if given.
fn run_gorun(dir: &Path, src: &str, godebug: Option<&str>) -> Run {
    fs::create_dir_all(dir).expect("the run directory can be created");
    fs::write(dir.join("prog.go"), src).expect("the program can be written");
    let mut cmd = Command::new(gorun_bin());
    cmd.env_remove("GODEBUG");
    if let Some(v) = godebug {
        cmd.env("GODEBUG", v);
    }
    let mut child = cmd
        .args(["--threads", "2", "prog.go"])
        .current_dir(dir)
        .env_remove("GOMAXPROCS")
        .env_remove("RUST_BACKTRACE")
        // Empty stdin: a pipe closed at once (not /dev/null, which some sandboxes lack).
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", gorun_bin().display()));
    drop(child.stdin.take());
    let stdout = drain(child.stdout.take().expect("stdout is piped"), false);
    let stderr = drain(child.stderr.take().expect("stderr is piped"), true);
    let start = Instant::now();
    let mut polls = 0u32;
    let ending = loop {
        if let Some(status) = child.try_wait().expect("wait works") {
            break Ending::Exited(status);
        }
        let killed = if start.elapsed() > TIMEOUT {
            Some(Ending::TimedOut)
        } else if polls % 8 == 7 && resident_kb(child.id()).unwrap_or(0) > MEMORY_LIMIT_KB {
            Some(Ending::OutOfMemory)
        } else {
            None
        };
        if let Some(ending) = killed {
            let _ = child.kill();
            let _ = child.wait();
            break ending;
        }
        polls += 1;
        thread::sleep(Duration::from_millis(if polls < 20 { 1 } else { 5 }));
    };
    let _ = stdout.join();
    let stderr = stderr.join().expect("the stderr reader does not panic");
    Run { ending, stderr }
}

/// The sign of a crash of ours in `run`, as a short signature that groups runs crashing the same
/// way (None: the run ended as a Go program may).
fn crash_signature(src: &str, run: &Run) -> Option<String> {
    let Ending::Exited(status) = run.ending else {
        return None;
    };
    // The line naming the crash: gorun's panic hook prints "gorun: internal error at FILE:LINE:
    // MSG"; a Rust panic outside the hook "panicked at FILE:LINE:COL"; an abort may say why.
    let telling = |needle: &str| {
        run.stderr
            .lines()
            .find(|l| l.contains(needle))
            .map(|l| l.trim().chars().take(200).collect::<String>())
    };
    let line = telling("internal error")
        .or_else(|| telling("panicked at"))
        .or_else(|| telling("fatal runtime error"))
        .or_else(|| telling("memory allocation of"))
        .or_else(|| telling("overflowed its stack"));
    if let Some(sig) = status.signal() {
        return Some(format!("signal {sig}: {}", line.unwrap_or_default()));
    }
    let code = status.code().unwrap_or(-1);
    // A mutant may call os.Exit(70) itself; then only the message tells.
    if code == 70 && !src.contains("os.Exit") {
        return Some(format!("exit 70: {}", line.unwrap_or_default()));
    }
    let line = telling("internal error").or_else(|| telling("panicked at"))?;
    Some(format!("exit {code}: {line}"))
}

/// A signature without the parts that vary between runs of one bug (numbers in messages).
fn signature_key(sig: &str) -> String {
    // Keep "FILE:LINE" of the Rust location, drop the rest of the message's numbers.
    let mut out = String::new();
    let mut in_location = false;
    for word in sig.split_whitespace() {
        if word.contains(".rs:") {
            in_location = true;
            out.push_str(word);
        } else if !word.chars().any(|c| c.is_ascii_digit()) || !in_location {
            out.push_str(
                &word
                    .chars()
                    .filter(|c| !c.is_ascii_digit())
                    .collect::<String>(),
            );
        }
        out.push(' ');
    }
    out
}

struct Crash {
    round: u64,
    signature: String,
    stderr: String,
    program: String,
}

fn report(seed: u64, crashes: &[Crash]) -> String {
    let mut groups: BTreeMap<String, Vec<&Crash>> = BTreeMap::new();
    for c in crashes {
        groups
            .entry(signature_key(&c.signature))
            .or_default()
            .push(c);
    }
    let mut msg = format!(
        "{} crashing runs, {} distinct signatures (base seed {seed:#x}; replay round R with \
         GORUN_FUZZ_PIPELINE_SEED={seed:#x} GORUN_FUZZ_PIPELINE_FIRST=R GORUN_FUZZ_PIPELINE_ROUNDS=1)\n",
        crashes.len(),
        groups.len()
    );
    for (key, cs) in &groups {
        let rounds: Vec<String> = cs.iter().take(20).map(|c| c.round.to_string()).collect();
        msg.push_str(&format!(
            "\n=== {} run(s): {key}\n    rounds {}{}\n",
            cs.len(),
            rounds.join(" "),
            if cs.len() > 20 { " ..." } else { "" }
        ));
    }
    // The full story of the first crash of each signature (the smallest program).
    for cs in groups.values() {
        let c = cs
            .iter()
            .min_by_key(|c| c.program.len())
            .expect("a group is never empty");
        let stderr: String = c.stderr.chars().take(3000).collect();
        msg.push_str(&format!(
            "\n--- round {} (seed {seed:#x}): {}\n--- stderr:\n{stderr}\n--- program:\n{}\n",
            c.round, c.signature, c.program
        ));
    }
    msg
}

/// Where this test writes: `target/tmp/fuzz_pipeline/NAME`.
fn work_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("fuzz_pipeline")
        .join(name)
}

/// The test's own judge: which endings are crashes of ours.
#[test]
fn crash_signs_are_recognised() {
    let exited = |raw: i32, stderr: &str| Run {
        ending: Ending::Exited(ExitStatus::from_raw(raw)),
        stderr: stderr.to_string(),
    };
    let src = "package main\nfunc main() {}\n";
    let crash = |run: &Run| crash_signature(src, run);
    assert!(crash(&exited(0, "")).is_none());
    assert!(crash(&exited(2 << 8, "panic: boom\n\ngoroutine 1 [running]:\n")).is_none());
    assert!(crash(&exited(
        2 << 8,
        "fatal error: all goroutines are asleep - deadlock!\n"
    ))
    .is_none());
    assert!(crash(&exited(1 << 8, "./prog.go:2:1: syntax error\n")).is_none());
    let internal = "gorun: internal error at src/vm/run.rs:12: index out of bounds\n";
    assert!(crash(&exited(70 << 8, internal)).is_some_and(|s| s.contains("src/vm/run.rs:12")));
    assert!(crash(&exited(70 << 8, "")).is_some());
    assert!(crash(&exited(101 << 8, "thread 'x' panicked at src/a.rs:1:2:\n")).is_some());
    assert!(crash(&exited(6, "memory allocation of 8 bytes failed\n")).is_some());
    assert!(crash(&exited(11, "")).is_some());
    // A program may exit 70 itself.
    let exits = "package main\nimport \"os\"\nfunc main() { os.Exit(70) }\n";
    assert!(crash_signature(exits, &exited(70 << 8, "")).is_none());
    for ending in [Ending::TimedOut, Ending::OutOfMemory] {
        let run = Run {
            ending,
            stderr: String::new(),
        };
        assert!(crash(&run).is_none(), "a killed run is inconclusive");
    }
    assert_eq!(
        signature_key("exit 70: gorun: internal error at src/vm/a.rs:12: index 5 of 3"),
        signature_key("exit 70: gorun: internal error at src/vm/a.rs:12: index 7 of 4"),
    );
}

/// The reproducers of `tests/fuzz_corpus/` that compile must run without crashing (and end
/// within the timeout: they are known programs).
#[test]
fn regression_corpus_runs_without_crashing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    collect(&root.join("tests/fuzz_corpus"), &mut seeds);
    let dir = work_dir("corpus");
    let mut failures = Vec::new();
    for s in seeds {
        let text = String::from_utf8_lossy(&s).into_owned();
        match front_end(&text) {
            FrontEnd::Rejected => continue,
            FrontEnd::Panicked(msg) => {
                failures.push(format!("front end panicked ({msg}) on:\n{text}"));
                continue;
            }
            FrontEnd::Compiles => {}
        }
        let run = run_gorun(&dir, &text, None);
        if let Some(sig) = crash_signature(&text, &run) {
            failures.push(format!(
                "{sig}\n--- stderr:\n{}\n--- program:\n{text}",
                run.stderr
            ));
        } else if !matches!(run.ending, Ending::Exited(_)) {
            failures.push(format!("did not end within {TIMEOUT:?}:\n{text}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn mutated_programs_run_without_crashing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    for dir in ["tests/go", "examples", "tests/stress", "tests/fuzz_corpus"] {
        collect(&root.join(dir), &mut seeds);
    }
    assert!(
        !seeds.is_empty(),
        "the golden corpus is the fuzzer's seed set"
    );
    let rounds = env_u64("GORUN_FUZZ_PIPELINE_ROUNDS").unwrap_or(DEFAULT_ROUNDS);
    let seed = env_u64("GORUN_FUZZ_PIPELINE_SEED").unwrap_or(DEFAULT_SEED);
    let first = env_u64("GORUN_FUZZ_PIPELINE_FIRST").unwrap_or(0);
    let dir = work_dir("run");
    let crash_dir = work_dir("crashes");
    // The checker recurses over syntax trees: give it the stack the gorun binary gives it.
    let campaign = move || {
        let started = Instant::now();
        let (mut rejected, mut timeouts, mut memory) = (0u64, 0u64, 0u64);
        let mut exits: BTreeMap<i32, u64> = BTreeMap::new();
        let mut crashes = Vec::new();
        for round in first..first + rounds {
            if rounds > DEFAULT_ROUNDS && round > first && (round - first).is_multiple_of(1000) {
                // Progress of a long campaign (seen with --nocapture).
                println!(
                    "fuzz_pipeline: round {round}, {:.0}s, {} crashed so far",
                    started.elapsed().as_secs_f64(),
                    crashes.len()
                );
            }
            let mut rng = Rng::for_round(seed, round);
            let original = &seeds[rng.below(seeds.len())];
            let text = String::from_utf8_lossy(&mutate_program(&mut rng, original)).into_owned();
            let run = match front_end(&text) {
                FrontEnd::Rejected => {
                    rejected += 1;
                    continue;
                }
                FrontEnd::Panicked(msg) => Run {
                    ending: Ending::Exited(ExitStatus::from_raw(70 << 8)),
                    stderr: format!("front end (in-process): internal error: panicked at {msg}"),
                },
                // One run in four with a collection every 64 KiB allocated, as the golden tests'
                // second runs: a root the collector misses then shows up sooner.
                FrontEnd::Compiles => run_gorun(&dir, &text, (round % 4 == 3).then_some(GCSTRESS)),
            };
            match run.ending {
                Ending::TimedOut => {
                    timeouts += 1;
                    if std::env::var_os("GORUN_FUZZ_PIPELINE_KEEP_TIMEOUTS").is_some() {
                        let _ = fs::create_dir_all(&crash_dir);
                        let _ = fs::write(
                            crash_dir.join(format!("{seed:x}-timeout-{round}.go")),
                            &text,
                        );
                    }
                }
                Ending::OutOfMemory => memory += 1,
                Ending::Exited(status) => {
                    *exits.entry(status.code().unwrap_or(-1)).or_default() += 1;
                }
            }
            if let Some(signature) = crash_signature(&text, &run) {
                let _ = fs::create_dir_all(&crash_dir);
                let _ = fs::write(crash_dir.join(format!("{seed:x}-round-{round}.go")), &text);
                let _ = fs::write(
                    crash_dir.join(format!("{seed:x}-round-{round}.stderr")),
                    &run.stderr,
                );
                crashes.push(Crash {
                    round,
                    signature,
                    stderr: run.stderr,
                    program: text,
                });
            }
        }
        let ran: u64 = exits.values().sum::<u64>() + timeouts + memory;
        // Shown with --nocapture, and on failure.
        println!(
            "fuzz_pipeline: rounds {first}..{} (seed {seed:#x}) in {:.1}s: {rejected} mutants \
             rejected by the front end, {ran} run: exit codes {exits:?}, {timeouts} timed out \
             after {TIMEOUT:?} (skipped), {memory} killed past {} MiB (skipped), {} crashed",
            first + rounds,
            started.elapsed().as_secs_f64(),
            MEMORY_LIMIT_KB >> 10,
            crashes.len()
        );
        if crashes.is_empty() {
            Ok(())
        } else {
            Err(report(seed, &crashes))
        }
    };
    // A panic the front end raises on the campaign's thread is caught and reported with its
    // input: the default hook's message would only be noise.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if thread::current().name() != Some(CAMPAIGN_THREAD) {
            default_hook(info);
        }
    }));
    let h = thread::Builder::new()
        .name(CAMPAIGN_THREAD.into())
        .stack_size(256 << 20)
        .spawn(campaign)
        .expect("thread");
    match h.join() {
        Ok(result) => {
            if let Err(report) = result {
                panic!("{report}");
            }
        }
        Err(e) => std::panic::resume_unwind(e),
    }
}

const CAMPAIGN_THREAD: &str = "fuzz-pipeline-campaign";
