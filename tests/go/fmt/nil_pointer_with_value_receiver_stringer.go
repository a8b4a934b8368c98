// run

package main

import "fmt"

type VS struct{ n int }

func (v VS) String() string { return fmt.Sprint("VS", v.n) }

type E struct{}

func (E) Error() string { return "E" }

func main() {
	var nv *VS
	fmt.Println(nv)
	fmt.Printf("%v|%s|%d\n", nv, nv, nv)
	var ne *E
	fmt.Println(ne)
	var err error = ne
	fmt.Println(err == nil, err)
}
