// Spawn and join 10^6 goroutines with a sync.WaitGroup; each writes one slot of a slice.
// Prints the sum of the slots.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000000
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			results[i] = i * 2
			wg.Done()
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println(sum)
}
