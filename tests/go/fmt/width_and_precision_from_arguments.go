// run

package main

import "fmt"

func main() {
	for _, w := range []int{1, 4, 8} {
		fmt.Printf("[%*d] [%-*d]\n", w, 42, w, 42)
	}
	for p := 0; p < 4; p++ {
		fmt.Printf("%.*f\n", p, 3.14159)
	}
	fmt.Printf("[%*s]\n", -6, "ab")
	fmt.Printf("[%6.*f]\n", 1, 2.25)
	table := [][2]string{{"apple", "3"}, {"kiwi", "12"}, {"watermelon", "1"}}
	for _, row := range table {
		fmt.Printf("%-12s|%4s|\n", row[0], row[1])
	}
}
