// run

package main

// Legal concurrent map reads while the heap churns: maps with pointer and slice values are built
// and then only read by many goroutines at once (allowed in Go: no goroutine writes them). A
// publisher goroutine keeps replacing the shared map variable (deliberately racy: a plain
// pointer-sized store) with freshly built maps, so the old ones become garbage while readers may
// still be reading them, and the main goroutine allocates garbage meanwhile. No run may report a
// concurrent map access or crash; the sums read from each map are checked against the map's own
// generation number, so the output is deterministic.

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

type entry struct {
	gen  int
	key  int
	vals []int
}

type table struct {
	gen   int
	byInt map[int]*entry
	byStr map[string][]int
}

var current *table

func build(gen int) *table {
	t := &table{gen: gen, byInt: map[int]*entry{}, byStr: map[string][]int{}}
	for i := 0; i < 200; i++ {
		t.byInt[i] = &entry{gen: gen, key: i, vals: []int{gen, i, gen + i}}
		t.byStr["k"+strconv.Itoa(i)] = []int{gen, i}
	}
	return t
}

// check reads a table as it was built; it reports whether everything matched.
func check(t *table, round int) bool {
	i := round % 200
	e := t.byInt[i]
	if e == nil || e.gen != t.gen || e.key != i || e.vals[2] != t.gen+i {
		return false
	}
	s, ok := t.byStr["k"+strconv.Itoa(i)]
	if !ok || s[0] != t.gen || s[1] != i {
		return false
	}
	if _, ok := t.byInt[1000]; ok {
		return false
	}
	if round%50 == 0 {
		n := 0
		for k, v := range t.byInt {
			if v.key != k || v.gen != t.gen {
				return false
			}
			n++
		}
		if n != 200 || len(t.byStr) != 200 {
			return false
		}
	}
	return true
}

func main() {
	current = build(0)
	var wg sync.WaitGroup
	bad := make([]int, 6)
	readersLeft := int32(6)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			defer atomic.AddInt32(&readersLeft, -1)
			for r := 0; r < 60000; r++ {
				if !check(current, r) {
					bad[g]++
				}
			}
		}(g)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		// At least 300 generations, and new ones as long as a reader is still reading.
		for gen := 1; gen <= 300 || atomic.LoadInt32(&readersLeft) > 0; gen++ {
			current = build(gen)
		}
	}()
	garbage := 0
	for i := 0; i < 200; i++ {
		m := map[int][]byte{}
		for j := 0; j < 100; j++ {
			m[j] = make([]byte, 64)
		}
		garbage += len(m)
	}
	wg.Wait()
	fmt.Println("garbage maps:", garbage)
	fmt.Println("bad reads:", bad)
	fmt.Println("final generation ok:", check(current, 7) && current.gen >= 300)
}
