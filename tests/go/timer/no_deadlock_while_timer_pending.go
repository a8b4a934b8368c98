// run

package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	// Every goroutine is blocked for a moment, but a timer is pending: not a deadlock.
	time.AfterFunc(30*time.Millisecond, func() { ch <- "woken by a timer" })
	fmt.Println(<-ch)

	go func() {
		time.Sleep(30 * time.Millisecond)
		ch <- "woken by a sleeping goroutine"
	}()
	fmt.Println(<-ch)
}
