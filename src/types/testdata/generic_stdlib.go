package main

import (
	"maps"
	"slices"
)

type P struct{ x []int }

func main() {
	slices.Sort(5)
	slices.Sort([]P{})
	slices.Contains([]P{}, P{})
	slices.Sort()
	slices.Contains([]int{1}, "a")
	f := slices.Sort
	_ = f
	_ = slices.Max([]int{}) + "a"
	maps.Keys(5)
	var m map[string]int
	for k := range maps.Keys(m) {
		_ = k
	}
	_ = slices.Sorted(maps.Keys(m))
	slices.Insert([]int{1}, 0, "x")
}
