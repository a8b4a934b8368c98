// run

package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var spins atomic.Int64
	started := make(chan bool)
	go func() {
		close(started)
		for {
			spins.Add(1) // a busy loop that never blocks: the program still ends with main
		}
	}()
	<-started
	time.Sleep(20 * time.Millisecond) // main gets the CPU back from the spinning goroutine
	fmt.Println("main exits while a goroutine spins:", spins.Load() >= 0)
}
