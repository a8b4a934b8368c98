// run

// A method value or method expression of a method promoted from an embedded interface field
// (h.Name, p.Name, Holder.Name): gorun exits 70 with "internal error at src/vm/exec.rs:604: index
// out of bounds", printing nothing (not even the output of package initialisers, in a bigger
// program); Go prints "inner:h" four times. A direct call h.Name() and a method value of the
// interface itself (var n Namer = h; n.Name) work.

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
