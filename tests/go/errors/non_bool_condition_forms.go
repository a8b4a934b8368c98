// errorcheck

package main

func main() {
	items := []string{"a"}
	if len(items) { // ERROR "non-boolean condition in if statement"
	}
	var name string
	if name { // ERROR "non-boolean condition in if statement"
	}
	if x := 5; x { // ERROR "non-boolean condition in if statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	ok := !len(items) // ERROR "invalid operation: operator ! not defined on len\(items\) \(value of type int\)"
	_ = ok
}
