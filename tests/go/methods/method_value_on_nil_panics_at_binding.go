// run

package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) PGet() int { return 7 }

type G interface{ Get() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var p *T
	try("ptr method value on nil ptr", func() {
		f := p.PGet
		fmt.Println("bound", f())
	})
	try("value method value on nil ptr", func() {
		f := p.Get
		fmt.Println("bound, not called")
		_ = f
	})
	try("method value on nil iface", func() {
		var g G
		f := g.Get
		fmt.Println("bound, not called")
		_ = f
	})
	try("defer on nil iface method", func() {
		var g G
		defer g.Get()
		fmt.Println("after defer statement")
	})
	try("defer nil func", func() {
		var f func()
		defer f()
		fmt.Println("after defer of nil func")
	})
}
