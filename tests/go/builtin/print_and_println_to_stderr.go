// run

package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("println:", 1, true, "x", 'a')
	print("print:", 1, 2, "\n")
	println(1.5, -0.25, 1e21, float32(0.1))
	println(int8(-5), uint64(18446744073709551615))
	var e error
	println(e == nil)
	println()
	fmt.Println("stdout again")
}
