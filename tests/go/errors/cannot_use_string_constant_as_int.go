// errorcheck

package main

func helper() int { return 1 }

var x int = "str" // ERROR "cannot use \"str\" \(untyped string constant\) as int value in variable declaration"

func main() {
	_ = helper()
}
