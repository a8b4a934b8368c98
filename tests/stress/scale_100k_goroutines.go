// run

// Scale: 100,000 goroutines blocked at once on a channel, then on a WaitGroup, then released.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000

	// Phase 1: every goroutine waits for a closed gate channel.
	gate := make(chan struct{})
	var started, finished sync.WaitGroup
	sums := make([]int64, n)
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer finished.Done()
			started.Done()
			<-gate
			sums[i] = int64(i) * 3
		}()
	}
	started.Wait()
	fmt.Println("blocked on a channel at once:", runtime.NumGoroutine() >= n)
	close(gate)
	finished.Wait()
	var total int64
	for _, s := range sums {
		total += s
	}
	fmt.Println("phase 1 checksum:", total)

	// Phase 2: every goroutine waits on one WaitGroup that main releases.
	var release sync.WaitGroup
	release.Add(1)
	results := make(chan int, 1024)
	started.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			release.Wait()
			results <- i % 1000
		}()
	}
	started.Wait()
	fmt.Println("blocked on a WaitGroup at once:", runtime.NumGoroutine() >= n)
	release.Done()
	total = 0
	for i := 0; i < n; i++ {
		total += int64(<-results)
	}
	fmt.Println("phase 2 checksum:", total)
}
