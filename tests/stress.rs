//! Stress and scale tests of the goroutine runtime: every `tests/stress/NAME.go` runs with
//! `--threads 1`, `--threads 2` and `--threads 8`, several times each, and every run must exit 0
//! with empty stderr and stdout equal to `NAME.out` (exact bytes). A run that does not finish in
//! time is killed and fails as a hang. The programs are deterministic by construction (ping-pong,
//! fan-in through select, close while selecting, mutex counters, WaitGroup reuse, many timers,
//! 100,000 parked goroutines); races, lost wake-ups and deadlocks in the runtime show up as wrong
//! output, `fatal error`s or hangs, more likely under some thread counts than others.
//!
//! The programs live outside `tests/go/` so the golden harness does not pick them up, but they
//! carry its `// run` header, so their expected output comes from real Go the same way:
//! `scripts/regen-golden.py tests/stress` (never written by hand).
//!
//! `tests/stress/known_failures.txt` lists programs gorun cannot run yet (`NAME.go  #N  reason`,
//! as `tests/known_failures.txt`): such a program must FAIL at least once (reported, not an
//! error); once all its runs pass the test fails, asking to remove the line. A listed name with no
//! program is an error too. Nothing is skipped silently.
//!
//! Knobs (environment): `GORUN_STRESS_RUNS` (runs per thread count, default 5),
//! `GORUN_STRESS_THREADS` (comma-separated thread counts, default `1,2,8`),
//! `GORUN_STRESS_TIMEOUT` (seconds per run, default 60), `GORUN_BIN` (the binary under test,
//! default the gorun built with this test).
//!
//! One `#[test]` per program, so `cargo test --release --test stress -- ping_pong` runs one; the
//! test `every_program_has_a_test` fails when a program file has no test below.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

macro_rules! stress_tests {
    ($($name:ident),* $(,)?) => {
        const PROGRAMS: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                run_program(stringify!($name));
            }
        )*
    };
}

stress_tests! {
    ping_pong,
    fan_in_select,
    close_while_selecting,
    mutex_counter,
    waitgroup_reuse,
    timers_many,
    scale_100k_goroutines,
    map_shared_readers,
    race_slice_header,
    race_string_var,
    race_interface_var,
    race_pointer_field,
    race_struct_copy,
    race_map_readers_gc,
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stress")
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a valid value")),
        Err(_) => default,
    }
}

fn thread_counts() -> Vec<usize> {
    let spec = std::env::var("GORUN_STRESS_THREADS").unwrap_or_else(|_| "1,2,8".to_string());
    spec.split(',')
        .map(|s| {
            s.trim()
                .parse()
                .unwrap_or_else(|_| panic!("GORUN_STRESS_THREADS: bad thread count {s:?}"))
        })
        .collect()
}

fn gorun_bin() -> PathBuf {
    match std::env::var_os("GORUN_BIN") {
        Some(bin) => PathBuf::from(bin),
        None => PathBuf::from(env!("CARGO_BIN_EXE_gorun")),
    }
}

/// `tests/stress/known_failures.txt`: file name → reason.
fn known_failures() -> BTreeMap<String, String> {
    let text = fs::read_to_string(dir().join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.splitn(2, char::is_whitespace);
            let name = parts.next().unwrap_or_default().to_string();
            (name, parts.next().unwrap_or("").trim().to_string())
        })
        .collect()
}

/// The `.go` files of `tests/stress/`, without extension.
fn program_files() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir())
        .expect("tests/stress exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

#[test]
fn every_program_has_a_test() {
    let files = program_files();
    let mut listed: Vec<String> = PROGRAMS.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        files, listed,
        "tests/stress/*.go and the stress_tests! list in tests/stress.rs must name the same programs"
    );
    for name in known_failures().keys() {
        let stem = name.strip_suffix(".go").unwrap_or(name);
        assert!(
            files.iter().any(|f| f == stem),
            "tests/stress/known_failures.txt names {name}, which is not a program in tests/stress/"
        );
    }
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    elapsed: Duration,
}

