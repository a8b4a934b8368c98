// run

// Go 1.26: new(v) is a pointer to a fresh variable holding a copy of v (gorun gave the zero
// value).

package main

import "fmt"

type P struct{ X, Y int }

func f() int { return 7 }

func main() {
	p := new(42)
	fmt.Println(*p)
	q := new(f())
	fmt.Println(*q)
	s := new("hi")
	fmt.Println(*s)
	pt := new(P{1, 2})
	pt.X = 5
	fmt.Println(*pt)
	var x int64 = 3
	px := new(x)
	*px = 4
	fmt.Println(x, *px)
	fl := new(1.5)
	fmt.Printf("%T %v\n", fl, *fl)
	b := new(true)
	fmt.Printf("%T %v\n", b, *b)
}
