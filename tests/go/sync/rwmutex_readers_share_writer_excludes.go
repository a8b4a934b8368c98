// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	const readers = 3

	// All readers hold the read lock at the same time: each waits until all have it.
	var holding sync.WaitGroup
	holding.Add(readers)
	allIn := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			holding.Done()
			<-allIn
			rw.RUnlock()
		}()
	}
	holding.Wait()
	fmt.Println("3 readers hold the lock together")
	fmt.Println("writer can lock while readers hold it:", rw.TryLock())
	close(allIn)
	wg.Wait()

	// The writer excludes everyone else.
	rw.Lock()
	got := make(chan string)
	go func() {
		rw.RLock()
		got <- "reader got in after the writer left"
		rw.RUnlock()
	}()
	select {
	case s := <-got:
		fmt.Println("unexpected:", s)
	default:
		fmt.Println("reader waits while the writer holds the lock")
	}
	rw.Unlock()
	fmt.Println(<-got)

	// Counting with readers and writers.
	data := map[int]int{}
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); rw.Lock(); data[i%5]++; rw.Unlock() }()
		go func() { defer wg.Done(); rw.RLock(); _ = data[0]; rw.RUnlock() }()
	}
	wg.Wait()
	fmt.Println(data)
}
