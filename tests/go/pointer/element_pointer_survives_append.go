// run

package main

import "fmt"

func main() {
	s := make([]int, 1, 1)
	p := &s[0]
	s = append(s, 2) // reallocates: p still points into the old array
	*p = 100
	fmt.Println(s, *p)
	t := make([]int, 1, 4)
	q := &t[0]
	t = append(t, 2) // same array
	*q = 100
	fmt.Println(t, *q)
}
