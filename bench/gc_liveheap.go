// A live heap of about 1 GiB: a slice of 4 x 2^20 pointers to 256-byte objects (each holding
// two pointers and 30 numbers), kept while 2 GiB of garbage is allocated. Every collection marks
// the whole live heap, so the longest stop-the-world pause is the mark time of 1 GiB.
// `scripts/gc-bench.py list` runs the same heap as one linked list instead (the worst case for
// marking: one long dependency chain no second marker can share). Prints a checksum.
package main

import (
	"fmt"
	"os"
)

type Big struct {
	next *Big
	self *Big
	vals [30]int
}

// sink makes the garbage escape (real Go would otherwise keep it on the stack).
var sink *Big

func main() {
	const n = 4 << 20
	list := len(os.Args) > 1 && os.Args[1] == "list"
	var head *Big
	var objs []*Big
	if !list {
		objs = make([]*Big, n)
	}
	for i := 0; i < n; i++ {
		b := &Big{}
		b.self = b
		b.vals[i%30] = i
		if list {
			b.next = head
			head = b
		} else {
			objs[i] = b
		}
	}
	sum := 0
	for r := 0; r < 8; r++ {
		for i := 0; i < 1<<20; i++ {
			g := &Big{}
			g.vals[0] = i
			sink = g
			sum += g.vals[0] & 1
		}
	}
	count := 0
	for p := head; p != nil; p = p.next {
		if p.self == p {
			count++
		}
	}
	for _, p := range objs {
		if p.self == p {
			count++
		}
	}
	fmt.Println(count, sum)
}
