package main

import (
	"fmt"
	"strings"
	str "strings"
)

type A struct{ X int }
type B struct{ X int }

func (A) Hello() {}
func (B) Hello() {}

type C struct {
	A
	B
}

type D struct {
	*A
	Y int
}

type Sayer interface{ Say(int) string }
type Loud struct{}

func (Loud) Say(s string) string { return s }

type Quiet struct{}

func (q *Quiet) Say(n int) string { return "" }

type Named struct{}

func (n Named) say(x int) string { return "" }

func takes(s Sayer) {}

var dup int
var dup string

func dupf() {}
func dupf() {}

type dupt int

func main() {
	var c C
	_ = c.X
	c.Hello()
	var d D
	_ = d.X
	d.Hello()
	takes(Loud{})
	takes(Quiet{})
	takes(&Quiet{})
	takes(Named{})
	f := A.Hello
	g := (*A).Hello
	h := d.Hello
	_, _, _ = f, g, h
	var dupt = 3
	fmt := 5
	_, _ = dupt, fmt
	x := 1
	{
		x := 2
		_ = x
	}
	var y int
	y, z := 1, 2
	_ = z
	var s fmt.Stringer
	_ = s
}
