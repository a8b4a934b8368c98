// run

package main

import (
	"fmt"
	"runtime"
)

func safely(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name+":", r, isErr, isRuntime)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	var s []int
	i := 5
	var m map[string]int
	var p *struct{ X int }
	var any interface{} = "str"
	zero := 0
	safely("index", func() { _ = s[i] })
	safely("slice", func() { _ = s[1:i] })
	safely("nil map", func() { m["a"] = 1 })
	safely("nil pointer", func() { fmt.Println(p.X) })
	safely("assertion", func() { _ = any.(int) })
	safely("divide", func() { fmt.Println(1 / zero) })
	safely("custom", func() { panic("not a runtime error") })
}
