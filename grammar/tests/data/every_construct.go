// A program that uses every construct the parser knows; real Go builds it (go vet is clean).
package main

import (
	"errors"
	"fmt"
	m "math"
	_ "strings"
	. "unicode/utf8"
)

import "os"

const Pi = 3.14

const (
	A = iota * 10
	B
	C, D = iota, -iota
	E    int = 1 << iota
	F
)

var (
	x, y    int
	z       = 0x1F + 0o17 + 017 + 0b101 + 1_000
	f       = 1.5e3 + .5 + 0x1p-2 + 1e+2
	r       = 'a' + '\n' + '\x41' + '\u00e9' + '\U0001F600' + '\101' + '\''
	s       = "tab\t\"q\" \\ \xff \u00e9 \U0001F600 \101" + `raw \n
line`
	ch      chan<- int
	rch     <-chan int
	fn      func(int, ...string) (int, error)
	arr     [4]int
	sl      []map[string]*Point
	_       = Pi
	im      = 2i
	iface   interface{}
	anyVal  any
	cplx    = complex(1, 2)
)

type (
	Point struct {
		X, Y int `tag:"xy"`
		Label string
		*Embedded
		fmt.Stringer
	}
	Embedded struct{}
	Alias    = Point
	Shape    interface {
		Area() float64
		Perimeter() (p float64)
		fmt.Stringer
	}
	Number interface {
		~int | ~int64 | float64
	}
	List[T any] struct {
		items []T
	}
	Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	Matrix [3][3]float64
	Handler func(w, r string) error
)

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y -= dy
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[N Number](ns ...N) (total N) {
	for _, n := range ns {
		total += n
	}
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		return 0, 0, errors.New("division by zero")
	}
	return a / b, a % b, nil
}

func variadic(prefix string, args ...interface{}) {}

func unnamed(int, string) {}

func main() {
	var local int = 5
	local++
	local--
	local *= 2
	local <<= 1
	local &^= 4
	a, b := 1, 2
	a, b = b, a
	_ = a + b

	p := &Point{X: 1, Y: 2, Label: "p"}
	p.Move(1, 1)
	pts := []Point{{1, 2, "a", nil, nil}, {X: 3}}
	byName := map[string]Point{"a": {1, 2, "", nil, nil}}
	grid := [2][2]int{{1, 2}, {3, 4}}
	arr2 := [...]string{"x", "y"}
	_, _, _, _ = pts, byName, grid, arr2

	if v, ok := byName["a"]; ok {
		fmt.Println(v)
	} else if len(pts) > 1 {
		fmt.Println("many")
	} else {
		fmt.Println("none")
	}

	switch x := local % 3; x {
	case 0, 1:
		fmt.Println("low")
		fallthrough
	case 2:
		fmt.Println("two")
	default:
		fmt.Println("other")
	}

	switch {
	case local > 10:
	}

	var i interface{} = p
	switch v := i.(type) {
	case nil:
	case *Point, Point:
		fmt.Println(v)
	case func() int, []int, map[string]int, chan int, *[]int:
	default:
		_ = v
	}
	switch i.(type) {
	}

	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
	n := 0
	for n < 3 {
		n++
	}
	for {
		break
	}
	for range 3 {
	}
	for i := range 10 {
		_ = i
	}
	for k, v := range byName {
		_, _ = k, v
	}
	var key string
	for key = range byName {
	}
	_ = key

outer:
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			if j == 1 {
				continue outer
			}
			if i == 1 {
				break outer
			}
		}
	}

	c := make(chan int, 1)
	done := make(chan struct{})
	go func(c chan<- int) {
		c <- 42
		close(done)
	}(c)
	select {
	case v := <-c:
		fmt.Println(v)
	case v, ok := <-c:
		_, _ = v, ok
	case c <- 1:
	case <-done:
	default:
	}

	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()

	sl := []int{1, 2, 3, 4}
	_ = sl[1:3]
	_ = sl[:2:3]
	_ = sl[:]
	bs := []byte("hi")
	_ = string(bs)
	_ = (*Point).Move
	_ = Point.String
	var sh Shape
	_ = sh
	_ = Map[int, string](sl, func(v int) string { return fmt.Sprint(v) })
	_ = Sum(1, 2, 3)
	l := &List[int]{}
	l.Push(1)
	_ = m.Sqrt(2) + float64(RuneLen('x'))
	_ = -x + +y*^x - y&^x
	_ = !(x == y) && x != y || x <= y && x >= y
	_ = x<<2>>1 | x&y ^ x%3
	q, r2, err := divmod(7, 2)
	_, _, _ = q, r2, err
	variadic("a", 1, "b")
	variadic("a", []interface{}{1}...)
	unnamed(1, "x")
	{
		nested := 1
		_ = nested
	}
	goto end
end:
	func() {}()
	os.Exit(0)
}
