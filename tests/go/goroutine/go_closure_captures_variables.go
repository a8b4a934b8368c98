// run

package main

import "fmt"

func main() {
	results := make(chan string)
	// Go 1.22: each iteration has its own i, so every closure sees its own value.
	for i := 0; i < 3; i++ {
		go func() {
			results <- fmt.Sprint("closure sees i=", i)
		}()
		fmt.Println(<-results)
	}

	// A captured variable is shared: the goroutine sees the write made before it ran.
	x := 1
	done := make(chan bool)
	go func() {
		x *= 10
		done <- true
	}()
	<-done
	fmt.Println("x after goroutine:", x)

	// Closures capturing the same counter from several goroutines, one at a time.
	counter := 0
	step := make(chan bool)
	for k := 0; k < 5; k++ {
		go func() {
			counter += k
			step <- true
		}()
		<-step
	}
	fmt.Println("counter:", counter)
}
