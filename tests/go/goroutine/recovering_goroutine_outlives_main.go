// run

//gorun:sorted

// A goroutine's deferred wg.Done lets main return while the goroutine is still unwinding a
// panic that a later deferred call recovers: Go's main waits for the unwinding to finish, so
// the recovering call always runs and the program exits 0.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer wg.Done()
		panic("boom")
	}()
	wg.Wait()
	fmt.Println("main returns")
}
