// run

package main

import "fmt"

type Grid [2][2]int

type Box struct {
	A   [3]int
	S   []int
	Sub struct{ X int }
}

func mod(g Grid) Grid {
	g[0][0] = 99
	return g
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)

	for i, v := range a {
		a[2] = 50
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	a = [3]int{1, 2, 3}
	for i, v := range &a {
		a[2] = 50
		if i == 2 {
			fmt.Println("range over array pointer:", v)
		}
	}
	a = [3]int{1, 2, 3}
	for i, v := range a[:] {
		a[2] = 50
		if i == 2 {
			fmt.Println("range over slice of array:", v)
		}
	}

	var g Grid
	g2 := mod(g)
	fmt.Println(g, g2)

	x := Box{A: [3]int{1, 2, 3}, S: []int{1, 2, 3}}
	y := x
	y.A[0] = 9
	y.S[0] = 9
	y.Sub.X = 9
	fmt.Println(x, y)

	boxes := []Box{x, y}
	for _, bx := range boxes {
		bx.A[1] = 77
		bx.S[1] = 77
	}
	fmt.Println(boxes[0].A, boxes[0].S)

	arrs := map[string][2]int{"k": {1, 2}}
	v := arrs["k"]
	v[0] = 5
	fmt.Println(arrs, v)

	ptrs := [2]*int{new(int), new(int)}
	cp := ptrs
	*cp[0] = 3
	fmt.Println(*ptrs[0], a == [3]int{1, 2, 50}, g == Grid{})

	nested := [2][]int{{1}, {2}}
	n2 := nested
	n2[0][0] = 10
	n2[1] = []int{20}
	fmt.Println(nested, n2)
}
