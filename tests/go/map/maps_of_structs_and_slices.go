// run

package main

import (
	"fmt"
	"sort"
)

type P struct {
	X, Y int
}

func main() {
	m := map[string]P{"a": {1, 2}}
	p := m["a"]
	p.X = 10
	fmt.Println(m, p)
	m["a"] = p
	fmt.Println(m)

	mp := map[string]*P{"a": {1, 2}}
	mp["a"].X = 50
	fmt.Println(*mp["a"])

	ms := map[string][]int{}
	ms["x"] = append(ms["x"], 1)
	ms["x"] = append(ms["x"], 2)
	ms["y"] = append(ms["y"], 3)
	ms["x"][0] = 100
	fmt.Println(ms, len(ms["none"]))

	mm := map[string]map[string]int{}
	if mm["a"] == nil {
		mm["a"] = map[string]int{}
	}
	mm["a"]["b"]++
	mm["a"]["b"] += 5
	fmt.Println(mm)

	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	keys := make([]rune, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%q:%d ", k, counts[k])
	}
	fmt.Println()

	keyed := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(keyed[P{1, 2}], keyed[P{3, 4}], keyed[P{}] == "")
	arrKey := map[[2]int]bool{{1, 2}: true}
	fmt.Println(arrKey[[2]int{1, 2}], arrKey)

	var ifKey = map[interface{}]int{1: 1, "1": 2, 1.0: 3, int8(1): 4}
	fmt.Println(ifKey[1], ifKey["1"], ifKey[1.0], ifKey[int8(1)], len(ifKey))

	v, ok := m["zz"]
	fmt.Println(v, ok)
	delete(m, "zz")
	delete(m, "a")
	fmt.Println(m, len(m))
	m2 := m
	m2["new"] = P{}
	fmt.Println(len(m))
	fmt.Printf("%v %+v %#v\n", mp["none"], m, map[string]int{"b": 2, "a": 1})
}
