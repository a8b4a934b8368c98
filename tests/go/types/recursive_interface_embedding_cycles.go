// errorcheck

// Interfaces that embed each other, with no method to break the cycle, are invalid recursive
// types; each cycle is reported once (interfaces that only mention each other in methods are
// fine: see mutually_recursive_declarations.go).

package main

type A interface{ B } // ERROR "invalid recursive type A"
type B interface{ A }

type C interface { // ERROR "invalid recursive type C"
	D
	M()
}
type D interface{ C }

func main() {}
