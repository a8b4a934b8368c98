// run

package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" small")
		fallthrough
	case 2:
		fmt.Print(" tiny")
	case 3:
		fmt.Print(" three")
		fallthrough
	default:
		fmt.Print(" other")
	}
	fmt.Println()
}

func main() {
	for i := 0; i < 5; i++ {
		describe(i)
	}
}
