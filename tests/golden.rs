//! Golden tests: every `.go` file under `tests/go/` and `examples/` is one test.
//!
//! Line 1 of a file says what to do with it (the format of Go's own `test/` directory):
//! - `// run`: run `gorun NAME.go [args]` in the file's directory with empty stdin and compare
//!   stdout with `NAME.out` (exact bytes), stderr with `NAME.err` (absent: must be empty) and the
//!   exit code with `NAME.exit` (absent: 0). `examples/*.go` without a header count as `// run`.
//! - `// errorcheck`: gorun must exit 1, and its diagnostics must match the `// ERROR "regexp"`
//!   comments line by line: each regexp matches a diagnostic on its line, and every diagnostic is
//!   matched by a regexp on its line.
//! - anything else: a helper file, not a test.
//!
//! Directives in the comment lines before `package`: `// args: a b c` (command-line arguments),
//! `//gorun:sorted` (compare stdout as a multiset of lines, for scheduling-dependent order),
//! `//gorun:stdout-only` (ignore stderr, for text Go prints nondeterministically).
//!
//! A sidecar file `NAME.compare` sets comparison modes for a program whose text must stay as it is
//! (the tutorial programs in `examples/` are kept verbatim): whitespace-separated words, `sorted`
//! and `stdout-only` as the directives above, and `match`: `NAME.out` is then not literal output
//! but a regular expression (Rust `regex` syntax, also valid for Python's `re`) that the whole
//! stdout must match, for output Go itself does not fix (a racy counter, a CPU count); its newlines
//! are literal. With `sorted` too, the regexp matches stdout's lines sorted (each ending in `\n`).
//! `scripts/regen-golden.py` never overwrites a `match` file's `.out`: it checks real Go's output
//! against it instead.
//!
//! The expected files come from real Go (`scripts/regen-golden.py`), so stderr is normalized on
//! both sides before comparing: panic traces hold addresses, absolute paths, goroutine ids and
//! frames of Go's own library (see `normalize_stderr`).
//!
//! Every `// run` program outside `tests/go/gc/` runs a second time (kind `gcstress`) with
//! `GODEBUG=gcstress=64`: the collector then runs after every 64 KiB allocated, so a root it
//! misses shows up as a wrong result.
//!
//! `GORUN_BIN=/path/to/binary` overrides the gorun binary under test.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

/// A program running longer than this is killed and fails.
const TIMEOUT: Duration = Duration::from_secs(20);

/// How many lines of each side a mismatch report shows at most.
const SHOWN_LINES: usize = 40;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["tests/go", "examples"] {
        collect_go_files(&root.join(dir), &mut files);
    }
    files.sort();
    let known = known_failures(root);
    let mut trials: Vec<Trial> = files
        .into_iter()
        .filter_map(|path| trial(root, path, &known))
        .flatten()
        .collect();
    trials.push(Trial::test("harness/normalize_stderr", check_normalize_stderr).with_kind("self"));
    libtest_mimic::run(&args, trials).exit();
}

fn collect_go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

#[derive(Clone, Copy)]
enum Mode {
    Run,
    ErrorCheck,
}

/// `tests/known_failures.txt`: programs gorun does not run correctly yet, each with the issue
/// that will fix it (`path  #N  reason`). Such a test passes while it still fails (printed as
/// `xfail`), and FAILS once it starts passing, so the list can only shrink and never hides a
/// program silently (STYLE.md: pin wrong behaviour with a FIXME, no ignored tests).
fn known_failures(root: &Path) -> std::collections::HashMap<String, String> {
    let text = fs::read_to_string(root.join("tests/known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.splitn(2, char::is_whitespace);
            let path = parts.next()?.to_string();
            Some((path, parts.next().unwrap_or("").trim().to_string()))
        })
        .collect()
}

