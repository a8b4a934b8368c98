// errorcheck

package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Square struct{ side float64 }

func (s Square) Area() float64    { return s.side * s.side }
func (s *Square) Scale(f float64) { s.side *= f }

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }

func main() {
	var s Shape = Square{2} // ERROR "cannot use Square\{…\} \(value of struct type Square\) as Shape value in variable declaration: Square does not implement Shape \(method Scale has pointer receiver\)"
	shapes := []Shape{&Square{1}, Square{3}} // ERROR "cannot use Square\{…\} \(value of struct type Square\) as Shape value in array or slice literal: Square does not implement Shape \(method Scale has pointer receiver\)"
	var st fmt.Stringer = Counter{} // ERROR "Counter does not implement fmt.Stringer \(method String has pointer receiver\)"
	_, _, _ = s, shapes, st
}
