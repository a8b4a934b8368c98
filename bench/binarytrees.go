// Binary trees (after the Computer Language Benchmarks Game), max depth 16: allocates and walks
// about 10 million small struct nodes. Prints the sum of all node counts.
package main

import "fmt"

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
	const maxDepth = 16
	total := bottomUp(maxDepth + 1).check()
	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + minDepth)
		for i := 0; i < iterations; i++ {
			total += bottomUp(depth).check()
		}
	}
	total += longLived.check()
	fmt.Println(total)
}
