// errorcheck

package main

func main() {
	day := 3
	switch day {
	case 1, 2:
	case 3, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case 4:
	case 2 + 2: // ERROR "duplicate case 2 \+ 2 \(constant 4 of type int\) in expression switch"
	}
	s := "x"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
	var v any = 1
	switch v.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
}
