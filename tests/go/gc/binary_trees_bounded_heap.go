// run

package main

// The Computer Language Benchmarks Game's binary-trees at depth 18 (single-threaded): about
// 2^26 small nodes are allocated, almost all of them garbage soon after; only the long-lived
// tree (2^19 nodes) stays. The heap must stay bounded: the peak HeapAlloc and Sys seen by
// periodic runtime.ReadMemStats samples must stay far below the program's total allocation.

import (
	"fmt"
	"runtime"
)

// verbose prints the measured memory numbers (not deterministic: keep false in the test).
const verbose = false

const (
	heapCeiling = 128 << 20  // peak HeapAlloc must stay below
	sysCeiling  = 256 << 20  // peak Sys must stay below
	minTotal    = 1000 << 20 // TotalAlloc must exceed (a heap that never frees would pass it)
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

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	const maxDepth = 18

	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, bottomUp(stretch).check())
	sample()

	longLived := bottomUp(maxDepth)
	sample()

	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		every := iterations / 64
		if every == 0 {
			every = 1
		}
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
			if i%every == 0 {
				sample()
			}
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.check())
	sample()

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
