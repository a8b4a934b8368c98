// run

package main

import "fmt"

type Point struct{ X, Y int }
type Person struct {
	Name string
	Age  int
	Home Point
}

func main() {
	a := Person{"ann", 30, Point{1, 2}}
	b := Person{"ann", 30, Point{1, 2}}
	c := b
	c.Home.Y = 3
	fmt.Println(a == b, a == c, a != c)
	fmt.Println(Point{} == Point{0, 0})
	type pair struct {
		a [2]int
		s string
	}
	fmt.Println(pair{[2]int{1, 2}, "x"} == pair{[2]int{1, 2}, "x"})
}
