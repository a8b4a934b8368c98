// run

package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func firstSquareOver(limit int) int {
	for x := range countTo(10) {
		if x*x > limit {
			return x
		}
	}
	return -1
}

func main() {
	fmt.Println(firstSquareOver(5), firstSquareOver(1000))
outer:
	for a := range countTo(3) {
		for b := range countTo(3) {
			if b == 2 {
				continue outer
			}
			if a == 3 {
				break outer
			}
			fmt.Println(a, b)
		}
	}
}
