// run

package main

type Point struct{ X, Y int }

func main() {
	panic(Point{1, 2})
}
