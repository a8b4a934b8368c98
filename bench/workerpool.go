// Worker pool: 10^6 jobs sent over a buffered channel to 4 workers, results collected over a
// second buffered channel. Prints the sum of the results.
package main

import (
	"fmt"
	"sync"
)

func work(x int) int {
	h := x
	for k := 0; k < 10; k++ {
		h = (h*31 + k) % 1000003
	}
	return h
}

func main() {
	const jobs = 1000000
	const workers = 4
	in := make(chan int, 128)
	out := make(chan int, 128)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range in {
				out <- work(x)
			}
		}()
	}
	go func() {
		for i := 0; i < jobs; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for r := range out {
		sum += r
	}
	fmt.Println(sum)
}
