// run

package main

// Cyclic garbage, built and dropped 10^6 times: circular doubly linked lists (every node points
// both ways), self-referencing closures (a closure capturing the variable that holds it), and
// pairs of structs pointing at each other through interface fields. Reference counting alone
// never frees any of it; the heap must stay bounded anyway. A few of the cycles are kept alive
// and checked at the end, so a collector that frees a live cycle is caught too.

import (
	"fmt"
	"runtime"
)

// verbose prints the measured memory numbers (not deterministic: keep false in the test).
const verbose = false

const (
	heapCeiling = 24 << 20  // peak HeapAlloc must stay below
	sysCeiling  = 64 << 20  // peak Sys must stay below
	minTotal    = 240 << 20 // TotalAlloc must exceed (a heap that never frees would pass it)
)

var peakHeap, peakSys uint64

func sample() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if m.HeapAlloc > peakHeap {
		peakHeap = m.HeapAlloc
	}
	if m.Sys > peakSys {
		peakSys = m.Sys
	}
}

// A node of a circular doubly linked list.
type node struct {
	prev, next *node
	val        int
}

// ring builds a circular list of n nodes holding base, base+1, ...
func ring(n, base int) *node {
	head := &node{val: base}
	head.prev, head.next = head, head
	for i := 1; i < n; i++ {
		nd := &node{prev: head.prev, next: head, val: base + i}
		head.prev.next = nd
		head.prev = nd
	}
	return head
}

// sumRing walks forwards and backwards; both directions must agree.
func sumRing(head *node) int {
	fwd, back := 0, 0
	n := head
	for {
		fwd += n.val
		n = n.next
		if n == head {
			break
		}
	}
	n = head.prev
	for {
		back += n.val
		if n == head {
			break
		}
		n = n.prev
	}
	if fwd != back {
		panic("ring directions disagree")
	}
	return fwd
}

// selfRef returns a closure that calls itself through the captured variable holding it.
func selfRef(k int) func(int) int {
	var f func(int) int
	f = func(n int) int {
		if n <= 0 {
			return k
		}
		return f(n-1) + 1
	}
	return f
}

// Two halves of a pair pointing at each other through interface fields.
type half struct {
	other interface{}
	val   int
	name  string
}

func pair(v int) *half {
	a := &half{val: v, name: "a"}
	b := &half{val: 2 * v, name: "b"}
	a.other = b
	b.other = a
	return a
}

func pairSum(a *half) int {
	b := a.other.(*half)
	back := b.other.(*half)
	if back != a {
		panic("pair cycle broken")
	}
	return a.val + b.val + len(a.name) + len(b.name)
}

func main() {
	const rounds = 1000000
	var kept []*node
	var keptF []func(int) int
	var keptP []*half
	sum := 0
	for i := 0; i < rounds; i++ {
		r := ring(8, i)
		sum += sumRing(r)
		f := selfRef(i)
		sum += f(3)
		p := pair(i)
		sum += pairSum(p)
		if i%100000 == 7 {
			kept = append(kept, r)
			keptF = append(keptF, f)
			keptP = append(keptP, p)
		}
		if i%4096 == 0 {
			sample()
		}
		sum %= 1000000007
	}
	sample()
	fmt.Println("checksum:", sum)

	keptSum := 0
	for i := range kept {
		keptSum += sumRing(kept[i]) + keptF[i](10) + pairSum(keptP[i])
	}
	fmt.Println("kept cycles:", len(kept), "checksum:", keptSum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("peak HeapAlloc below", heapCeiling>>20, "MiB:", peakHeap < heapCeiling)
	fmt.Println("peak Sys below", sysCeiling>>20, "MiB:", peakSys < sysCeiling)
	fmt.Println("TotalAlloc above", minTotal>>20, "MiB:", m.TotalAlloc > minTotal)
	fmt.Println("NumGC > 0:", m.NumGC > 0)
	if verbose {
		fmt.Printf("peak HeapAlloc %.1f MiB, peak Sys %.1f MiB, TotalAlloc %.1f MiB, NumGC %d\n",
			mib(peakHeap), mib(peakSys), mib(m.TotalAlloc), m.NumGC)
	}
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }
