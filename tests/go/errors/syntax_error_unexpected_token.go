// errorcheck

package main

func main() {
	x := [3]int{1, 2, 3}
	for i := 0; i < 3; i++ {
		x[i] = = 2 // ERROR "syntax error: unexpected =, expected expression"
	}
}
