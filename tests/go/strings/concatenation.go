// run

package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s)
	a := "Hello"
	b := a
	a += ", World"
	fmt.Println(a, "|", b)
	parts := []string{"x", "y", "z"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += "-"
		}
		joined += p
	}
	fmt.Println(joined, len(joined))
	fmt.Println("multi" + "ple " + "plus")
}
