// run

package main

import "fmt"

func idx(name string, i int) int {
	fmt.Println("idx", name, i)
	return i
}

func val(name string, v int) int {
	fmt.Println("val", name, v)
	return v
}

func main() {
	a := []int{0, 0, 0, 0}
	i := 1
	a[i], i = 5, 2
	fmt.Println(a, i)

	i = 0
	i, a[i] = 3, 9
	fmt.Println(a, i)

	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)

	a[idx("a", 0)], a[idx("b", 1)] = val("c", 7), val("d", 8)
	fmt.Println(a)

	m := map[string]int{}
	m["k"], m["j"] = len(m), len(m)+1
	fmt.Println(m)

	var p *[3]int = &[3]int{1, 2, 3}
	j := 0
	p[j], j, p[j] = 10, 2, 20
	fmt.Println(*p, j)

	b := []int{1, 2, 3}
	b, b[0] = []int{7, 8}, 100
	fmt.Println(b)
}
