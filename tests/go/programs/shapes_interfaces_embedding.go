// run

package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type base struct {
	name  string
	color string
}

func (b base) Name() string      { return b.name }
func (b *base) Paint(c string)   { b.color = c }
func (b base) Describe() string  { return b.name + " (" + b.color + ")" }

type Circle struct {
	base
	R float64
}

type Rect struct {
	base
	W, H float64
}

type Square struct {
	Rect
}

type Triangle struct {
	*base
	A, B, C float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) Name() string       { return "square:" + s.Rect.Name() }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (c Circle) String() string      { return fmt.Sprintf("Circle(r=%g)", c.R) }

func NewSquare(s float64) Square {
	return Square{Rect{base{"sq", "none"}, s, s}}
}

type byArea []NamedShape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	c := Circle{base{"circle", "red"}, 1.5}
	r := Rect{base: base{name: "rect"}, W: 3, H: 4}
	s := NewSquare(2)
	t := Triangle{&base{"tri", "blue"}, 3, 4, 5}

	shapes := byArea{c, r, s, t, &r}
	sort.Sort(shapes)
	for _, sh := range shapes {
		fmt.Printf("%-14s %-9T area=%6.2f perim=%6.2f\n", sh.Name(), sh, sh.Area(), sh.Perimeter())
	}

	r.Paint("green")
	s.Paint("yellow")
	t.Paint("purple")
	fmt.Println(r.Describe(), s.Describe(), t.Describe(), shapes[len(shapes)-1].(*Rect).color)

	var total float64
	for _, sh := range shapes {
		switch v := sh.(type) {
		case Circle:
			fmt.Println("circle radius", v.R, v)
		case Square:
			fmt.Println("square side", v.W, v.Rect.base.name)
		case *Rect:
			fmt.Println("rect pointer", v.W, v.H)
		case Rect, Triangle:
			fmt.Printf("other %T\n", v)
		}
		total += sh.Area()
	}
	fmt.Printf("total %.3f\n", total)

	var sh Shape = s
	if n, ok := sh.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	_, isStringer := sh.(fmt.Stringer)
	_, cIsStringer := Shape(c).(fmt.Stringer)
	fmt.Println(isStringer, cIsStringer)
	fmt.Println(c, &c, []Shape{c, r})
	fmt.Printf("%v | %+v\n", r, s)
	fmt.Println(t.A, t.base.name, t.Name())
}
