// run

// Stress: 1,000 goroutines wait on timers at once: time.Sleep, time.After and time.NewTimer.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 1000
	var wg sync.WaitGroup
	results := make(chan int, n)
	start := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := time.Duration(1+i%5) * time.Millisecond
			switch i % 3 {
			case 0:
				time.Sleep(d)
			case 1:
				<-time.After(d)
			case 2:
				t := time.NewTimer(d)
				<-t.C
			}
			results <- i
		}()
	}
	wg.Wait()
	close(results)
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
	}
	fmt.Println("timers fired:", count, "checksum:", sum)
	fmt.Println("waited at least 5ms in total:", time.Since(start) >= 5*time.Millisecond)

	// Timers that are stopped before they fire never wake anyone.
	fired := 0
	var mu sync.Mutex
	timers := make([]*time.Timer, n)
	for i := range timers {
		timers[i] = time.AfterFunc(time.Hour, func() { mu.Lock(); fired++; mu.Unlock() })
	}
	stopped := 0
	for _, t := range timers {
		if t.Stop() {
			stopped++
		}
	}
	fmt.Println("stopped:", stopped, "fired:", fired)
}
