// A live heap of about 1 GiB (4 x 2^20 objects of 256 bytes, linked in one list, each holding
// pointers), kept while 2 GiB of garbage is allocated: every collection marks the whole live
// heap, so the longest stop-the-world pause is the mark time of 1 GiB. Prints a checksum.
package main

import "fmt"

// sink makes the garbage escape (real Go would otherwise keep it on the stack).
var sink *Big

type Big struct {
	next *Big
	self *Big
	vals [30]int
}

func main() {
	const n = 4 << 20
	var head *Big
	for i := 0; i < n; i++ {
		b := &Big{next: head}
		b.self = b
		b.vals[i%30] = i
		head = b
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
	fmt.Println(count, sum)
}
