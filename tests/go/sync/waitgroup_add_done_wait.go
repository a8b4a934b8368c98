// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	wg.Add(len(results)) // one Add for many goroutines
	for i := range results {
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// Wait on a zero counter returns at once; a WaitGroup can be reused after Wait.
	wg.Wait()
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		for j := 0; j < round; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				total += round
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("after round", round, "total", total)
	}

	// Passing a *WaitGroup to functions.
	worker := func(id int, wg *sync.WaitGroup, out []string) {
		defer wg.Done()
		out[id] = fmt.Sprint("worker ", id)
	}
	out := make([]string, 3)
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go worker(id, &wg, out)
	}
	wg.Wait()
	fmt.Println(out)
}
