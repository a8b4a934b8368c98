// run

package main

import "fmt"

func main() {
	var n int
	var f float64
	var s string
	k, err := fmt.Sscan("42 3.5 hello", &n, &f, &s)
	fmt.Println(k, err, n, f, s)

	var x, y int
	k, err = fmt.Sscanf("move 3,4", "move %d,%d", &x, &y)
	fmt.Println(k, err, x, y)

	k, err = fmt.Sscan("abc", &n)
	fmt.Println(k, err != nil)

	// reading stdin (empty in tests) the way exercise programs do
	var name string
	k, err = fmt.Scanln(&name)
	fmt.Println(k, err, name == "")
}
