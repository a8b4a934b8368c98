// run

package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		t := <-ticker.C
		fmt.Println("tick", i, "after start:", t.After(start))
	}
	ticker.Reset(30 * time.Millisecond)
	before := time.Now()
	<-ticker.C
	fmt.Println("reset period respected:", time.Since(before) >= 25*time.Millisecond)
	ticker.Stop()
	select {
	case <-ticker.C:
		fmt.Println("tick after Stop")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}

	// A worker that ticks until told to stop.
	done := make(chan bool)
	progress := make(chan bool)
	count := make(chan int)
	go func() {
		tk := time.NewTicker(5 * time.Millisecond)
		defer tk.Stop()
		n := 0
		for {
			select {
			case <-done:
				count <- n
				return
			case <-tk.C:
				n++
				if n == 3 {
					progress <- true
				}
			}
		}
	}()
	<-progress
	done <- true
	fmt.Println("worker ticked at least 3 times:", <-count >= 3)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
