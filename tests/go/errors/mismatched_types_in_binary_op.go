// errorcheck

package main

func main() {
	x := 1
	y := "two"
	_ = x + y // ERROR "invalid operation: x \+ y \(mismatched types int and string\)"
	var f float64 = 1.5
	_ = x * f // ERROR "invalid operation: x \* f \(mismatched types int and float64\)"
}
