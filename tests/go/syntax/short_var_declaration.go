// run

package main

import "fmt"

func two() (int, error) { return 7, nil }

func main() {
	a, b := 1, 2
	fmt.Println(a, b)
	a, c := 10, 3 // a is reused, c is new
	fmt.Println(a, b, c)
	n, err := two()
	fmt.Println(n, err)
	m, err := two() // err reused
	fmt.Println(m, err)
	a, b = b, a
	fmt.Println(a, b)
	var x, y, z = 1, "two", 3.0
	fmt.Println(x, y, z)
}