/// Builds the test for one file, or `None` for a helper file without a header.
fn trial(
    root: &Path,
    path: PathBuf,
    known: &std::collections::HashMap<String, String>,
) -> Option<Vec<Trial>> {
    let source = fs::read_to_string(&path).unwrap_or_default();
    let rel = path.strip_prefix(root).unwrap_or(&path);
    let name = rel.to_string_lossy().replace('\\', "/");
    let mode = match source.lines().next().map(str::trim) {
        Some("// run") => Mode::Run,
        Some("// errorcheck") => Mode::ErrorCheck,
        _ if rel.parent() == Some(Path::new("examples")) => Mode::Run,
        _ => return None,
    };
    type TestFn = fn(&Path, &str) -> Result<(), Failed>;
    let (kind, test): (&str, TestFn) = match mode {
        Mode::Run => ("run", run_test),
        Mode::ErrorCheck => ("errorcheck", errorcheck_test),
    };
    if let Some(why) = known.get(&name).cloned() {
        return Some(vec![Trial::test(name.clone(), move || {
            match test(&path, &source) {
                Ok(()) => Err(format!(
                    "{name} passes now: remove it from tests/known_failures.txt ({why})"
                )
                .into()),
                Err(_) => Ok(()),
            }
        })
        .with_kind("xfail")]);
    }
    let mut trials = vec![];
    // Every program again under a collector that runs after each 64 KiB allocated, so a missed
    // root shows up as a wrong result here (the gc/ programs allocate too much for that).
    if matches!(mode, Mode::Run) && !name.starts_with("tests/go/gc/") {
        let (path, source) = (path.clone(), source.clone());
        trials.push(
            Trial::test(name.clone(), move || {
                run_test_with(&path, &source, GC_STRESS)
            })
            .with_kind("gcstress"),
        );
    }
    trials.push(Trial::test(name, move || test(&path, &source)).with_kind(kind));
    Some(trials)
}

// ---------------------------------------------------------------------------------------------
// Running gorun

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: ExitStatus,
}

fn gorun_bin() -> PathBuf {
    match std::env::var_os("GORUN_BIN") {
        Some(bin) => PathBuf::from(bin),
        None => PathBuf::from(env!("CARGO_BIN_EXE_gorun")),
    }
}

/// Runs `gorun NAME.go args...` in the file's directory, killing it after `TIMEOUT`.
fn run_gorun(path: &Path, args: &[String], godebug: Option<&str>) -> Result<Outcome, Failed> {
    let dir = path
        .parent()
        .expect("a discovered file has a parent directory");
    let file = path.file_name().expect("a discovered file has a name");
    let mut cmd = Command::new(gorun_bin());
    if let Some(v) = godebug {
        cmd.env("GODEBUG", v);
    }
    let mut child = cmd
        .arg(file)
        .args(args)
        .current_dir(dir)
        // Empty stdin: a pipe closed at once (not /dev/null, which some sandboxes lack).
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", gorun_bin().display()))?;
    drop(child.stdin.take());
    // Drain both pipes on their own threads so a chatty program cannot block on a full pipe.
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("wait failed: {e}"))? {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s (killed)", TIMEOUT.as_secs()).into());
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stdout = stdout.join().expect("the stdout reader does not panic");
    let stderr = stderr.join().expect("the stderr reader does not panic");
    Ok(Outcome {
        stdout,
        stderr,
        status,
    })
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

fn exit_code(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => code.to_string(),
        None => format!("killed ({status})"),
    }
}

// ---------------------------------------------------------------------------------------------
// `// run`

/// Directives from the comment lines before the package clause (and from `NAME.compare`).
#[derive(Default)]
struct Directives {
    args: Vec<String>,
    sorted: bool,
    stdout_only: bool,
    /// `NAME.out` holds a regexp for the whole stdout (`match` in `NAME.compare`).
    pattern: bool,
}

fn directives(source: &str) -> Directives {
    let mut d = Directives::default();
    for line in source.lines().map(str::trim) {
        if line.starts_with("package ") {
            break;
        }
        if let Some(args) = line.strip_prefix("// args:") {
            d.args = args.split_whitespace().map(String::from).collect();
        } else if line == "//gorun:sorted" {
            d.sorted = true;
        } else if line == "//gorun:stdout-only" {
            d.stdout_only = true;
        }
    }
    d
}

/// Adds the modes of the sidecar file `NAME.compare`, if there is one.
fn compare_file(path: &Path, d: &mut Directives) -> Result<(), Failed> {
    let sidecar = path.with_extension("compare");
    let Ok(text) = fs::read_to_string(&sidecar) else {
        return Ok(());
    };
    for word in text.split_whitespace() {
        match word {
            "sorted" => d.sorted = true,
            "stdout-only" => d.stdout_only = true,
            "match" => d.pattern = true,
            _ => {
                return Err(format!(
                    "{}: unknown comparison mode {word:?} (want sorted, stdout-only or match)",
                    sidecar.display()
                )
                .into())
            }
        }
    }
    Ok(())
}

