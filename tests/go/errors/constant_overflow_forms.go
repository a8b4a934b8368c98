// errorcheck

package main

func takes(b byte) {}

func main() {
	var a int8 = 128 // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	takes(300) // ERROR "cannot use 300 \(untyped int constant\) as byte value in argument to takes \(overflows\)"
	const big = 1 << 40
	var i32 int32 = big // ERROR "cannot use big \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	x := int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8|constant 200 overflows int8"
	var f float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	_, _, _, _, _ = a, u, i32, x, f
}
