package main

import (
	"fmt"
	"strings"
)

type Base struct{ ID int }

func (b Base) Describe() string { return "base" }

type Other struct{ ID int }

type Both struct {
	Base
	Other
}

type Point struct{ X, Y int }

func main() {
	var b Both
	_ = b.ID
	_ = b.Describe()
	p := Point{1, 2, 3}
	q := Point{1}
	r := Point{X: 1, Z: 2}
	s := Point{X: 1, 2}
	t := Point{X: 1, X: 2}
	_, _, _, _, _ = p, q, r, s, t
	arr := [2]int{1, 2, 3}
	sl := []int{0: 1, 0: 2}
	m := map[string]int{"a": 1, "a": 2}
	m2 := map[string]int{1: 1}
	_, _, _, _ = arr, sl, m, m2
	var sb strings.Builder
	sb.buf = nil
	fmt.Println(strings.builder)
	x := []int{1, 2, 3}
	_ = x[5]
	_ = x["a"]
	_ = x[-1]
	a := [3]int{}
	_ = a[3]
	_ = "abc"[5]
	var n int
	_ = n[0]
	_ = x[1:0]
	_ = a[:4]
	str := "hi"
	_ = str[1:2:3]
	var i interface{} = 1
	_ = i.(fmt.Stringer)
	_ = n.(int)
	_ = i.(string)
	type Q struct{}
	var st fmt.Stringer
	_ = st.(Q)
	_ = st.(*Point)
	ch := make(chan int)
	var ro <-chan int = ch
	var so chan<- int = ch
	ro <- 1
	<-so
	close(ro)
	_ = <-n
	n <- 1
	_ = make([]int)
	_ = make(int)
	_ = make([]int, 5, 2)
	_ = new(5)
	_ = len(n)
	_ = cap(m)
	_ = append(n, 1)
	delete(x, 1)
	copy(x, "abc")
}
