// run

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock() // waits for main's read lock
		fmt.Println("not reached")
	}()
	for rw.TryRLock() { // TryRLock fails once the writer waits in Lock
		rw.RUnlock()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("a writer is waiting, so a new reader blocks too")
	rw.RLock()
}
