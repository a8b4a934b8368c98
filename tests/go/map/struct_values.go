// run

package main

import "fmt"

type Stats struct {
	Hits, Misses int
}

func main() {
	m := map[string]Stats{}
	s := m["a"]
	s.Hits++
	m["a"] = s // map elements are not addressable: copy, modify, store
	m["a"] = Stats{m["a"].Hits + 1, 3}
	fmt.Println(m["a"], m["a"].Hits)
	pm := map[string]*Stats{"b": {}}
	pm["b"].Misses += 5
	fmt.Println(*pm["b"])
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	fmt.Println(nested)
}
