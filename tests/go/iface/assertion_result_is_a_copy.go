// run

package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var i interface{} = Point{1, 2}
	v := i.(Point)
	v.X = 10
	fmt.Println(i, v)
	w, ok := i.(Point)
	w.X = 20
	fmt.Println(i, w, ok)
	switch t := i.(type) {
	case Point:
		t.Y = 30
		fmt.Println(i, t)
	}
	var ia interface{} = [2]int{1, 2}
	if b, ok := ia.([2]int); ok {
		b[0] = 9
		fmt.Println(ia, b)
	}
	if p, ok := i.(Point); ok {
		p = Point{5, 5}
		fmt.Println(i, p)
	}
}
