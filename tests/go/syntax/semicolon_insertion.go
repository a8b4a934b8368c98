// run

package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	a := 1; b := 2; fmt.Println(a + b)
	xs := []int{
		1,
		2,
		3,
	}
	fmt.Println(xs, len(xs))
	x, y := pair()
	fmt.Println(x,
		y)
	if a < b { fmt.Println("one-line if") }
	for i := 0; i < 2; i++ { fmt.Println("i =", i) }
	m := map[string]int{"a": 1,
		"b": 2}
	fmt.Println(m)
	total := a +
		b +
		x
	fmt.Println(total)
}
