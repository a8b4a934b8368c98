// errorcheck

package main

func main() {
	n := 1
	if n { // ERROR "non-boolean condition in if statement"
	}
	for n { // ERROR "non-boolean condition in for statement"
	}
}
