// run

package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() {
		done <- "AfterFunc ran in its own goroutine"
	})
	fmt.Println("AfterFunc returned at once")
	fmt.Println(<-done)

	fired := make(chan bool, 1)
	t := time.AfterFunc(time.Hour, func() { fired <- true })
	fmt.Println("Stop before it runs:", t.Stop())
	fmt.Println("Reset to 10ms:", t.Reset(10*time.Millisecond))
	fmt.Println("fired after Reset:", <-fired)
	fmt.Println("Stop after it ran:", t.Stop())

	// AfterFunc's timer has no channel.
	fmt.Println("C is nil:", t.C == nil)

	// Several callbacks, ordered by their delays.
	order := make(chan int, 3)
	for _, ms := range []int{300, 100, 200} {
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { order <- ms })
	}
	fmt.Println(<-order, <-order, <-order)
}
