// errorcheck

package main

func main() {
	var small int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b byte
	b = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in assignment \(overflows\)"
	_, _ = small, b
}
