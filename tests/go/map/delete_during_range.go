// run

package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = i%3 == 0
	}
	for k, keep := range m {
		if !keep {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}
