// run

package main

import "fmt"

type Named interface{ Name() string }
type User struct{ N string }

func (u User) Name() string { return u.N }

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	n, ok := i.(int)
	fmt.Println(n, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	var any interface{} = User{"ann"}
	if nm, ok := any.(Named); ok {
		fmt.Println("named:", nm.Name())
	}
	u := any.(User)
	fmt.Println(u.N)
	_, isPtr := any.(*User)
	fmt.Println(isPtr)
	var nothing interface{}
	_, ok = nothing.(string)
	fmt.Println(ok)
}
