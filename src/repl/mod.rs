//! The REPL (ARCHITECTURE.md §10): `gorun` without a file. Each input is checked by the session
//! checker (`types::session`), compiled into the growing session program
//! (`compile::session`), installed in the running runtime and run as goroutine 1
//! (`runtime::session`), while goroutines started earlier keep running.
//!
//! A bare expression prints `VALUE (TYPE)`: VALUE as fmt's `%v` prints it (strings quoted, as
//! `%q`), TYPE the expression's static type as `%T` spells it (an untyped constant shows the
//! type it gets in a variable). Several results print comma-separated; a call without results
//! prints nothing of its own.
//!
//! Invariants: the session goes on after any error, panic, deadlock or Ctrl-C of an input; only
//! `:quit`, end of input or `os.Exit` end it. Diagnostics and reports go to stderr after
//! standard output is flushed, so a transcript reads in order.

pub mod docs;
mod input;
mod term;

use crate::compile::session::SessionCompiler;
use crate::diag::{self, Diagnostic, SourceMap};
use crate::runtime::session::CellEnd;
use crate::runtime::Runtime;
use crate::types::session::Session;
use input::Kind;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::rc::Rc;
use term::{Names, Read, Source};

const HELP: &str = "\
Type Go: declarations (func, type, var, const, import) stay for the session and may be
redefined (a func redefined with the same signature is used by the code typed before it too);
statements run at once and their := variables stay; an expression prints its value and type.
Standard packages are imported when first used. Goroutines keep running between inputs.

Commands:
  :help            this text
  :quit            leave (also Ctrl-D)
  :reset           forget every declaration and variable (running goroutines go on)
  :type EXPR       the type of an expression, without running it
  :doc NAME        one line of documentation: :doc strings.Split, :doc append
  :load FILE.go    run a file's declarations (and its main, if it has one)
  :goroutines      the live goroutines, with what they wait for and where

Ctrl-C cancels the input being typed or running.";

struct Repl {
    fe: Frontend,
    rt: &'static Runtime,
    names: Rc<RefCell<Names>>,
    fancy: bool,
}

/// The session's checker and compiler: turns inputs into program snapshots to run.
pub struct Frontend {
    pub sess: Session,
    comp: SessionCompiler,
    /// Inputs seen so far (names cells and source files).
    n: u32,
}

/// What an input became.
pub enum Prepared {
    /// Blank.
    Nothing,
    /// A `:command`, handled by the REPL itself.
    Command,
    /// The next snapshot of the program; its entry runs the input.
    Program(crate::compile::program::Program),
    /// Diagnostics; those in the input's own file sit `offset` bytes after the input's start.
    Failed {
        sources: SourceMap,
        diags: Vec<Diagnostic>,
        offset: usize,
    },
}

impl Frontend {
    /// A session with the standard packages checked; the program snapshot that initializes them.
    pub fn new() -> Result<(Frontend, crate::compile::program::Program), String> {
        let (mut sess, first) = Session::new(crate::stdlib::sources::package_source)
            .map_err(|(sources, diags)| diag::render_plain(&sources, &diags))?;
        let mut comp = SessionCompiler::new(crate::stdlib::native_id);
        let prog = comp
            .compile_round(&mut sess, &first)
            .map_err(|diags| diag::render_plain(sess.sources(), &diags))?;
        Ok((Frontend { sess, comp, n: 0 }, prog))
    }

    fn input_name(&self) -> String {
        format!("<input {}>", self.n)
    }

    /// Checks and compiles one complete input.
    pub fn prepare(&mut self, text: &str) -> Prepared {
        if text.trim().is_empty() {
            return Prepared::Nothing;
        }
        self.n += 1;
        let cell = match input::classify(text) {
            Kind::Command => return Prepared::Command,
            Kind::Decls => input::decls(text),
            Kind::Stmts => input::stmts(self.n, text),
            Kind::Expr => {
                let name = self.input_name();
                let types = match self.sess.expr_types(&name, text) {
                    Ok(t) => t,
                    Err((sources, diags)) => {
                        return Prepared::Failed {
                            sources,
                            diags,
                            offset: 0,
                        }
                    }
                };
                if types.is_empty() || input::is_print_call(text) {
                    input::stmts(self.n, text)
                } else {
                    let shown: Vec<(String, bool)> = types
                        .iter()
                        .map(|t| (t.default.clone(), t.default == "string"))
                        .collect();
                    input::show_expr(self.n, text, &shown)
                }
            }
        };
        self.check_and_compile(cell)
    }

    /// Checks and compiles a file's declarations (`:load`).
    pub fn prepare_decls(&mut self, text: &str) -> Prepared {
        self.n += 1;
        self.check_and_compile(input::decls(text))
    }

