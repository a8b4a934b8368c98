package main

import (
	"fmt"

)

type T struct{ n int }

func (t *T) Set(v int) { t.n = v }

type Meters float64
type Feet float64

func compute() (result int) {
	if result := 5; result > 0 {
		return
	}
	return
}

func main() {
	m := map[string]T{}
	m["a"].Set(1)
	p := &m["a"]
	s := "hello"
	s[0] = 'H'
	x := 1
	x == 1
	if x := 5; x {
	}
	var a Meters = 1
	var b Feet = 2
	_ = a + b
	_ = a == b
	fmt.println("x")
	fmt.Printn("x")
	var arr [3]int
	arr[5] = 1
	_ = p
	var i interface{ M() }
	i.M(1)
	f := func(x int) {}
	f()
	f(1, 2)
	go f
	var y int
	y.z = 3
	z := []int{1,2}
	z.len()
	for i := range z {
	}

}
