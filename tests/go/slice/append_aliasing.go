// run

package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1) // shares base's array: room left
	b := append(base, 2) // overwrites a's new element
	fmt.Println(a, b, len(base), cap(base))
	full := []int{1, 2, 3}
	c := append(full, 4) // reallocates
	c[0] = 100
	fmt.Println(full, c)
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	y = append(y, 99) // writes into x[3]
	fmt.Println(x, y, len(y), cap(y))
	y = append(y, 7, 8, 9) // exceeds cap: now separate
	y[0] = -1
	fmt.Println(x, y)
}
