// run

package main

import "fmt"

func fill(m map[string]int) {
	m["filled"] = 1
}

func main() {
	a := map[string]int{"x": 1}
	b := a
	b["y"] = 2
	fill(a)
	fmt.Println(a, len(b))
	clear(a)
	fmt.Println(a, b, len(a))
	a["z"] = 3
	fmt.Println(b)
}