    fn check_and_compile(&mut self, cell: input::Cell) -> Prepared {
        let name = self.input_name();
        let round = match self
            .sess
            .check_input(&name, &cell.text, cell.func.as_deref())
        {
            Ok(r) => r,
            Err((sources, diags)) => {
                return Prepared::Failed {
                    sources,
                    diags,
                    offset: cell.offset,
                }
            }
        };
        match self.comp.compile_round(&mut self.sess, &round) {
            Ok(p) => Prepared::Program(p),
            Err(diags) => {
                self.sess.undo();
                Prepared::Failed {
                    sources: self.sess.sources().clone(),
                    diags,
                    offset: cell.offset,
                }
            }
        }
    }
}

/// Starts a session: the front end, and the runtime with the standard packages initialized.
/// None (reported) if the standard library fails to check, which would be a gorun bug.
fn start(
    threads: Option<usize>,
    out: Box<dyn Write + Send>,
    out_is_terminal: bool,
) -> Option<(Frontend, &'static Runtime)> {
    let (fe, prog) = match Frontend::new() {
        Ok(x) => x,
        Err(e) => {
            eprint!("gorun: internal error: the standard library does not compile:\n{e}");
            return None;
        }
    };
    let entry = prog.entry;
    let rt = crate::runtime::session::start(prog, threads, out, out_is_terminal);
    // The standard packages' variables and init functions.
    rt.run_cell(entry, &|| false);
    Some((fe, rt))
}

/// Runs the REPL until end of input or `:quit`; the process's exit status.
/// `fancy`: diagnostics with a snippet of the input (else gc's one-line form).
pub fn run(threads: Option<usize>, fancy: bool) -> std::process::ExitCode {
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let names = Rc::new(RefCell::new(Names::default()));
    let mut terminal = if interactive {
        term::Terminal::new(names.clone())
    } else {
        None
    };
    let out: Box<dyn Write + Send> = match terminal.as_mut().and_then(|t| t.output()) {
        Some(o) => o,
        None => Box::new(std::io::stdout()),
    };
    let Some((fe, rt)) = start(threads, out, interactive) else {
        return std::process::ExitCode::from(70);
    };
    term::catch_interrupts();
    let mut repl = Repl {
        fe,
        rt,
        names,
        fancy,
    };
    repl.refresh_names();
    let mut source: Box<dyn Source> = match terminal {
        Some(t) => {
            println!(
                "gorun {} — Go, one input at a time. :help for help, Ctrl-D to leave.",
                env!("CARGO_PKG_VERSION")
            );
            Box::new(t)
        }
        None => Box::new(term::Piped),
    };
    loop {
        let text = match source.read() {
            Read::Input(t) => t,
            Read::Cancelled => continue,
            Read::Eof => break,
        };
        if !repl.eval(&text) {
            break;
        }
    }
    repl.rt.flush_output();
    std::process::ExitCode::SUCCESS
}

/// `gorun -e TEXT`: runs TEXT as one REPL input (statements, an expression or declarations; a
/// `func main` it declares runs) and exits as a program would: 1 for compile errors, 2 when it
/// panicked or deadlocked, else 0 (goroutines still running are not waited for, as in Go).
pub fn eval_once(text: &str, threads: Option<usize>, fancy: bool) -> std::process::ExitCode {
    let terminal = std::io::stdout().is_terminal();
    let Some((mut fe, rt)) = start(threads, Box::new(std::io::stdout()), terminal) else {
        return std::process::ExitCode::from(70);
    };
    match fe.prepare(text) {
        Prepared::Nothing | Prepared::Command => std::process::ExitCode::SUCCESS,
        Prepared::Failed {
            sources,
            diags,
            offset,
        } => {
            report(rt, fancy, &sources, &diags, ("input", text), offset);
            std::process::ExitCode::from(1)
        }
        Prepared::Program(prog) => {
            let entry = prog.entry;
            if let Err(e) = rt.install(prog) {
                eprintln!("gorun: {e}");
                return std::process::ExitCode::from(70);
            }
            match rt.run_cell(entry, &|| false) {
                CellEnd::Done => std::process::ExitCode::SUCCESS,
                _ => std::process::ExitCode::from(2),
            }
        }
    }
}

impl Repl {
    /// Runs one complete input; false when the session should end.
    fn eval(&mut self, text: &str) -> bool {
        match self.fe.prepare(text) {
            Prepared::Nothing => {}
            Prepared::Command => return self.command(text.trim()),
            Prepared::Failed {
                sources,
                diags,
                offset,
            } => self.report(&sources, &diags, text, offset),
            Prepared::Program(prog) => self.run(prog),
        }
        true
    }

    /// Installs a snapshot and runs its entry (the input).
    fn run(&mut self, prog: crate::compile::program::Program) {
        let entry = prog.entry;
        if let Err(e) = self.rt.install(prog) {
            self.fe.sess.undo();
            eprintln!("gorun: {e}");
            return;
        }
        self.refresh_names();
        // A Ctrl-C pressed before the input started (while it was compiled) is not for it.
        term::take_interrupt();
        if self.rt.run_cell(entry, &term::take_interrupt) == CellEnd::Interrupted {
            self.rt.flush_output();
            eprintln!("interrupted");
        }
    }

