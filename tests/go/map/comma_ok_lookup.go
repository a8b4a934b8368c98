// run

package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	if _, ok := m["one"]; ok {
		fmt.Println("has one")
	}
	present := map[string]bool{"x": false}
	_, exists := present["x"]
	fmt.Println(present["x"], exists)
	var nilMap map[string]int
	n, ok := nilMap["a"]
	fmt.Println(n, ok)
}
