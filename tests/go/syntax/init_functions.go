// run

package main

import "fmt"

var a = initA()

func initA() int {
	fmt.Println("initializing a")
	return 1
}

func init() {
	fmt.Println("first init, a =", a)
	a++
}

func init() {
	fmt.Println("second init, a =", a)
}

func main() {
	fmt.Println("main, a =", a)
}
