//! REPL transcript tests: every `tests/repl/*.txt` is one test, run through piped stdin.
//!
//! Format: a line starting with `> ` (or a line that is just `>`) is an input line, fed to
//! `gorun` (no file argument) with the prefix removed; a line starting with `#` is a comment;
//! every other line is expected output. Standard output and standard error go to one file, so
//! the expected lines are what a user sees, in order. Lines are compared with trailing blanks
//! removed, and trailing empty lines are ignored. The session must end with exit code 0.
//!
//! A `# threads: N` comment runs the session with `--threads N`. A `stress_*` transcript also
//! runs 5 times at 1, 2 and 8 threads (kind `stress`): lost wake-ups and races between an input
//! ending, being given up on and the goroutines it started hide in rare interleavings. Every transcript also runs a
//! second time (kind `gcstress`) with `GODEBUG=gcstress=64`, a collection after every 64 KiB
//! allocated: a root of the session the collector misses (a constant of a later input's
//! snapshot, a session variable) shows up as a wrong result.
//!
//! Trial `eval/flag` checks `gorun -e TEXT` (one input, a program's exit codes).
//!
//! `GORUN_BIN=/path/to/binary` overrides the gorun binary under test.

use libtest_mimic::{Arguments, Failed, Trial};
use std::fs;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How many times a `stress_*` transcript runs at each thread count.
const STRESS_RUNS: usize = 5;

/// A session running longer than this is killed and fails.
const TIMEOUT: Duration = Duration::from_secs(30);

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = fs::read_dir(root.join("tests/repl"))
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut trials = Vec::new();
    for path in files {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with("stress_") {
            for threads in ["1", "2", "8"] {
                let p = path.clone();
                trials.push(
                    Trial::test(format!("repl/{name}/threads={threads}"), move || {
                        (0..STRESS_RUNS)
                            .try_for_each(|_| run_transcript_with(&p, None, Some(threads)))
                    })
                    .with_kind("stress"),
                );
            }
        }
        let p = path.clone();
        trials.push(Trial::test(format!("repl/{name}"), move || {
            run_transcript(&p, None)
        }));
        trials.push(
            Trial::test(format!("repl/{name}"), move || {
                run_transcript(&path, Some("gcstress=64"))
            })
            .with_kind("gcstress"),
        );
    }
    trials.push(Trial::test("eval/flag", eval_flag));
    libtest_mimic::run(&args, trials).exit();
}

/// `gorun -e TEXT` runs TEXT as one REPL input and exits as a program would.
fn eval_flag() -> Result<(), Failed> {
    let cases: &[(&str, &str, i32)] = &[
        ("fmt.Println(strings.ToUpper(\"hi\"))", "HI\n", 0),
        ("1 << 10", "1024 (int)\n", 0),
        (
            "func main() { fmt.Println(\"main runs\") }",
            "main runs\n",
            0,
        ),
        ("x := undefinedName", "", 1),
        ("var a []int; a[1] = 2", "", 2),
        ("ch := make(chan int); <-ch", "", 2),
    ];
    for (text, want, code) in cases {
        let out = Command::new(gorun())
            .args(["--diagnostics", "plain", "-e", text])
            .env("GODEBUG", "")
            .output()
            .map_err(|e| format!("cannot start gorun: {e}"))?;
        let got = String::from_utf8_lossy(&out.stdout);
        if got != *want || out.status.code() != Some(*code) {
            return Err(format!(
                "gorun -e {text:?}: want {want:?} and exit {code}, got {got:?} and {:?} (stderr {:?})",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
    }
    Ok(())
}

struct Transcript {
    input: String,
    expected: Vec<String>,
    threads: Option<String>,
}

fn parse(text: &str) -> Transcript {
    let mut t = Transcript {
        input: String::new(),
        expected: Vec::new(),
        threads: None,
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("> ") {
            t.input.push_str(rest);
            t.input.push('\n');
        } else if line == ">" {
            t.input.push('\n');
        } else if let Some(c) = line.strip_prefix('#') {
            if let Some(n) = c.trim().strip_prefix("threads:") {
                t.threads = Some(n.trim().to_string());
            }
        } else {
            t.expected.push(line.trim_end().to_string());
        }
    }
    trim_tail(&mut t.expected);
    t
}

fn trim_tail(lines: &mut Vec<String>) {
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
}

fn gorun() -> PathBuf {
    std::env::var_os("GORUN_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_gorun")))
}

fn run_transcript(path: &Path, godebug: Option<&str>) -> Result<(), Failed> {
    run_transcript_with(path, godebug, None)
}

/// Runs a transcript; `threads` overrides its `# threads:` comment.
fn run_transcript_with(
    path: &Path,
    godebug: Option<&str>,
    threads: Option<&str>,
) -> Result<(), Failed> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read {path:?}: {e}"))?;
    let mut t = parse(&text);
    if let Some(n) = threads {
        t.threads = Some(n.to_string());
    }
    let mut out = tempfile(path)?;
    let err = out.try_clone().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(gorun());
    if let Some(n) = &t.threads {
        cmd.args(["--threads", n]);
    }
    let mut child = cmd
        .current_dir(path.parent().unwrap_or(Path::new(".")))
        .env("NO_COLOR", "1")
        .env("GODEBUG", godebug.unwrap_or(""))
        .stdin(Stdio::piped())
        .stdout(Stdio::from(out.try_clone().map_err(|e| e.to_string())?))
        .stderr(Stdio::from(err))
        .spawn()
        .map_err(|e| format!("cannot start gorun: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let input = t.input.clone();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err(format!("timed out after {TIMEOUT:?}").into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let mut got = String::new();
    out.rewind().map_err(|e| e.to_string())?;
    out.read_to_string(&mut got).map_err(|e| e.to_string())?;
    let mut lines: Vec<String> = got.lines().map(|l| l.trim_end().to_string()).collect();
    trim_tail(&mut lines);
    if lines != t.expected {
        let diff = first_difference(&t.expected, &lines);
        return Err(format!(
            "output differs at line {}\n--- expected\n{}\n--- got\n{}",
            diff + 1,
            t.expected.join("\n"),
            lines.join("\n")
        )
        .into());
    }
    if !status.success() {
        return Err(format!("gorun exited with {status}").into());
    }
    Ok(())
}

fn first_difference(a: &[String], b: &[String]) -> usize {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}

/// A scratch file for the session's merged output.
fn tempfile(path: &Path) -> Result<fs::File, Failed> {
    let name = format!(
        "gorun-repl-{}-{}.out",
        std::process::id(),
        path.file_stem().map_or("t".into(), |s| s.to_string_lossy())
    );
    let p = std::env::temp_dir().join(name);
    let f = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&p)
        .map_err(|e| format!("cannot create {p:?}: {e}"))?;
    let _ = fs::remove_file(&p);
    Ok(f)
}
