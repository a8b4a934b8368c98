// run

package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	s := []int{1, 2, 3}
	t := s[:2]
	clear(t)
	fmt.Println(s, len(t))
	words := []string{"x", "y"}
	clear(words)
	fmt.Printf("%q\n", words)
	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilMap == nil)
}
