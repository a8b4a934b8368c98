// run

// A goroutine panics; its deferred wg.Done lets main's Wait return while the panic is still
// being reported. Go's main waits for a goroutine unwinding a panic, so the program always
// ends with the panic and exit status 2 (found by scripts/difftest.py: gorun sometimes exited 0).

package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()
}
