// run

package main

import "fmt"

func main() {
	defer fmt.Println("outermost deferred print")
	defer func() {
		panic("third")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
