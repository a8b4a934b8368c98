// run

package main

// runtime/debug.SetGCPercent: -1 turns the collector off (no collection however much is
// allocated, and the heap grows), setting it back returns -1 and collections resume.

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	val  [6]int
}

// sink makes every node escape to the heap (Go would keep it on the stack otherwise).
var sink *node

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &node{val: [6]int{i}}
		sink = p
		s += p.val[0] & 1
	}
	return s
}

func main() {
	old := debug.SetGCPercent(-1)
	fmt.Println("previous setting:", old)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	churn(400000) // about 25 MB
	runtime.ReadMemStats(&after)
	fmt.Println("no collection while off:", after.NumGC == before.NumGC)
	fmt.Println("heap grew while off:", after.HeapAlloc > before.HeapAlloc+16<<20)
	fmt.Println("setting back returns:", debug.SetGCPercent(old))
	churn(2000000)
	runtime.ReadMemStats(&after)
	fmt.Println("collections resumed:", after.NumGC > before.NumGC)
	debug.FreeOSMemory()
	var last runtime.MemStats
	runtime.ReadMemStats(&last)
	fmt.Println("FreeOSMemory collected:", last.NumGC > after.NumGC, last.HeapAlloc < 8<<20)
}
