// run

package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }
type I interface{ M() }

func main() {
	var e error = errors.New("x")
	var nilIface interface{}
	var ip *int
	var fn func(int) string
	fmt.Printf("%T\n", []int{})
	fmt.Printf("%T\n", map[string][]bool{})
	fmt.Printf("%T\n", &T{})
	fmt.Printf("%T\n", T{})
	fmt.Printf("%T\n", [3]int{})
	fmt.Printf("%T\n", struct{}{})
	fmt.Printf("%T\n", struct {
		A int
		B string
	}{})
	fmt.Printf("%T\n", nilIface)
	fmt.Printf("%T\n", e)
	fmt.Printf("%T\n", ip)
	fmt.Printf("%T\n", fn)
	fmt.Printf("%T\n", func(a, b int) (int, error) { return 0, nil })
	fmt.Printf("%T\n", []interface{}{1})
	fmt.Printf("%T\n", [][]string{})
	fmt.Printf("%T\n", uint8(1))
	fmt.Printf("%T\n", new(I))
	fmt.Printf("%T %T\n", 'a', byte('a'))
}
