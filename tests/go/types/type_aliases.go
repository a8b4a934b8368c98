// run

package main

import "fmt"

type MyInt = int
type Named int
type Strs = []string

func double(x int) int { return x * 2 }

func main() {
	var a MyInt = 4
	fmt.Println(double(a))
	fmt.Printf("%T\n", a)
	var n Named = 4
	fmt.Printf("%T\n", n)
	var s Strs = []string{"x", "y"}
	fmt.Printf("%T %v\n", s, s)
	var b byte = 65
	var r rune = 66
	fmt.Printf("%T %T\n", b, r)
}
