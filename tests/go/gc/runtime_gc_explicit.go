// run

package main

// runtime.GC() frees what is no longer reachable: a big structure (a linked list of 10^6 nodes
// plus a slice of pointers to them and a 16 MiB array of ints) is built, measured, dropped, and
// after runtime.GC() the heap is far below its peak. NumGC grows by at least one per
// runtime.GC() call; the MemStats counters stay consistent (Mallocs - Frees == HeapObjects,
// Alloc == HeapAlloc, HeapAlloc <= HeapInuse <= HeapSys <= Sys, TotalAlloc >= HeapAlloc).
// Only true/false checks are printed, never raw numbers.

import (
	"fmt"
	"runtime"
)

// verbose prints the measured memory numbers (not deterministic: keep false in the test).
const verbose = false

type node struct {
	next *node
	val  int
	pad  [2]int
}

var sink []*node // a global root, emptied before the collection

func stats() runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func consistent(label string, m runtime.MemStats) {
	ok := m.Mallocs-m.Frees == m.HeapObjects &&
		m.Alloc == m.HeapAlloc &&
		m.HeapAlloc <= m.HeapInuse &&
		m.HeapInuse <= m.HeapSys &&
		m.HeapSys <= m.Sys &&
		m.TotalAlloc >= m.HeapAlloc &&
		m.Mallocs >= m.Frees
	fmt.Println(label, "counters consistent:", ok)
}

func show(label string, m runtime.MemStats) {
	if verbose {
		fmt.Printf("  [%s] HeapAlloc %.1f MiB, Sys %.1f MiB, TotalAlloc %.1f MiB, HeapObjects %d, Mallocs %d, Frees %d, NumGC %d, NextGC %.1f MiB, PauseTotalNs %d\n",
			label, mib(m.HeapAlloc), mib(m.Sys), mib(m.TotalAlloc), m.HeapObjects, m.Mallocs, m.Frees, m.NumGC, mib(m.NextGC), m.PauseTotalNs)
	}
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }

func build(n int) (*node, []int) {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: i}
		if i%2 == 0 {
			sink = append(sink, head)
		}
	}
	ints := make([]int, 2<<20)
	for i := range ints {
		ints[i] = i
	}
	return head, ints
}

func main() {
	runtime.GC()
	m0 := stats()
	show("start", m0)
	consistent("start", m0)

	head, ints := build(1000000)
	m1 := stats()
	show("built", m1)
	consistent("built", m1)
	fmt.Println("big structure counted: HeapAlloc grew by more than 32 MiB:", m1.HeapAlloc > m0.HeapAlloc+32<<20)
	fmt.Println("Mallocs grew by at least 10^6:", m1.Mallocs >= m0.Mallocs+1000000)

	// Use it, then drop every reference.
	s := 0
	for n := head; n != nil; n = n.next {
		s += n.val
	}
	s += ints[len(ints)-1] + len(sink)
	fmt.Println("sum:", s)
	head, ints, sink = nil, nil, nil

	runtime.GC()
	m2 := stats()
	show("after GC", m2)
	consistent("after GC", m2)
	fmt.Println("NumGC grew by at least 1:", m2.NumGC >= m1.NumGC+1)
	fmt.Println("HeapAlloc below a quarter of the peak:", m2.HeapAlloc < m1.HeapAlloc/4)
	fmt.Println("HeapAlloc back below 8 MiB:", m2.HeapAlloc < 8<<20)
	fmt.Println("HeapObjects dropped by at least 900000:", m2.HeapObjects+900000 <= m1.HeapObjects)
	fmt.Println("Frees grew by at least 900000:", m2.Frees >= m1.Frees+900000)
	fmt.Println("TotalAlloc never decreases:", m2.TotalAlloc >= m1.TotalAlloc)
	fmt.Println("PauseTotalNs > 0:", m2.PauseTotalNs > 0)
	fmt.Println("NextGC > 0:", m2.NextGC > 0)

	// Each runtime.GC() call completes at least one more cycle.
	before := m2.NumGC
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	m3 := stats()
	show("after 5 more", m3)
	fmt.Println("five calls, NumGC grew by at least 5:", m3.NumGC >= before+5)

	// Two halves alive at once, then one dropped: after a collection the live half is still
	// counted and the dropped half is not.
	keep, keepInts := build(400000)
	sink = nil
	drop, dropInts := build(400000)
	sink = nil
	mBoth := stats()
	show("both halves", mBoth)
	fmt.Println("both halves counted (HeapAlloc > 48 MiB):", mBoth.HeapAlloc > 48<<20)
	fmt.Println("dropped half sum:", drop.val+dropInts[7])
	drop, dropInts = nil, nil
	runtime.GC()
	m4 := stats()
	show("half kept", m4)
	consistent("half kept", m4)
	fmt.Println("live half still counted (HeapAlloc > 16 MiB):", m4.HeapAlloc > 16<<20)
	fmt.Println("dropped half freed (HeapAlloc below 3/4 of both halves):", m4.HeapAlloc < mBoth.HeapAlloc/4*3)
	t := 0
	for n := keep; n != nil; n = n.next {
		t += n.val
	}
	fmt.Println("kept list sum:", t, "kept ints:", keepInts[12345], len(keepInts))
}
