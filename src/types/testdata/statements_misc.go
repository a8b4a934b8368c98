package main

import "fmt"

type P struct{ x int }

func (p *P) Set() {}
func (p P) Get() int { return p.x }

func f() (int, int) { return 1, 2 }
func g(a, a int) {}

func main() {
	x := 0
	x++
	y := 0
	y += 1
	z := 0
	z = 2
	var q int
	a, b := f()
	a, b := f()
	m := map[string]P{}
	m["a"].x = 1
	P{}.Set()
	var s fmt.Stringer
	s.Foo()
	var p P
	p.foo = 1
	p.X = 2
	1 = 2
	f() = 3
	c := 1, 2
	d, e := 1
	var h, i int = f(), 1
L:
	for {
		break M
	}
	break
	fallthrough
	_ = b
}
func k() int {
	for {
		break
	}
}
