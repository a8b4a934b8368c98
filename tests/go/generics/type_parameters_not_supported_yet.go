// errorcheck
//gorun:unsupported

package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U { // ERROR "not supported yet"
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(Map([]int{1, 2}, func(x int) string { return fmt.Sprint(x * 2) }))
}
