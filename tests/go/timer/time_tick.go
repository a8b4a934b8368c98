// run

package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(10 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	fmt.Println("at least 30ms:", time.Since(start) >= 30*time.Millisecond)
	fmt.Println("Tick with d <= 0 is nil:", time.Tick(0) == nil)

	// A ticker and a deadline in one select loop.
	deadline := time.After(75 * time.Millisecond)
	ticks := 0
	t := time.Tick(20 * time.Millisecond)
loop:
	for {
		select {
		case <-t:
			ticks++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticked before the deadline:", ticks >= 1)
}
