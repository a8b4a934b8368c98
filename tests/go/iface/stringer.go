// run

package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type PtrOnly struct{ V int }

func (p *PtrOnly) String() string { return fmt.Sprintf("PtrOnly<%d>", p.V) }

type Wrapper struct {
	P Point
	N int
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %s %d %+v\n", p, p, p, p)
	fmt.Println([]Point{{1, 1}, {2, 2}})
	fmt.Println(map[string]Point{"a": {3, 4}})
	fmt.Println(Wrapper{p, 5})
	v := PtrOnly{7}
	fmt.Println(v, &v)
	s := fmt.Sprint(p)
	fmt.Println(len(s))
}
