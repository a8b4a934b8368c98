// run

package main

import "fmt"

type S struct{}

func (S) m(s string)  { fmt.Println("m", s) }
func (S) Hello() string { return "hello" }

func main() {
	f := interface{ m(string) }.m
	f(S{}, "hi")
	g := struct{ S }.Hello
	fmt.Println(g(struct{ S }{}))
	fmt.Printf("%T\n", f)
}
