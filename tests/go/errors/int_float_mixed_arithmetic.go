// errorcheck

package main

import "math"

func main() {
	count := 3
	price := 9.99
	total := count * price // ERROR "invalid operation: count \* price \(mismatched types int and float64\)"
	avg := price / count // ERROR "invalid operation: price / count \(mismatched types float64 and int\)"
	root := math.Sqrt(count) // ERROR "cannot use count \(variable of type int\) as float64 value in argument to math.Sqrt"
	var i int = price // ERROR "cannot use price \(variable of type float64\) as int value in variable declaration"
	half := count / 2.5 // ERROR "2.5 \(untyped float constant\) truncated to int"
	ok := float64(count)*price > 10 && count < 2.0
	var n int32 = 5
	sum := count + n // ERROR "invalid operation: count \+ n \(mismatched types int and int32\)"
	_, _, _, _, _, _, _ = total, avg, root, i, half, ok, sum
}
