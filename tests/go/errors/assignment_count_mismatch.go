// errorcheck

package main

func one() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := two()    // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var d, e int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _ = a, b, c, d, e
}
