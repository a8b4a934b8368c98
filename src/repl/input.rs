//! What a REPL input is: a command, declarations, a bare expression or statements; whether it
//! is complete or needs more lines; and the Go text the session checks for it.
//!
//! Invariant: the text given to the checker contains the input verbatim at `Cell::offset`, so
//! every diagnostic position inside it maps back to the input by one subtraction.

/// The kinds of input.
#[derive(Debug, PartialEq, Eq)]
pub enum Kind {
    /// `:help`, `:type x`...
    Command,
    /// `func`, `type`, `var`, `const`, `import` (or a whole file with its `package` clause).
    Decls,
    /// An expression whose value is printed.
    Expr,
    /// Statements run at once.
    Stmts,
}

const DECL_KEYWORDS: [&str; 6] = ["func", "type", "var", "const", "import", "package"];

fn first_word(text: &str) -> &str {
    let t = text.trim_start();
    let end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    &t[..end]
}

/// Classifies a complete input.
pub fn classify(text: &str) -> Kind {
    let t = text.trim_start();
    if t.starts_with(':') {
        return Kind::Command;
    }
    // `func (x T) M()` is a method, `func() {...}()` a call of a literal: the parser decides.
    if DECL_KEYWORDS.contains(&first_word(t)) && grammar::parse_file(text, 0).is_ok() {
        return Kind::Decls;
    }
    if grammar::parse_expr(text, 0).is_ok() {
        return Kind::Expr;
    }
    Kind::Stmts
}

/// Is the expression a call of fmt's printing functions? Its results (bytes written, error) are
/// not shown: the printed text is the point.
pub fn is_print_call(text: &str) -> bool {
    let Ok((e, _)) = grammar::parse_expr(text, 0) else {
        return false;
    };
    let grammar::ast::ExprKind::Call { func, .. } = &e.kind else {
        return false;
    };
    let grammar::ast::ExprKind::Selector { expr, sel } = &func.kind else {
        return false;
    };
    matches!(&expr.kind, grammar::ast::ExprKind::Ident(p) if p.name == "fmt")
        && (sel.name.starts_with("Print") || sel.name.starts_with("Fprint"))
}

/// Does `text` stop too early (an open bracket, string or comment, or a header waiting for its
/// body), so that the REPL should read another line?
pub fn needs_more(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.starts_with(':') {
        return false;
    }
    let errs = if DECL_KEYWORDS.contains(&first_word(t)) {
        match grammar::parse_file(text, 0) {
            Ok(_) => return false,
            Err(e) => e,
        }
    } else {
        match grammar::parse_stmts(text, 0) {
            Ok(_) => return false,
            Err(e) => e,
        }
    };
    // A newline cannot continue an interpreted string or a rune literal: more lines would
    // never complete it.
    let unclosed_quote = errs.iter().any(|e| {
        e.message.ends_with(" not terminated")
            && matches!(
                text.as_bytes().get(e.span.start as usize),
                Some(b'"' | b'\'')
            )
    });
    !unclosed_quote && grammar::is_incomplete(text, &errs)
}

/// The Go text checked for an input, with the input inside it at `offset`.
pub struct Cell {
    pub text: String,
    pub offset: usize,
    /// The cell function's name (statements and expressions run in one), if any.
    pub func: Option<String>,
}

/// Declarations are checked as they are.
pub fn decls(text: &str) -> Cell {
    Cell {
        text: text.to_string(),
        offset: 0,
        func: None,
    }
}

/// Statements become the body of cell function `__cell_N`.
pub fn stmts(n: u32, text: &str) -> Cell {
    let func = format!("__cell_{n}");
    // On the input's first line, so that line numbers in traces are the input's own.
    let head = format!("func {func}() {{ ");
    Cell {
        text: format!("{head}{text}\n}}\n"),
        offset: head.len(),
        func: Some(func),
    }
}

/// A bare expression: its values are stored in `__rI` and printed as `VALUE (TYPE)` (strings
/// quoted), comma-separated; `types` are the types to show.
pub fn show_expr(n: u32, text: &str, types: &[(String, bool)]) -> Cell {
    let func = format!("__cell_{n}");
    let names: Vec<String> = (0..types.len()).map(|i| format!("__r{i}")).collect();
    let head = format!("func {func}() {{ {} := ", names.join(", "));
    let mut format = String::new();
    let mut args = Vec::new();
    for (i, (ty, quoted)) in types.iter().enumerate() {
        if i > 0 {
            format.push_str(", ");
        }
        format.push_str(if *quoted { "%q (%s)" } else { "%v (%s)" });
        args.push(names[i].clone());
        args.push(go_quote(ty));
    }
    let body = format!(
        "\n__fmt.Printf({}, {})\n}}\n",
        go_quote(&format!("{format}\n")),
        args.join(", ")
    );
    const IMPORT: &str = "import __fmt \"fmt\"; ";
    Cell {
        text: format!("{IMPORT}{head}{text}{body}"),
        offset: head.len() + IMPORT.len(),
        func: Some(func),
    }
}

/// A Go string literal of `s`.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(classify(":help"), Kind::Command);
        assert_eq!(classify("func f() int { return 1 }"), Kind::Decls);
        assert_eq!(classify("func (p P) M() {}"), Kind::Decls);
        assert_eq!(classify("func() { println(1) }()"), Kind::Expr);
        assert_eq!(classify("type T struct{ X int }"), Kind::Decls);
        assert_eq!(classify("x + 1"), Kind::Expr);
        assert_eq!(classify("f()"), Kind::Expr);
        assert_eq!(classify("x := 1"), Kind::Stmts);
        assert_eq!(classify("for i := 0; i < 3; i++ { f(i) }"), Kind::Stmts);
        assert_eq!(classify("go f()"), Kind::Stmts);
    }

    #[test]
    fn continuation() {
        assert!(needs_more("func f() {"));
        assert!(needs_more("for i := 0; i < 3; i++ {\n\tx += i"));
        assert!(needs_more("s := `raw"));
        assert!(needs_more("/* comment"));
        assert!(needs_more("x := f(1,"));
        assert!(needs_more("if x"));
        assert!(!needs_more("func f() {}"));
        assert!(!needs_more("x := 1"));
        assert!(!needs_more("x := )"));
        assert!(!needs_more(":type x"));
        assert!(!needs_more("s := \"abc"));
    }
}
