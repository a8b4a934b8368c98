// run

package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Get() int   { return a.total }

func main() {
	a := &Acc{}
	add := a.Add // bound to the pointer
	add(3)
	add(4)
	fmt.Println(a.total)
	v := Acc{total: 1}
	get := v.Get // the receiver is copied now
	v.total = 100
	fmt.Println(get(), v.Get())
	fns := []func(int){a.Add, a.Add}
	for i, f := range fns {
		f(i + 1)
	}
	fmt.Println(a.Get())
}
