// run

package main

import "fmt"

func sum(label string, nums ...int) int {
	fmt.Printf("%s: %d args, nil=%v\n", label, len(nums), nums == nil)
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func modify(xs ...int) { xs[0] = 99 }

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	s := []int{4, 5}
	fmt.Println(sum("spread", s...))
	modify(s...) // the slice is passed as is, not copied
	fmt.Println(s)
	modify(1, 2)
	var empty []int
	fmt.Println(sum("nil spread", empty...))
	fmt.Println(fmt.Sprint("a", 1, 2, "b"))
	args := []interface{}{"x", 42}
	fmt.Println(args...)
}
