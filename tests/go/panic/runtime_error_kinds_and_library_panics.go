// run

package main

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isString := r.(string)
		fmt.Printf("%s: %T runtime.Error=%v string=%v: %v\n", name, r, isRuntime, isString, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var a any = "str"
	zero := 0
	try("index", func() { _ = s[5] })
	try("slice", func() { _ = s[1:] })
	try("nil map", func() { m["a"] = 1 })
	try("divide", func() { _ = 10 / zero })
	try("nil deref", func() { _ = p.x })
	try("assert", func() { _ = a.(int) })
	try("close closed", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("close nil", func() { var c chan int; close(c) })
	try("slices.Min", func() { slices.Min([]int{}) })
	try("slices.MaxFunc", func() { slices.MaxFunc([]int{}, func(a, b int) int { return a - b }) })
	try("strings.Repeat", func() { strings.Repeat("x", -1) })
	try("errors.As nil", func() { errors.As(errors.New("e"), nil) })
	try("slices.Grow", func() { slices.Grow([]int{}, -1) })
	try("slices.Insert", func() { slices.Insert([]int{1}, 5, 2) })
	try("slices.Insert neg", func() { i := -1; slices.Insert([]int{1}, i, 2) })
	try("conversion", func() { _ = [3]int(s) })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
	try("unhashable", func() { mm := map[any]int{}; mm[[]int{}] = 1 })
	try("panic nil", func() { panic(nil) })
}
