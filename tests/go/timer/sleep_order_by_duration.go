// run

package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	// Sleep sort: each goroutine sleeps in proportion to its value.
	for _, v := range []int{5, 1, 4, 2, 3} {
		go func() {
			time.Sleep(time.Duration(v) * 100 * time.Millisecond)
			out <- v
		}()
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("slept at least 30ms:", time.Since(start) >= 30*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-time.Second) // non-positive: returns at once
	fmt.Println("zero and negative sleeps return")
}
