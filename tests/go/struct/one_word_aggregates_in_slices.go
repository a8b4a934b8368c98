// run

package main

import (
	"fmt"
	"maps"
	"slices"
)

// A struct or array of one word is stored inline in a slice like a scalar: appending,
// packing variadic arguments and collecting from iterators must copy its word, not its box.

type Q struct{ N int }
type S struct{ Name string }
type A [1]int
type W struct{ Q Q }
type F struct{ f func() }

func sum(qs ...Q) int {
	t := 0
	for _, q := range qs {
		t += q.N
	}
	return t
}

func names(ss ...S) []S { return ss }

func main() {
	var q []Q
	q = append(q, Q{N: 5})
	fmt.Println(q[0].N, q)
	q = append(q, Q{3}, Q{4})
	q = append(q, q[:2]...)
	fmt.Println(q, len(q))

	var s []S
	s = append(s, S{Name: "bob"})
	fmt.Println(s[0].Name, s)

	a := []A{{1}}
	a = append(a, A{2})
	fmt.Println(a, a[1][0])

	w := []W{}
	w = append(w, W{Q{8}})
	fmt.Println(w, w[0].Q.N)

	fmt.Println(sum(Q{1}, Q{2}, Q{3}), names(S{"x"}, S{"y"}))

	m := map[string]Q{"a": {7}, "b": {9}}
	vals := slices.Collect(maps.Values(m))
	slices.SortFunc(vals, func(x, y Q) int { return x.N - y.N })
	fmt.Println(vals)
	fmt.Println(slices.Collect(slices.Values([]S{{"p"}, {"q"}})))

	var foos []F
	k := 10
	for i := 0; i < 3; i++ {
		foos = append(foos, F{func() { fmt.Println(i, k) }})
	}
	for _, f := range foos {
		f.f()
	}

	ch := make(chan Q, 1)
	ch <- Q{11}
	fmt.Println(<-ch)
}
