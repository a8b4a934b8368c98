// Capacities of a slice grown by append from nil, when the slice escapes (it is printed).
// Go: 1 1 / 2 2 / 3 4 / 4 4 / 5 8. gorun: 1 4 / 2 4 / 3 4 / 4 4 / 5 8: gorun always starts
// at 32 bytes, like gc's stack buffer for a slice that does NOT escape (Go leaves capacities to the
// implementation, but gorun aims at gc's; the generator compares only capacities above 32 bytes).
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	fmt.Println(s)
}
