// run

package main

import "fmt"

// Method expressions of methods promoted through embedded fields (values, pointers, several
// levels, scalar named types) call the method on the embedded receiver.

type Inner struct{ v int }

func (i Inner) Get() int   { return i.v }
func (i *Inner) Set(v int) { i.v = v }

type Count int

func (c Count) Twice() int { return int(c) * 2 }
func (c *Count) Inc()      { *c++ }

type Mid struct {
	tag string
	Inner
}

type Outer struct {
	name string
	*Mid
	Count
}

type Getter interface{ Get() int }

func main() {
	m := Mid{"m", Inner{5}}
	fmt.Println(Mid.Get(m), (*Mid).Get(&m))
	(*Mid).Set(&m, 6)
	fmt.Println(m.v)

	o := Outer{"o", &m, 21}
	fmt.Println(Outer.Get(o), (*Outer).Get(&o), Outer.Twice(o))
	(*Outer).Set(&o, 7)
	(*Outer).Inc(&o)
	fmt.Println(m.v, o.Count, (*Outer).Twice(&o))

	fs := []func(Outer) int{Outer.Get, Outer.Twice}
	for _, f := range fs {
		fmt.Print(f(o), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", Outer.Get)

	h := Getter.Get
	fmt.Println(h(o), h(Inner{3}), h(&m))

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilOuter Outer
	Outer.Get(nilOuter)
}
