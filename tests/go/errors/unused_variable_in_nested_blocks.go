// errorcheck

package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		if i%2 == 0 {
			square := i * i // ERROR "declared and not used: square"
			total += i
		} else {
			switch {
			case i > 0:
				msg := "odd" // ERROR "declared and not used: msg"
			}
		}
	}
	func() {
		inner := 5 // ERROR "declared and not used: inner"
	}()
	var unusedVar string // ERROR "declared and not used: unusedVar"
	fmt.Println(total)
}
