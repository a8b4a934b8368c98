// run

package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	t := make([]int, 0, 5)
	t = append(t, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(t), cap(t))
	u := append([]int{1, 2, 3}, 4, 5, 6, 7, 8)
	fmt.Println(len(u), cap(u))
	v := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(v), cap(v))
}
