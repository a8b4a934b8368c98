// Shapes: structs, methods and an interface that several types satisfy.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rectangle struct {
	Width, Height float64
}

type Circle struct {
	Radius float64
}

type Triangle struct {
	A, B, C float64
}

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (r Rectangle) String() string     { return fmt.Sprintf("Rectangle %gx%g", r.Width, r.Height) }

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("Circle r=%g", c.Radius) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) String() string     { return fmt.Sprintf("Triangle %g-%g-%g", t.A, t.B, t.C) }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2 // Heron's formula
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func main() {
	shapes := []Shape{
		Rectangle{Width: 3, Height: 4},
		Circle{Radius: 2},
		Triangle{3, 4, 5},
	}
	var total float64
	for _, s := range shapes {
		fmt.Printf("%-16v area %7.2f  perimeter %6.2f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area: %.2f\n", total)

	for _, s := range shapes {
		if c, ok := s.(Circle); ok {
			fmt.Println("found a circle with radius", c.Radius)
		}
	}
}
