// Mutex contention: 8 goroutines each do 200,000 increments of a shared counter under a
// sync.Mutex. Prints the final counter.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const goroutines = 8
	const increments = 200000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
