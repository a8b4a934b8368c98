// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock on held mutex:", mu.TryLock())
	done := make(chan bool)
	go func() {
		done <- mu.TryLock() // held by main: fails, does not block
	}()
	fmt.Println("from another goroutine:", <-done)
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("TryRLock:", rw.TryRLock(), rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock after readers left:", rw.TryLock())
	fmt.Println("TryRLock with writer:", rw.TryRLock())
	rw.Unlock()
}
