// run

package main

import "fmt"

func main() {
	s := make([]int, 2, 6)
	s[0], s[1] = 1, 2
	t := s[:cap(s)]
	fmt.Println(t, len(t))
	t[5] = 5
	u := s[1:4]
	fmt.Println(u, len(u), cap(u))
	s = s[:0]
	fmt.Println(s, len(s), cap(s))
	s = s[:4]
	fmt.Println(s)
	v := t[2:]
	fmt.Println(len(v), cap(v), v)
	w := t[6:]
	fmt.Println(len(w), cap(w))
}
