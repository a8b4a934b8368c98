//! Expressions: precedence and associativity, operands, types in expression position, and the
//! composite-literal rule in statement headers.

use grammar::{dump, parse_expr, parse_stmts};

fn e(src: &str) -> String {
    match parse_expr(src, 0) {
        Ok((x, _)) => dump::expr(&x),
        Err(errs) => panic!("{src:?}: {errs:?}"),
    }
}

fn s(src: &str) -> String {
    match parse_stmts(src, 0) {
        Ok((v, _)) => dump::stmts(&v),
        Err(errs) => panic!("{src:?}: {errs:?}"),
    }
}

fn err(src: &str) -> String {
    match parse_stmts(src, 0) {
        Ok((v, _)) => panic!("{src:?} parsed: {}", dump::stmts(&v)),
        Err(errs) => errs[0].message.clone(),
    }
}

#[test]
fn five_precedence_levels() {
    assert_eq!(
        e("a || b && c == d + e * f"),
        "(|| a (&& b (== c (+ d (* e f)))))"
    );
    assert_eq!(
        e("a * b + c < d && e || f"),
        "(|| (&& (< (+ (* a b) c) d) e) f)"
    );
    assert_eq!(
        e("a << 1 | b & c ^ d &^ e % f"),
        "(^ (| (<< a 1) (& b c)) (% (&^ d e) f))"
    );
    assert_eq!(e("a != b >= c"), "(>= (!= a b) c)");
}

#[test]
fn left_associative() {
    assert_eq!(e("a - b - c"), "(- (- a b) c)");
    assert_eq!(e("a / b * c"), "(* (/ a b) c)");
    assert_eq!(e("a || b || c"), "(|| (|| a b) c)");
}

#[test]
fn unary_operators() {
    assert_eq!(e("-a * +b"), "(* (- a) (+ b))");
    assert_eq!(e("!ok && ^m == *p"), "(&& (! ok) (== (^ m) (* p)))");
    assert_eq!(e("&x.f"), "(& (. x f))");
    assert_eq!(e("<-ch + 1"), "(+ (<- ch) 1)");
    assert_eq!(e("- -x"), "(- (- x))");
    assert_eq!(e("~int"), "(~ int)");
    assert_eq!(e("*p.q[1]"), "(* (index (. p q) 1))");
}

#[test]
fn primary_expressions() {
    assert_eq!(e("f(a, b...)"), "(call f a b ...)");
    assert_eq!(e("f(a, b,)"), "(call f a b)");
    assert_eq!(e("a.b.c(d)[e]"), "(index (call (. (. a b) c) d) e)");
    assert_eq!(e("x.(T)"), "(assert x T)");
    assert_eq!(e("x.(*T)"), "(assert x (* T))");
    assert_eq!(e("s[1:2]"), "(slice s 1 2)");
    assert_eq!(e("s[:]"), "(slice s _ _)");
    assert_eq!(e("s[lo:]"), "(slice s lo _)");
    assert_eq!(e("s[:hi:max]"), "(slice3 s _ hi max)");
    assert_eq!(e("s[1:2:3]"), "(slice3 s 1 2 3)");
    assert_eq!(e("f[int, string](x)"), "(call (index f int string) x)");
    assert_eq!(e("m[k]"), "(index m k)");
    assert_eq!(e("(a + b) * c"), "(* (paren (+ a b)) c)");
}

