// run

// Stress: one WaitGroup reused across 1,000 rounds of goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const rounds = 1000
	var wg sync.WaitGroup
	var total atomic.Int64
	bad := 0
	for r := 0; r < rounds; r++ {
		k := r%8 + 1
		var roundSum atomic.Int64
		wg.Add(k)
		for j := 0; j < k; j++ {
			go func() {
				defer wg.Done()
				roundSum.Add(int64(j + 1))
				total.Add(1)
			}()
		}
		wg.Wait()
		if roundSum.Load() != int64(k*(k+1)/2) {
			bad++
		}
	}
	fmt.Println("rounds:", rounds, "goroutines:", total.Load(), "bad rounds:", bad)
}
