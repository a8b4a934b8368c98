// run

package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return "C" + fmt.Sprint(int(c)) }

type PS struct{ n int }

func (p *PS) String() string {
	if p == nil {
		return "nil PS"
	}
	return fmt.Sprint("PS", p.n)
}

type VS struct{ n int }

func (v VS) String() string { return fmt.Sprint("VS", v.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Panicky struct{}

func (Panicky) String() string { panic("oops") }

type NilPanicky struct{ x int }

func (n *NilPanicky) String() string { return fmt.Sprint(n.x) }

type Holder struct {
	Pub  Color
	priv Color
	V    VS
	P    *PS
}

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }


func main() {
	h := Holder{1, 2, VS{3}, &PS{4}}
	fmt.Println(h)
	fmt.Printf("%v|%+v\n", h, h)
	fmt.Println(PS{5}, &PS{6}, VS{7}, &VS{8})
	var np *PS
	fmt.Println(np)
	fmt.Printf("%v %d\n", np, Color(3))
	fmt.Println(Both{}, []Both{{}})
	fmt.Printf("%v %#v\n", GoStr{}, GoStr{})
	fmt.Printf("%s %v\n", error(nil), errors.New("e"))
	fmt.Printf("%x %X %q\n", Color(10), VS{11}, VS{12})
	fmt.Println(map[Color]VS{2: {1}, 1: {2}})
	fmt.Println([]interface{}{Color(1), VS{1}, nil, &PS{2}})
	fmt.Printf("%5v|%-5v|%05v\n", Color(1), Color(2), 42)
	fmt.Println(fmt.Sprint(Color(1), Color(2)), fmt.Sprint("a", Color(1), "b"))
	type pair struct {
		a, b interface{}
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, Color(1)})
}
