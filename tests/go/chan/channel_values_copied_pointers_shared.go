// run

package main

import "fmt"

type point struct{ x, y int }

func main() {
	vals := make(chan point, 1)
	p := point{1, 2}
	vals <- p // the struct is copied into the channel
	p.x = 100
	fmt.Println("received copy:", <-vals, "local:", p)

	ptrs := make(chan *point, 1)
	ptrs <- &p
	q := <-ptrs
	q.y = 200 // the same point
	fmt.Println("through pointer:", p)

	arrs := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	arrs <- a
	a[0] = 9
	fmt.Println("array copy:", <-arrs, a)

	slices := make(chan []int, 1)
	s := []int{1, 2, 3}
	slices <- s
	s[0] = 9 // slices share the backing array
	fmt.Println("slice shared:", <-slices)

	ifaces := make(chan any, 3)
	ifaces <- 42
	ifaces <- "str"
	ifaces <- point{3, 4}
	close(ifaces)
	for v := range ifaces {
		fmt.Printf("%T %v\n", v, v)
	}
}
