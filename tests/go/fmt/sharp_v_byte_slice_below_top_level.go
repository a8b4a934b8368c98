// run

// %#v of a []byte: a top-level operand is written []byte, one below it (a struct field, an
// element, an interface's dynamic value inside a composite) []uint8, as Go's reflect spells it
// (found by scripts/difftest.py).

package main

import "fmt"

type T struct {
	Any any
	B   []byte
}

func main() {
	fmt.Printf("%#v\n", []byte("hi"))
	fmt.Printf("%#v\n", T{[]byte("hi"), []byte("x")})
	fmt.Printf("%#v\n", []any{[]byte("hi")})
	fmt.Printf("%#v\n", [][]byte{[]byte("hi")})
}
