// run

// A type assertion to a concrete type on a nil interface value: Go's panic names the static
// interface type ("interface conversion: interface {} is nil, not int", "main.Shape is nil, not
// main.Sq"); gorun says "interface is nil" for every interface, which Go says only when asserting
// to an interface type.

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
