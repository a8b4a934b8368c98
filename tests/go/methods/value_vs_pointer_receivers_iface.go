// run

package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q *Sq) Name() string  { return fmt.Sprint("sq", q.s) }
func (q *Sq) Grow()         { q.s++ }

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (r Rect) Grow()         { r.w++ }

type Grower interface{ Grow() }

func main() {
	q := &Sq{2}
	var s Shape = q
	q.s = 3
	fmt.Println(s.Area(), s.Name())

	r := Rect{2, 3}
	var s2 Shape = r
	r.w = 10
	fmt.Println(s2.Area(), s2.Name())

	var gs []Grower = []Grower{q, r, &r}
	for _, g := range gs {
		g.Grow()
	}
	fmt.Println(q.s, r.w)

	s3 := Shape(&r)
	fmt.Println(s3.Area())
	r.w = 1
	fmt.Println(s3.Area())

	if _, ok := s2.(Grower); ok {
		fmt.Println("rect value is a Grower")
	}
	var x interface{} = Sq{5}
	_, ok := x.(Shape)
	fmt.Println("Sq value is Shape:", ok)
	_, ok = x.(interface{ Area() int })
	fmt.Println("Sq value has Area:", ok)
	fmt.Printf("%v %+v %T\n", s2, s2, s3)
}
