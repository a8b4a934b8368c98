// CPU-bound goroutines: 4 goroutines each iterate a 64-bit LCG 10^8 times; no communication
// until the end. Run with the GOMAXPROCS value as argument (1 or 2) to see parallel speed-up.
// Prints the combined hash.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func spin(seed uint64, n int) uint64 {
	x, h := seed, uint64(0)
	for i := 0; i < n; i++ {
		x = x*6364136223846793005 + 1442695040888963407
		h ^= x >> 33
	}
	return h
}

func main() {
	procs := 1
	if len(os.Args) > 1 {
		if p, err := strconv.Atoi(os.Args[1]); err == nil {
			procs = p
		}
	}
	runtime.GOMAXPROCS(procs)
	const workers = 4
	results := make([]uint64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = spin(uint64(w+1), 100000000)
		}()
	}
	wg.Wait()
	var h uint64
	for _, r := range results {
		h = h*31 + r
	}
	fmt.Println(h)
}
