// errorcheck

package main

func main() {
	x := 2
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	"text" // ERROR "\"text\" \(untyped string constant\) is not used"
}
