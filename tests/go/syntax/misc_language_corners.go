// run

package main

import "fmt"

type Point struct {
	X int `json:"x"`
	Y int `json:"y,omitempty"`
}

type Pt struct {
	X int
	Y int
}

type Small uint8

func main() {
	p := Point{1, 2}
	q := Pt(p)
	fmt.Println(q, p == Point(q))
	a := struct{ A, B int }{1, 2}
	var b struct {
		A int
		B int
	} = a
	fmt.Println(a == b, b)
	for i := range Small(3) {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	var n uint8 = 4
	for i := range n {
		fmt.Print(i*100, " ")
	}
	fmt.Println()
	fmt.Println(0b1010, 0o17, 017, 0x_FF, 1_000_000, 0x1p4, 0x1.8p1, 1e3, 'a', '\x41', '\101', '\u00e9', "\U0001F600", "\377"[0])
	raw := `a\nb
c`
	fmt.Printf("%q %d\n", raw, len(raw))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a", "c"), max('a', 'b'))
	var fn func()
	fmt.Println(fn == nil)
	var up uintptr = 42
	fmt.Println(up, up*2)
	type Pair [2]struct{ K string }
	fmt.Println(Pair{{"a"}, {"b"}} == Pair{{"a"}, {"b"}})
	x := []int{1, 2, 3, 4}
	clear(x[1:3])
	fmt.Println(x)
	var arr [5]int
	s := arr[1:3]
	s = append(s, 9)
	fmt.Println(arr, len(s), cap(s))
	type Celsius = float64
	var c Celsius = 3.5
	fmt.Printf("%T %v\n", c, c)
	fmt.Println(len("héllo"), len([]rune("héllo")), cap([]int(nil)), len([3][4]int{}), len([3][4]int{}[0]))
	const big = 1 << 40
	fmt.Println(big>>38, uint64(big)*2)
	var _ = 5
	_, _ = 1, 2
	fmt.Println(07 + 0x10 + 0b11)
	fmt.Println(5 &^ 3, 6 ^ 3, ^5, -7 >> 1, -7 / 2, -7 % 2, 7 &^ 0)
	var i8 int8 = -7
	fmt.Println(i8>>1, i8/2, i8%2, uint8(i8)>>1)
	fmt.Printf("%v %v\n", [...]string{2: "c", 0: "a"}, len([...]int{9: 0}))
}