    fn report(&self, sources: &SourceMap, diags: &[Diagnostic], text: &str, offset: usize) {
        report(self.rt, self.fancy, sources, diags, ("input", text), offset);
    }

    /// Completion candidates after an input changed what the session declares.
    fn refresh_names(&mut self) {
        let mut top = self.fe.sess.top_names();
        top.extend(
            grammar::token::KEYWORDS
                .iter()
                .chain(PREDECLARED)
                .map(|s| s.to_string()),
        );
        top.sort();
        top.dedup();
        let mut names = self.names.borrow_mut();
        if names.members.is_empty() {
            names.members = crate::types::SNIPPET_PACKAGES
                .iter()
                .map(|(p, _)| (p.to_string(), self.fe.sess.package_members(p)))
                .collect();
        }
        names.top = top;
    }

    /// A `:command`; false for `:quit`.
    fn command(&mut self, line: &str) -> bool {
        let (cmd, arg) = match line.split_once(char::is_whitespace) {
            Some((c, a)) => (c, a.trim()),
            None => (line, ""),
        };
        match cmd {
            ":quit" | ":q" | ":exit" => return false,
            ":help" | ":h" | ":?" => println!("{HELP}"),
            ":reset" => self.fe.sess.reset(),
            ":type" | ":t" => self.show_type(arg),
            ":doc" | ":d" => match docs::lookup(arg) {
                Some((sig, summary)) => println!("{sig}\n    {summary}"),
                None => {
                    eprintln!("no documentation for {arg:?}; try :doc strings.Split or :doc append")
                }
            },
            ":load" | ":l" => self.load(arg),
            ":goroutines" | ":g" => {
                let list = self.rt.goroutine_list();
                if list.is_empty() {
                    println!("no goroutines are running");
                } else {
                    println!("{}", list.trim_matches('\n'));
                }
            }
            _ => eprintln!("unknown command {cmd}; :help lists the commands"),
        }
        true
    }

    fn show_type(&mut self, text: &str) {
        if text.is_empty() {
            eprintln!("usage: :type EXPR");
            return;
        }
        let name = self.fe.input_name();
        match self.fe.sess.expr_types(&name, text) {
            Ok(types) if types.is_empty() => println!("(no value)"),
            Ok(types) => {
                let list: Vec<String> = types.into_iter().map(|t| t.shown).collect();
                println!("{}", list.join(", "));
            }
            Err((sources, diags)) => self.report(&sources, &diags, text, 0),
        }
    }

    fn load(&mut self, path: &str) {
        match std::fs::read_to_string(path) {
            Ok(text) => match self.fe.prepare_decls(&text) {
                Prepared::Program(prog) => self.run(prog),
                Prepared::Failed {
                    sources,
                    diags,
                    offset,
                } => report(self.rt, self.fancy, &sources, &diags, (path, &text), offset),
                Prepared::Nothing | Prepared::Command => {}
            },
            Err(e) => eprintln!("cannot read {path}: {e}"),
        }
    }
}

/// Shows diagnostics: those about the input (`text`, shown as file `name`) with a snippet of
/// what was typed; others (in a package it loaded) in gc's one-line form.
fn report(
    rt: &Runtime,
    fancy: bool,
    sources: &SourceMap,
    diags: &[Diagnostic],
    (name, text): (&str, &str),
    offset: usize,
) {
    rt.flush_output();
    let input_file = sources.files.len().checked_sub(1);
    let mut mine = SourceMap::default();
    let fid = mine.add(name.into(), text.to_string());
    let mut shown = Vec::new();
    let mut others = Vec::new();
    for d in diags {
        let inside = Some(d.file.0 as usize) == input_file
            && d.span.start as usize >= offset
            && (d.span.start as usize) <= offset + text.len();
        if inside {
            let mut m = d.clone();
            m.file = fid;
            m.span.start -= offset as u32;
            m.span.end = (m.span.end.saturating_sub(offset as u32)).min(text.len() as u32);
            m.span.end = m.span.end.max(m.span.start);
            shown.push(m);
        } else {
            others.push(d.clone());
        }
    }
    let mut msg = String::new();
    if !shown.is_empty() {
        msg.push_str(&if fancy {
            diag::render_fancy(&mine, &shown)
        } else {
            diag::render_plain(&mine, &shown)
        });
    }
    if !others.is_empty() {
        msg.push_str(&diag::render_plain(sources, &others));
    }
    let _ = std::io::stderr().write_all(msg.as_bytes());
}

/// Go's predeclared names, completed with the keywords (`grammar::token::KEYWORDS`).
const PREDECLARED: &[&str] = &[
    "append", "cap", "clear", "close", "copy", "delete", "len", "make", "max", "min", "new",
    "panic", "print", "println", "recover", "any", "bool", "byte", "error", "float32", "float64",
    "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16",
    "uint32", "uint64", "uintptr", "true", "false", "nil", "iota",
];
