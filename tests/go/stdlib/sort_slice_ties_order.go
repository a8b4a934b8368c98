// run

package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Score int
}

func main() {
	var items []Item
	for i := 0; i < 40; i++ {
		items = append(items, Item{fmt.Sprintf("n%02d", i), (i * 7) % 5})
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Score < items[j].Score })
	for _, it := range items {
		fmt.Print(it.Name, ":", it.Score, " ")
	}
	fmt.Println()
	small := []Item{{"a", 1}, {"b", 0}, {"c", 1}, {"d", 0}, {"e", 1}}
	sort.Slice(small, func(i, j int) bool { return small[i].Score < small[j].Score })
	fmt.Println(small)
	xs := make([]int, 50)
	for i := range xs {
		xs[i] = (i * 37) % 11
	}
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return xs[idx[a]] < xs[idx[b]] })
	fmt.Println(idx)
}
