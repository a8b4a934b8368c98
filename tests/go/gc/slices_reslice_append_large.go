// run

package main

// Slices and the collector. A small subslice of a large array keeps the whole array alive (Go
// semantics: the subslice points into it), so its data must survive many collections; a queue
// that pops from the front (q = q[1:]) and appends at the back keeps reallocating, and the old
// arrays must be freed; append growth from empty is repeated; large objects (slices of 64 KiB
// to 1 MiB) are allocated and dropped over and over. The heap must stay bounded.

import (
	"fmt"
	"runtime"
)

// verbose prints the measured memory numbers (not deterministic: keep false in the test).
const verbose = false

const (
	heapCeiling = 192 << 20  // peak HeapAlloc must stay below
	sysCeiling  = 256 << 20  // peak Sys must stay below
	minTotal    = 1920 << 20 // TotalAlloc must exceed (a heap that never frees would pass it)
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

// tails returns small subslices of big arrays: only the subslices are kept by the caller.
func tails() ([]int, []byte, []*int) {
	big := make([]int, 1<<19) // 4 MiB
	for i := range big {
		big[i] = i * 3
	}
	bytes := make([]byte, 2<<20) // 2 MiB
	for i := range bytes {
		bytes[i] = byte(i % 251)
	}
	ptrs := make([]*int, 1<<16) // 512 KiB of pointers, each to its own int
	for i := range ptrs {
		v := i * 5
		ptrs[i] = &v
	}
	return big[len(big)-4:], bytes[1000:1008:1010], ptrs[len(ptrs)/2 : len(ptrs)/2+3]
}

func checkTails(ints []int, bs []byte, ps []*int) bool {
	ok := len(ints) == 4 && cap(ints) == 4 && len(bs) == 8 && cap(bs) == 10 && len(ps) == 3
	for i, v := range ints {
		ok = ok && v == ((1<<19)-4+i)*3
	}
	for i, b := range bs {
		ok = ok && b == byte((1000+i)%251)
	}
	// Capacity beyond the length is still the array's data.
	full := bs[:cap(bs)]
	ok = ok && full[9] == byte(1009%251)
	for i, p := range ps {
		ok = ok && *p == ((1<<15)+i)*5
	}
	return ok
}

func main() {
	ints, bs, ps := tails()
	sample()

	// Part 1: a queue popping at the front and pushing at the back.
	q := make([]*[4]int, 0, 16)
	popped := 0
	for i := 0; i < 600000; i++ {
		q = append(q, &[4]int{i, i + 1, i + 2, i + 3})
		if len(q) > 1000 {
			popped += q[0][3] - q[0][0]
			q = q[1:]
		}
		if i%8192 == 0 {
			sample()
		}
	}
	fmt.Println("queue:", len(q), q[0][0], q[len(q)-1][3], popped)

	// Part 2: append growth from nil, many times.
	grown := 0
	for round := 0; round < 60; round++ {
		var s []int
		for i := 0; i < 100000; i++ {
			s = append(s, i^round)
		}
		grown += s[len(s)-1] + len(s)
		var strs []string
		for i := 0; i < 2000; i++ {
			strs = append(strs, "s")
		}
		grown += len(strs)
		sample()
	}
	fmt.Println("append growth:", grown)

	// Part 3: large objects, allocated and dropped.
	large := 0
	for round := 0; round < 2400; round++ {
		size := (64 << 10) << uint(round%5) // 64 KiB .. 1 MiB
		b := make([]byte, size)
		b[size-1] = byte(round)
		ws := make([]int64, size/8)
		ws[len(ws)/2] = int64(round)
		large += int(b[size-1]) + int(ws[len(ws)/2]) + len(b)/1024
		if round%10 == 0 {
			sample()
		}
	}
	fmt.Println("large objects:", large)

	// The subslices survived all of it, and several explicit collections.
	for i := 0; i < 3; i++ {
		runtime.GC()
		_ = make([]int, 1<<16)
	}
	sample()
	fmt.Println("subslices intact:", checkTails(ints, bs, ps))

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("arrays behind live subslices still counted (HeapAlloc > 6 MiB):", m.HeapAlloc > 6<<20)
	fmt.Println("peak HeapAlloc below", heapCeiling>>20, "MiB:", peakHeap < heapCeiling)
	fmt.Println("peak Sys below", sysCeiling>>20, "MiB:", peakSys < sysCeiling)
	fmt.Println("TotalAlloc above", minTotal>>20, "MiB:", m.TotalAlloc > minTotal)
	fmt.Println("NumGC > 0:", m.NumGC > 0)
	if verbose {
		fmt.Printf("peak HeapAlloc %.1f MiB, peak Sys %.1f MiB, TotalAlloc %.1f MiB, NumGC %d, final HeapAlloc %.1f MiB\n",
			mib(peakHeap), mib(peakSys), mib(m.TotalAlloc), m.NumGC, mib(m.HeapAlloc))
	}
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }
