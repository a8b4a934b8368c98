// run

package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true, nil, 3.5)
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1.5, true, "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println("")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
