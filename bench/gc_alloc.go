// Allocation throughput: G goroutines (os.Args[1], default 1) together allocate 4 x 10^7 small
// objects (3 words, one pointer) and drop them at once. objects/s = 4e7 / wall time.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type T struct {
	p    *T
	a, b int
}

func main() {
	g := 1
	if len(os.Args) > 1 {
		g, _ = strconv.Atoi(os.Args[1])
	}
	const total = 40000000
	var wg sync.WaitGroup
	sums := make([]int, g)
	for w := 0; w < g; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var prev *T
			s := 0
			for i := 0; i < total/g; i++ {
				t := &T{p: prev, a: i}
				if i%2 == 0 {
					prev = t
				} else {
					prev = nil
				}
				s += t.a & 1
			}
			sums[w] = s
		}(w)
	}
	wg.Wait()
	s := 0
	for _, v := range sums {
		s += v
	}
	fmt.Println(s)
}
