// run

package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	for k, v := range m {
		fmt.Println(k, v)
	}
	delete(m, "x") // a no-op on a nil map
	fmt.Println(m)
	m = map[string]int{}
	m["x"] = 1
	fmt.Println(m)
}