#[test]
fn types_as_operands() {
    assert_eq!(e("make([]int, n)"), "(call make (slicetype int) n)");
    assert_eq!(
        e("make(map[string][]int)"),
        "(call make (map string (slicetype int)))"
    );
    assert_eq!(e("make(chan int, 1)"), "(call make (chan int) 1)");
    assert_eq!(e("make(chan<- int)"), "(call make (chan<- int))");
    assert_eq!(e("make(<-chan int)"), "(call make (<-chan int))");
    assert_eq!(
        e("make(map[string]func())"),
        "(call make (map string (func () ())))"
    );
    assert_eq!(
        e("make([]func(int) error, 2)"),
        "(call make (slicetype (func (int) (error))) 2)"
    );
    assert_eq!(e("new(func())"), "(call new (func () ()))");
    assert_eq!(e("[]byte(s)"), "(call (slicetype byte) s)");
    assert_eq!(e("interface{}(x)"), "(call (interface) x)");
    assert_eq!(e("(*T)(p)"), "(call (paren (* T)) p)");
    assert_eq!(e("(func())(f)"), "(call (paren (func () ())) f)");
    assert_eq!(e("*(*func())(p)"), "(* (call (paren (* (func () ()))) p))");
    assert_eq!(e("[]func() int(x)"), "(call (slicetype (func () (int))) x)");
    assert_eq!(e("(*T).Method"), "(. (paren (* T)) Method)");
    assert_eq!(e("struct{ a, b int; C }{}"), "(lit (struct (a b int C)))");
    assert_eq!(e("chan chan<- int(nil)"), "(call (chan (chan<- int)) nil)");
}

#[test]
fn composite_literals() {
    assert_eq!(e("T{}"), "(lit T)");
    assert_eq!(e("pkg.T{1, 2}"), "(lit (. pkg T) 1 2)");
    assert_eq!(
        e("[]Point{{1, 2}, {X: 3}}"),
        "(lit (slicetype Point) (lit _ 1 2) (lit _ X:3))"
    );
    assert_eq!(
        e("map[string]Point{\"a\": {1, 2}}"),
        "(lit (map string Point) \"a\":(lit _ 1 2))"
    );
    assert_eq!(
        e("map[Point]int{{1, 2}: 3}"),
        "(lit (map Point int) (lit _ 1 2):3)"
    );
    assert_eq!(e("[...]int{1, 2, 3}"), "(lit (array ... int) 1 2 3)");
    assert_eq!(e("[3]int{}"), "(lit (array 3 int))");
    assert_eq!(
        e("[]*T{{}, &T{}}"),
        "(lit (slicetype (* T)) (lit _) (& (lit T)))"
    );
    assert_eq!(e("List[int]{}"), "(lit (index List int))");
    assert_eq!(e("[]func(){f, g}"), "(lit (slicetype (func () ())) f g)");
    assert_eq!(e("T{\n\ta: 1,\n\tb: 2,\n}"), "(lit T a:1 b:2)");
}

#[test]
fn func_literals() {
    assert_eq!(
        e("func(a, b int) int { return a + b }"),
        "(funclit (func (a b int) (int)) {(return (+ a b))})"
    );
    assert_eq!(e("func() {}()"), "(call (funclit (func () ()) {}))");
    assert_eq!(
        e("func() (x int, err error) { return }"),
        "(funclit (func () (x int err error)) {(return)})"
    );
}

#[test]
fn composite_literal_in_headers() {
    // A bare type name before `{` in a header opens the block, as in gc.
    assert_eq!(s("if x == y {}"), "(if _ (== x y) {} _)");
    assert_eq!(s("if x == (T{}) {}"), "(if _ (== x (paren (lit T))) {} _)");
    assert_eq!(
        s("for _, v := range []int{1, 2} {}"),
        "(range:= _ v (lit (slicetype int) 1 2) {})"
    );
    assert_eq!(
        s("if v, ok := m[k]; ok {}"),
        "(if (:= v ok | (index m k)) ok {} _)"
    );
    assert_eq!(s("if f(T{}) {}"), "(if _ (call f (lit T)) {} _)");
    assert_eq!(s("if a[T{}.x] {}"), "(if _ (index a (. (lit T) x)) {} _)");
    assert_eq!(s("switch x := f(); x {}"), "(switch (:= x | (call f)) x)");
    assert_eq!(s("for i := range n {}"), "(range:= i _ n {})");
    assert_eq!(
        s("if func() bool { return T{} == x }() {}"),
        "(if _ (call (funclit (func () (bool)) {(return (== (lit T) x))})) {} _)"
    );
    let msg = err("if x == T{} {}");
    assert!(msg.starts_with("syntax error:"), "{msg}");
}
