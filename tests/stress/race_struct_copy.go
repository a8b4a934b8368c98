// run

package main

// Deliberately racy (no synchronization on the shared variable): one goroutine assigns whole
// multi-word struct values (a string, a slice, a map, a func, an int) to a shared variable,
// alternating between prepared values and freshly built ones, while other goroutines copy it and
// use each field of their copy: lengths, a map lookup, a call of the func field. A reader may
// see fields from different writes; only "done" is printed, and the racing reads must never
// crash the VM. (Every tags slice has length 2 and no field pointer is ever stored as nil but
// the single-word map and func: real Go itself may crash on a torn read otherwise.)

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

type config struct {
	name  string
	tags  []string
	index map[string]int
	fn    func(int) int
	limit int
}

var shared config

var sinks [8]int

// readersLeft counts the readers still reading: the writer keeps writing until they are done.
var readersLeft int32 = 4

func fresh(i int) config {
	k := i % 5
	return config{
		name:  "cfg" + strconv.Itoa(i),
		tags:  []string{"t" + strconv.Itoa(i), "u"},
		index: map[string]int{"a": i},
		fn:    func(x int) int { return x + k },
		limit: i,
	}
}

func writer(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a := config{name: "a", tags: []string{"x", "y"}, index: map[string]int{"a": 1}, fn: func(x int) int { return x }, limit: 1}
	b := config{name: "bbbbbbbbbbbbbbbb", tags: []string{"xx", "yy"}, index: map[string]int{"b": 2}, fn: func(x int) int { return -x }, limit: 3}
	for i := 0; i < n || atomic.LoadInt32(&readersLeft) > 0; i++ {
		switch i % 4 {
		case 0:
			shared = a
		case 1:
			shared = b
		case 2:
			shared = fresh(i)
		case 3:
			shared = config{name: "z", tags: []string{"z", "z"}} // nil map and func
		}
	}
}

func reader(id, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer atomic.AddInt32(&readersLeft, -1)
	sum := 0
	for i := 0; i < n; i++ {
		c := shared
		sum += len(c.name) + len(c.tags) + c.limit + len(c.index)
		for _, t := range c.tags {
			sum += len(t)
		}
		if c.index != nil {
			sum += c.index["a"]
		}
		if c.fn != nil {
			sum += c.fn(i)
		}
	}
	sinks[id] = sum
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go writer(200000, &wg)
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go reader(id, 300000, &wg)
	}
	wg.Wait()
	fmt.Println("done")
}
