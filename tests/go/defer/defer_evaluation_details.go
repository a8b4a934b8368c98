// run

package main

import "fmt"

type T struct{ name string }

func (t T) Print()   { fmt.Println("value recv", t.name) }
func (t *T) PPrint() { fmt.Println("ptr recv", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func counter() (n int) {
	defer func() { n++ }()
	n = 5
	return n * 2
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("arg", n, " ") }(i)
		defer func() { fmt.Print("cap", i, " ") }()
	}
}

func getFn(s string) func() {
	fmt.Println("getFn", s)
	return func() { fmt.Println("run", s) }
}

func returnsPtr() *int {
	x := 1
	defer func() { x = 99 }()
	return &x
}

func returnsVal() int {
	x := 1
	defer func() { x = 99 }()
	return x
}

func main() {
	defer un(trace("main"))
	t := T{"first"}
	defer t.Print()
	defer t.PPrint()
	t.name = "second"
	var f func() = getFn("a")
	defer f()
	f = getFn("b")
	defer getFn("c")()
	fmt.Println(counter())
	deferInLoop()
	fmt.Println()
	p := returnsPtr()
	fmt.Println(*p, returnsVal())
	x := 10
	defer fmt.Println("x at defer", x)
	defer func() { fmt.Println("x at exit", x) }()
	x = 20
	s := []int{1, 2}
	defer fmt.Println("slice at defer", s)
	s[0] = 100
	arr := [2]int{1, 2}
	defer fmt.Println("array at defer", arr)
	arr[0] = 100
	var ifc interface{ Print() } = t
	defer ifc.Print()
	t.name = "third"
	ifc = T{"fourth"}
}
