package main

import (
	"fmt"
	"os"
)

var g = h()

func h() int { return g }

type T struct{}

func (T) String() string { return "T" }

func init() {
	fmt.Println("init")
}

func init(x int) {}

func main(x int) {
	init()
	var v T
	fmt.Println(v)
	undefinedFn()
	var _ = undefinedVar
	fmt.Foo()
	os.Args = nil
	x.y = 1
	var m map[T]int
	_ = m
	var f func()
	f = main
	go fmt.Println
	defer 1
	go func() {}
	defer int(1)
	defer len("a")
	defer recover()
	go append([]int{}, 1)
	for range 10 {
	}
	for i := range 10.5 {
		_ = i
	}
	for i, j := range 10 {
		_, _ = i, j
	}
	var ch chan<- int
	for x := range ch {
		_ = x
	}
	switch x := 5; x {
	case 1, 1:
	case "a":
	}
	var i interface{}
	switch t := i.(type) {
	case int, string:
	case int:
	}
	switch i.(type) {
	case fmt.Stringer:
	case nil, nil:
	}
	switch y := x.(type) {
	}
}
