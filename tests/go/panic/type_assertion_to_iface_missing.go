// run

package main

import "fmt"

type Speaker interface{ Speak() string }

func main() {
	var x interface{} = 42
	s := x.(Speaker)
	fmt.Println(s)
}
