// run

// Counted loops `for i := a; i < n; i++` (compiled to an inverted loop with a fused
// increment-and-test): zero trips, continue, break, labeled continue, a body that changes the
// counter or the limit, a limit near the largest int, and a counter captured per iteration.
package main

import (
	"fmt"
	"math"
)

func main() {
	n := 0
	for i := 5; i < 5; i++ {
		n++
	}
	fmt.Println("zero trips:", n)

	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		sum += i
	}
	fmt.Println("continue/break:", sum)

	pairs := 0
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			pairs++
		}
	}
	fmt.Println("labeled continue:", pairs)

	steps := 0
	for i := 0; i < 20; i++ {
		i += 2 // the body moves the counter too
		steps++
	}
	fmt.Println("counter changed in body:", steps)

	limit := 10
	trips := 0
	for i := 0; i < limit; i++ {
		limit-- // the limit is read again every iteration
		trips++
	}
	fmt.Println("limit changed in body:", trips, limit)

	big := 0
	for i := math.MaxInt64 - 3; i < math.MaxInt64; i++ {
		big++
	}
	fmt.Println("near MaxInt64:", big)

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var last int
	for k := -3; k < 0; k++ {
		last = k
	}
	fmt.Println("negative start:", last)
}
