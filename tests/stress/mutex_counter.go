// run

// Stress: 8 goroutines × 10,000 increments of a mutex-protected counter, plus an RWMutex map.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers, incs = 8, 10000
	var mu sync.Mutex
	counter := 0
	var rw sync.RWMutex
	seen := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < incs; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
				if i%100 == 0 {
					rw.Lock()
					seen[w]++
					rw.Unlock()
				} else if i%10 == 0 {
					rw.RLock()
					_ = seen[w]
					rw.RUnlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter, "want:", workers*incs)
	fmt.Println("writes per worker:", seen)
}
