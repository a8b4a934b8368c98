// run

package main

import "fmt"

func main() {
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	func() {
		fmt.Println("invoked at once")
	}()
	msg := func() string {
		defer fmt.Println("inner defer")
		return "returned"
	}()
	fmt.Println(msg)
	v := func(xs ...string) int { return len(xs) }("a", "b", "c")
	fmt.Println(v)
}
