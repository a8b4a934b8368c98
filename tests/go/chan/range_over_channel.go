// run

package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	for v := range generate(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// break out of a range early; continue skips.
	for v := range generate(100) {
		if v%2 == 1 {
			continue
		}
		if v > 30 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Range with no iteration variable.
	count := 0
	for range generate(7) {
		count++
	}
	fmt.Println("count:", count)

	// A buffered channel closed before ranging.
	buf := make(chan string, 3)
	buf <- "x"
	buf <- "y"
	close(buf)
	for s := range buf {
		fmt.Println(s)
	}
}
