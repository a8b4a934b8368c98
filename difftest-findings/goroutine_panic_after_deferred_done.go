// A goroutine panics; its deferred wg.Done lets main's Wait return while the panic is reported.
// Go: the panic message and exit status 2 (main waits for a panicking goroutine to finish dying).
// gorun: the panic message, but often exit status 0 (main returned first).
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
