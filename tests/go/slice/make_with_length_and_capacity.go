// run

package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]string, 2, 5)
	c := make([]bool, 0, 4)
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	fmt.Println(c, len(c), cap(c))
	n := 4
	d := make([]float64, n)
	d[n-1] = 1.5
	fmt.Println(d)
	e := make([][]int, 2)
	fmt.Println(e, e[0] == nil)
	type P struct{ X, Y int }
	f := make([]P, 2)
	f[1].X = 7
	fmt.Println(f)
}
