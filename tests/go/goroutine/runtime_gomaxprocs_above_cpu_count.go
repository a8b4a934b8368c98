// run

package main

import (
	"fmt"
	"runtime"
)

func main() {
	// Go accepts any GOMAXPROCS up to 1024, more than the machine's CPUs included.
	prev := runtime.GOMAXPROCS(64)
	fmt.Println("previous was positive:", prev >= 1)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	done := make(chan int)
	for i := 0; i < 64; i++ {
		go func() { done <- i }()
	}
	sum := 0
	for i := 0; i < 64; i++ {
		sum += <-done
	}
	fmt.Println("64 goroutines with GOMAXPROCS 64:", sum)
}
