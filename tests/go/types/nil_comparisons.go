// run

package main

import "fmt"

func main() {
	var p *int
	var s []int
	var m map[int]int
	var f func()
	var i interface{}
	var e error
	fmt.Println(p == nil, s == nil, m == nil, f == nil, i == nil, e == nil)
	s = []int{}
	m = map[int]int{}
	f = func() {}
	x := 0
	p = &x
	i = p
	fmt.Println(p == nil, s == nil, m == nil, f == nil, i == nil)
	var np *int
	i = np
	fmt.Println(i == nil, i.(*int) == nil)
}
