// errorcheck

package main

type Stringer interface{ String() string }

type Plain struct{}

func show(s Stringer) {}

func main() {
	show(Plain{}) // ERROR "cannot use Plain\{\} \(value of struct type Plain\) as Stringer value in argument to show: Plain does not implement Stringer \(missing method String\)"
}
