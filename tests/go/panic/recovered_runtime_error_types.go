// run

package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		_, isRt := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %T %v err=%v rt=%v\n", name, r, r, isErr, isRt)
	}()
	f()
}

func main() {
	var m map[string]int
	var s []int
	var p *struct{ x int }
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[1] })
	try("slice", func() { _ = s[1:] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.x })
	try("div", func() { _ = 1 / zero })
	try("assert", func() { _ = i.(int) })
	try("string", func() { panic("plain") })
	try("error", func() { panic(fmt.Errorf("e%d", 1)) })
	try("int", func() { panic(42) })
	try("nil", func() { panic(nil) })
}
