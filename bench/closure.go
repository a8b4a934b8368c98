// Closure calls: 2 x 10^7 calls through func values that capture and update variables.
// Prints the final accumulator.
package main

import "fmt"

func makeCounter(step int) (func() int, func(int) int) {
	count := 0
	next := func() int {
		count += step
		return count
	}
	mix := func(x int) int {
		return (x*31 + count) & 0xffff
	}
	return next, mix
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func main() {
	next, mix := makeCounter(3)
	acc := 0
	for i := 0; i < 10000000; i++ {
		acc += apply(mix, next())
	}
	fmt.Println(acc)
}
