// run

package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break // leaves the switch only
		default:
			fmt.Print(i, " ")
			continue
		}
		fmt.Print("[after switch ", i, "] ")
	}
	fmt.Println()
}
