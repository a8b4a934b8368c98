// run

package main

import "fmt"

type T struct{ n int }

func (t *T) Safe() string { if t == nil { return "nil receiver ok" }; return "x" }
func (t *T) Get() int { return t.n }

func main() {
	var t *T
	fmt.Println(t.Safe())
	fmt.Println(t.Get())
}
