// run

package main

// Deliberately racy (no synchronization on the shared variable): one goroutine appends to,
// reslices and replaces a shared []int while other goroutines read its length and index a local
// copy within that copy's own bounds. Go gives no guarantee about the values read, so only
// "done" lines are printed; what is tested is that the racing reads never crash the VM (a stale
// backing array must stay valid while a reader holds it, whatever the collector does).

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var shared []int

var sinks [8]int

// readersLeft counts the readers still reading: the writer keeps writing until they are done.
var readersLeft int32 = 4

func writer(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n || atomic.LoadInt32(&readersLeft) > 0; i++ {
		switch {
		case i%1000 == 0:
			shared = make([]int, 0, 1+i%7) // a fresh array: the old one becomes garbage
		case i%333 == 0:
			shared = shared[len(shared)/2:] // keep a tail
		case i%500 == 0:
			shared = shared[:0] // (never nil: real Go itself may crash on a torn read of a nil store)
		}
		shared = append(shared, i)
	}
}

func reader(id, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer atomic.AddInt32(&readersLeft, -1)
	sum := 0
	for i := 0; i < n; i++ {
		s := shared
		if len(s) > 0 {
			sum += s[len(s)-1] + s[0]
		}
		if len(s) > 3 {
			t := s[1:3]
			sum += len(t) + t[1]
		}
		if i%64 == 0 {
			c := make([]int, len(s))
			copy(c, s)
			for _, v := range c {
				sum += v
			}
		}
	}
	sinks[id] = sum
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go writer(300000, &wg)
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go reader(id, 300000, &wg)
	}
	wg.Wait()
	fmt.Println("done")
}
