// run

package main

// Deliberately racy (no synchronization on the shared variable): one goroutine switches a
// shared string between a short constant, a long string and freshly built strings, while other
// goroutines read a local copy: its length, its last byte, a substring, a comparison. Only
// "done" is printed (the values read are not deterministic); the racing reads must never crash
// the VM.

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

var shared = "start"

var sinks [8]int

// readersLeft counts the readers still reading: the writer keeps writing until they are done.
var readersLeft int32 = 4

func writer(n int, long string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n || atomic.LoadInt32(&readersLeft) > 0; i++ {
		switch {
		case i%100 == 0:
			shared = strconv.Itoa(i) + "-" + strings.Repeat("q", i%50) // garbage soon after
		case i%2 == 0:
			shared = "ab"
		default:
			shared = long
		}
	}
}

func reader(id, n int, long string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer atomic.AddInt32(&readersLeft, -1)
	sum := 0
	for i := 0; i < n; i++ {
		s := shared
		if len(s) > 0 {
			sum += int(s[len(s)-1])
		}
		if len(s) > 4 {
			sum += len(s[2:4]) + int(s[3])
		}
		if s == long {
			sum++
		}
		if i%128 == 0 {
			sum += len(s + "!")
		}
	}
	sinks[id] = sum
}

func main() {
	long := strings.Repeat("xyz", 100)
	var wg sync.WaitGroup
	wg.Add(1)
	go writer(300000, long, &wg)
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go reader(id, 300000, long, &wg)
	}
	wg.Wait()
	fmt.Println("done")
}