/// Runs `gorun --threads N NAME.go` in `tests/stress/`, killing it after `timeout`
/// (`status: None`).
fn run_once(file: &str, threads: usize, timeout: Duration) -> Outcome {
    let start = Instant::now();
    let mut child = Command::new(gorun_bin())
        .arg("--threads")
        .arg(threads.to_string())
        .arg(file)
        .current_dir(dir())
        .env_remove("GOMAXPROCS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", gorun_bin().display()));
    drop(child.stdin.take());
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("wait failed: {e}"),
        }
    };
    let elapsed = start.elapsed();
    // A grandchild still holding the pipes (GORUN_BIN a wrapper script) must not hang the test.
    let collect = |rx: mpsc::Receiver<Vec<u8>>| {
        rx.recv_timeout(Duration::from_secs(5))
            .unwrap_or_else(|_| b"[output pipe still open 5s after the process ended]\n".to_vec())
    };
    Outcome {
        stdout: collect(stdout),
        stderr: collect(stderr),
        status,
        elapsed,
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

/// What is wrong with one run, or `None` if it passed.
fn problem(out: &Outcome, want: &[u8], timeout: Duration) -> Option<String> {
    let Some(status) = out.status else {
        return Some(format!(
            "hang: killed after {}s\n--- stdout so far\n{}--- stderr so far\n{}",
            timeout.as_secs(),
            tail(&out.stdout),
            tail(&out.stderr)
        ));
    };
    let mut problems = Vec::new();
    if !status.success() {
        problems.push(format!("exit status {status}, want 0"));
    }
    if !out.stderr.is_empty() {
        problems.push(format!("stderr not empty:\n{}", tail(&out.stderr)));
    }
    if out.stdout != want {
        problems.push(format!(
            "stdout differs\n--- expected\n{}--- got\n{}",
            tail(want),
            tail(&out.stdout)
        ));
    }
    (!problems.is_empty()).then(|| problems.join("\n"))
}

/// The last 30 lines of some output, for reports.
fn tail(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(30);
    let mut s = String::new();
    if start > 0 {
        s.push_str(&format!("[... {start} lines]\n"));
    }
    for l in &lines[start..] {
        s.push_str(l);
        s.push('\n');
    }
    s
}

fn run_program(name: &str) {
    let file = format!("{name}.go");
    let want = fs::read(dir().join(format!("{name}.out"))).unwrap_or_else(|e| {
        panic!("missing tests/stress/{name}.out: {e} (scripts/regen-golden.py tests/stress)")
    });
    let runs: usize = env_or("GORUN_STRESS_RUNS", 5);
    let timeout = Duration::from_secs(env_or("GORUN_STRESS_TIMEOUT", 60));
    let known = known_failures();
    let expected_to_fail = known.get(&file);

    let mut failures = Vec::new();
    let mut slowest = Duration::ZERO;
    'all: for threads in thread_counts() {
        for run in 1..=runs {
            let out = run_once(&file, threads, timeout);
            slowest = slowest.max(out.elapsed);
            if let Some(p) = problem(&out, &want, timeout) {
                failures.push(format!("--threads {threads}, run {run}/{runs}: {p}"));
                if expected_to_fail.is_some() {
                    break 'all; // one failure is enough: it still fails
                }
                // A failing program need not fill the report with every run of this thread count.
                break;
            }
        }
    }
    eprintln!("{file}: slowest run {:.2}s", slowest.as_secs_f64());
    match (expected_to_fail, failures.is_empty()) {
        (Some(why), false) => {
            eprintln!("{file}: fails as expected ({why})");
        }
        (Some(why), true) => {
            panic!("{file} passes now: remove it from tests/stress/known_failures.txt ({why})")
        }
        (None, true) => {}
        (None, false) => panic!("{file} failed:\n{}", failures.join("\n\n")),
    }
}

/// Every worker that goes idle checks for deadlock; exactly one may report it, even while the
/// process is exiting and another worker wakes (a timer wait ending, a spurious wake-up). Runs
/// a deadlocking program from the golden corpus many times, four at once, to load both cores.
#[test]
fn deadlock_reported_once() {
    let file = "../go/chan/deadlock_several_goroutines_blocked.go";
    let runs: usize = env_or("GORUN_STRESS_RUNS", 5) * 2;
    let timeout = Duration::from_secs(env_or("GORUN_STRESS_TIMEOUT", 60));
    let mut failures = Vec::new();
    for threads in [2, 8] {
        for out in run_four_at_once(file, threads, runs, timeout) {
            let err = String::from_utf8_lossy(&out.stderr);
            let reports = err.matches("all goroutines are asleep").count();
            let code = out.status.and_then(|s| s.code());
            if reports != 1 || code != Some(2) {
                failures.push(format!(
                    "--threads {threads}: {reports} reports, exit {code:?}\n{}",
                    tail(&out.stderr)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A goroutine's deferred `wg.Done()` runs while it unwinds a panic and lets `main` return:
/// Go's `main` waits for it, so every run reports the panic and exits 2, never 0 (found by
/// `scripts/difftest.py`: once in about 100 runs under load). Four runs at once load both cores.
#[test]
fn panicking_goroutine_outlives_main() {
    let file = "../go/goroutine/panic_after_deferred_done_releases_main.go";
    let runs: usize = env_or("GORUN_STRESS_RUNS", 5) * 4;
    let timeout = Duration::from_secs(env_or("GORUN_STRESS_TIMEOUT", 60));
    let mut failures = Vec::new();
    for threads in [1, 2, 8] {
        for out in run_four_at_once(file, threads, runs, timeout) {
            let err = String::from_utf8_lossy(&out.stderr);
            let code = out.status.and_then(|s| s.code());
            if !err.starts_with("panic: assignment to entry in nil map") || code != Some(2) {
                failures.push(format!(
                    "--threads {threads}: exit {code:?}\n{}",
                    tail(&out.stderr)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs `file` `runs` times on each of four threads at once (loading both cores); every outcome.
fn run_four_at_once(file: &str, threads: usize, runs: usize, timeout: Duration) -> Vec<Outcome> {
    thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    (0..runs)
                        .map(|_| run_once(file, threads, timeout))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("runner thread"))
            .collect()
    })
}
