// run

package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var done atomic.Bool
	go func() {
		done.Store(true)
	}()
	yields := 0
	for !done.Load() {
		runtime.Gosched() // lets the other goroutine run even on one thread
		yields++
	}
	fmt.Println("goroutine ran after yielding:", yields > 0)

	// Ping-pong between two goroutines using only Gosched and a shared atomic turn.
	var turn atomic.Int32
	out := make(chan string, 6)
	finished := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			for turn.Load() != 1 {
				runtime.Gosched()
			}
			out <- "pong"
			turn.Store(0)
		}
		finished <- true
	}()
	for i := 0; i < 3; i++ {
		for turn.Load() != 0 {
			runtime.Gosched()
		}
		out <- "ping"
		turn.Store(1)
	}
	<-finished
	close(out)
	for s := range out {
		fmt.Print(s, " ")
	}
	fmt.Println()
}
