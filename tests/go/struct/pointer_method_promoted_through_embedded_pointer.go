// run

package main

import "fmt"

type Base struct{ Name string }

func (b *Base) SetName(n string) { b.Name = n }

type Mid struct {
	ID int
	Base
}

type Top struct{ *Mid }

func main() {
	m := Mid{1, Base{"a"}}
	t := Top{&m}
	t.SetName("b")
	fmt.Println(m.Name)
	set := t.SetName
	set("c")
	fmt.Println(m.Name, t.Name)
}
