// run

package main

import "fmt"

func items() []int {
	fmt.Println("items called")
	return []int{1, 2, 3}
}

func main() {
	for _, v := range items() {
		fmt.Println(v)
	}
	s := []int{1, 2}
	for i, v := range s {
		s = append(s, v*10) // the loop runs len(s) at the start: 2 times
		fmt.Println(i, v)
	}
	fmt.Println(s)
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i, " ")
	}
	fmt.Println(n)
}
