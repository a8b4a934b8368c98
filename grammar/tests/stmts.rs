//! Statements through `parse_stmts` (a block body, as a REPL sends it), snippet files without a
//! `package` clause, the expression entry point, and incomplete-input detection.

use grammar::{dump, is_incomplete, parse_expr, parse_file, parse_stmts};

fn s(src: &str) -> String {
    match parse_stmts(src, 0) {
        Ok((v, _)) => dump::stmts(&v),
        Err(errs) => panic!("{src:?}: {errs:?}"),
    }
}

#[test]
fn simple_statements() {
    assert_eq!(s("x := 1"), "(:= x | 1)");
    assert_eq!(s("a, b = b, a"), "(= a b | b a)");
    assert_eq!(s("x += 2; y <<= 1"), "(+= x | 2) (<<= y | 1)");
    assert_eq!(s("c <- v"), "(send c v)");
    assert_eq!(s("<-c"), "(<- c)");
    assert_eq!(s("x++\ny--"), "(++ x) (-- y)");
    assert_eq!(s("f()"), "(call f)");
    assert_eq!(s(";;x;;"), "x");
    assert_eq!(s("var a, b int = 1, 2"), "(Var (a,b #0 int 1 2))");
    assert_eq!(s("const c = iota"), "(Const (c #0 _ iota))");
    assert_eq!(s("type P struct{ x int }"), "(Type (P (struct (x int))))");
}

#[test]
fn control_flow() {
    assert_eq!(s("L: for { break L }"), "(L: (for _ _ _ {(break L)}))");
    assert_eq!(s("goto L; L: x++"), "(goto L) (L: (++ x))");
    assert_eq!(s("{ L: }"), "(block {(L: (empty))})");
    assert_eq!(s("for { continue }"), "(for _ _ _ {(continue)})");
    assert_eq!(s("for ;; {}"), "(for _ _ _ {})");
    assert_eq!(s("for i := 0; ; {}"), "(for (:= i | 0) _ _ {})");
    assert_eq!(s("for x = range ch {}"), "(range= x _ ch {})");
    assert_eq!(s("switch { default: }"), "(switch _ _ (default {}))");
    assert_eq!(s("switch x; {}"), "(switch x _)");
    assert_eq!(
        s("switch x := 1; y := x.(type) {}"),
        "(typeswitch (:= x | 1) y x)"
    );
    assert_eq!(
        s("if x { } else if y { } else { }"),
        "(if _ x {} (if _ y {} (block {})))"
    );
    assert_eq!(s("return"), "(return)");
    assert_eq!(s("return 1, f()"), "(return 1 (call f))");
    assert_eq!(s("go f(x)\ndefer g()"), "(go (call f x)) (defer (call g))");
    assert_eq!(s("select {}"), "(select)");
    assert_eq!(
        s("switch x { case 1: fallthrough; case 2: }"),
        "(switch _ x (case 1 {(fallthrough)}) (case 2 {}))"
    );
}

#[test]
fn composite_literals_in_headers() {
    assert_eq!(
        s("for _, p := range []Point{{1, 2}} {}"),
        "(range:= _ p (lit (slicetype Point) (lit _ 1 2)) {})"
    );
    assert_eq!(
        s("if s := []int{1}; len(s) > 0 {}"),
        "(if (:= s | (lit (slicetype int) 1)) (> (call len s) 0) {} _)"
    );
    assert_eq!(
        s("if struct{}{} == struct{}{} {}"),
        "(if _ (== (lit (struct ())) (lit (struct ()))) {} _)"
    );
    assert_eq!(
        s("if v, ok := x.(interface{ M() }); ok {}"),
        "(if (:= v ok | (assert x (interface M:(func () ())))) ok {} _)"
    );
    assert_eq!(
        s("for _, f := range []func(){a, b} {}"),
        "(range:= _ f (lit (slicetype (func () ())) a b) {})"
    );
    assert_eq!(
        s("if f := func() {}; f != nil {}"),
        "(if (:= f | (funclit (func () ()) {})) (!= f nil) {} _)"
    );
    assert_eq!(
        s("for i := range [3]int{} {}"),
        "(range:= i _ (lit (array 3 int)) {})"
    );
    assert!(parse_stmts("for _, x := range T{1, 2} {}", 0).is_err());
}

#[test]
fn header_errors() {
    let msg = |src: &str| {
        parse_stmts(src, 0).expect_err("an error")[0]
            .message
            .clone()
    };
    assert_eq!(
        msg("for i := 0; i < 3; j := 1 {}"),
        "syntax error: cannot declare in post statement of for loop"
    );
    assert_eq!(
        msg("if x := 0 {}"),
        "syntax error: cannot use x := 0 as value"
    );
    assert_eq!(
        msg("switch x = 1 {}"),
        "syntax error: cannot use assignment x = 1 as value"
    );
    // gc reports a non-name on the left of := while type checking (with the file's other
    // errors), so the parser accepts it and the checker reports it.
    assert!(parse_stmts("a.b := 1", 0).is_ok());
    assert_eq!(
        msg("for a, b, c := range x {}"),
        "range clause permits at most two iteration variables"
    );
    assert_eq!(
        msg("select { case x: }"),
        "select case must be send or receive (possibly with assignment)"
    );
}

#[test]
fn snippet_files() {
    let f = parse_file("import \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n", 0)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(f.package.is_none());
    assert_eq!(f.imports.len(), 1);
    assert_eq!(f.decls.len(), 1);
    let f = parse_file("", 0).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(f.package.is_none() && f.decls.is_empty());
    assert_eq!(f.expr_count, 0);
}

#[test]
fn expression_entry_and_ids() {
    let (e, next) = parse_expr("a + b*c", 10).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(dump::expr(&e), "(+ a (* b c))");
    // Three identifiers (ident + expr node each) and two binary nodes.
    assert_eq!(next, 10 + 3 * 2 + 2);
    assert!(e.id.0 >= 10 && e.id.0 < next);
    let (stmts, next) = parse_stmts("x := 1\ny := x", 5).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(stmts.len(), 2);
    assert!(next > 5);
    assert!(parse_expr("1 +", 0).is_err());
    assert!(parse_expr("x := 1", 0).is_err());
}

#[test]
fn incomplete_input() {
    let incomplete = |src: &str| match parse_stmts(src, 0) {
        Ok(_) => false,
        Err(errs) => is_incomplete(src, &errs),
    };
    assert!(incomplete("if x {"));
    assert!(incomplete("f(1,"));
    assert!(incomplete("x := 1 +"));
    assert!(incomplete("s := `raw"));
    assert!(incomplete("/* comment"));
    assert!(incomplete("m := map[string]int{\n\"a\": 1,"));
    assert!(incomplete("func() {\n"));
    assert!(!incomplete("x := 1 2"));
    assert!(!incomplete("f(a b)"));
    assert!(!incomplete("x := 1"));
}
