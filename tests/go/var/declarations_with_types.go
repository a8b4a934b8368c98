// run

package main

import "fmt"

var global int = 3
var inferred = "text"
var f32 float32 = 1.5

func main() {
	var a, b int = 1, 2
	var c, d = "c", 4.5
	var (
		e uint16 = 65535
		g        = []string{"x"}
	)
	e++
	fmt.Println(global, inferred, f32, a, b, c, d, e, g)
	fmt.Printf("%T %T %T\n", f32, d, e)
}
