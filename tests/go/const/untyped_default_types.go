// run

package main

import "fmt"

func main() {
	a := 1
	b := 1.0
	c := 'x'
	d := "s"
	e := true
	f := 1 << 3
	g := 2.0 * 3
	fmt.Printf("%T %T %T %T %T %T %T\n", a, b, c, d, e, f, g)
	var h interface{} = 10
	var i interface{} = 2.5
	fmt.Printf("%T %T\n", h, i)
	const k = 5
	var j float64 = k / 2
	var l float64 = k / 2.0
	fmt.Println(j, l)
}
