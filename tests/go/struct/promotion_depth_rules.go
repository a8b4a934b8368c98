// run

package main

import "fmt"

type C struct{ X, Z int }

func (C) Name() string  { return "C" }
func (C) Deep() string  { return "C.Deep" }

type A struct{ X int }

func (A) Name() string { return "A" }

type B struct {
	C
	Y int
}

type Outer struct {
	A
	B
}

type Outer2 struct {
	*A
	B
	Name string
}

func main() {
	o := Outer{A{1}, B{C{2, 3}, 4}}
	fmt.Println(o.X, o.Z, o.Y, o.Name(), o.Deep(), o.B.X, o.B.Name())
	o.X = 10
	o.Z = 30
	fmt.Printf("%+v\n", o)
	o2 := Outer2{&A{5}, B{C{6, 7}, 8}, "field"}
	fmt.Println(o2.X, o2.Name, o2.A.Name(), o2.Deep())
	type Namer interface{ Name() string }
	var n Namer = o
	fmt.Println(n.Name())
	type Deeper interface{ Deep() string }
	var d Deeper = o2
	fmt.Println(d.Deep())
}
