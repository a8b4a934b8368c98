// run

package main

import "fmt"

type Color int
type Pt struct {
	X, Y int
	Tag  string
}

func main() {
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", "str")
	fmt.Printf("%#v\n", 1.0)
	fmt.Printf("%#v\n", 1e21)
	fmt.Printf("%#v\n", true)
	fmt.Printf("%#v\n", Color(3))
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", map[string]Pt{"p": {1, 2, "t"}})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v\n", struct{ A []int }{})
	var e error
	fmt.Printf("%#v\n", e)
	var p *Pt
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", 'x')
	fmt.Printf("%#v\n", uint8(7))
	fmt.Printf("%#v\n", []byte("hi"))
}
