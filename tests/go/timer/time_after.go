// run

package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(25 * time.Millisecond)
	fmt.Println("waited at least 25ms:", time.Since(start) >= 25*time.Millisecond)
	fmt.Println("received time is after start:", !t.Before(start))

	// The first of several timers to fire wins.
	select {
	case <-time.After(10 * time.Second):
		fmt.Println("slow")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("fast")
	}

	// Timeout in a loop.
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
			continue
		case <-time.After(500 * time.Millisecond):
			fmt.Println("no more data")
		}
		break
	}
}
