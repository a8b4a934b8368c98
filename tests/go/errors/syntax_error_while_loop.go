// errorcheck

package main

func main() {
	i := 0
	while i < 3 { // ERROR "syntax error: unexpected name i at end of statement"
		i++
	}
} // ERROR "syntax error: non-declaration statement outside function body"
