// run

package main

import "fmt"

type Point struct{ X, Y int }

func show(label string, p Point, a [2]int) { fmt.Println(label, p, a) }

func main() {
	p := Point{1, 2}
	a := [2]int{3, 4}
	defer show("named func:", p, a)
	defer func(p Point, a [2]int) { fmt.Println("func literal:", p, a) }(p, a)
	p.X = 100
	a[0] = 100
	fmt.Println("now:", p, a)
}
