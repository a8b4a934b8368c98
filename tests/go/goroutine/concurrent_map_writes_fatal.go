// run

package main

// Two goroutines write the same map without synchronization: Go detects the overlapping writes
// and stops the program with "fatal error: concurrent map writes" (exit status 2; recover cannot
// catch it). Detection is probabilistic, so both goroutines keep writing (up to 10^7 times
// each, far more than needed); if no overlap was ever detected the program says so and exits 0,
// which fails the test rather than hanging it. Both writers run the same function with the map
// write on a single line, started by one go statement, so the traceback of whichever goroutine
// is caught is the same.

import (
	"fmt"
	"sync"
)

func writer(m map[int]int, base int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		recover() // does not catch a fatal error
	}()
	for i := 0; i < 10000000; i++ {
		m[base+i%1000] = i
	}
}

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	fmt.Println("writing")
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go writer(m, g*500, &wg)
	}
	wg.Wait()
	fmt.Println("no concurrent write detected")
}
