//! A whole program using every construct (tests/data/every_construct.go, which real Go builds):
//! it parses, ids are unique and inside `first_id..expr_count`, spans lie inside the source, and
//! the interesting parts have the expected shape.

use grammar::ast::{Decl, ExprKind, GenKind, Spec, StmtKind};
use grammar::{dump, parse_file};
use std::collections::HashSet;

const SRC: &str = include_str!("data/every_construct.go");

/// Every `ExprId(n)` in the file's debug rendering (each Expr and each Ident has one).
fn ids(debug: &str) -> Vec<u32> {
    debug
        .split("ExprId(")
        .skip(1)
        .map(|rest| {
            let digits: String = rest
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().expect("an ExprId holds a number")
        })
        .collect()
}

fn spans(debug: &str) -> Vec<(u32, u32)> {
    debug
        .split("span: ")
        .skip(1)
        .filter_map(|rest| {
            let text: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let (a, b) = text.split_once("..")?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .collect()
}

#[test]
fn parses_and_numbers_every_node() {
    let first = 1000;
    let file = parse_file(SRC, first).unwrap_or_else(|e| panic!("{e:?}"));
    let debug = format!("{file:?}");
    let all = ids(&debug);
    assert!(all.len() > 1000, "only {} ids", all.len());
    let unique: HashSet<u32> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "ids are not unique");
    assert!(all.iter().all(|&i| i >= first && i < file.expr_count));
    // Ids are dense up to the few left by identifiers regrouped into parameter names.
    assert!(file.expr_count - first - all.len() as u32 <= 40);
    for (a, b) in spans(&debug) {
        assert!(a <= b && b as usize <= SRC.len(), "bad span {a}..{b}");
    }
    assert_eq!(file.package.as_ref().map(|p| p.name.as_str()), Some("main"));
}

#[test]
fn imports() {
    let file = parse_file(SRC, 0).unwrap_or_else(|e| panic!("{e:?}"));
    let got: Vec<(Option<&str>, &str)> = file
        .imports
        .iter()
        .map(|i| (i.alias.as_ref().map(|a| a.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (None, "errors"),
            (None, "fmt"),
            (Some("m"), "math"),
            (Some("_"), "strings"),
            (Some("."), "unicode/utf8"),
            (None, "os")
        ]
    );
}

#[test]
fn const_group_with_iota() {
    let file = parse_file(SRC, 0).unwrap_or_else(|e| panic!("{e:?}"));
    let group = file
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Gen(g) if g.kind == GenKind::Const && g.specs.len() == 5 => Some(g),
            _ => None,
        })
        .expect("the const group");
    let shapes: Vec<(String, bool, usize, u32)> = group
        .specs
        .iter()
        .map(|s| match s {
            Spec::Value {
                names,
                typ,
                values,
                iota,
                ..
            } => {
                let n: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
                (n.join(","), typ.is_some(), values.len(), *iota)
            }
            Spec::Type { .. } => panic!("type spec in const group"),
        })
        .collect();
    let want = [
        ("A", false, 1, 0),
        ("B", false, 0, 1),
        ("C,D", false, 2, 2),
        ("E", true, 1, 3),
        ("F", false, 0, 4),
    ];
    let want: Vec<(String, bool, usize, u32)> = want
        .iter()
        .map(|&(n, t, v, i)| (n.to_string(), t, v, i))
        .collect();
    assert_eq!(shapes, want);
}

