// run

package main

import (
	"fmt"
	"math"
)

type P struct {
	X int
	S string
}

type W struct {
	P
	F float64
	I interface{}
}

func main() {
	a, b := P{1, "a"}, P{1, "a"}
	fmt.Println(a == b, a != P{1, "b"}, [2]P{a, b} == [2]P{b, a})
	w1 := W{a, 0.0, 1}
	w2 := W{a, math.Copysign(0, -1), 1}
	fmt.Println(w1 == w2)
	w2.I = int64(1)
	fmt.Println(w1 == w2)
	nan := math.NaN()
	fmt.Println(W{F: nan} == W{F: nan}, [1]float64{nan} == [1]float64{nan})
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2, i1 == a, i1 != nil)
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	p1, p2 := &P{}, &P{}
	fmt.Println(p1 == p2, *p1 == *p2, p1 == p1)
	type Empty struct{}
	var ea, eb interface{} = Empty{}, Empty{}
	fmt.Println(ea == eb)
	var iNaN interface{} = nan
	fmt.Println(iNaN == iNaN)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[math.Copysign(0, -1)] = 4
	fmt.Println(len(m), m[nan], m[0])
	type K struct {
		A [2]int
		B string
	}
	km := map[K]int{{[2]int{1, 2}, "x"}: 5}
	fmt.Println(km[K{[2]int{1, 2}, "x"}], km[K{B: "x"}])
	var np *P
	var ip interface{} = np
	fmt.Println(ip == nil, ip == (*P)(nil), np == nil)
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a", "é" > "z")
	var ca, cb interface{} = 1, 1.0
	fmt.Println(ca == cb)
	f1 := 0.1 + 0.2
	fmt.Println(f1 == 0.3, 0.1+0.2 == 0.3, float32(0.1) == 0.1)
}
