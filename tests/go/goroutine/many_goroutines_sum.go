// run

package main

import "fmt"

func main() {
	const n = 1000
	results := make(chan int)
	for i := 1; i <= n; i++ {
		go func(v int) { results <- v * v }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares 1..1000 =", sum)
}
