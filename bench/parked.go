// Parked goroutines: 10^6 goroutines all blocked at once on a channel receive; the benchmark
// script divides peak RSS by 10^6 to report memory per goroutine. Prints the goroutine count
// seen while all are parked, then the sum of the values they return once released.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1000000
	release := make(chan struct{})
	var ready, done sync.WaitGroup
	results := make([]int, n)
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			ready.Done()
			<-release
			results[i] = i & 1023
			done.Done()
		}()
	}
	ready.Wait()
	parked := runtime.NumGoroutine() - 1
	close(release)
	done.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println(parked, sum)
}
