// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var ready, done sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			ready.Done()
			_, ok := <-start // every waiting receiver wakes when the channel closes
			results[i] = fmt.Sprintf("goroutine %d woke, ok=%v", i, ok)
		}()
	}
	ready.Wait()
	close(start)
	done.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
