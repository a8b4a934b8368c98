// run

package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	for _, n := range []int{0, 1, 10, 77} {
		fmt.Println(n, isEven(n), isOdd(n))
	}
	var hanoiMoves func(n int, from, to, via string) int
	hanoiMoves = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		return hanoiMoves(n-1, from, via, to) + 1 + hanoiMoves(n-1, via, to, from)
	}
	fmt.Println(hanoiMoves(10, "A", "C", "B"))
}
