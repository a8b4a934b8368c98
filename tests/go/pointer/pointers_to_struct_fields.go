// run

package main

import "fmt"

type Pair struct{ A, B int }

func main() {
	pr := Pair{1, 2}
	pa := &pr.A
	*pa = 10
	fmt.Println(pr)
	arr := [3]int{}
	pe := &arr[1]
	*pe = 5
	fmt.Println(arr)
	sl := []Pair{{}, {}}
	ps := &sl[1]
	ps.B = 9
	fmt.Println(sl)
	pp := &Pair{3, 4}
	pp.A, pp.B = pp.B, pp.A
	fmt.Println(*pp)
}
