// run

package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Add(k string) {
	r.entries[k]++
}

func main() {
	r := &Registry{}
	fmt.Println(len(r.entries), r.entries["x"])
	r.Add("x")
}
