// run

package main

import (
	"fmt"
	"math"
)

type node struct{ id int }

// Int keys the hash table must spread: negatives, extremes, large power-of-two strides,
// multiples of the table sizes; plus the other word-sized key types.
func main() {
	m := map[int]int{}
	keys := []int{0, -1, 1, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, math.MaxInt64 - 1}
	for i := 1; i <= 3000; i++ {
		keys = append(keys, i<<20, -i<<20, i<<40, i*8191, i*65535, -i)
	}
	for i, k := range keys {
		m[k] = i
	}
	fmt.Println(len(m))
	bad := 0
	for i, k := range keys {
		if v, ok := m[k]; !ok || v != i {
			bad++
		}
	}
	fmt.Println("bad:", bad)
	_, ok := m[12345]
	fmt.Println(ok, m[math.MinInt64], m[math.MaxInt64], m[-1])

	// Delete every other key, then re-insert half of those, forcing rebuilds in between.
	for i, k := range keys {
		if i%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	for i, k := range keys {
		if i%4 == 1 {
			m[k] = -i
		}
	}
	sum, n := 0, 0
	for _, k := range keys {
		if v, ok := m[k]; ok {
			sum += v
			n++
		}
	}
	fmt.Println(len(m), n, sum)

	var small = map[int8]string{}
	for i := -128; i < 128; i++ {
		small[int8(i)] = fmt.Sprint(i)
	}
	fmt.Println(len(small), small[-128], small[127], small[0])

	u := map[uint64]bool{math.MaxUint64: true, 0: false, 1 << 63: true}
	fmt.Println(len(u), u[math.MaxUint64], u[1<<63], u[0], u[5])

	b := map[bool]int{}
	b[true]++
	b[true]++
	b[false]--
	fmt.Println(b)

	nodes := make([]*node, 1000)
	pm := map[*node]int{}
	for i := range nodes {
		nodes[i] = &node{i}
		pm[nodes[i]] = i
	}
	same := 0
	for i, p := range nodes {
		if pm[p] == i {
			same++
		}
	}
	_, found := pm[&node{3}]
	fmt.Println(len(pm), same, found)

	c1, c2 := make(chan int), make(chan int)
	cm := map[chan int]string{c1: "one", c2: "two"}
	fmt.Println(cm[c1], cm[c2], len(cm))
}
