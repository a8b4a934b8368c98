// run

package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	work := make(chan int) // never ready

	for i := 0; i < 3; i++ {
		select {
		case <-work:
			fmt.Println("work")
		case _, ok := <-done:
			fmt.Println("done is ready, ok =", ok)
		}
	}

	// A closed channel beats the default case.
	select {
	case <-done:
		fmt.Println("closed channel chosen over default")
	default:
		fmt.Println("default")
	}
}
