// run

package main

import "fmt"

// Declarations that refer to each other in any order: interfaces whose methods return each
// other while one embeds the other, a defined type whose underlying struct points back to it,
// and variables whose types use them before they are declared.

var early B = impl{}

type A interface {
	B() B
}

type B interface {
	A
	C() A
}

type D interface {
	E
	Name() string
}

type E interface {
	Next() D
}

type T1 struct {
	p    *T2
	name string
}

type T2 T1

type impl struct{}

func (impl) B() B         { return impl{} }
func (impl) C() A         { return impl{} }
func (impl) Next() D      { return impl{} }
func (impl) Name() string { return "impl" }

func main() {
	var a A = impl{}
	fmt.Println(a.B().C() != nil, early.B() != nil)
	var d D = impl{}
	fmt.Println(d.Next().Next().Name())
	t := T2{name: "outer"}
	t.p = &T2{name: "inner"}
	fmt.Println(t.name, t.p.name, t.p.p == nil)
	var t1 T1 = T1(t)
	fmt.Printf("%T %v\n", t1.p, t1.name)
}
