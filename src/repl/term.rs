//! Where REPL inputs come from: a terminal (rustyline: prompts, continuation lines, history,
//! completion, and goroutine output printed above the prompt) or a pipe (plain lines, no
//! prompts, so that tests can drive the session).
//!
//! Invariant: both sources hand out complete inputs only (`input::needs_more` decides), and the
//! piped source reads through the process's one stdin buffer, which Go code reading standard
//! input shares: an input may read the lines that follow it.

use super::input::needs_more;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, ExternalPrinter, Helper};
use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// What the session can name, for completion (refreshed after every input).
#[derive(Default)]
pub struct Names {
    /// Session declarations, package names, keywords and builtins.
    pub top: Vec<String>,
    /// Exported members by package name.
    pub members: Vec<(String, Vec<String>)>,
}

/// One read from a source.
pub enum Read {
    Input(String),
    /// Ctrl-C at the prompt: the input being typed is dropped.
    Cancelled,
    Eof,
}

pub trait Source {
    fn read(&mut self) -> Read;
}

/// Lines from a pipe or file, joined until an input is complete.
pub struct Piped;

impl Source for Piped {
    fn read(&mut self) -> Read {
        let mut text = String::new();
        loop {
            let mut line = String::new();
            match std::io::stdin().lock().read_line(&mut line) {
                Ok(0) | Err(_) => {
                    return if text.trim().is_empty() {
                        Read::Eof
                    } else {
                        Read::Input(text)
                    };
                }
                Ok(_) => {}
            }
            text.push_str(&line);
            if !needs_more(&text) {
                return Read::Input(text.trim_end_matches(['\n', '\r']).to_string());
            }
        }
    }
}

/// rustyline's view of the session: completion. (Continuation lines are read one by one with
/// their own `... ` prompt, see `Terminal::read`.)
pub struct GoHelper {
    pub names: Rc<RefCell<Names>>,
}

impl Completer for GoHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, list) = candidates(&self.names.borrow(), line, pos);
        let pairs = list
            .into_iter()
            .map(|n| Pair {
                display: n.clone(),
                replacement: n,
            })
            .collect();
        Ok((start, pairs))
    }
}

/// Completions of the identifier before `pos`: package members after `pkg.`, else the
/// session's names; and where the completed word starts.
pub fn candidates(names: &Names, line: &str, pos: usize) -> (usize, Vec<String>) {
    let before = &line[..pos.min(line.len())];
    let start = ident_start(before);
    let word = &before[start..];
    let pick = |list: &[String]| -> Vec<String> {
        list.iter()
            .filter(|n| n.starts_with(word))
            .cloned()
            .collect()
    };
    if let Some(head) = before[..start].strip_suffix('.') {
        let pkg = &head[ident_start(head)..];
        let members = names
            .members
            .iter()
            .find(|(p, _)| p == pkg)
            .map(|(_, m)| pick(m))
            .unwrap_or_default();
        return (start, members);
    }
    (start, pick(&names.top))
}

/// Where the identifier that `s` ends with starts.
fn ident_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
        .last()
        .map_or(s.len(), |(i, _)| i)
}

impl Hinter for GoHelper {
    type Hint = String;
}

impl Highlighter for GoHelper {}

impl Validator for GoHelper {}

impl Helper for GoHelper {}

/// A terminal with line editing.
pub struct Terminal {
    editor: Editor<GoHelper, rustyline::history::DefaultHistory>,
    history: Option<std::path::PathBuf>,
}

impl Terminal {
    pub fn new(names: Rc<RefCell<Names>>) -> Option<Terminal> {
        let mut editor = Editor::new().ok()?;
        editor.set_helper(Some(GoHelper { names }));
        let history =
            std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".gorun_history"));
        if let Some(h) = &history {
            let _ = editor.load_history(h);
        }
        Some(Terminal { editor, history })
    }

    /// Standard output for goroutines: printed above the prompt while one is shown.
    pub fn output(&mut self) -> Option<Box<dyn Write + Send>> {
        let printer = self.editor.create_external_printer().ok()?;
        Some(Box::new(PromptSafeOut {
            printer: Box::new(printer),
            pending: Vec::new(),
        }))
    }
}

impl Source for Terminal {
    fn read(&mut self) -> Read {
        let mut text = String::new();
        loop {
            let prompt = if text.is_empty() { "go> " } else { "... " };
            // Output that ended mid-line (`fmt.Print("x")`) keeps its line; the prompt starts
            // a new one.
            if !AT_LINE_START.swap(true, Ordering::SeqCst) {
                println!();
            }
            PROMPTING.store(true, Ordering::SeqCst);
            let line = self.editor.readline(prompt);
            PROMPTING.store(false, Ordering::SeqCst);
            match line {
                Ok(line) => {
                    text.push_str(&line);
                    if needs_more(&text) {
                        text.push('\n');
                        continue;
                    }
                    if !text.trim().is_empty() {
                        let _ = self.editor.add_history_entry(text.as_str());
                        if let Some(h) = &self.history {
                            let _ = self.editor.save_history(h);
                        }
                    }
                    return Read::Input(text);
                }
                Err(ReadlineError::Interrupted) => return Read::Cancelled,
                Err(_) if !text.is_empty() => return Read::Cancelled,
                Err(_) => return Read::Eof,
            }
        }
    }
}

/// Is a prompt showing (rustyline reading a line)?
static PROMPTING: AtomicBool = AtomicBool::new(false);

/// Did the last goroutine output end a line?
static AT_LINE_START: AtomicBool = AtomicBool::new(true);

/// Goroutine output in a terminal session: whole lines go through rustyline's external
/// printer, which redraws the prompt under them. While a prompt shows, a partial line waits for
/// its end (a flush would print it as a line of its own); while an input runs, it is written at
/// once.
struct PromptSafeOut {
    printer: Box<dyn ExternalPrinter + Send>,
    pending: Vec<u8>,
}

impl Write for PromptSafeOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(end) = self.pending.iter().rposition(|&b| b == b'\n') {
            let lines: Vec<u8> = self.pending.drain(..=end).collect();
            self.send(lines)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() && !PROMPTING.load(Ordering::SeqCst) {
            let rest = std::mem::take(&mut self.pending);
            self.send(rest)?;
        }
        Ok(())
    }
}

impl PromptSafeOut {
    fn send(&mut self, bytes: Vec<u8>) -> std::io::Result<()> {
        AT_LINE_START.store(bytes.ends_with(b"\n"), Ordering::SeqCst);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        self.printer
            .print(text)
            .map_err(|e| std::io::Error::other(e.to_string()))
    }
}

/// Set by SIGINT while an input runs (the terminal is not in raw mode then).
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// From now on Ctrl-C interrupts the running input instead of ending the process.
pub fn catch_interrupts() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

/// Was Ctrl-C pressed since the last call?
pub fn take_interrupt() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_names_and_members() {
        let names = Names {
            top: vec!["fmt".into(), "format".into(), "total".into()],
            members: vec![(
                "strings".into(),
                vec!["Split".into(), "SplitN".into(), "ToUpper".into()],
            )],
        };
        assert_eq!(
            candidates(&names, "x := fo", 7),
            (5, vec!["format".to_string()])
        );
        assert_eq!(
            candidates(&names, "f", 1),
            (0, vec!["fmt".to_string(), "format".to_string()])
        );
        assert_eq!(
            candidates(&names, "strings.Sp", 10),
            (8, vec!["Split".to_string(), "SplitN".to_string()])
        );
        assert_eq!(candidates(&names, "nosuch.X", 8), (7, vec![]));
    }
}
