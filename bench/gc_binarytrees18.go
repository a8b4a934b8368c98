// Binary trees at depth 18 (the Benchmarks Game program): the collector's classic test. The
// peak RSS against real Go's is what `scripts/gc-bench.py` reports.
package main

import "fmt"

type Node struct{ left, right *Node }

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
	const maxDepth = 18
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, bottomUp(maxDepth+1).check())
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, long.check())
}
