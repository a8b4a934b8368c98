// run

// A method value or method expression of a method promoted from an embedded interface field
// (h.Name, p.Name, Holder.Name) calls the method on the field's dynamic value (found by
// scripts/difftest.py: gorun ended in an internal error).

package main

import "fmt"

type Namer interface{ Name() string }

type Inner struct{ n string }

func (i Inner) Name() string { return "inner:" + i.n }

type Holder struct {
	Namer
	x int
}

func main() {
	h := Holder{Inner{"h"}, 1}
	m := h.Name
	fmt.Println(m())
	fmt.Println(Holder.Name(h))
	p := &h
	fmt.Println(p.Name())
	pm := p.Name
	fmt.Println(pm())
}