/// `GODEBUG` for the collector stress pass: a collection after every 64 KiB allocated.
const GC_STRESS: Option<&str> = Some("gcstress=64");

fn run_test(path: &Path, source: &str) -> Result<(), Failed> {
    run_test_with(path, source, None)
}

/// Runs a `// run` program (with `GODEBUG=godebug` if given) and compares its results.
fn run_test_with(path: &Path, source: &str, godebug: Option<&str>) -> Result<(), Failed> {
    let mut d = directives(source);
    compare_file(path, &mut d)?;
    let got = run_gorun(path, &d.args, godebug)?;
    let want_stdout = fs::read(path.with_extension("out"))
        .map_err(|e| format!("missing {}: {e}", path.with_extension("out").display()))?;
    let want_stderr = fs::read(path.with_extension("err")).unwrap_or_default();
    let want_exit = fs::read_to_string(path.with_extension("exit"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "0".to_string());

    let mut problems = Vec::new();
    let got_exit = exit_code(got.status);
    if got_exit != want_exit {
        problems.push(format!("exit code: expected {want_exit}, got {got_exit}"));
    }
    let (want_out, got_out) = (lossy(&want_stdout), lossy(&got.stdout));
    let stdout_matches = if d.pattern {
        let re = Regex::new(&format!(r"\A(?:{want_out})\z")).map_err(|e| {
            format!(
                "bad regexp in {}: {e}",
                path.with_extension("out").display()
            )
        })?;
        let subject = if d.sorted {
            sorted_lines(&got_out)
                .iter()
                .map(|l| format!("{l}\n"))
                .collect()
        } else {
            got_out.clone()
        };
        re.is_match(&subject)
    } else if d.sorted {
        sorted_lines(&want_out) == sorted_lines(&got_out)
    } else {
        want_stdout == got.stdout
    };
    if !stdout_matches {
        let label = match (d.pattern, d.sorted) {
            (true, true) => "stdout (sorted lines, against the regexp in the .out file)",
            (true, false) => "stdout (against the regexp in the .out file)",
            (false, true) => "stdout (compared as sorted lines)",
            (false, false) => "stdout",
        };
        problems.push(mismatch(label, &want_out, &got_out));
    }
    if !d.stdout_only {
        let want_err = normalize_stderr(&lossy(&want_stderr));
        let got_err = normalize_stderr(&lossy(&got.stderr));
        if want_err != got_err {
            problems.push(mismatch("stderr (normalized)", &want_err, &got_err));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n\n").into())
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn sorted_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.sort_unstable();
    lines
}

/// Rewrites a Go panic trace so that Go's and gorun's traces compare equal when they report the
/// same panic in the same Go frames. Applied to both expected and actual stderr:
/// - a frame's function line `pkg.func(0x1, 0x2)` becomes `pkg.func(...)`;
/// - a frame's location line `\t/any/path/file.go:LINE +0x1d` becomes `\tfile.go:LINE`;
/// - frames of Go's own library (every function outside package `main`: `panic(...)`,
///   `runtime.*`, `sync.(*WaitGroup).Wait`, `internal/sync.*`..., whose source lies in Go's
///   installation) are dropped: gorun shows the program's frames only; so is a `created by F`
///   line (with its location) naming such a function (`created by time.goFunc`);
/// - goroutine ids other than main's 1 become `?` (`goroutine ? [chan send]:`, `created by
///   main.main in goroutine ?`): Go numbers goroutines in per-thread batches. Goroutines keep
///   their order (Go lists them in creation order);
/// - `[signal SIGSEGV: segmentation violation ...]` becomes `[signal SIGSEGV]`;
/// - in a `panic: (T) 0xADDR` line (a panic value Go prints by address) the address becomes `0x?`;
/// - a trailing `exit status N` line (added by `go run`) is dropped.
fn normalize_stderr(text: &str) -> String {
    static RES: OnceLock<[Regex; 5]> = OnceLock::new();
    let [location, signal, address, header, created] = RES.get_or_init(|| {
        [
            Regex::new(r"^\t(?:.*/)?([^/]+\.go):(\d+)(?: \+0x[0-9a-f]+)?$").expect("valid regex"),
            Regex::new(r"^\[signal ([A-Z]+)\b.*\]$").expect("valid regex"),
            Regex::new(r"^(\s*panic: .*\([^()]+\) )0x[0-9a-f]+").expect("valid regex"),
            Regex::new(r"^goroutine (?:[02-9]|[1-9][0-9]+) \[").expect("valid regex"),
            Regex::new(r"^created by (\S+)(?: in goroutine (\d+))?$").expect("valid regex"),
        ]
    });
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let next_is_location = lines.get(i + 1).is_some_and(|next| location.is_match(next));
        if let Some(cap) = created.captures(line) {
            if !cap[1].starts_with("main.") {
                i += if next_is_location { 2 } else { 1 };
                continue;
            }
            out.push(match cap.get(2) {
                Some(id) if id.as_str() != "1" => format!("created by {} in goroutine ?", &cap[1]),
                _ => line.to_string(),
            });
        } else if next_is_location && is_frame_call(line) {
            let call = frame_call(line);
            if !call.starts_with("main.") {
                i += 2;
                continue;
            }
            out.push(call);
        } else if header.is_match(line) {
            out.push(header.replace(line, "goroutine ? [").into_owned());
        } else if location.is_match(line) {
            out.push(location.replace(line, "\t$1:$2").into_owned());
        } else {
            let line = signal.replace(line, "[signal $1]");
            out.push(address.replace(&line, "${1}0x?").into_owned());
        }
        i += 1;
    }
    if out.last().is_some_and(|l| l.starts_with("exit status ")) {
        out.pop();
    }
    let mut text = out.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    text
}

/// A traceback function line: `main.f(0x1)`, `main.(*T).m(...)`, `panic({0x4a0b20?, 0x4c0?})`.
fn is_frame_call(line: &str) -> bool {
    !line.starts_with(char::is_whitespace) && line.ends_with(')') && line.contains('(')
}

/// `main.f(0x1, 0x2)` → `main.f(...)`: the argument words are raw machine words in Go.
fn frame_call(line: &str) -> String {
    let open = args_open_paren(line);
    format!("{}(...)", &line[..open])
}

/// The byte index of the `(` that opens a frame line's argument list (the one matching its last `)`).
fn args_open_paren(line: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in line.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth <= 1 => return i,
            '(' => depth -= 1,
            _ => {}
        }
    }
    line.find('(').unwrap_or(line.len())
}

