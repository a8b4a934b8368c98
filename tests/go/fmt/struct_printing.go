// run

package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface interface{}
	f     float64
}

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, List: []int{1, 2}, M: map[string]int{"k": 1}, Iface: in, f: 2.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v\n", []Inner{in})
	fmt.Println(&in)
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%#v\n", &in)
	fmt.Printf("%s\n", in)
	fmt.Printf("%d\n", in)
	fmt.Println([]*Inner{nil})
	type Empty struct{}
	fmt.Printf("%v %+v %#v\n", Empty{}, Empty{}, Empty{})
}
