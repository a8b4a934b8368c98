// run

package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func (p Point) Moved(dx float64) Point {
	p.X += dx // changes the copy only
	return p
}

func main() {
	p := Point{0, 0}
	q := Point{3, 4}
	fmt.Println(p.Dist(q))
	r := p.Moved(5)
	fmt.Println(p, r)
	pp := &q
	fmt.Println(pp.Dist(p)) // value method through a pointer
	fmt.Println(Point{1, 1}.Moved(1))
}