/// A readable report: the first differing line, then both sides (shortened).
fn mismatch(what: &str, want: &str, got: &str) -> String {
    let want_lines: Vec<&str> = want.split_inclusive('\n').collect();
    let got_lines: Vec<&str> = got.split_inclusive('\n').collect();
    let first = want_lines
        .iter()
        .zip(&got_lines)
        .take_while(|(a, b)| a == b)
        .count();
    let line_of = |lines: &[&str]| match lines.get(first) {
        Some(l) => format!("{l:?}"),
        None => "<end of output>".to_string(),
    };
    format!(
        "{what} differs at line {}:\n  expected: {}\n  got:      {}\n--- expected {what}\n{}--- got {what}\n{}---",
        first + 1,
        line_of(&want_lines),
        line_of(&got_lines),
        excerpt(&want_lines, first),
        excerpt(&got_lines, first),
    )
}

/// Up to `SHOWN_LINES` lines around line index `first`, each ending with a newline.
fn excerpt(lines: &[&str], first: usize) -> String {
    let start = first.saturating_sub(SHOWN_LINES / 4);
    let end = (start + SHOWN_LINES).min(lines.len());
    let mut s = String::new();
    if start > 0 {
        s.push_str(&format!("[... {start} lines]\n"));
    }
    for line in &lines[start..end] {
        s.push_str(line);
        if !line.ends_with('\n') {
            s.push_str("⏎ (no newline at end)\n");
        }
    }
    if end < lines.len() {
        s.push_str(&format!("[... {} more lines]\n", lines.len() - end));
    }
    s
}

// ---------------------------------------------------------------------------------------------
// `// errorcheck`

/// One compile-time diagnostic: `./NAME.go:LINE:COL: msg`, its text being `msg` plus any
/// continuation lines (`\thave (...)`) joined with `\n`, tabs kept (as Go's test/run.go does).
struct Diagnostic {
    line: usize,
    text: String,
}

/// One `// ERROR "regexp"` expectation.
struct Expectation {
    line: usize,
    re: Regex,
}

