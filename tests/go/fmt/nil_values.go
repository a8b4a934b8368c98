// run

package main

import "fmt"

type S struct{ P *int }

func main() {
	var i interface{}
	var p *int
	var e error
	var s []int
	var m map[string]int
	var f func()
	fmt.Println(i, p, e, s, m, f == nil)
	fmt.Printf("%v %v %v %v %v\n", i, p, e, s, m)
	fmt.Printf("%d %s\n", i, i)
	fmt.Printf("%+v %#v\n", S{}, S{})
	fmt.Printf("[%5v] [%-5v]\n", nil, nil)
	fmt.Printf("%s\n", e)
	fmt.Printf("%x\n", s)
	fmt.Printf("%t\n", p)
}
