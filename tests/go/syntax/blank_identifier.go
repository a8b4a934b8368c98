// run

package main

import "fmt"

func three() (int, string, bool) { return 1, "two", true }

var _ = fmt.Sprint("package-level blank is evaluated")

func main() {
	_, s, _ := three()
	fmt.Println(s)
	for _, v := range []string{"x", "y"} {
		fmt.Println(v)
	}
	for i := range []int{5, 6, 7} {
		fmt.Println(i)
	}
	_ = s
	var _ int = 5
	sum := 0
	for range 3 {
		sum++
	}
	fmt.Println(sum)
}
