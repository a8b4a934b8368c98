// Closures: functions that remember the variables they were created with.
package main

import "fmt"

// newCounter returns a function that counts how often it was called.
func newCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

// makeMultiplier returns a function that multiplies by a fixed factor.
func makeMultiplier(factor int) func(int) int {
	return func(x int) int { return x * factor }
}

func main() {
	next := newCounter()
	fmt.Println(next(), next(), next())

	other := newCounter()
	fmt.Println(other(), "(a separate counter)")

	double := makeMultiplier(2)
	triple := makeMultiplier(3)
	for i := 1; i <= 3; i++ {
		fmt.Printf("%d doubled is %d, tripled is %d\n", i, double(i), triple(i))
	}
}
