// errorcheck

package main

func main() {
	n := 5
	_ = *n // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
	n()    // ERROR "invalid operation: cannot call n \(variable of type int\): int is not a function"
}
