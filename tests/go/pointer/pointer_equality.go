// run

package main

import "fmt"

type T struct{ v int }

func main() {
	a := &T{1}
	b := &T{1}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	x, y := 5, 5
	fmt.Println(&x == &y, &x == &x)
	s := []int{1, 2}
	fmt.Println(&s[0] == &s[0], &s[0] == &s[1])
	m := map[*T]string{a: "a", b: "b"}
	fmt.Println(m[c], len(m))
}
