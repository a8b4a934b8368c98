//! Syntax and lexical errors: the first error of each input, as `line:col: message`, must be what
//! gc (go1.27 `go tool compile`) prints first for the same file. The table was produced by running
//! gc on each input; inputs not starting with `package` are wrapped in `func main() { ... }`.

use grammar::parse_file;

fn wrap(c: &str) -> String {
    if c.starts_with("package") {
        c.to_string()
    } else {
        format!("package main\n\nfunc main() {{\n{c}\n}}\n")
    }
}

/// The first error of `src` as gc prints it (without the file name).
fn first_error(src: &str) -> String {
    match parse_file(src, 0) {
        Ok(_) => "<parsed>".into(),
        Err(errs) => {
            let e = &errs[0];
            let at = (e.span.start as usize).min(src.len());
            let line = src[..at].matches('\n').count() + 1;
            let col = at - src[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("{line}:{col}: {}", e.message)
        }
    }
}

const CASES: &[(&str, &str)] = &[
    ("f(a b)", "4:5: syntax error: unexpected name b in argument list; possibly missing comma or )"),
    ("f(a\n", "4:4: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("f(a,\n", "6:1: syntax error: unexpected }, expected expression"),
    ("f(,)", "4:3: syntax error: unexpected comma, expected expression"),
    ("f(a", "4:4: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("f(a;b)", "4:4: syntax error: unexpected semicolon in argument list; possibly missing comma or )"),
    ("x := []int{1,\n2\n}", "5:2: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("x := []int{1 2}", "4:14: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"),
    ("x := T{a: 1 b: 2}", "4:13: syntax error: unexpected name b in composite literal; possibly missing comma or }"),
    ("x := []int{1,", "6:1: syntax error: unexpected EOF, expected }"),
    ("x := map[string]int{\"a\" 1}", "4:25: syntax error: unexpected literal 1 in composite literal; possibly missing comma or }"),
    ("x := 1 2", "4:8: syntax error: unexpected literal 2 at end of statement"),
    ("a, b", "4:5: syntax error: unexpected newline, expected := or = or comma"),
    ("x := 1 +\n", "6:1: syntax error: unexpected }, expected expression"),
    ("var x = 5 5", "4:11: syntax error: unexpected literal 5 at end of statement"),
    ("x = ", "5:1: syntax error: unexpected }, expected expression"),
    ("x :=", "5:1: syntax error: unexpected }, expected expression"),
    ("if x \n {\n}", "4:6: syntax error: unexpected newline, expected { after if clause"),
    ("if x y {\n}", "4:6: syntax error: unexpected name y, expected {"),
    ("if {\n}", "4:4: syntax error: missing condition in if statement"),
    ("for i := 0; i < 3 {\n}", "4:19: syntax error: unexpected {, expected semicolon or newline"),
    ("for i := 0; i < 3; i++; {\n}", "4:23: syntax error: unexpected semicolon, expected { after for clause"),
    ("switch x {\ncase 1\n}", "5:7: syntax error: unexpected newline, expected :"),
    ("switch x {\nfoo\n}", "5:1: syntax error: unexpected name foo, expected case or default or }"),
    ("if x {\n} else x {\n}", "5:8: syntax error: else must be followed by if or statement block"),
    ("if x {\n}\nelse {\n}", "6:1: syntax error: unexpected keyword else, expected }"),
    ("return 1 2", "4:10: syntax error: unexpected literal 2 at end of statement"),
    ("for {\n", "7:1: syntax error: unexpected EOF, expected }"),
    ("{", "6:1: syntax error: unexpected EOF, expected }"),
    ("}", "5:1: syntax error: non-declaration statement outside function body"),
    ("a[1 2]", "4:5: syntax error: unexpected literal 2, expected comma, : or ]"),
    ("a[1:2:]", "4:7: final index required in 3-index slice"),
    ("x ++ y", "4:6: syntax error: unexpected name y at end of statement"),
    ("break 1", "4:7: syntax error: unexpected literal 1 at end of statement"),
    ("goto", "5:1: syntax error: unexpected }, expected name"),
    ("select {\ncase x:\n}", "5:6: select case must be send or receive (possibly with assignment)"),
    ("switch {\ncase 1: \ndefault\n}", "7:1: syntax error: unexpected }, expected :"),
    ("var x", "4:6: syntax error: unexpected newline, expected type"),
    ("var x int = ", "5:1: syntax error: unexpected }, expected expression"),
    ("type T", "4:7: syntax error: unexpected newline in type declaration"),
    ("x := func() {", "6:1: syntax error: unexpected EOF, expected }"),
    ("x := struct{a int b int}{}", "4:19: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"),
    ("var _ interface{ M() N() }", "4:23: syntax error: unexpected ( in interface type; possibly missing semicolon or newline or }"),
    ("f(a...b)", "4:7: syntax error: unexpected name b in argument list; possibly missing comma or )"),
    ("x := 1 := 2", "4:8: syntax error: unexpected := at end of statement"),
    ("if x := 0 {\n}", "4:6: syntax error: cannot use x := 0 as value"),
    ("for i := range {\n}", "4:16: syntax error: unexpected {, expected expression"),
    ("x := <-", "5:1: syntax error: unexpected }, expected expression"),
    ("x := &", "5:1: syntax error: unexpected }, expected expression"),
    ("x.1", "4:2: syntax error: unexpected literal .1 at end of statement"),
    ("x.(int", "4:7: syntax error: unexpected newline, expected )"),
    ("fmt.Println(\"a\" \"b\")", "4:17: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )"),
    ("var a [3 int", "4:10: syntax error: unexpected name int, expected ]"),
    ("ch <- ", "5:1: syntax error: unexpected }, expected expression"),
    ("for ;; i++ {", "6:1: syntax error: unexpected EOF, expected }"),
    ("package main\nx := 1\n", "2:1: syntax error: non-declaration statement outside function body"),
    ("package main\nfunc main()\n{\n}\n", "3:1: syntax error: unexpected semicolon or newline before {"),
    ("package main\nfunc main() {}\nimport \"fmt\"\n", "3:1: syntax error: imports must appear before other declarations"),
    ("package main\nfunc main() {} x\n", "2:16: syntax error: unexpected name x after top level declaration"),
    ("package main\nvar x int y\n", "2:11: syntax error: unexpected name y after top level declaration"),
    ("package main\nfunc 1() {}\n", "2:6: syntax error: unexpected literal 1, expected name or ("),
    ("package main\nfunc f(a int b int) {}\n", "2:14: syntax error: unexpected name b in parameter list; possibly missing comma or )"),
    ("package main\nfunc f(a int,\n", "3:1: syntax error: unexpected EOF, expected )"),
    ("package main\ntype T struct {\na int b int\n}\n", "3:7: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"),
    ("package main\ntype T interface {\nM() N()\n}\n", "3:6: syntax error: unexpected ( in interface type; possibly missing semicolon or newline or }"),
    ("package main\nimport (\n\"fmt\" \"os\"\n)\n", "3:7: syntax error: unexpected literal \"os\" in grouped declaration; possibly missing semicolon or newline or )"),
    ("package main\nconst (\na = 1 b = 2\n)\n", "3:7: syntax error: unexpected name b in grouped declaration; possibly missing semicolon or newline or )"),
    ("package main\nfunc main() {\n", "3:1: syntax error: unexpected EOF, expected }"),
    ("package main\nfunc main() {\n\tfmt.Println(\"hi\"\n}\n", "3:18: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\nfunc (p *T) () {}\n", "2:13: syntax error: unexpected (, expected name"),
    ("package main\nvar x = [", "2:10: syntax error: unexpected EOF, expected expression"),
    ("package\n", "2:1: syntax error: unexpected EOF, expected name"),
    ("package main;;\n", "1:14: syntax error: non-declaration statement outside function body"),
    ("package main\nfunc f[](){}\n", "2:8: syntax error: empty type parameter list"),
    ("package main\nimport fmt\n", "2:11: syntax error: missing import path"),
    ("package main\nfunc f(a, b) int { return 0 }\nfunc g() { x := f(1 2) }\n", "3:21: syntax error: unexpected literal 2 in argument list; possibly missing comma or )"),
    ("x = = 1", "4:5: syntax error: unexpected =, expected expression"),
    ("fmt.Println(\"a\") fmt.Println(\"b\")", "4:18: syntax error: unexpected name fmt at end of statement"),
    ("if x == 1 {\n} else if {\n}", "5:11: syntax error: missing condition in if statement"),
    ("type T struct { a int, b int }", "4:22: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
    ("for i, v in a {\n}", "4:10: syntax error: unexpected name in, expected := or = or comma"),
    ("while x < 5 {\n}", "4:7: syntax error: unexpected name x at end of statement"),
    ("for i := 0; i < 5; i++\n{\n}", "4:23: syntax error: unexpected newline, expected { after for clause"),
    ("var x int := 5", "4:11: syntax error: unexpected :=, expected ="),
    ("x[1:2:3:4]", "4:8: syntax error: unexpected :, expected ]"),
    ("switch x {\ncase 1, :\n}", "5:9: syntax error: unexpected :, expected expression"),
    ("return x,", "5:1: syntax error: unexpected }, expected expression"),
    ("i++ + 1", "4:5: syntax error: unexpected + at end of statement"),
    ("x := 'ab'", "4:6: more than one character in rune literal"),
    ("x := '\\q'", "4:8: unknown escape"),
    ("x := \"\\z\"", "4:8: unknown escape"),
    ("x := `abc", "4:6: string not terminated"),
    ("x := 'a", "4:8: newline in rune literal"),
    ("x := \"abc", "4:10: newline in string"),
    ("/* abc", "4:1: comment not terminated"),
    ("x := 0x", "4:8: hexadecimal literal has no digits"),
    ("x := 1__0", "4:8: '_' must separate successive digits"),
    ("x := 0b102", "4:10: invalid digit '2' in binary literal"),
    ("x := 09", "4:7: invalid digit '9' in octal literal"),
    ("x := 1.5e", "4:10: exponent has no digits"),
    ("x := 0x1.5", "4:11: hexadecimal mantissa requires a 'p' exponent"),
    ("x := 0o1.5", "4:9: invalid radix point in octal literal"),
    ("x := $", "4:6: invalid character U+0024 '$'"),
    ("x := '\\u12'", "4:11: invalid character '\\'' in hexadecimal escape"),
    ("x := \"\\uD800\"", "4:13: escape is invalid Unicode code point U+D800"),
    ("x := '\\400'", "4:11: octal escape value 256 > 255"),
    ("x := ''", "4:7: empty rune literal or unescaped '"),
    ("x := 'ab", "4:9: newline in rune literal"),
    ("a := 1\nb := 2 c := 3", "5:8: syntax error: unexpected name c at end of statement"),
    ("f(\n1,\n2\n)", "6:2: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("x := []int{\n1,\n2\n}", "6:2: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("if x {\n}\nelse if y {\n}", "6:1: syntax error: unexpected keyword else, expected }"),
    ("for i := 0, i < 3, i++ {\n}", "4:21: syntax error: unexpected ++, expected {"),
    ("fmt.Println(\"a\")}", "5:1: syntax error: non-declaration statement outside function body"),
    ("x := map[string]int{\"a\": 1,\n\"b\": 2\n}", "5:7: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("x := T{a int}", "4:10: syntax error: unexpected name int in composite literal; possibly missing comma or }"),
    ("y := x.(", "5:1: syntax error: unexpected }, expected type"),
    ("s := x[", "5:1: syntax error: unexpected }, expected expression"),
    ("type T = ", "5:1: syntax error: unexpected } in type declaration"),
    ("const c = ", "5:1: syntax error: unexpected }, expected expression"),
    ("import \"fmt\"", "4:1: syntax error: unexpected keyword import, expected }"),
    ("package main\nfunc main() {\n}\n}\n", "4:1: syntax error: non-declaration statement outside function body"),
    ("package main\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i)\n\t}\n", "6:1: syntax error: unexpected EOF, expected }"),
    ("package main\n\nfunc f(a int, b) {}\n", "3:16: syntax error: missing parameter type"),
    ("package main\nfunc f(a int, ...string) {}\n", "2:15: syntax error: missing parameter name"),
    ("package main\nfunc f(...int, b int) {}\n", "2:8: syntax error: missing parameter name"),
    ("package main\ntype T struct {\n\ta int,\n}\n", "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
    ("package main\nvar x = 1\nvar y = 2 +\n", "4:1: syntax error: unexpected EOF, expected expression"),
    ("package main\nfunc main() {\n\tx := []int{1, 2, 3}\n\tfor i := range x {\n\t\tfmt.Println(i)\n\t}}\n}\n", "7:1: syntax error: non-declaration statement outside function body"),
    ("package main\nfunc f() {}\nfunc () g() {}\n", "3:9: method has no receiver"),
    ("package main\nimport \"fmt\" \"os\"\n", "2:14: syntax error: unexpected literal \"os\" after top level declaration"),
    ("package main\nfunc main() {\n\tgo\n}\n", "4:1: syntax error: unexpected }, expected expression"),
    ("package main\nfunc (a, b T) f() {}\n", "2:15: method has multiple receivers"),
    ("package main\nfunc () f() {}\n", "2:9: method has no receiver"),
    ("fmt.Println(\"hi\"))", "4:18: syntax error: unexpected ) at end of statement"),
    ("x := [3]int{1, 2, 3\n", "4:20: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("if x > 1 {\n\tfmt.Println(\"x\")\n", "8:1: syntax error: unexpected EOF, expected }"),
    ("for i := 0; i < 10; i++ {\n\tfmt.Println(i)\n}}", "7:1: syntax error: non-declaration statement outside function body"),
    ("x := map[string]int{\"a\": 1, \"b\": 2\n", "4:35: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("var x int = \"a", "4:15: newline in string"),
    ("fmt.Println('hello')", "4:13: more than one character in rune literal"),
    ("x := 5\nif x = 5 {\n}", "5:6: syntax error: cannot use assignment x = 5 as value"),
    ("x := i++", "4:7: syntax error: unexpected ++ at end of statement"),
    ("if x == 1 || {\n}", "4:14: syntax error: unexpected {, expected expression"),
    ("x := []int{1, 2, 3}\nfor i in range(x) {\n}", "5:7: syntax error: unexpected name in, expected {"),
    ("fmt.Println(\"a\"\n\"b\")", "4:16: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("x := (1 + 2", "4:12: syntax error: unexpected newline, expected )"),
    ("x := f(g(1)", "4:12: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("a := [3]int{1, 2, 3}\nfmt.Println(a[0)", "5:16: syntax error: unexpected ), expected comma, : or ]"),
    ("s := \"x\" + ", "5:1: syntax error: unexpected }, expected expression"),
    ("var m map[string]int = {}", "4:24: syntax error: unexpected {, expected expression"),
    ("x := {1, 2}", "4:6: syntax error: unexpected {, expected expression"),
    ("func inner() {}", "4:6: syntax error: unexpected name inner, expected ("),
    ("package main\nfunc f() int, error {\n\treturn 0, nil\n}\n", "2:13: syntax error: unexpected comma after top level declaration"),
    ("package main\ntype Person struct {\n\tName string\n\tAge int,\n}\n", "4:9: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
    ("package main\nfunc add(a int, b int) int {\n return a + b\n", "4:1: syntax error: unexpected EOF, expected }"),
    ("package main\nfunc main() {}\nfunc main2() {\n", "4:1: syntax error: unexpected EOF, expected }"),
    ("package main\nfunc f(x int) (int) { return x }\nvar y = f 1\n", "3:11: syntax error: unexpected literal 1 after top level declaration"),
    ("package main\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tif i % 2 == 0 {\n\t\t\tcontinue\n\t\t}\n\t}\n\tfmt.Println(\"done\"\n}\n", "8:20: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\nimport (\n\t\"fmt\"\n\t\"os\"\n", "5:1: syntax error: unexpected EOF, expected )"),
    ("package main\nvar x = []int{\n\t1,\n\t2\n}\n", "4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\ntype T struct { a int }\nfunc (t T) M() {\n}\nfunc (T) N() int { return t.a }\nfunc main() { var t T; t.M(; }\n", "6:28: syntax error: unexpected semicolon, expected expression"),
];

#[test]
fn first_error_matches_gc() {
    let mut wrong = Vec::new();
    for (case, want) in CASES {
        let got = first_error(&wrap(case));
        if got != *want {
            wrong.push(format!("{case:?}\n   want {want}\n   got  {got}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} differ:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[test]
fn errors_are_sorted_and_lexical_errors_all_reported() {
    let src = "package main\nvar a = \"x\\q\"\nvar b = 0x\nvar c = '\n";
    let errs = parse_file(src, 0).expect_err("three lexical errors");
    let msgs: Vec<&str> = errs.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "unknown escape",
            "hexadecimal literal has no digits",
            "newline in rune literal"
        ]
    );
}
