// errorcheck

package main

type Point struct{ X, Y int }

func main() {
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	var n int
	n = nil // ERROR "cannot use nil as int value in assignment"
	p := Point{}
	if p == nil { // ERROR "invalid operation: p == nil \(mismatched types Point and untyped nil\)"
	}
	x := nil // ERROR "use of untyped nil in assignment"
	_, _, _ = s, n, x
}
