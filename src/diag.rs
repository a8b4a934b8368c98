//! Compile-time diagnostics (ARCHITECTURE.md §9, kind 1) and the source map they point into.
//!
//! A `Diagnostic` is a value: a file, a primary span, gc's message text, and an optional teaching
//! `help`. `render_plain` prints Go's `file:line:col: message` lines (what tests and pipes see);
//! `render_fancy` uses miette's snippets for a terminal. Columns are 1-based byte offsets, as gc's.

use grammar::Span;

/// Index of a source file in the program's `SourceMap`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FileId(pub u32);

#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name shown in diagnostics and stack traces (as given on the command line, or
    /// `$GOROOT/src/strings/strings.go`-like for embedded stdlib files).
    pub name: String,
    pub text: String,
}

#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SourceFile { name, text });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// 1-based line and byte column of `offset` in `file`.
    pub fn line_col(&self, file: FileId, offset: u32) -> (u32, u32) {
        let text = self.file(file).text.as_bytes();
        let offset = (offset as usize).min(text.len());
        let before = &text[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        (line, (offset - line_start) as u32 + 1)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: FileId,
    pub span: Span,
    /// gc's wording, without the position prefix (`declared and not used: x`).
    pub message: String,
    /// A teaching hint shown in the fancy rendering only.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(file: FileId, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file,
            span,
            message: message.into(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
}

/// Sorts by position and keeps gc's limit of 10 errors (then "too many errors").
pub fn render_plain(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| (d.file, d.span.start));
    sorted.dedup_by(|a, b| {
        a.file == b.file
            && sources.line_col(a.file, a.span.start).0 == sources.line_col(b.file, b.span.start).0
            && a.message == b.message
    });
    let mut out = String::new();
    for (i, d) in sorted.iter().enumerate() {
        if i == 10 {
            out.push_str("too many errors\n");
            break;
        }
        let (line, col) = sources.line_col(d.file, d.span.start);
        out.push_str(&format!(
            "{}:{}:{}: {}\n",
            sources.file(d.file).name,
            line,
            col,
            d.message
        ));
    }
    out
}

/// miette's rendering with source snippets and help (for terminals).
pub fn render_fancy(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    use miette::{GraphicalReportHandler, LabeledSpan, MietteDiagnostic, NamedSource, Report};
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| (d.file, d.span.start));
    let mut out = String::new();
    let handler = GraphicalReportHandler::new();
    for d in sorted.iter().take(10) {
        let file = sources.file(d.file);
        let (line, col) = sources.line_col(d.file, d.span.start);
        let len = (d.span.end.saturating_sub(d.span.start)).max(1) as usize;
        let start = (d.span.start as usize).min(file.text.len());
        let mut md =
            MietteDiagnostic::new(format!("{}:{}:{}: {}", file.name, line, col, d.message))
                .with_labels([LabeledSpan::at(
                    start..(start + len).min(file.text.len().max(start)),
                    "here",
                )]);
        if let Some(h) = d.help.as_deref().or_else(|| teaching_help(&d.message)) {
            md = md.with_help(h.to_string());
        }
        let report = Report::new(md)
            .with_source_code(NamedSource::new(file.name.clone(), file.text.clone()));
        let mut s = String::new();
        if handler.render_report(&mut s, report.as_ref()).is_err() {
            s = format!("{}:{}:{}: {}\n", file.name, line, col, d.message);
        }
        out.push_str(&s);
        out.push('\n');
    }
    out
}

/// A short explanation for learners of gc's most common messages (shown in the fancy rendering).
pub fn teaching_help(message: &str) -> Option<&'static str> {
    const HELP: &[(&str, &str)] = &[
        ("declared and not used", "Go refuses unused local variables: use it, delete it, or assign it to _ (the blank identifier)."),
        ("imported and not used", "Go refuses unused imports: delete the import, or use something from the package."),
        ("undefined:", "This name is not declared here: check the spelling (Go is case-sensitive) and that it is declared in an enclosing scope or imported."),
        ("missing return", "Every path through a function with results must end in a return statement (or a panic)."),
        ("mismatched types", "Go never converts between types implicitly: convert one side explicitly, e.g. float64(n) or strconv.Itoa(n)."),
        ("cannot use", "The value's type is not assignable to the type expected here; convert it explicitly if that is what you mean."),
        ("assignment mismatch", "The number of variables on the left must equal the number of values on the right (a call counts as many values as it returns)."),
        ("no new variables on left side of :=", ":= declares at least one new variable; use = to assign to variables that already exist."),
        ("redeclared in this block", "A name can be declared only once per block; pick another name or use = to assign."),
        ("not enough arguments in call", "Pass one argument for every parameter of the function."),
        ("too many arguments in call", "Pass exactly one argument for every parameter of the function."),
        ("does not implement", "A type implements an interface only if it has every method of the interface, with the same signature (and a pointer receiver method belongs to the pointer type only)."),
        ("non-boolean condition", "Conditions must be of type bool: write x != 0 rather than x."),
        ("not supported yet", "gorun does not run this construct yet; real Go does. See the README for what gorun supports."),
        ("syntax error: unexpected newline", "Go inserts a semicolon at the end of this line; an opening { or a continuing operator must stay on the same line."),
    ];
    HELP.iter()
        .find(|(k, _)| message.contains(k))
        .map(|(_, h)| *h)
}
