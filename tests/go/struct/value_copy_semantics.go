// run

package main

import "fmt"

type Inner struct{ Vals []int }
type Outer struct {
	N     int
	Arr   [2]int
	Inner Inner
}

func main() {
	a := Outer{N: 1, Arr: [2]int{1, 2}, Inner: Inner{[]int{1, 2}}}
	b := a
	b.N = 2
	b.Arr[0] = 100
	b.Inner.Vals[0] = 100 // the slice header is copied, the elements are shared
	fmt.Println(a)
	fmt.Println(b)
	ps := []Outer{a}
	for _, o := range ps {
		o.N = 99
	}
	fmt.Println(ps[0].N)
	for i := range ps {
		ps[i].N = 99
	}
	fmt.Println(ps[0].N)
}
