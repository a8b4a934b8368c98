// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 1; i <= 100; i++ {
		wg.Go(func() { // Go 1.25: Add(1), go f(), Done() in one call
			sum.Add(int64(i))
		})
	}
	wg.Wait()
	fmt.Println("sum:", sum.Load())

	names := make([]string, 3)
	for i, n := range []string{"x", "y", "z"} {
		wg.Go(func() { names[i] = n + n })
	}
	wg.Wait()
	fmt.Println(names)
}