fn errorcheck_test(path: &Path, source: &str) -> Result<(), Failed> {
    let expectations = expectations(source)?;
    let got = run_gorun(path, &[], None)?;
    let stderr = lossy(&got.stderr);
    let mut problems = Vec::new();
    if got.status.code() != Some(1) {
        problems.push(format!(
            "exit code: expected 1, got {}",
            exit_code(got.status)
        ));
    }
    if !got.stdout.is_empty() {
        problems.push(format!(
            "stdout should be empty, got:\n{}",
            lossy(&got.stdout)
        ));
    }
    let file = path
        .file_name()
        .expect("a discovered file has a name")
        .to_string_lossy();
    let diagnostics = match parse_diagnostics(&stderr, &file) {
        Ok(d) => d,
        Err(e) => {
            problems.push(e);
            Vec::new()
        }
    };
    let mut matched = vec![false; diagnostics.len()];
    for want in &expectations {
        let mut found = false;
        for (i, diag) in diagnostics.iter().enumerate() {
            if diag.line == want.line && want.re.is_match(&diag.text) {
                matched[i] = true;
                found = true;
            }
        }
        if !found {
            problems.push(format!(
                "line {}: no diagnostic matches ERROR {:?}",
                want.line,
                want.re.as_str()
            ));
        }
    }
    for (diag, _) in diagnostics.iter().zip(&matched).filter(|(_, m)| !**m) {
        problems.push(format!(
            "line {}: unexpected diagnostic {:?}",
            diag.line, diag.text
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n--- gorun's stderr\n{stderr}---", problems.join("\n")).into())
    }
}

/// The `// ERROR "re" "re2"` comments (regexps in double quotes or backquotes), by line.
fn expectations(source: &str) -> Result<Vec<Expectation>, Failed> {
    static QUOTED: OnceLock<Regex> = OnceLock::new();
    let quoted =
        QUOTED.get_or_init(|| Regex::new(r#""((?:[^"\\]|\\.)*)"|`([^`]*)`"#).expect("valid regex"));
    let mut out = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let Some(pos) = line.find("// ERROR ") else {
            continue;
        };
        for cap in quoted.captures_iter(&line[pos + "// ERROR ".len()..]) {
            let pattern = match (cap.get(1), cap.get(2)) {
                (Some(dq), _) => unquote(dq.as_str()),
                (None, Some(bq)) => bq.as_str().to_string(),
                (None, None) => unreachable!("one alternative of the regex matched"),
            };
            let re = Regex::new(&pattern)
                .map_err(|e| format!("line {}: bad ERROR regexp {pattern:?}: {e}", index + 1))?;
            out.push(Expectation {
                line: index + 1,
                re,
            });
        }
    }
    if out.is_empty() {
        return Err("an errorcheck file needs at least one // ERROR comment".into());
    }
    Ok(out)
}

/// Undoes Go string-literal escaping of `\"` and `\\` (Go's test files write `"\\("` for `\(`).
fn unquote(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(e @ ('"' | '\\')) => out.push(e),
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Parses gc-style diagnostics for `file`; any other line is an error (gorun must print plain
/// lines when stderr is not a terminal).
fn parse_diagnostics(stderr: &str, file: &str) -> Result<Vec<Diagnostic>, String> {
    static LINE: OnceLock<Regex> = OnceLock::new();
    let re =
        LINE.get_or_init(|| Regex::new(r"^(.+?\.go):(\d+):(\d+): (.*)$").expect("valid regex"));
    let expected_file = format!("./{file}");
    let mut out: Vec<Diagnostic> = Vec::new();
    for line in stderr.lines() {
        if line.starts_with("# ") || line == "too many errors" {
            continue;
        }
        if line.starts_with('\t') {
            match out.last_mut() {
                Some(last) => {
                    last.text.push('\n');
                    last.text.push_str(line);
                    continue;
                }
                None => return Err(format!("continuation line before any diagnostic: {line:?}")),
            }
        }
        let Some(cap) = re.captures(line) else {
            return Err(format!(
                "not a diagnostic line (want `{expected_file}:LINE:COL: msg`): {line:?}"
            ));
        };
        if cap[1] != expected_file {
            return Err(format!(
                "diagnostic names file {:?}, want {expected_file:?}: {line:?}",
                &cap[1]
            ));
        }
        let line_no = cap[2]
            .parse()
            .map_err(|_| format!("bad line number in {line:?}"))?;
        out.push(Diagnostic {
            line: line_no,
            text: cap[4].to_string(),
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// A check of the harness itself

/// Two traces of the same panic, as Go prints it and as gorun may print it, normalize equally.
fn check_normalize_stderr() -> Result<(), Failed> {
    let go = "panic: first [recovered]\n\tpanic: (main.T) 0xc000012345\n\
        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49d02e]\n\n\
        goroutine 1 [running]:\n\
        main.main.func1()\n\t/tmp/build/x.go:9 +0x5a\n\
        panic({0x561b98?, 0x4a7978?})\n\t/usr/lib/go/src/runtime/panic.go:859 +0x125\n\
        main.(*Stack).Pop(0xc000010000, {0x1, 0x2})\n\t/tmp/build/x.go:4\n\
        main.main()\n\t/tmp/build/x.go:12 +0x3e\nexit status 2\n";
    let ours = "panic: first [recovered]\n\tpanic: (main.T) 0x1\n[signal SIGSEGV: segmentation violation]\n\n\
        goroutine 1 [running]:\n\
        main.main.func1()\n\tx.go:9\n\
        main.(*Stack).Pop(...)\n\t/home/me/x.go:4\n\
        main.main()\n\tx.go:12\n";
    let want = "panic: first [recovered]\n\tpanic: (main.T) 0x?\n[signal SIGSEGV]\n\n\
        goroutine 1 [running]:\n\
        main.main.func1(...)\n\tx.go:9\n\
        main.(*Stack).Pop(...)\n\tx.go:4\n\
        main.main(...)\n\tx.go:12\n";
    // A deadlock report: goroutine ids, library frames and goroutines created by the library.
    let go_deadlock = "fatal error: all goroutines are asleep - deadlock!\n\n\
        goroutine 1 [sync.WaitGroup.Wait]:\n\
        sync.runtime_SemacquireWaitGroup(0x34aa4886e0a0?, 0x80?)\n\t/go/src/runtime/sema.go:114 +0x2e\n\
        sync.(*WaitGroup).Wait(0x34aa4886c0c0)\n\t/go/src/sync/waitgroup.go:206 +0x85\n\
        main.main()\n\t/tmp/x.go:24 +0x150\n\n\
        goroutine 9 [sync.Mutex.Lock]:\n\
        internal/sync.(*Mutex).Lock(...)\n\t/go/src/internal/sync/mutex.go:70\n\
        main.main.func3()\n\t/tmp/x.go:20 +0x51\n\
        created by main.main in goroutine 1\n\t/tmp/x.go:20 +0x13c\n\n\
        goroutine 18 [running]:\n\
        main.main.func1()\n\t/tmp/x.go:6 +0x25\n\
        created by time.goFunc\n\t/go/src/time/sleep.go:182 +0x2d\n\n\
        goroutine 21 [chan send]:\n\
        main.worker(0x3)\n\t/tmp/x.go:9 +0x25\n\
        created by main.main.func2 in goroutine 18\n\t/tmp/x.go:14 +0x2d\nexit status 2\n";
    let ours_deadlock = "fatal error: all goroutines are asleep - deadlock!\n\n\
        goroutine 1 [sync.WaitGroup.Wait]:\n\
        main.main()\n\tx.go:24\n\n\
        goroutine 2 [sync.Mutex.Lock]:\n\
        main.main.func3()\n\tx.go:20\n\
        created by main.main in goroutine 1\n\tx.go:20\n\n\
        goroutine 3 [running]:\n\
        main.main.func1()\n\tx.go:6\n\n\
        goroutine 4 [chan send]:\n\
        main.worker(...)\n\tx.go:9\n\
        created by main.main.func2 in goroutine 3\n\tx.go:14\n";
    let want_deadlock = "fatal error: all goroutines are asleep - deadlock!\n\n\
        goroutine 1 [sync.WaitGroup.Wait]:\n\
        main.main(...)\n\tx.go:24\n\n\
        goroutine ? [sync.Mutex.Lock]:\n\
        main.main.func3(...)\n\tx.go:20\n\
        created by main.main in goroutine 1\n\tx.go:20\n\n\
        goroutine ? [running]:\n\
        main.main.func1(...)\n\tx.go:6\n\n\
        goroutine ? [chan send]:\n\
        main.worker(...)\n\tx.go:9\n\
        created by main.main.func2 in goroutine ?\n\tx.go:14\n";
    for (name, text, want) in [
        ("go", go, want),
        ("ours", ours, want),
        ("go deadlock", go_deadlock, want_deadlock),
        ("ours deadlock", ours_deadlock, want_deadlock),
    ] {
        let got = normalize_stderr(text);
        if got != want {
            return Err(mismatch(&format!("normalized {name} trace"), want, &got).into());
        }
    }
    Ok(())
}
