// run

package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		fmt.Println(len(m))
	}()
	fmt.Println(len(m))
	s := []int{1, 2}
	func() {
		defer clear(s)
		defer print("print deferred\n")
		defer println("println deferred", len(s))
	}()
	fmt.Println(s)
	defer fmt.Println("main deferred")
	defer panic("deferred panic")
	fmt.Println("body")
}
