// run

package main

import (
	"fmt"
	"maps"
	"slices"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	total := 0
	for _, k := range slices.Sorted(maps.Keys(m)) {
		total += m[k]
		fmt.Print(k, " ")
	}
	fmt.Println(total)
	sum := 0
	for i := range Count(10) {
		if i == 7 {
			break
		}
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	n := 0
	for range Count(5) {
		n++
	}
	fmt.Println(n)
}
