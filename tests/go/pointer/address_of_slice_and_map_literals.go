// run

package main

import "fmt"

type Names []string

func main() {
	s := &[]int{1, 2}
	*s = append(*s, 3)
	fmt.Println(*s, len(*s))
	m := &map[string]int{"a": 1}
	(*m)["b"] = 2
	fmt.Println(*m, len(*m))
	n := &Names{"x"}
	fmt.Println(*n)
}
