// run

// Go 1.25+ gives `s = append(s, ...)` on a local slice that never escapes a 32-byte stack
// buffer, so its first capacity is at least 32 bytes; a slice that escapes (printed, passed
// on, stored) grows from Go's growslice rule alone. The Tour's slices page prints the
// escaping case. (gorun's analysis is gc's made conservative: a slice returned by a function
// it was passed to, or kept in a struct field, counts as escaping where gc may still give it
// the buffer.)

package main

import "fmt"

var sink []int

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)

	var a []int
	a = append(a, 1)
	fmt.Println("local", len(a), cap(a))

	var d []int
	d = append(d, 1)
	sink = d
	fmt.Println("stored", cap(d))

	var e []int
	for i := 0; i < 3; i++ {
		e = append(e, i)
	}
	fmt.Println("loop", cap(e), e[2])

	var f []byte
	f = append(f, 1)
	fmt.Println("bytes", cap(f))

	g := []int{}
	g = append(g, 1, 2, 3)
	fmt.Println("several", cap(g))

	var h []int
	h = append(h, 1)
	fmt.Println(h)
	fmt.Println("printed", cap(h))

	var k []string
	for i := 0; i < 5; i++ {
		k = append(k, "x")
		fmt.Print(cap(k), " ")
	}
	fmt.Println(k)

	var c []int
	c = append(c, 1)
	fmt.Println("summed", cap(c), sum(c))

	var sp []int
	sp = append(sp, []int{1, 2}...)
	fmt.Println("spread", cap(sp))

	var m []int
	m = append(m, 7)
	p := &m[0]
	*p = 8
	fmt.Println("addressed", cap(m), m[0])
}
