package main

import "fmt"

type T struct{ x int }
type I interface{ M() }
type S string

func g() (int, string) { return 0, "" }

func main() {
	var t T
	var s string = t
	var i int = s + "a"
	var e any = 1
	var n int = e
	var m map[string]int
	var p *T = m
	var q []int = fmt.Println
	var r int = func(a int) int { return a }
	var u int = []int{1, 2, 3}
	var v int = T{x: 1}
	var w int = 1.5
	var z int = "x" + "y"
	const c = 10
	var zz string = c
	var zq string = c + 1
	const d int = 5
	var dd string = d
	var ii I = t
	var ss S = s
	var ff int = g()
	x, y := 1
	fmt.Println(i, n, p, q, r, u, v, w, z, zz, zq, dd, ii, ss, ff, x, y)
	var arr [3]int
	var xx int = arr
	var yy int = &t
	var ch chan int
	var cc int = ch
	var cx int = <-ch
	var iface I
	var jj int = iface
	var ee error
	var kk int = ee
	fmt.Println(xx, yy, cc, cx, jj, kk)
}
