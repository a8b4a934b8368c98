// run

package main

import (
	"errors"
	"fmt"
)

func try(f func()) (recovered interface{}) {
	defer func() {
		recovered = recover()
	}()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panic("a string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() {}))
	r := try(func() { panic(fmt.Sprintf("formatted %d", 7)) })
	fmt.Printf("%T %v\n", r, r)
	fmt.Println(recover())
}
