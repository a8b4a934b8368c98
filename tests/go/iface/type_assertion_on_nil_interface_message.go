// run

// A type assertion on a nil interface value names the operand's static type when asserting
// to a concrete type ("interface {} is nil, not int", "main.Shape is nil, not main.Sq") and says
// "interface is nil" when asserting to an interface type (found by scripts/difftest.py).

package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	try(func() { var x any; fmt.Println(x.(int)) })
	try(func() { var s fmt.Stringer; fmt.Println(s.(Shape)) })
	var s Shape
	_ = s.(Sq)
}
