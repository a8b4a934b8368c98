// run

package main

import "fmt"

func val(n int) int {
	fmt.Println("evaluating case", n)
	return n
}

func main() {
	switch 2 {
	case val(1), val(2), val(3):
		fmt.Println("matched")
	case val(4):
		fmt.Println("no")
	}
	x := 3
	switch {
	case x > 5:
		fmt.Println("big")
	case x > 1:
		fmt.Println("medium")
	default:
		fmt.Println("small")
	}
	switch y := x * x; {
	case y > 5:
		fmt.Println("square big", y)
	}
}
