// run

package main

import "fmt"

func main() {
	a := make(chan int)
	b := a
	c := make(chan int)
	fmt.Println("a == b:", a == b)
	fmt.Println("a == c:", a == c)
	var n chan int
	fmt.Println("nil == nil channel:", n == nil, "made is nil:", a == nil)
	fmt.Println(n)
	fmt.Printf("%v %T\n", n, n)

	// Channels are comparable, so they can be map keys.
	names := map[chan int]string{a: "a", c: "c"}
	fmt.Println(names[b], names[c], len(names))

	// An interface holding a channel compares by channel identity.
	var x, y any = a, b
	fmt.Println("interfaces equal:", x == y)

	// A struct with a channel field.
	type conn struct {
		id int
		ch chan int
	}
	fmt.Println(conn{1, a} == conn{1, b}, conn{1, a} == conn{1, c})
}
