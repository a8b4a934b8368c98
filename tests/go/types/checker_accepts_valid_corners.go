// run

package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Kids []*Tree
	Val  int
}

type F func(F) int

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"R", "G"}[c] }

type Embeds struct {
	int
	string
	*strings.Builder
}

type B bool

const N = 3

var arr [N * 2]int
var arr2 [len("abcd")]byte

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func later() int { return helper() * 2 }
func helper() int { return earlierConst }

const earlierConst = 21

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	s := t.Val
	for _, k := range t.Kids {
		s += k.Sum()
	}
	return s
}

func main() {
	t := &Tree{Val: 1, Kids: []*Tree{{Val: 2}, {Val: 3, Kids: []*Tree{{Val: 4}}}}}
	fmt.Println(t.Sum())
	var f F
	f = func(g F) int {
		if g == nil {
			return 1
		}
		return 2
	}
	fmt.Println(f(nil), f(f))
	fmt.Println(Red, Green.String(), Color(1))
	str := Red.String
	fmt.Println(str())
	e := Embeds{5, "s", &strings.Builder{}}
	e.WriteString("built")
	fmt.Println(e.int, e.string, e.String(), e.Len())
	var b B = 1 < 2
	fmt.Println(b, !b, len(arr), len(arr2))
	fmt.Println(List{1, 2, 3}.Sum(), later())
	fmt.Println(Op(func(x int) int { return x * 3 }).Twice(2))
	switch x := later(); {
	case x > 40:
		fmt.Println("big", x)
	}
	for ; ; {
		break
	}
	type local struct{ a, b int }
	l := local{1, 2}
	fmt.Printf("%v %+v %T\n", l, l, l)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(20))
	var x interface{} = func(i int) int { return i + 1 }
	if fn, ok := x.(func(int) int); ok {
		fmt.Println(fn(1))
	}
	type Pair struct {
		Key   string
		Value int
	}
	pairs := []Pair{{"a", 1}}
	pairs = append(pairs, Pair{Key: "b"})
	fmt.Println(pairs)
	string := "shadowed type name"
	fmt.Println(string)
}
