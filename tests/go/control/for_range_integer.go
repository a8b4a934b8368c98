// run

package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for i := range n {
		fmt.Print(i*i, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Println("twice")
	}
	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %v\n", i, i)
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
}
