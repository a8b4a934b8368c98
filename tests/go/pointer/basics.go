// run

package main

import "fmt"

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 3
	fmt.Println(x)
	var np *int
	fmt.Println(np == nil, np)
	y := 10
	p = &y
	*p += 5
	fmt.Println(x, y)
}
