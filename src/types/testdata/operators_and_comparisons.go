package main

import "fmt"

type T struct {
	a int
	B string
}

func (t T) M()  {}
func (t *T) P() {}

type I interface{ M() }
type J interface {
	M()
	P()
}

func f() (int, string) { return 1, "a" }
func g() {}

func main() {
	var t T
	var i I = t
	var j J = t
	var k J = &t
	i.P()
	_ = j
	_ = k
	x := g()
	y := f()
	var z int = f()
	a, b, c := f()
	fmt.Println(i, x, y, z, a, b, c)
	t.c = 1
	T.M(t)
	T.P(t)
	(*T).P(&t)
	var n int
	n.x()
	var p *T
	p.a = 1
	var e error = "x"
	_ = e
	var s []int = nil
	var m map[int]int = nil
	var q int = nil
	_, _, _ = s, m, q
	if t == nil {
	}
	if s == nil && m == nil {
	}
	var f1, f2 func()
	_ = f1 == f2
	_ = s == s
	_ = m == m
	type S struct{ x []int }
	var s1, s2 S
	_ = s1 == s2
	_ = t < t
	_ = 1 + "a"
	_ = "a" - "b"
	_ = !1
	_ = -"x"
	_ = ^1.5
	_ = 1 % 2.5
	var fl float64
	_ = fl % 2
	_ = fl << 2
	_ = n && true
}
