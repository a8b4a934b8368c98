// run

package main

import "fmt"

func trace(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	fmt.Println(three(trace("a", 1), trace("b", 2), trace("c", 3)))
	xs := []int{trace("x0", 0), trace("x1", 1)}
	fmt.Println(xs)
	m := map[int]int{trace("k", 1): trace("v", 2)}
	fmt.Println(m)
	fmt.Println(trace("left", 1) + trace("right", 2)*trace("mul", 3))
}
