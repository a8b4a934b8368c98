// run

// Stress: receivers loop in select while other goroutines close the channels they select on.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const rounds = 1000
	const receivers = 4
	totalReceived, totalWoken := 0, 0
	for r := 0; r < rounds; r++ {
		data := make(chan int)
		done := make(chan struct{})
		never := make(chan int) // never ready: every select also waits on it
		var wg sync.WaitGroup
		var mu sync.Mutex
		received := 0
		woken := 0
		for i := 0; i < receivers; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case _, ok := <-data:
						mu.Lock()
						if ok {
							received++
						} else {
							woken++ // woken by close(data)
						}
						mu.Unlock()
						if !ok {
							return
						}
					case <-done:
						mu.Lock()
						woken++
						mu.Unlock()
						return
					case <-never:
					}
				}
			}()
		}
		// A producer sends some values, then one goroutine closes data or done (alternating) while
		// the receivers sit in select.
		n := r % 7
		go func() {
			for i := 0; i < n; i++ {
				data <- i
			}
			if r%2 == 0 {
				close(done)
			} else {
				close(data)
			}
		}()
		wg.Wait()
		totalReceived += received
		totalWoken += woken
	}
	fmt.Println("rounds:", rounds, "values received:", totalReceived, "receivers woken:", totalWoken)
}
