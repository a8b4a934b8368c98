// run

package main

import "fmt"

func main() {
	n := -1
	fmt.Println("before")
	s := make([]int, n)
	fmt.Println(s)
}