#[test]
fn type_decls_and_generics() {
    let file = parse_file(SRC, 0).unwrap_or_else(|e| panic!("{e:?}"));
    let mut seen = Vec::new();
    for d in &file.decls {
        if let Decl::Gen(g) = d {
            for s in &g.specs {
                if let Spec::Type {
                    name,
                    type_params,
                    alias,
                    typ,
                    ..
                } = s
                {
                    let tp: Vec<String> = type_params
                        .iter()
                        .map(|p| {
                            let n: Vec<&str> = p.names.iter().map(|n| n.name.as_str()).collect();
                            format!("{} {}", n.join(","), dump::expr(&p.constraint))
                        })
                        .collect();
                    seen.push(format!(
                        "{}[{}]{} {}",
                        name.name,
                        tp.join("; "),
                        if *alias { "=" } else { "" },
                        dump::expr(typ)
                    ));
                }
            }
        }
    }
    assert_eq!(
        seen,
        [
            "Point[] (struct (X Y int Label string (* Embedded) (. fmt Stringer)))",
            "Embedded[] (struct ())",
            "Alias[]= Point",
            "Shape[] (interface Area:(func () (float64)) Perimeter:(func () (p float64)) (. fmt Stringer))",
            "Number[] (interface (| (| (~ int) (~ int64)) float64))",
            "List[T any] (struct (items (slicetype T)))",
            "Pair[K comparable; V any] (struct (Key K Val V))",
            "Matrix[] (array 3 (array 3 float64))",
            "Handler[] (func (w r string) (error))",
        ]
    );
}

#[test]
fn funcs_receivers_and_params() {
    let file = parse_file(SRC, 0).unwrap_or_else(|e| panic!("{e:?}"));
    let mut seen = Vec::new();
    for d in &file.decls {
        if let Decl::Func(f) = d {
            let recv = f.recv.as_ref().map(|r| {
                let n: Vec<&str> = r.names.iter().map(|n| n.name.as_str()).collect();
                format!("({} {}) ", n.join(","), dump::expr(&r.typ))
            });
            let tp: Vec<String> = f
                .type_params
                .iter()
                .map(|p| {
                    let n: Vec<&str> = p.names.iter().map(|n| n.name.as_str()).collect();
                    format!("{} {}", n.join(","), dump::expr(&p.constraint))
                })
                .collect();
            let sig = dump::expr(&grammar::ast::Expr {
                kind: ExprKind::FuncType(f.sig.clone()),
                span: f.sig.span,
                id: grammar::ast::ExprId(0),
            });
            seen.push(format!(
                "{}{}[{}] {}{}",
                recv.unwrap_or_default(),
                f.name.name,
                tp.join("; "),
                sig,
                if f.sig.variadic { " variadic" } else { "" }
            ));
        }
    }
    assert_eq!(
        seen,
        [
            "(p Point) String[] (func () (string))",
            "(p (* Point)) Move[] (func (dx dy int) ())",
            "(l (* (index List T))) Push[] (func (v T) ())",
            "Map[T,U any] (func (xs (slicetype T) f (func (T) (U))) ((slicetype U)))",
            "Sum[N Number] (func (ns N)... (total N)) variadic",
            "divmod[] (func (a b int) (q r int err error))",
            "variadic[] (func (prefix string args (interface))... ()) variadic",
            "unnamed[] (func (int string) ())",
            "main[] (func () ())",
        ]
    );
}

/// The statements of `main`, rendered.
fn main_body() -> Vec<String> {
    let file = parse_file(SRC, 0).unwrap_or_else(|e| panic!("{e:?}"));
    let main = file
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(f) if f.name.name == "main" => f.body.clone(),
            _ => None,
        })
        .expect("func main");
    main.stmts
        .iter()
        .map(|s| dump::stmts(std::slice::from_ref(s)))
        .collect()
}

