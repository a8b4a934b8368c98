// run

package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	var i int
	var f float64
	var b bool
	var s string
	var p *int
	var sl []int
	var m map[string]int
	var fn func()
	var e error
	var arr [3]int
	var pt Point
	var r rune
	var by byte
	fmt.Println(i, f, b, s == "", p == nil, sl == nil, m == nil, fn == nil, e == nil)
	fmt.Println(arr, pt, r, by)
	fmt.Printf("%q %v %v %v %+v\n", s, p, sl, m, pt)
	fmt.Println(len(sl), len(m), e)
}
