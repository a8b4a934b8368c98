// errorcheck

package main

func main() {
	x := 1 // ERROR "declared and not used: x"
	y, z := 2, 3 // ERROR "declared and not used: y"
	_ = z
}
