// run

package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
		fmt.Println("exhausted")
	}
}

func pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func main() {
	for x := range countTo(3) {
		fmt.Println(x)
	}
	for x := range countTo(10) {
		if x == 2 {
			continue
		}
		if x == 4 {
			break
		}
		fmt.Println("x", x)
	}
	for i, s := range pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	var fs []func() int
	for x := range countTo(2) {
		fs = append(fs, func() int { return x })
	}
	fmt.Println(fs[0](), fs[1]())
	for range countTo(1) {
		fmt.Println("no vars")
	}
}
