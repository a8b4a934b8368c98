// run

package main

import "fmt"

func addOne(s []int) []int {
	s = append(s, 1)
	s[0] = -1
	return s
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(a))

	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e, cap(d), cap(e))

	f := d[:2]
	f = append(f, 99)
	fmt.Println(d, f)

	g := d[:2:2]
	g = append(g, 42)
	g[0] = 0
	fmt.Println(d, g)

	h := make([]int, 2, 3)
	r := addOne(h)
	fmt.Println(h, r, h[:3])

	var nilS []int
	r2 := addOne(nilS)
	fmt.Println(nilS == nil, r2)

	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	fmt.Println(len(y), cap(y), y[:4])
	y = append(y, 100)
	fmt.Println(x)
	copy(x, x[2:])
	fmt.Println(x)
	copy(x[1:], x)
	fmt.Println(x)

	z := x[:0]
	for _, v := range x {
		if v%2 == 0 {
			z = append(z, v)
		}
	}
	fmt.Println(z, x)

	ss := [][]int{{1}, {2}}
	row := ss[0]
	row = append(row, 5)
	fmt.Println(ss, row)
	ss[1] = append(ss[1], 6)
	fmt.Println(ss)

	s := []string{"a", "b", "c", "d"}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	bs := append([]byte("hi"), " there"...)
	fmt.Println(string(bs))
}
