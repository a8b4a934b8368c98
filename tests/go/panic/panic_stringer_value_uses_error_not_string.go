// run

package main

import "fmt"

type S struct{ n int }

func (s S) String() string { return fmt.Sprint("S", s.n) }

type E int

func (e E) Error() string { return "E error" }
func (e E) String() string { return "E string" }

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		panic(E(1))
	}()
	panic(S{2})
}
