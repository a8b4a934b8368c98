// run

// %#v of a []byte that is not the top-level operand (a struct field, an element, an interface's
// dynamic value inside a composite): Go writes its type as []uint8 (only a top-level []byte operand
// is written []byte); gorun writes []byte everywhere.

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
