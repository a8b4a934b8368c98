// run

package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10 // a copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	ptrs := []*Item{{"c", 3}}
	for _, p := range ptrs {
		p.Count = 30
	}
	fmt.Println(*ptrs[0])
}
