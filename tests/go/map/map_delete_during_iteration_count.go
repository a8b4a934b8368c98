// run

package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		delete(m, k)
		delete(m, k^1)
		n++
	}
	fmt.Println(n, len(m))

	m2 := map[int]bool{1: true, 2: true, 3: true}
	for k := range m2 {
		if k != 2 {
			delete(m2, k)
		}
	}
	fmt.Println(m2)

	m3 := map[string]int{"a": 1, "b": 2}
	for k, v := range m3 {
		m3[k] = v * 10
	}
	fmt.Println(m3)

	clear(m3)
	fmt.Println(m3, len(m3))
	var nm map[string]int
	for range nm {
		fmt.Println("never")
	}
	delete(nm, "x")
	fmt.Println(nm["x"], len(nm), nm == nil)
}
