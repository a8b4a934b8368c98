// run

package main

// Deliberately racy (no synchronization on the shared fields): one goroutine swaps a struct's
// pointer fields between nil and freshly allocated values (and now and then replaces the whole
// struct), while other goroutines copy a field to a local variable, check it for nil and only
// then dereference the copy. Only "done" is printed (the values read are not deterministic);
// the racing reads must never crash the VM, and a payload a reader still holds must not be freed
// under it.

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

type payload struct {
	vals []int
	name string
	n    int
}

type holder struct {
	p     *payload
	q     *payload
	count int
}

var h = &holder{}

var sinks [8]int

// readersLeft counts the readers still reading: the writer keeps writing until they are done.
var readersLeft int32 = 4

func writer(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n || atomic.LoadInt32(&readersLeft) > 0; i++ {
		cur := h
		if i%2 == 0 {
			cur.p = nil
		} else {
			cur.p = &payload{vals: []int{i, i + 1, i + 2}, name: "p" + strconv.Itoa(i), n: i}
		}
		if i%7 == 0 {
			cur.q = cur.p
		}
		cur.count++
		if i%1000 == 0 {
			h = &holder{q: &payload{n: -1}}
		}
	}
}

func reader(id, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer atomic.AddInt32(&readersLeft, -1)
	sum := 0
	for i := 0; i < n; i++ {
		cur := h
		if p := cur.p; p != nil {
			sum += p.n + len(p.vals) + len(p.name)
			if len(p.vals) > 2 {
				sum += p.vals[2]
			}
		}
		if q := cur.q; q != nil {
			sum += q.n
		}
		sum += cur.count
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
