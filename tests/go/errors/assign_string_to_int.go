// errorcheck

package main

func main() {
	var count int
	count = "ten" // ERROR "cannot use \"ten\" \(untyped string constant\) as int value in assignment"
	name := "bob"
	count = name // ERROR "cannot use name \(variable of type string\) as int value in assignment"
	var age int = "3" // ERROR "cannot use \"3\" \(untyped string constant\) as int value in variable declaration"
	count += 1.5 // ERROR "1.5 \(untyped float constant\) truncated to int|cannot use 1.5"
	_, _ = count, age
}
