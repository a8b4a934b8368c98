//! The `gorun` command: `gorun FILE.go [args...]` runs a program; `gorun --dis FILE.go` prints its
//! bytecode. Exit codes follow Go: 1 for compile errors, 2 for panics and fatal errors, the
//! program's own code for `os.Exit`, 70 for an internal error of gorun.

use clap::Parser;
use gorun::{compile, diag, runtime, stdlib, types};
use std::io::IsTerminal;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "gorun",
    version,
    about = "Run Go programs: an interpreter for learners"
)]
struct Cli {
    /// Print the compiled bytecode instead of running.
    #[arg(long)]
    dis: bool,
    /// With --dis: include the standard library's functions.
    #[arg(long)]
    dis_all: bool,
    /// How to print compile errors: plain (gc's `file:line:col: msg`), fancy (source snippets),
    /// or auto (fancy when stderr is a terminal; the REPL shows snippets unless plain).
    #[arg(long, default_value = "auto")]
    diagnostics: String,
    /// Worker threads (GOMAXPROCS; default: the GOMAXPROCS environment variable, else the
    /// number of cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Run Go text given on the command line as one REPL input: statements, an expression
    /// (its value is printed) or declarations (a `func main` among them runs).
    #[arg(short = 'e', long = "eval")]
    eval: Option<String>,
    /// The Go source file to run, then its arguments.
    file: Option<String>,
    /// Everything after the file is the program's, as with `go run` (`gorun prog.go -n 5`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // ARCHITECTURE.md §9, kind 3: a broken invariant of ours is reported as a gorun bug with exit code 70,
    // never as a Rust panic message and backtrace in the user's face.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("gorun: internal error{at}: {}", msg.unwrap_or_default());
        eprint!("{}", gorun::vm::panic::INTERNAL_ERROR_FOOTER);
        if std::env::var_os("RUST_BACKTRACE").is_some() {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
        // Goroutines run on worker threads and coroutines: a broken invariant on any of them
        // ends the whole process, never just its thread (which would leave the rest hanging).
        std::process::exit(70);
    }));
    run(&cli)
}

fn run(cli: &Cli) -> ExitCode {
    let (name, src) = match (&cli.eval, &cli.file) {
        (Some(code), _) if !(cli.dis || cli.dis_all) => return eval(cli, code.clone()),
        (Some(code), _) => ("command-line.go".to_string(), code.clone()),
        (None, Some(f)) => match std::fs::read(f) {
            Ok(bytes) => (f.clone(), String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                eprintln!("gorun: cannot read {f}: {e}");
                return ExitCode::from(1);
            }
        },
        (None, None) => return repl(cli.threads, cli.diagnostics != "plain"),
    };
    let display = display_name(&name);
    let checked = match types::check_program(&display, &src, stdlib::sources::package_source) {
        Ok(c) => c,
        Err((sources, diags)) => return report(cli, &sources, &diags),
    };
    let program = match compile::compile(&checked, stdlib::native_id) {
        Ok(p) => p,
        Err(diags) => return report(cli, &checked.sources, &diags),
    };
    if cli.dis || cli.dis_all {
        print!("{}", compile::dis::disassemble(&program, cli.dis_all));
        return ExitCode::SUCCESS;
    }
    let mut args = vec![name.trim_end_matches(".go").to_string()];
    args.extend(program_args(cli));
    runtime::run_program(program, args, cli.threads)
}

/// The REPL runs on a thread with a large stack: the session's checker recurses over the
/// syntax trees of inputs as the program checker does (`types::check_program`).
fn repl(threads: Option<usize>, fancy: bool) -> ExitCode {
    let spawned = std::thread::Builder::new()
        .name("gorun-repl".into())
        .stack_size(256 << 20)
        .spawn(move || gorun::repl::run(threads, fancy));
    match spawned.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(70),
    }
}

/// `gorun -e TEXT`: TEXT runs as one REPL input (statements, an expression, declarations).
fn eval(cli: &Cli, text: String) -> ExitCode {
    let fancy = match cli.diagnostics.as_str() {
        "fancy" => true,
        "plain" => false,
        _ => std::io::stderr().is_terminal(),
    };
    let threads = cli.threads;
    let spawned = std::thread::Builder::new()
        .name("gorun-eval".into())
        .stack_size(256 << 20)
        .spawn(move || gorun::repl::eval_once(&text, threads, fancy));
    match spawned.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(70),
    }
}

/// The program's arguments: everything after the file, as `go run` passes them. clap takes a
/// `--` right after the file as its own separator; `go run` passes it on, so it is put back.
fn program_args(cli: &Cli) -> Vec<String> {
    let argv: Vec<String> = std::env::args().collect();
    let after_file = cli
        .file
        .as_ref()
        .and_then(|f| argv.iter().position(|a| a == f))
        .and_then(|i| argv.get(i + 1));
    let mut args = Vec::new();
    if after_file.is_some_and(|a| a == "--") {
        args.push("--".to_string());
    }
    args.extend(cli.args.iter().cloned());
    args
}

/// gc prints paths of files in the current directory as `./name.go`.
fn display_name(name: &str) -> String {
    if name.contains('/') {
        name.to_string()
    } else {
        format!("./{name}")
    }
}

fn report(cli: &Cli, sources: &diag::SourceMap, diags: &[diag::Diagnostic]) -> ExitCode {
    let fancy = match cli.diagnostics.as_str() {
        "fancy" => true,
        "plain" => false,
        _ => std::io::stderr().is_terminal(),
    };
    if fancy {
        eprint!("{}", diag::render_fancy(sources, diags));
    } else {
        eprint!(
            "# command-line-arguments\n{}",
            diag::render_plain(sources, diags)
        );
    }
    ExitCode::from(1)
}
