// Interface method dispatch: 10^7 calls of Area and Scale through a Shape interface over a
// slice holding four concrete types. Prints an integer checksum.
package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int) int
}

type Rect struct{ w, h int }
type Square struct{ side int }
type Tri struct{ base, height int }
type Circle struct{ r int }

func (s Rect) Area() int       { return s.w * s.h }
func (s Rect) Scale(k int) int { return (s.w + s.h) * k }

func (s *Square) Area() int       { return s.side * s.side }
func (s *Square) Scale(k int) int { return s.side * 4 * k }

func (s Tri) Area() int       { return s.base * s.height / 2 }
func (s Tri) Scale(k int) int { return (s.base + s.height) * k }

func (s *Circle) Area() int       { return 3 * s.r * s.r }
func (s *Circle) Scale(k int) int { return 6 * s.r * k }

func main() {
	shapes := make([]Shape, 0, 1000)
	for i := 0; i < 1000; i++ {
		switch i % 4 {
		case 0:
			shapes = append(shapes, Rect{i % 13, i % 7})
		case 1:
			shapes = append(shapes, &Square{i % 11})
		case 2:
			shapes = append(shapes, Tri{i % 17, i % 5})
		default:
			shapes = append(shapes, &Circle{i % 9})
		}
	}
	sum := 0
	for r := 0; r < 5000; r++ {
		for _, s := range shapes {
			sum += s.Area() + s.Scale(r&3)
		}
	}
	fmt.Println(sum)
}
