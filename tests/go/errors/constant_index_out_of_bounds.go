// errorcheck

package main

func main() {
	arr := [3]int{1, 2, 3}
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	s := []int{1}
	_ = s[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
}
