// run

package main

import "fmt"

func main() {
	defer fmt.Println("1")
	defer func() {
		defer fmt.Println("2")
		panic("second")
	}()
	panic("first")
}
