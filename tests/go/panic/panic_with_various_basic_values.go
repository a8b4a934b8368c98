// run

package main

import "fmt"

type MyInt int
type MyStr string

func try(v interface{}) {
	defer func() { fmt.Println(recover()) }()
	panic(v)
}

func main() {
	try(MyInt(3))
	try(MyStr("x"))
	try(3.5)
	try([]int{1})
	panic(MyStr("final"))
}
