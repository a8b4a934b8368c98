// run

package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rc struct{ W, H int }

func (r Rc) Area() int { return r.W * r.H }

func main() {
	var a, b Shape = Sq{2}, Sq{2}
	var c Shape = Rc{2, 2}
	fmt.Println(a == b, a == c, a.Area() == c.Area())
	counts := map[Shape]int{}
	for _, s := range []Shape{Sq{1}, Rc{1, 1}, Sq{1}, Sq{2}} {
		counts[s]++
	}
	fmt.Println(counts[Sq{1}], counts[Rc{1, 1}], counts[Sq{2}], len(counts))
}
