// errorcheck

package main

func greet(name string) string { return "hi " + name }

func main() {
	n := 42
	_ = greet(n) // ERROR "cannot use n \(variable of type int\) as string value in argument to greet"
}
