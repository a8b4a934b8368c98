//! The REPL (DESIGN.md §9): `gorun` without a file. Each input is checked by the session
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
redefined; statements run at once and their := variables stay; an expression prints its value
and type. Standard packages are imported when first used. Goroutines keep running between
inputs.

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
    sess: Session,
    comp: SessionCompiler,
    rt: &'static Runtime,
    /// Inputs seen so far (names cells and source files).
    n: u32,
    names: Rc<RefCell<Names>>,
    fancy: bool,
}

/// Runs the REPL until end of input or `:quit`; the process's exit status.
pub fn run(threads: Option<usize>) -> std::process::ExitCode {
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let names = Rc::new(RefCell::new(Names::default()));
    let mut terminal = if interactive {
        term::Terminal::new(names.clone())
    } else {
        None
    };
    let (sess, first) = match Session::new(crate::stdlib::sources::package_source) {
        Ok(s) => s,
        Err((sources, diags)) => {
            eprint!("{}", diag::render_plain(&sources, &diags));
            return std::process::ExitCode::from(70);
        }
    };
    let mut sess = sess;
    let mut comp = SessionCompiler::default();
    let prog = match comp.compile_round(&mut sess, &first) {
        Ok(p) => p,
        Err(diags) => {
            eprint!("{}", diag::render_plain(sess.sources(), &diags));
            return std::process::ExitCode::from(70);
        }
    };
    let out: Box<dyn Write + Send> = match terminal.as_mut().and_then(|t| t.output()) {
        Some(o) => o,
        None => Box::new(std::io::stdout()),
    };
    let entry = prog.entry;
    let rt = crate::runtime::session::start(prog, threads, out, interactive);
    // The standard packages' variables and init functions.
    rt.run_cell(entry, &|| false);
    term::catch_interrupts();
    let mut repl = Repl {
        sess,
        comp,
        rt,
        n: 0,
        names,
        fancy: true,
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

impl Repl {
    /// Runs one complete input; false when the session should end.
    fn eval(&mut self, text: &str) -> bool {
        if text.trim().is_empty() {
            return true;
        }
        self.n += 1;
        match input::classify(text) {
            Kind::Command => return self.command(text.trim()),
            Kind::Decls => self.run_cell(text, input::decls(text)),
            Kind::Stmts => {
                let cell = input::stmts(self.n, text);
                self.run_cell(text, cell)
            }
            Kind::Expr => self.eval_expr(text),
        }
        true
    }

    fn eval_expr(&mut self, text: &str) {
        let name = self.input_name();
        let types = match self.sess.expr_types(&name, text) {
            Ok(t) => t,
            Err((sources, diags)) => return self.report(&sources, &diags, text, 0),
        };
        let cell = if types.is_empty() || input::is_print_call(text) {
            input::stmts(self.n, text)
        } else {
            let shown: Vec<(String, bool)> = types
                .iter()
                .map(|t| (t.default.clone(), t.default == "string"))
                .collect();
            input::show_expr(self.n, text, &shown)
        };
        self.run_cell(text, cell);
    }

    fn input_name(&self) -> String {
        format!("<input {}>", self.n)
    }

    /// Checks, compiles and runs one input given as `cell` (holding `text`).
    fn run_cell(&mut self, text: &str, cell: input::Cell) {
        let name = self.input_name();
        let round = match self
            .sess
            .check_input(&name, &cell.text, cell.func.as_deref())
        {
            Ok(r) => r,
            Err((sources, diags)) => return self.report(&sources, &diags, text, cell.offset),
        };
        let prog = match self.comp.compile_round(&mut self.sess, &round) {
            Ok(p) => p,
            Err(diags) => {
                self.sess.undo();
                let sources = self.sess.sources().clone();
                return self.report(&sources, &diags, text, cell.offset);
            }
        };
        let entry = prog.entry;
        if let Err(e) = self.rt.install(prog) {
            self.sess.undo();
            eprintln!("gorun: {e}");
            return;
        }
        self.refresh_names();
        match self.rt.run_cell(entry, &term::take_interrupt) {
            CellEnd::Done | CellEnd::Panicked | CellEnd::Deadlock => {}
            CellEnd::Interrupted => {
                self.rt.flush_output();
                eprintln!("interrupted");
            }
        }
    }

    /// Shows diagnostics: those about the input with a snippet of what was typed.
    fn report(&self, sources: &SourceMap, diags: &[Diagnostic], text: &str, offset: usize) {
        self.rt.flush_output();
        let input_file = sources.files.len().checked_sub(1);
        let mut mine = SourceMap::default();
        let fid = mine.add("input".into(), text.to_string());
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
            msg.push_str(&if self.fancy {
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

    /// Completion candidates after an input changed what the session declares.
    fn refresh_names(&mut self) {
        let mut top = self.sess.top_names();
        top.extend(KEYWORDS.iter().map(|s| s.to_string()));
        top.sort();
        top.dedup();
        let mut names = self.names.borrow_mut();
        if names.members.is_empty() {
            names.members = crate::types::SNIPPET_PACKAGES
                .iter()
                .map(|(p, _)| (p.to_string(), self.sess.package_members(p)))
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
            ":reset" => self.sess.reset(),
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
        let name = self.input_name();
        match self.sess.expr_types(&name, text) {
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
            Ok(text) => self.run_cell(&text, input::decls(&text)),
            Err(e) => eprintln!("cannot read {path}: {e}"),
        }
    }
}

/// Go's keywords and predeclared names, for completion.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "append",
    "cap",
    "clear",
    "close",
    "copy",
    "delete",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "recover",
    "any",
    "bool",
    "byte",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "true",
    "false",
    "nil",
    "iota",
];