#[test]
fn statements_of_main() {
    let body = main_body();
    let has = |want: &str| {
        assert!(
            body.iter().any(|s| s == want),
            "missing {want}\n in {body:#?}"
        )
    };
    has("(Var (local #0 int 5))");
    has("(++ local)");
    has("(-- local)");
    has("(*= local | 2)");
    has("(<<= local | 1)");
    has("(&^= local | 4)");
    has("(:= a b | 1 2)");
    has("(= a b | b a)");
    has("(:= p | (& (lit Point X:1 Y:2 Label:\"p\")))");
    has("(:= arr2 | (lit (array ... string) \"x\" \"y\"))");
    has("(if (:= v ok | (index byName \"a\")) ok {(call (. fmt Println) v)} (if _ (> (call len pts) 1) {(call (. fmt Println) \"many\")} (block {(call (. fmt Println) \"none\")})))");
    has("(switch (:= x | (% local 3)) x (case 0 1 {(call (. fmt Println) \"low\") (fallthrough)}) (case 2 {(call (. fmt Println) \"two\")}) (default {(call (. fmt Println) \"other\")}))");
    has("(switch _ _ (case (> local 10) {}))");
    has("(typeswitch _ v i (case nil ~v {}) (case (* Point) Point ~v {(call (. fmt Println) v)}) (case (func () (int)) (slicetype int) (map string int) (chan int) (* (slicetype int)) ~v {}) (default ~v {(= _ | v)}))");
    has("(typeswitch _ _ i)");
    has("(for (:= i | 0) (< i 3) (++ i) {(if _ (== i 1) {(continue)} _)})");
    has("(for _ (< n 3) _ {(++ n)})");
    has("(for _ _ _ {(break)})");
    has("(range= _ _ 3 {})");
    has("(range:= i _ 10 {(= _ | i)})");
    has("(range:= k v byName {(= _ _ | k v)})");
    has("(range= key _ byName {})");
    has("(select ((:= v | (<- c)) {(call (. fmt Println) v)}) ((:= v ok | (<- c)) {(= _ _ | v ok)}) ((send c 1) {}) ((<- done) {}) (default {}))");
    has("(= _ | (slice3 sl _ 2 3))");
    has("(= _ | (. (paren (* Point)) Move))");
    has("(call variadic \"a\" (lit (slicetype (interface)) 1) ...)");
    has("(block {(:= nested | 1) (= _ | nested)})");
    has("(goto end)");
    has("(end: (call (funclit (func () ()) {})))");
    assert!(body
        .iter()
        .any(|s| s.starts_with("(outer: (for (:= i | 0)")));
    assert!(body
        .iter()
        .any(|s| s.starts_with("(go (call (funclit (func (c (chan<- int)) ()) {(send c 42)")));
    assert!(body.iter().any(|s| s.starts_with("(defer (call (funclit")));
}

#[test]
fn type_switch_binds_one_ident_per_clause() {
    let file = parse_file(SRC, 0).unwrap_or_else(|e| panic!("{e:?}"));
    let main = file.decls.iter().find_map(|d| match d {
        Decl::Func(f) if f.name.name == "main" => f.body.as_ref(),
        _ => None,
    });
    let main = main.expect("func main");
    let (bind, clauses) = main
        .stmts
        .iter()
        .find_map(|s| match &s.kind {
            StmtKind::TypeSwitch {
                bind: Some(b),
                clauses,
                ..
            } => Some((b, clauses)),
            _ => None,
        })
        .expect("a type switch with a binding");
    let mut ids = HashSet::new();
    ids.insert(bind.id);
    for c in clauses {
        let imp = c.implicit.as_ref().expect("implicit ident");
        assert_eq!(imp.name, "v");
        assert_eq!(imp.span, c.span);
        assert!(ids.insert(imp.id), "implicit ids are fresh");
    }
}

#[test]
fn literal_values() {
    let file = parse_file(SRC, 0).unwrap_or_else(|e| panic!("{e:?}"));
    let var_value = |name: &str| -> String {
        for d in &file.decls {
            if let Decl::Gen(g) = d {
                for s in &g.specs {
                    if let Spec::Value { names, values, .. } = s {
                        if names[0].name == name {
                            return dump::expr(&values[0]);
                        }
                    }
                }
            }
        }
        panic!("no var {name}")
    };
    assert_eq!(var_value("z"), "(+ (+ (+ (+ 0x1F 0o17) 017) 0b101) 1_000)");
    assert_eq!(var_value("f"), "(+ (+ (+ 1.5e3 .5) 0x1p-2) 1e+2)");
    assert_eq!(
        var_value("r"),
        "(+ (+ (+ (+ (+ (+ '97' '10') '65') '233') '128512') '65') '39')"
    );
    assert_eq!(
        var_value("s"),
        "(+ \"tab\\t\\\"q\\\" \\\\ \u{fffd} é 😀 A\" \"raw \\\\n\\nline\")"
    );
    assert_eq!(var_value("im"), "2i");
}
