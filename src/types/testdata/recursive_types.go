package main

type I interface{ J }
type J interface{ I }

type T struct{ *T }

type A [2]B
type B struct{ a A }

type F func(F) F

type M map[M]int

type S []S

type P *P

func main() {
	var t T
	_ = t.T.T
	var f F
	_ = f(f)
}
